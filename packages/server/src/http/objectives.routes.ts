import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import {
  CreateObjective,
  IdParams,
  Objective,
  ObjectiveListQuery,
  ObjectiveProgressEntry,
  ObjectiveProgressQuery,
  ObjectiveProgressRecorded,
  pageOf,
  RecordObjectiveProgress,
  UpdateObjective,
} from "@openaims/core";
import type { RouteDeps } from "./app.js";
import { contextOf } from "./auth-hooks.js";
import { read, write, ok, created } from "./responses.js";

import {
  createObjective,
  getObjective,
  listObjectiveProgress,
  listObjectives,
  recordObjectiveProgress,
  updateObjective,
} from "../services/context/objectives-service.js";

/** AI objectives and their progress (ISO/IEC 42001 6.2). */
export function registerObjectiveRoutes(app: FastifyInstance, { database }: RouteDeps): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const { db } = database;
  const tags = ["objectives"];
  r.get(
    "/api/v1/objectives",
    {
      schema: {
        tags,
        summary: "List AI objectives with progress (6.2)",
        querystring: ObjectiveListQuery,
        response: ok(pageOf(Objective)),
      },
      config: read,
    },
    async (request) => listObjectives(db, request.query),
  );
  r.post(
    "/api/v1/objectives",
    {
      schema: {
        tags,
        summary: "Set a measurable AI objective",
        body: CreateObjective,
        response: created(Objective),
      },
      config: write,
    },
    async (request, reply) =>
      reply.code(201).send(await createObjective(contextOf(request, db), request.body)),
  );
  r.get(
    "/api/v1/objectives/:id",
    {
      schema: { tags, summary: "Read an objective", params: IdParams, response: ok(Objective) },
      config: read,
    },
    async (request) => getObjective(db, request.params.id),
  );
  r.patch(
    "/api/v1/objectives/:id",
    {
      schema: {
        tags,
        summary: "Change an objective (send the version you read)",
        params: IdParams,
        body: UpdateObjective,
        response: ok(Objective),
      },
      config: write,
    },
    async (request) => updateObjective(contextOf(request, db), request.params.id, request.body),
  );
  r.get(
    "/api/v1/objectives/:id/progress",
    {
      schema: {
        tags,
        summary: "Progress history of an objective, newest first",
        params: IdParams,
        querystring: ObjectiveProgressQuery,
        response: ok(pageOf(ObjectiveProgressEntry)),
      },
      config: read,
    },
    async (request) => listObjectiveProgress(db, request.params.id, request.query),
  );
  r.post(
    "/api/v1/objectives/:id/progress",
    {
      schema: {
        tags,
        summary: "Record a measured value; it becomes the current value",
        params: IdParams,
        body: RecordObjectiveProgress,
        response: created(ObjectiveProgressRecorded),
      },
      config: write,
    },
    async (request, reply) =>
      reply
        .code(201)
        .send(await recordObjectiveProgress(contextOf(request, db), request.params.id, request.body)),
  );
}
