import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import {
  DecisionRequest,
  IssueSoaVersion,
  pageOf,
  SoaCompareQuery,
  SoaComparison,
  SoaDeriveResult,
  SoaEntryParams,
  SoaEntryView,
  SoaListQuery,
  SoaVersionListItem,
  SoaVersionListQuery,
  SoaVersionParams,
  SoaVersionView,
  SoaView,
  UpdateSoaEntry,
} from "@openaims/core";
import type { RouteDeps } from "./app.js";
import { contextOf } from "./auth-hooks.js";
import { approve, created, ok, read, write } from "./responses.js";
import { getSoa, getSoaEntry, updateSoaEntry } from "../services/soa/soa-service.js";
import { deriveSoa } from "../services/soa/soa-derive-service.js";
import {
  compareSoa,
  decideSoaVersion,
  getSoaVersion,
  issueSoaVersion,
  listSoaVersions,
} from "../services/soa/soa-versions.js";

/** The Statement of Applicability: working copy, draft derivation, issued versions (ISO/IEC 42001 6.1.3 d–e). */
export function registerSoaRoutes(app: FastifyInstance, { database, catalogCache }: RouteDeps): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const { db } = database;
  const tags = ["soa"];

  r.get(
    "/api/v1/soa",
    {
      schema: {
        tags,
        summary: "The working SoA: every Annex A control, filtered; summary and problems of the whole",
        querystring: SoaListQuery,
        response: ok(SoaView),
      },
      config: read,
    },
    async (request) => getSoa(contextOf(request, db), request.query),
  );
  r.post(
    "/api/v1/soa/derive",
    {
      schema: {
        tags,
        summary: "Recompute the draft from risk treatment and classification (manual decisions are kept)",
        response: ok(SoaDeriveResult),
      },
      config: write,
    },
    async (request) => deriveSoa(contextOf(request, db), catalogCache),
  );
  r.get(
    "/api/v1/soa/versions",
    {
      schema: {
        tags,
        summary: "Issued versions with their approval",
        querystring: SoaVersionListQuery,
        response: ok(pageOf(SoaVersionListItem)),
      },
      config: read,
    },
    async (request) => listSoaVersions(contextOf(request, db), request.query),
  );
  r.post(
    "/api/v1/soa/versions",
    {
      schema: {
        tags,
        summary: "Issue the working SoA as the next version for a manager's approval",
        body: IssueSoaVersion,
        response: created(SoaVersionView),
      },
      config: approve,
    },
    async (request, reply) =>
      reply.code(201).send(await issueSoaVersion(contextOf(request, db), request.body)),
  );
  r.get(
    "/api/v1/soa/versions/compare",
    {
      schema: {
        tags,
        summary: "Differences between two versions, or a version and the working copy (to=working)",
        querystring: SoaCompareQuery,
        response: ok(SoaComparison),
      },
      config: read,
    },
    async (request) => compareSoa(contextOf(request, db), request.query),
  );
  r.get(
    "/api/v1/soa/versions/:number",
    {
      schema: {
        tags,
        summary: "One issued version with its frozen entries",
        params: SoaVersionParams,
        response: ok(SoaVersionView),
      },
      config: read,
    },
    async (request) => getSoaVersion(contextOf(request, db), request.params.number),
  );
  r.post(
    "/api/v1/soa/versions/:number/decision",
    {
      schema: {
        tags,
        summary: "Approve or reject an issued version (not by the person who issued it)",
        params: SoaVersionParams,
        body: DecisionRequest,
        response: ok(SoaVersionView),
      },
      config: approve,
    },
    async (request) =>
      decideSoaVersion(
        contextOf(request, db),
        request.params.number,
        request.body.decision,
        request.body.comment,
      ),
  );
  r.get(
    "/api/v1/soa/:controlId",
    {
      schema: {
        tags,
        summary: "One working entry by Annex A id, e.g. A.6.2.4",
        params: SoaEntryParams,
        response: ok(SoaEntryView),
      },
      config: read,
    },
    async (request) => getSoaEntry(contextOf(request, db), request.params.controlId),
  );
  r.patch(
    "/api/v1/soa/:controlId",
    {
      schema: {
        tags,
        summary: "Decide or edit one entry (send the version you read)",
        params: SoaEntryParams,
        body: UpdateSoaEntry,
        response: ok(SoaEntryView),
      },
      config: write,
    },
    async (request) => updateSoaEntry(contextOf(request, db), request.params.controlId, request.body),
  );
}
