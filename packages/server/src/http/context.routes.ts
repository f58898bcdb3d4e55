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
const ok = <T>(schema: T) => ({ 200: schema, ...errorResponses });
const created = <T>(schema: T) => ({ 201: schema, ...errorResponses });

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

  // 6.2 AI objectives
  tags = ["objectives"];
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

  // 4.3 Scope
  tags = ["scope"];
  r.get(
    "/api/v1/scope/versions",
    {
      schema: {
        tags,
        summary: "Every scope version, newest first (4.3)",
        querystring: ScopeVersionListQuery,
        response: ok(pageOf(ScopeVersion)),
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
        response: created(ScopeVersion),
      },
      config: write,
    },
    async (request, reply) =>
      reply.code(201).send(await createScopeVersion(contextOf(request, db), request.body)),
  );
  r.get(
    "/api/v1/scope/versions/:id",
    {
      schema: { tags, summary: "Read a scope version", params: IdParams, response: ok(ScopeVersion) },
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
        response: ok(ScopeVersion),
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
        response: ok(ScopeVersion),
      },
      config: approve,
    },
    async (request) => approveScopeVersion(contextOf(request, db), request.params.id, request.body.version),
  );
  r.get(
    "/api/v1/scope/current",
    { schema: { tags, summary: "The approved scope in force", response: ok(ScopeVersion) }, config: read },
    async () => getCurrentScope(db),
  );
  r.get(
    "/api/v1/scope/compare",
    {
      schema: {
        tags,
        summary: "What changed from version a to version b",
        querystring: ScopeCompareQuery,
        response: ok(ScopeComparison),
      },
      config: read,
    },
    async (request) => compareScopeVersions(db, request.query.a, request.query.b),
  );
}
