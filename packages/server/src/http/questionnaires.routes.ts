import type { FastifyInstance } from "fastify";
import type { RouteDeps } from "./app.js";

/** PLACEHOLDER: filled in by the questionnaires slice. */
export async function registerQuestionnaireRoutes(_app: FastifyInstance, _deps: RouteDeps): Promise<void> {}
