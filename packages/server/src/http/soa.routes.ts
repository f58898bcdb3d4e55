import type { FastifyInstance } from "fastify";
import type { RouteDeps } from "./app.js";

/** Placeholder: filled in by the soa feature. */
export function registerSoaRoutes(_app: FastifyInstance, _deps: RouteDeps): void {}
