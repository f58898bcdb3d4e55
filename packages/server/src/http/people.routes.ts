import type { FastifyInstance } from "fastify";
import type { RouteDeps } from "./app.js";

/** Routes of the people feature (filled in by that feature). */
export function registerPeopleRoutes(_app: FastifyInstance, _deps: RouteDeps): void {}
