import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import {
  Concern,
  ConcernListQuery,
  ConcernPage,
  CreateConcern,
  IdParams,
  RiskFromConcern,
  RiskView,
  UpdateConcern,
} from "@openaims/core";
import type { RouteDeps } from "./app.js";
import { contextOf } from "./auth-hooks.js";
import { approve, created, ok } from "./responses.js";
import {
  getConcern,
  listConcerns,
  raiseConcern,
  triageConcern,
} from "../services/concerns/concerns-service.js";
import { createRiskFromConcern } from "../services/concerns/concern-risk.js";

const everyone = { permission: "authenticated" } as const;

/**
 * Reporting of concerns (ISO/IEC 42001 A.3.3): anyone signed in raises one and follows their own;
 * managers and admins triage; auditors read all. An anonymous concern never names its reporter.
 */
export function registerConcernRoutes(app: FastifyInstance, { database }: RouteDeps): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const { db } = database;
  const tags = ["concerns"];

  r.get(
    "/api/v1/concerns",
    {
      schema: {
        tags,
        summary: "List concerns: all for managers and auditors, your own for everyone else",
        querystring: ConcernListQuery,
        response: ok(ConcernPage),
      },
      config: everyone,
    },
    async (request) => listConcerns(contextOf(request, db), request.query),
  );
  r.get(
    "/api/v1/concerns/mine",
    {
      schema: {
        tags,
        summary: "The concerns you raised (anonymous ones included)",
        querystring: ConcernListQuery,
        response: ok(ConcernPage),
      },
      config: everyone,
    },
    async (request) => listConcerns(contextOf(request, db), { ...request.query, mine: true }),
  );
  r.post(
    "/api/v1/concerns",
    {
      schema: {
        tags,
        summary: "Raise a concern, optionally anonymously",
        body: CreateConcern,
        response: created(Concern),
      },
      config: everyone,
    },
    async (request, reply) => reply.code(201).send(await raiseConcern(contextOf(request, db), request.body)),
  );
  r.get(
    "/api/v1/concerns/:id",
    {
      schema: { tags, summary: "Read a concern you may see", params: IdParams, response: ok(Concern) },
      config: everyone,
    },
    async (request) => getConcern(contextOf(request, db), request.params.id),
  );
  r.patch(
    "/api/v1/concerns/:id",
    {
      schema: {
        tags,
        summary:
          "Triage a concern: status, severity, assignee, notes, resolution (send the version you read)",
        params: IdParams,
        body: UpdateConcern,
        response: ok(Concern),
      },
      config: approve,
    },
    async (request) => triageConcern(contextOf(request, db), request.params.id, request.body),
  );
  r.post(
    "/api/v1/concerns/:id/risk",
    {
      schema: {
        tags,
        summary: "Start a register risk from a concern; its triage note records the risk",
        params: IdParams,
        body: RiskFromConcern,
        response: created(RiskView),
      },
      config: approve,
    },
    async (request, reply) =>
      reply
        .code(201)
        .send(await createRiskFromConcern(contextOf(request, db), request.params.id, request.body)),
  );
}
