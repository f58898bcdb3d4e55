import type { FastifyInstance } from "fastify";
import type { RouteDeps } from "./app.js";

/** PLACEHOLDER: filled in by the portal slice. */
export async function registerPortalRoutes(_app: FastifyInstance, _deps: RouteDeps): Promise<void> {}
