import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import {
  ApproveScopeVersion,
  CreateScopeVersion,
  IdParams,
  pageOf,
  ScopeCompareQuery,
  ScopeComparison,
  ScopeVersion,
  ScopeVersionListQuery,
  UpdateScopeVersion,
} from "@openaims/core";
import type { RouteDeps } from "./app.js";
import { contextOf } from "./auth-hooks.js";
import { read, write, approve, ok, created } from "./responses.js";

import { getCurrentScope, getScopeVersion, listScopeVersions } from "../services/context/scope-versions.js";
import {
  approveScopeVersion,
  createScopeVersion,
  updateScopeVersion,
} from "../services/context/scope-service.js";
import { compareScopeVersions } from "../services/context/scope-compare.js";

/** The versioned AIMS scope: drafts, approval, comparison (ISO/IEC 42001 4.3). */
export function registerScopeRoutes(app: FastifyInstance, { database }: RouteDeps): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const { db } = database;
  const tags = ["scope"];
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
