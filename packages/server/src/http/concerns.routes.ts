import type { FastifyInstance } from "fastify";
import type { RouteDeps } from "./app.js";

/** Routes of the concerns feature (filled in by that feature). */
export function registerConcernRoutes(_app: FastifyInstance, _deps: RouteDeps): void {}
