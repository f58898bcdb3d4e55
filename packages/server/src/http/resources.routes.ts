import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import {
  CreateResource,
  DeleteResourceQuery,
  IdParams,
  Resource,
  SystemResources,
  UpdateResource,
} from "@openaims/core";
import type { RouteDeps } from "./app.js";
import { contextOf } from "./auth-hooks.js";
import { created, errorResponses, ok, read, write } from "./responses.js";
import {
  createResource,
  deleteResource,
  listSystemResources,
  updateResource,
} from "../services/resources/resources-service.js";

/** Resources of each AI system (ISO/IEC 42001 7.1, A.4.2–A.4.6): data, tooling, computing, people. */
export function registerResourceRoutes(app: FastifyInstance, { database }: RouteDeps): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const { db } = database;
  const tags = ["resources"];

  r.get(
    "/api/v1/ai-systems/:id/resources",
    {
      schema: {
        tags,
        summary: "An AI system's resources by kind, and the kinds with nothing documented yet",
        params: IdParams,
        response: ok(SystemResources),
      },
      config: read,
    },
    async (request) => listSystemResources(contextOf(request, db), request.params.id),
  );
  r.post(
    "/api/v1/ai-systems/:id/resources",
    {
      schema: {
        tags,
        summary: "Document a resource of an AI system (its kind decides its attributes)",
        params: IdParams,
        body: CreateResource,
        response: created(Resource),
      },
      config: write,
    },
    async (request, reply) =>
      reply.code(201).send(await createResource(contextOf(request, db), request.params.id, request.body)),
  );
  r.patch(
    "/api/v1/ai-system-resources/:id",
    {
      schema: {
        tags,
        summary: "Change a resource (send the version you read)",
        params: IdParams,
        body: UpdateResource,
        response: ok(Resource),
      },
      config: write,
    },
    async (request) => updateResource(contextOf(request, db), request.params.id, request.body),
  );
  r.delete(
    "/api/v1/ai-system-resources/:id",
    {
      schema: {
        tags,
        summary: "Remove a resource (with ?version=, only if unchanged since read)",
        params: IdParams,
        querystring: DeleteResourceQuery,
        response: { 204: z.null(), ...errorResponses },
      },
      config: write,
    },
    async (request, reply) => {
      await deleteResource(contextOf(request, db), request.params.id, request.query.version);
      return reply.code(204).send(null);
    },
  );
}
