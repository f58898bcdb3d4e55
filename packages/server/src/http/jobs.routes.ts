import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { Job, JobListQuery, pageOf } from "@openaims/core";
import type { AppOptions } from "./app.js";
import { errorResponses } from "./responses.js";
import { listJobs } from "../services/jobs/job-queue.js";

export function registerJobRoutes(app: FastifyInstance, { database }: AppOptions): void {
  app.withTypeProvider<ZodTypeProvider>().get(
    "/api/v1/jobs",
    {
      schema: {
        tags: ["system"],
        summary: "Background jobs and their state",
        querystring: JobListQuery,
        response: { 200: pageOf(Job), ...errorResponses },
      },
      config: { permission: "jobs:read" },
    },
    async (request) => listJobs(database.db, request.query),
  );
}
