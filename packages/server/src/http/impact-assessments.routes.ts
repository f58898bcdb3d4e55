import type { FastifyInstance } from "fastify";
import type { RouteDeps } from "./app.js";

/** Placeholder: filled in by the impact-assessments feature. */
export function registerImpactAssessmentsRoutes(_app: FastifyInstance, _deps: RouteDeps): void {}
