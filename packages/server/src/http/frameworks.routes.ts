import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import {
  CrosswalkEntryView,
  CrosswalkQuery,
  CrosswalkSummary,
  FrameworkListQuery,
  FrameworkParams,
  FrameworkSummary,
  pageOf,
  RequirementDetail,
  RequirementListQuery,
  RequirementParams,
  RequirementView,
} from "@openaims/core";
import type { RouteDeps } from "./app.js";
import { errorResponses } from "./responses.js";
import {
  getFramework,
  getRequirementDetail,
  listCrosswalkEntries,
  listCrosswalks,
  listFrameworks,
  listRequirements,
} from "../services/catalogs/framework-queries.js";

/** Framework catalogs and crosswalks (read-only here; imports live in catalogs.routes.ts). */
export function registerFrameworkRoutes(app: FastifyInstance, { database }: RouteDeps): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const { db } = database;
  const tags = ["frameworks"];
  const permission = "records:read" as const;

  r.get(
    "/api/v1/frameworks",
    {
      schema: {
        tags,
        summary: "Frameworks and their versions",
        querystring: FrameworkListQuery,
        response: { 200: pageOf(FrameworkSummary), ...errorResponses },
      },
      config: { permission },
    },
    async (request) => listFrameworks(db, request.query),
  );
  r.get(
    "/api/v1/frameworks/:ref",
    {
      schema: {
        tags,
        summary: "One framework version",
        params: FrameworkParams,
        response: { 200: FrameworkSummary, ...errorResponses },
      },
      config: { permission },
    },
    async (request) => getFramework(db, request.params.ref),
  );
  r.get(
    "/api/v1/frameworks/:ref/requirements",
    {
      schema: {
        tags,
        summary: "Requirements in document order (filter by parent for a tree; q searches)",
        params: FrameworkParams,
        querystring: RequirementListQuery,
        response: { 200: pageOf(RequirementView), ...errorResponses },
      },
      config: { permission },
    },
    async (request) => listRequirements(db, request.params.ref, request.query),
  );
  r.get(
    "/api/v1/frameworks/:ref/requirements/:requirementId",
    {
      schema: {
        tags,
        summary: "A requirement with its children and mappings in every direction",
        params: RequirementParams,
        response: { 200: RequirementDetail, ...errorResponses },
      },
      config: { permission },
    },
    async (request) => getRequirementDetail(db, request.params.ref, request.params.requirementId),
  );
  r.get(
    "/api/v1/crosswalks",
    {
      schema: {
        tags,
        summary: "Mapping entries between two frameworks, read from `from` to `to`",
        querystring: CrosswalkQuery,
        response: { 200: pageOf(CrosswalkEntryView), ...errorResponses },
      },
      config: { permission },
    },
    async (request) => listCrosswalkEntries(db, request.query),
  );
  r.get(
    "/api/v1/crosswalks/summary",
    {
      schema: {
        tags,
        summary: "Every crosswalk with counts by relationship",
        response: { 200: z.object({ items: z.array(CrosswalkSummary) }), ...errorResponses },
      },
      config: { permission },
    },
    async () => ({ items: await listCrosswalks(db) }),
  );
}
