import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import {
  AimsProfile,
  ContextIssue,
  ContextIssueListQuery,
  CreateContextIssue,
  CreateInterestedParty,
  IdParams,
  InterestedParty,
  InterestedPartyListQuery,
  pageOf,
  UpdateAimsProfile,
  UpdateContextIssue,
  UpdateInterestedParty,
} from "@openaims/core";
import type { RouteDeps } from "./app.js";
import { contextOf } from "./auth-hooks.js";
import { read, write, ok, created } from "./responses.js";
import {
  createContextIssue,
  getContextIssue,
  listContextIssues,
  updateContextIssue,
} from "../services/context/context-issues-service.js";
import {
  createInterestedParty,
  getInterestedParty,
  listInterestedParties,
  updateInterestedParty,
} from "../services/context/interested-parties-service.js";
import { getAimsProfile, updateAimsProfile } from "../services/context/aims-profile-service.js";

/** AIMS context: issues, interested parties and the AIMS profile (ISO/IEC 42001 4.1, 4.2, 6.1.1). */
export function registerContextRoutes(app: FastifyInstance, { database }: RouteDeps): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const { db } = database;

  // 4.1 Internal and external issues
  const tags = ["context"];
  r.get(
    "/api/v1/context/issues",
    {
      schema: {
        tags,
        summary: "List internal and external issues (4.1)",
        querystring: ContextIssueListQuery,
        response: ok(pageOf(ContextIssue)),
      },
      config: read,
    },
    async (request) => listContextIssues(contextOf(request, db), request.query),
  );
  r.post(
    "/api/v1/context/issues",
    {
      schema: {
        tags,
        summary: "Record an issue and the Annex C objectives it threatens",
        body: CreateContextIssue,
        response: created(ContextIssue),
      },
      config: write,
    },
    async (request, reply) =>
      reply.code(201).send(await createContextIssue(contextOf(request, db), request.body)),
  );
  r.get(
    "/api/v1/context/issues/:id",
    {
      schema: { tags, summary: "Read an issue", params: IdParams, response: ok(ContextIssue) },
      config: read,
    },
    async (request) => getContextIssue(contextOf(request, db), request.params.id),
  );
  r.patch(
    "/api/v1/context/issues/:id",
    {
      schema: {
        tags,
        summary: "Change an issue (send the version you read)",
        params: IdParams,
        body: UpdateContextIssue,
        response: ok(ContextIssue),
      },
      config: write,
    },
    async (request) => updateContextIssue(contextOf(request, db), request.params.id, request.body),
  );

  // 4.2 Interested parties
  r.get(
    "/api/v1/context/parties",
    {
      schema: {
        tags,
        summary: "List interested parties (4.2)",
        querystring: InterestedPartyListQuery,
        response: ok(pageOf(InterestedParty)),
      },
      config: read,
    },
    async (request) => listInterestedParties(db, request.query),
  );
  r.post(
    "/api/v1/context/parties",
    {
      schema: {
        tags,
        summary: "Record an interested party and its requirements",
        body: CreateInterestedParty,
        response: created(InterestedParty),
      },
      config: write,
    },
    async (request, reply) =>
      reply.code(201).send(await createInterestedParty(contextOf(request, db), request.body)),
  );
  r.get(
    "/api/v1/context/parties/:id",
    {
      schema: { tags, summary: "Read an interested party", params: IdParams, response: ok(InterestedParty) },
      config: read,
    },
    async (request) => getInterestedParty(db, request.params.id),
  );
  r.patch(
    "/api/v1/context/parties/:id",
    {
      schema: {
        tags,
        summary: "Change a party; `requirements` replaces the list (send the version you read)",
        params: IdParams,
        body: UpdateInterestedParty,
        response: ok(InterestedParty),
      },
      config: write,
    },
    async (request) => updateInterestedParty(contextOf(request, db), request.params.id, request.body),
  );

  // 4.1 AI roles, 6.1.1 risk appetite
  r.get(
    "/api/v1/context/profile",
    {
      schema: { tags, summary: "The organization's AI roles and risk appetite", response: ok(AimsProfile) },
      config: read,
    },
    async () => getAimsProfile(db),
  );
  r.put(
    "/api/v1/context/profile",
    {
      schema: {
        tags,
        summary: "Replace the AI roles and risk appetite (send the version you read)",
        body: UpdateAimsProfile,
        response: ok(AimsProfile),
      },
      config: write,
    },
    async (request) => updateAimsProfile(contextOf(request, db), request.body),
  );
}
