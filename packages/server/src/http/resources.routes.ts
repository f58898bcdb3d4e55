import type { FastifyInstance } from "fastify";
import type { RouteDeps } from "./app.js";

/** Routes of the resources feature (filled in by that feature). */
export function registerResourceRoutes(_app: FastifyInstance, _deps: RouteDeps): void {}
