import type { FastifyInstance } from "fastify";
import type { RouteDeps } from "./app.js";

/** PLACEHOLDER: filled in by the vendors slice. */
export async function registerVendorRoutes(_app: FastifyInstance, _deps: RouteDeps): Promise<void> {}
