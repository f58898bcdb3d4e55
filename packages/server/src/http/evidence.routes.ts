import type { FastifyInstance } from "fastify";
import type { RouteDeps } from "./app.js";

/** Routes of the evidence feature (filled in by that feature). */
export async function registerEvidenceRoutes(_app: FastifyInstance, _deps: RouteDeps): Promise<void> {}
