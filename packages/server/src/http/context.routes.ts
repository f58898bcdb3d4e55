import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import {
  AimsProfile,
  ApproveScopeVersion,
  ContextIssue,
  ContextIssueListQuery,
  CreateContextIssue,
  CreateInterestedParty,
  CreateObjective,
  CreateScopeVersion,
  IdParams,
  InterestedParty,
  InterestedPartyListQuery,
  Objective,
  ObjectiveListQuery,
  ObjectiveProgressEntry,
  ObjectiveProgressQuery,
  ObjectiveProgressRecorded,
  pageOf,
  RecordObjectiveProgress,
  ScopeCompareQuery,
  ScopeComparison,
  ScopeVersion,
  ScopeVersionListQuery,
  UpdateAimsProfile,
  UpdateContextIssue,
  UpdateInterestedParty,
  UpdateObjective,
  UpdateScopeVersion,
} from "@openaims/core";
import type { RouteDeps } from "./app.js";
import { contextOf } from "./auth-hooks.js";
import { errorResponses } from "./responses.js";
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
import {
  createObjective,
  getObjective,
  listObjectiveProgress,
  listObjectives,
  recordObjectiveProgress,
  updateObjective,
} from "../services/context/objectives-service.js";
import { getCurrentScope, getScopeVersion, listScopeVersions } from "../services/context/scope-versions.js";
import {
  approveScopeVersion,
  createScopeVersion,
  updateScopeVersion,
} from "../services/context/scope-service.js";
import { compareScopeVersions } from "../services/context/scope-compare.js";

const read = { permission: "records:read" } as const;
const write = { permission: "records:write" } as const;
const approve = { permission: "records:approve" } as const;

/** AIMS context, interested parties, objectives and scope (ISO/IEC 42001 4.1–4.3, 6.2). */
export function registerContextRoutes(app: FastifyInstance, { database }: RouteDeps): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const { db } = database;

  // 4.1 Internal and external issues
  let tags = ["context"];
  r.get(
    "/api/v1/context/issues",
    {
      schema: {
        tags,
        summary: "List internal and external issues (4.1)",
        querystring: ContextIssueListQuery,
        response: { 200: pageOf(ContextIssue), ...errorResponses },
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
        response: { 201: ContextIssue, ...errorResponses },
      },
      config: write,
    },
    async (request, reply) =>
      reply.code(201).send(await createContextIssue(contextOf(request, db), request.body)),
  );
  r.get(
    "/api/v1/context/issues/:id",
    {
      schema: {
        tags,
        summary: "Read an issue",
        params: IdParams,
        response: { 200: ContextIssue, ...errorResponses },
      },
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
        response: { 200: ContextIssue, ...errorResponses },
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
        response: { 200: pageOf(InterestedParty), ...errorResponses },
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
        response: { 201: InterestedParty, ...errorResponses },
      },
      config: write,
    },
    async (request, reply) =>
      reply.code(201).send(await createInterestedParty(contextOf(request, db), request.body)),
  );
  r.get(
    "/api/v1/context/parties/:id",
    {
      schema: {
        tags,
        summary: "Read an interested party",
        params: IdParams,
        response: { 200: InterestedParty, ...errorResponses },
      },
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
        response: { 200: InterestedParty, ...errorResponses },
      },
      config: write,
    },
    async (request) => updateInterestedParty(contextOf(request, db), request.params.id, request.body),
  );

  // 4.1 AI roles, 6.1.1 risk appetite
  r.get(
    "/api/v1/context/profile",
    {
      schema: {
        tags,
        summary: "The organization's AI roles and risk appetite",
        response: { 200: AimsProfile, ...errorResponses },
      },
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
        response: { 200: AimsProfile, ...errorResponses },
      },
      config: write,
    },
    async (request) => updateAimsProfile(contextOf(request, db), request.body),
  );

  // 6.2 AI objectives
  tags = ["objectives"];
  r.get(
    "/api/v1/objectives",
    {
      schema: {
        tags,
        summary: "List AI objectives with progress (6.2)",
        querystring: ObjectiveListQuery,
        response: { 200: pageOf(Objective), ...errorResponses },
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
        response: { 201: Objective, ...errorResponses },
      },
      config: write,
    },
    async (request, reply) =>
      reply.code(201).send(await createObjective(contextOf(request, db), request.body)),
  );
  r.get(
    "/api/v1/objectives/:id",
    {
      schema: {
        tags,
        summary: "Read an objective",
        params: IdParams,
        response: { 200: Objective, ...errorResponses },
      },
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
        response: { 200: Objective, ...errorResponses },
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
        response: { 200: pageOf(ObjectiveProgressEntry), ...errorResponses },
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
        response: { 201: ObjectiveProgressRecorded, ...errorResponses },
      },
      config: write,
    },
    async (request, reply) =>
      reply
        .code(201)
        .send(await recordObjectiveProgress(contextOf(request, db), request.params.id, request.body)),
  );

  // 4.3 Scope
  tags = ["scope"];
  r.get(
    "/api/v1/scope/versions",
    {
      schema: {
        tags,
        summary: "Every scope version, newest first (4.3)",
        querystring: ScopeVersionListQuery,
        response: { 200: pageOf(ScopeVersion), ...errorResponses },
      },
      config: read,
    },
    async (request) => listScopeVersions(db, request.query),
  );
  r.post(
    "/api/v1/scope/versions",
    {
      schema: {
        tags,
        summary: 'Start a draft, empty or copied from the approved version (`from: "current"`)',
        body: CreateScopeVersion,
        response: { 201: ScopeVersion, ...errorResponses },
      },
      config: write,
    },
    async (request, reply) =>
      reply.code(201).send(await createScopeVersion(contextOf(request, db), request.body)),
  );
  r.get(
    "/api/v1/scope/versions/:id",
    {
      schema: {
        tags,
        summary: "Read a scope version",
        params: IdParams,
        response: { 200: ScopeVersion, ...errorResponses },
      },
      config: read,
    },
    async (request) => getScopeVersion(db, request.params.id),
  );
  r.patch(
    "/api/v1/scope/versions/:id",
    {
      schema: {
        tags,
        summary: "Edit a draft (send the version you read); approved versions never change",
        params: IdParams,
        body: UpdateScopeVersion,
        response: { 200: ScopeVersion, ...errorResponses },
      },
      config: write,
    },
    async (request) => updateScopeVersion(contextOf(request, db), request.params.id, request.body),
  );
  r.post(
    "/api/v1/scope/versions/:id/approve",
    {
      schema: {
        tags,
        summary: "Approve a draft someone else wrote; the previous approved version is superseded",
        params: IdParams,
        body: ApproveScopeVersion,
        response: { 200: ScopeVersion, ...errorResponses },
      },
      config: approve,
    },
    async (request) => approveScopeVersion(contextOf(request, db), request.params.id, request.body.version),
  );
  r.get(
    "/api/v1/scope/current",
    {
      schema: {
        tags,
        summary: "The approved scope in force",
        response: { 200: ScopeVersion, ...errorResponses },
      },
      config: read,
    },
    async () => getCurrentScope(db),
  );
  r.get(
    "/api/v1/scope/compare",
    {
      schema: {
        tags,
        summary: "What changed from version a to version b",
        querystring: ScopeCompareQuery,
        response: { 200: ScopeComparison, ...errorResponses },
      },
      config: read,
    },
    async (request) => compareScopeVersions(db, request.query.a, request.query.b),
  );
}
