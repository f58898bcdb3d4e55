import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import {
  CreateImpactAssessment,
  DecisionRequest,
  IdParams,
  IMPACT_ASSESSMENT_TEMPLATES,
  ImpactAssessmentListQuery,
  ImpactAssessmentSummary,
  ImpactAssessmentTemplate,
  ImpactAssessmentView,
  impactAssessmentTemplate,
  pageOf,
  RiskFromImpactRequest,
  RiskView,
  SubmitImpactAssessment,
  UpdateImpactAssessment,
} from "@openaims/core";
import type { RouteDeps } from "./app.js";
import { contextOf } from "./auth-hooks.js";
import { created, ok, read, write } from "./responses.js";
import {
  createImpactAssessment,
  getImpactAssessment,
  listImpactAssessments,
  updateImpactAssessment,
} from "../services/impact-assessments/impact-assessments-service.js";
import {
  decideImpactAssessment,
  startRevision,
  submitImpactAssessment,
} from "../services/impact-assessments/assessment-approval.js";
import { createRiskFromImpact } from "../services/impact-assessments/assessment-risks.js";

const TemplateParams = z.object({ id: z.string().max(60) });

/** AI system impact assessments, the EU FRIA and the Colorado assessment (ISO/IEC 42001 6.1.4, 8.4, A.5). */
export function registerImpactAssessmentsRoutes(app: FastifyInstance, { database }: RouteDeps): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const { db } = database;
  const tags = ["impact-assessments"];
  const url = "/api/v1/impact-assessments";

  r.get(
    "/api/v1/impact-assessment-templates",
    {
      schema: {
        tags,
        summary: "The assessment templates: sections, questions, conditions, concepts and scoring",
        response: ok(pageOf(ImpactAssessmentTemplate)),
      },
      config: read,
    },
    async () => ({ items: [...IMPACT_ASSESSMENT_TEMPLATES], total: IMPACT_ASSESSMENT_TEMPLATES.length }),
  );
  r.get(
    "/api/v1/impact-assessment-templates/:id",
    {
      schema: {
        tags,
        summary: "One template",
        params: TemplateParams,
        response: ok(ImpactAssessmentTemplate),
      },
      config: read,
    },
    async (request) => impactAssessmentTemplate(request.params.id),
  );
  r.get(
    url,
    {
      schema: {
        tags,
        summary: "Impact assessments (filter by system, template, status, due)",
        querystring: ImpactAssessmentListQuery,
        response: ok(pageOf(ImpactAssessmentSummary)),
      },
      config: read,
    },
    async (request) => listImpactAssessments(contextOf(request, db), request.query),
  );
  r.post(
    url,
    {
      schema: {
        tags,
        summary: "Start an assessment of a system, pre-filled from its other assessments and its record",
        body: CreateImpactAssessment,
        response: created(ImpactAssessmentView),
      },
      config: write,
    },
    async (request, reply) =>
      reply.code(201).send(await createImpactAssessment(contextOf(request, db), request.body)),
  );
  r.get(
    `${url}/:id`,
    {
      schema: { tags, summary: "Read an assessment", params: IdParams, response: ok(ImpactAssessmentView) },
      config: read,
    },
    async (request) => getImpactAssessment(contextOf(request, db), request.params.id),
  );
  r.patch(
    `${url}/:id`,
    {
      schema: {
        tags,
        summary: "Save answers of a draft (merged; send the version you read)",
        params: IdParams,
        body: UpdateImpactAssessment,
        response: ok(ImpactAssessmentView),
      },
      config: write,
    },
    async (request) => updateImpactAssessment(contextOf(request, db), request.params.id, request.body),
  );
  r.post(
    `${url}/:id/submit`,
    {
      schema: {
        tags,
        summary: "Submit a complete draft for approval",
        params: IdParams,
        body: SubmitImpactAssessment,
        response: ok(ImpactAssessmentView),
      },
      config: write,
    },
    async (request) =>
      submitImpactAssessment(contextOf(request, db), request.params.id, request.body.version),
  );
  r.post(
    `${url}/:id/decision`,
    {
      schema: {
        tags,
        summary: "The approver approves or rejects the assessment",
        params: IdParams,
        body: DecisionRequest,
        response: ok(ImpactAssessmentView),
      },
      config: { permission: "authenticated" },
    },
    async (request) =>
      decideImpactAssessment(
        contextOf(request, db),
        request.params.id,
        request.body.decision,
        request.body.comment,
      ),
  );
  r.post(
    `${url}/:id/revisions`,
    {
      schema: {
        tags,
        summary: "Start a new draft revision from an approved assessment",
        params: IdParams,
        response: created(ImpactAssessmentView),
      },
      config: write,
    },
    async (request, reply) =>
      reply.code(201).send(await startRevision(contextOf(request, db), request.params.id)),
  );
  r.post(
    `${url}/:id/risks`,
    {
      schema: {
        tags,
        summary: "Create a register risk from a row of the impacts table",
        params: IdParams,
        body: RiskFromImpactRequest,
        response: created(RiskView),
      },
      config: write,
    },
    async (request, reply) =>
      reply
        .code(201)
        .send(await createRiskFromImpact(contextOf(request, db), request.params.id, request.body)),
  );
}
