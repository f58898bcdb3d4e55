import type { FastifyInstance } from "fastify";
import type { RouteDeps } from "./app.js";

/** Routes of the documents feature (filled in by that feature). */
export function registerDocumentRoutes(_app: FastifyInstance, _deps: RouteDeps): void {}
