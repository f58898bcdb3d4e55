import type { FastifyInstance } from "fastify";
import type { RouteDeps } from "./app.js";

/** PLACEHOLDER: filled in by the campaigns slice. */
export async function registerCampaignRoutes(_app: FastifyInstance, _deps: RouteDeps): Promise<void> {}
