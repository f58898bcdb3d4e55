import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import {
  CreateRisk,
  CreateRiskAction,
  CreateRiskLibraryEntry,
  RiskLibraryCodeParams,
  RiskLibraryEntry,
  RiskLibraryQuery,
  UpdateRiskLibraryEntry,
  RiskAction,
  RiskActionParams,
  UpdateRiskAction,
  ApprovalView,
  DecisionRequest,
  HeatMap,
  HeatMapQuery,
  IdParams,
  pageOf,
  PageQuery,
  RequestAcceptance,
  RiskListQuery,
  RiskMatrixVersion,
  RiskView,
  UpdateRisk,
  UpdateRiskMatrix,
} from "@openaims/core";
import type { RouteDeps } from "./app.js";
import { contextOf } from "./auth-hooks.js";
import { approve, created, ok, read, write } from "./responses.js";
import { createRisk, getRisk, listRisks, riskHeatMap, updateRisk } from "../services/risks/risks-service.js";
import { currentMatrix, listMatrixVersions, updateMatrix } from "../services/risks/risk-matrix-service.js";
import {
  acceptanceApproval,
  decideAcceptance,
  requestAcceptance,
} from "../services/risks/risk-acceptance.js";
import { createRiskAction, listRiskActions, updateRiskAction } from "../services/risks/risk-actions.js";
import { createRiskFromTemplate } from "../services/risks/risk-templates.js";
import {
  createLibraryEntry,
  listRiskLibrary,
  resetLibraryEntry,
  updateLibraryEntry,
} from "../services/risks/risk-library.js";

