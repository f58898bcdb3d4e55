import type { FastifyInstance, FastifyReply } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import {
  AiSystemListQuery,
  AiSystemSummary,
  AiSystemView,
  ClassificationHistoryItem,
  ClassificationView,
  CreateAiSystem,
  InventoryExportQuery,
  InventoryImportRequest,
  InventoryImportResult,
  IdParams,
  ObligationView,
  pageOf,
  PageQuery,
  SimilarQuery,
  SimilarSystem,
  UpdateAiSystem,
} from "@openaims/core";
import type { RouteDeps } from "./app.js";
import { contextOf } from "./auth-hooks.js";
import { errorResponses } from "./responses.js";
import {
  classificationHistory,
  createAiSystem,
  getAiSystem,
  listAiSystems,
  updateAiSystem,
} from "../services/ai-systems/ai-systems-service.js";
import { classify } from "../services/ai-systems/ai-system-record.js";
import { findSimilar } from "../services/ai-systems/similar-systems.js";
import { obligationsOf } from "../services/ai-systems/obligations.js";
import { exportInventory, importInventory } from "../services/ai-systems/inventory-files.js";

/** The AI system inventory (ISO/IEC 42001 4.1, A.4) with classification and duplicate checks. */
export function registerAiSystemRoutes(app: FastifyInstance, { database, catalogCache }: RouteDeps): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const { db } = database;
  const tags = ["inventory"];

  r.get(
    "/api/v1/ai-systems",
    {
      schema: {
        tags,
        summary: "The inventory: filter, sort, search",
        querystring: AiSystemListQuery,
        response: { 200: pageOf(AiSystemSummary), ...errorResponses },
      },
      config: { permission: "records:read" },
    },
    async (request) => listAiSystems(contextOf(request, db), request.query),
  );
  r.post(
    "/api/v1/ai-systems",
    {
      schema: {
        tags,
        summary: "Register an AI system (classified on save)",
        body: CreateAiSystem,
        response: { 201: AiSystemView, ...errorResponses },
      },
      config: { permission: "records:write" },
    },
    async (request, reply) =>
      reply.code(201).send(await createAiSystem(contextOf(request, db), request.body)),
  );
  r.post(
    "/api/v1/ai-systems/classify",
    {
      schema: {
        tags,
        summary: "Classify without storing anything (same body as create)",
        body: CreateAiSystem,
        response: { 200: ClassificationView, ...errorResponses },
      },
      config: { permission: "authenticated" },
    },
    async (request) => classify(request.body),
  );
  r.post(
    "/api/v1/ai-systems/similar",
    {
      schema: {
        tags,
        summary: "Existing systems and open requests that look like this one",
        body: SimilarQuery,
        response: { 200: z.object({ items: z.array(SimilarSystem) }), ...errorResponses },
      },
      config: { permission: "authenticated" },
    },
    async (request) => ({ items: await findSimilar(db, contextOf(request, db).actor, request.body) }),
  );
  r.post(
    "/api/v1/ai-systems/import",
    {
      bodyLimit: 24 * 1024 * 1024,
      schema: {
        tags,
        summary:
          "Import systems from CSV or XLSX: preview errors per row; write all-or-nothing or only the valid rows",
        body: InventoryImportRequest,
        response: { 200: InventoryImportResult, ...errorResponses },
      },
      config: { permission: "records:write" },
    },
    async (request) => importInventory(contextOf(request, db), request.body),
  );
  r.get(
    "/api/v1/ai-systems/export",
    {
      schema: {
        tags,
        summary: "Download the inventory as CSV or XLSX",
        querystring: InventoryExportQuery,
        response: errorResponses,
      },
      config: { permission: "records:read" },
    },
    async (request, reply) => {
      const file = await exportInventory(contextOf(request, db), request.query.format);
      return (reply as FastifyReply)
        .header("content-disposition", `attachment; filename="${file.filename}"`)
        .type(file.contentType)
        .send(file.body);
    },
  );
  r.get(
    "/api/v1/ai-systems/:id",
    {
      schema: {
        tags,
        summary: "Read an AI system",
        params: IdParams,
        response: { 200: AiSystemView, ...errorResponses },
      },
      config: { permission: "records:read" },
    },
    async (request) => getAiSystem(contextOf(request, db), request.params.id),
  );
  r.patch(
    "/api/v1/ai-systems/:id",
    {
      schema: {
        tags,
        summary: "Change an AI system; changed facts reclassify it (send the version you read)",
        params: IdParams,
        body: UpdateAiSystem,
        response: { 200: AiSystemView, ...errorResponses },
      },
      config: { permission: "records:write" },
    },
    async (request) => updateAiSystem(contextOf(request, db), request.params.id, request.body),
  );
  r.get(
    "/api/v1/ai-systems/:id/classifications",
    {
      schema: {
        tags,
        summary: "Classification history, newest first",
        params: IdParams,
        querystring: PageQuery.omit({ order: true }),
        response: { 200: pageOf(ClassificationHistoryItem), ...errorResponses },
      },
      config: { permission: "records:read" },
    },
    async (request) => classificationHistory(contextOf(request, db), request.params.id, request.query),
  );
  r.get(
    "/api/v1/ai-systems/:id/obligations",
    {
      schema: {
        tags,
        summary: "Duties that apply to the system, with their coverage by controls",
        params: IdParams,
        response: { 200: z.object({ items: z.array(ObligationView) }), ...errorResponses },
      },
      config: { permission: "records:read" },
    },
    async (request) => obligationsOf(contextOf(request, db), catalogCache, request.params.id),
  );
}
