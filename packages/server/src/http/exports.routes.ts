import type { FastifyInstance } from "fastify";
import type { RouteDeps } from "./app.js";

/** Placeholder: filled in by the exports feature. */
export function registerExportsRoutes(_app: FastifyInstance, _deps: RouteDeps): void {}
