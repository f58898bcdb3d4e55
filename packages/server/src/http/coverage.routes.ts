import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { CoverageQuery, CoverageSummary, pageOf, RequirementCoverageView } from "@openaims/core";
import type { RouteDeps } from "./app.js";
import { errorResponses } from "./responses.js";
import { coverageSummary, frameworkCoverage } from "../services/coverage/coverage-service.js";

/** Assess once, comply many: coverage of every framework from the same controls. */
export function registerCoverageRoutes(app: FastifyInstance, { database, catalogCache }: RouteDeps): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ["coverage"];
  r.get(
    "/api/v1/coverage",
    {
      schema: {
        tags,
        summary: "Coverage of one framework's requirements, each with its explanation",
        querystring: CoverageQuery,
        response: { 200: pageOf(RequirementCoverageView), ...errorResponses },
      },
      config: { permission: "records:read" },
    },
    async (request) => frameworkCoverage(database.db, catalogCache, request.query),
  );
  r.get(
    "/api/v1/coverage/summary",
    {
      schema: {
        tags,
        summary: "Score of every framework",
        response: { 200: CoverageSummary, ...errorResponses },
      },
      config: { permission: "records:read" },
    },
    async () => coverageSummary(database.db, catalogCache),
  );
}