/** Risk criteria and the AI risk register (ISO/IEC 42001 6.1.1–6.1.3, 8.2, 8.3). */
export function registerRiskRoutes(app: FastifyInstance, { database }: RouteDeps): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const { db } = database;
  const tags = ["risks"];

  r.get(
    "/api/v1/risk-matrix",
    {
      schema: {
        tags,
        summary: "The risk criteria in force",
        response: ok(RiskMatrixVersion.omit({ createdAt: true, createdBy: true })),
      },
      config: read,
    },
    async () => currentMatrix(db),
  );
  r.get(
    "/api/v1/risk-matrix/versions",
    {
      schema: {
        tags,
        summary: "Every version of the risk criteria",
        querystring: PageQuery.omit({ order: true }),
        response: ok(pageOf(RiskMatrixVersion)),
      },
      config: read,
    },
    async (request) => listMatrixVersions(db, request.query),
  );
  r.put(
    "/api/v1/risk-matrix",
    {
      schema: {
        tags,
        summary: "Adopt a new version of the risk criteria (3×3 to 6×6, bands, appetite)",
        body: UpdateRiskMatrix,
        response: ok(RiskMatrixVersion),
      },
      config: approve,
    },
    async (request) => updateMatrix(contextOf(request, db), request.body),
  );
  r.get(
    "/api/v1/risks",
    {
      schema: {
        tags,
        summary: "The risk register",
        querystring: RiskListQuery,
        response: ok(pageOf(RiskView)),
      },
      config: read,
    },
    async (request) => listRisks(contextOf(request, db), request.query),
  );
  r.get(
    "/api/v1/risk-templates",
    {
      schema: {
        tags,
        summary: "The organization's library of common AI risks (starter library with its edits)",
        querystring: RiskLibraryQuery,
        response: ok(pageOf(RiskLibraryEntry)),
      },
      config: read,
    },
    async (request) => listRiskLibrary(db, request.query),
  );
  r.post(
    "/api/v1/risk-templates",
    {
      schema: {
        tags,
        summary: "Add a risk of the organization's own to the library",
        body: CreateRiskLibraryEntry,
        response: created(RiskLibraryEntry),
      },
      config: write,
    },
    async (request, reply) =>
      reply.code(201).send(await createLibraryEntry(contextOf(request, db), request.body)),
  );
  r.patch(
    "/api/v1/risk-templates/:code",
    {
      schema: {
        tags,
        summary: "Edit or hide a library risk (version 0 for an untouched starter entry)",
        params: RiskLibraryCodeParams,
        body: UpdateRiskLibraryEntry,
        response: ok(RiskLibraryEntry),
      },
      config: write,
    },
    async (request) => updateLibraryEntry(contextOf(request, db), request.params.code, request.body),
  );
  r.delete(
    "/api/v1/risk-templates/:code",
    {
      schema: {
        tags,
        summary: "Undo the organization's edits (starter entry) or remove its own entry",
        params: RiskLibraryCodeParams,
        response: ok(z.object({ entry: RiskLibraryEntry.nullable() })),
      },
      config: write,
    },
    async (request) => ({ entry: await resetLibraryEntry(contextOf(request, db), request.params.code) }),
  );
  r.post(
    "/api/v1/risks/from-template",
    {
      schema: {
        tags,
        summary:
          "Start a register entry from a library risk (scores rescaled to your criteria, to be reassessed)",
        body: z.object({
          code: z.string().max(40),
          aiSystemId: z.uuid().nullable().default(null),
          businessUnitId: z.uuid().nullable().default(null),
        }),
        response: created(RiskView),
      },
      config: write,
    },
    async (request, reply) =>
      reply.code(201).send(await createRiskFromTemplate(contextOf(request, db), request.body)),
  );
  r.get(
    "/api/v1/risks/heat-map",
    {
      schema: {
        tags,
        summary: "Open risks per likelihood × impact cell (inherent or residual)",
        querystring: HeatMapQuery,
        response: ok(HeatMap),
      },
      config: read,
    },
    async (request) => riskHeatMap(contextOf(request, db), request.query),
  );
  r.post(
    "/api/v1/risks",
    {
      schema: {
        tags,
        summary: "Assess a risk (levels are computed on the criteria in force)",
        body: CreateRisk,
        response: created(RiskView),
      },
      config: write,
    },
    async (request, reply) => reply.code(201).send(await createRisk(contextOf(request, db), request.body)),
  );
  r.get(
    "/api/v1/risks/:id",
    { schema: { tags, summary: "Read a risk", params: IdParams, response: ok(RiskView) }, config: read },
    async (request) => getRisk(contextOf(request, db), request.params.id),
  );
  r.patch(
    "/api/v1/risks/:id",
    {
      schema: {
        tags,
        summary: "Change a risk (send the version you read)",
        params: IdParams,
        body: UpdateRisk,
        response: ok(RiskView),
      },
      config: write,
    },
    async (request) => updateRisk(contextOf(request, db), request.params.id, request.body),
  );
  r.get(
    "/api/v1/risks/:id/actions",
    {
      schema: {
        tags,
        summary: "The treatment plan of a risk",
        params: IdParams,
        querystring: PageQuery.omit({ order: true }),
        response: ok(pageOf(RiskAction)),
      },
      config: read,
    },
    async (request) => listRiskActions(contextOf(request, db), request.params.id, request.query),
  );
  r.post(
    "/api/v1/risks/:id/actions",
    {
      schema: {
        tags,
        summary: "Add a treatment action (owner, due date)",
        params: IdParams,
        body: CreateRiskAction,
        response: created(RiskAction),
      },
      config: write,
    },
    async (request, reply) =>
      reply.code(201).send(await createRiskAction(contextOf(request, db), request.params.id, request.body)),
  );
  r.patch(
    "/api/v1/risks/:id/actions/:actionId",
    {
      schema: {
        tags,
        summary: "Update a treatment action (send the version you read)",
        params: RiskActionParams,
        body: UpdateRiskAction,
        response: ok(RiskAction),
      },
      config: write,
    },
    async (request) =>
      updateRiskAction(contextOf(request, db), request.params.id, request.params.actionId, request.body),
  );
  r.get(
    "/api/v1/risks/:id/acceptance",
    {
      schema: {
        tags,
        summary: "The latest acceptance approval of the risk, with its steps",
        params: IdParams,
        response: ok(z.object({ approval: ApprovalView.nullable() })),
      },
      config: read,
    },
    async (request) => ({ approval: await acceptanceApproval(contextOf(request, db), request.params.id) }),
  );
  r.post(
    "/api/v1/risks/:id/acceptance",
    {
      schema: {
        tags,
        summary: "Ask the risk owner to accept the risk until a date",
        params: IdParams,
        body: RequestAcceptance,
        response: ok(RiskView),
      },
      config: write,
    },
    async (request) => requestAcceptance(contextOf(request, db), request.params.id, request.body),
  );
  r.post(
    "/api/v1/risks/:id/acceptance/decision",
    {
      schema: {
        tags,
        summary: "The risk owner approves or rejects the acceptance",
        params: IdParams,
        body: DecisionRequest,
        response: ok(RiskView),
      },
      config: { permission: "authenticated" },
    },
    async (request) =>
      decideAcceptance(
        contextOf(request, db),
        request.params.id,
        request.body.decision,
        request.body.comment,
      ),
  );
}
