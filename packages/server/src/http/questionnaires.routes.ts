import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import {
  BuiltinQuestionnaireList,
  BuiltinSlugParams,
  CreateQuestionnaireTemplate,
  DeleteQuestionnaireTemplateQuery,
  IdParams,
  NewTemplateFrom,
  QuestionnaireTemplate,
  QuestionnaireTemplateListQuery,
  QuestionnaireTemplatePage,
  QuestionnaireTemplateVersionBody,
  UpdateQuestionnaireTemplate,
} from "@openaims/core";
import type { RouteDeps } from "./app.js";
import { contextOf } from "./auth-hooks.js";
import { approve, created, errorResponses, ok, read, write } from "./responses.js";
import {
  adoptBuiltin,
  copyTemplate,
  createTemplate,
  deleteTemplate,
  getTemplate,
  listBuiltinQuestionnaires,
  listTemplates,
  publishTemplate,
  retireTemplate,
  updateTemplate,
} from "../services/questionnaires/templates-service.js";

/**
 * Questionnaire templates for AI vendors (ISO/IEC 42001 A.10.3): contributors build and adopt them,
 * approvers publish and retire them; only published templates can be sent to a vendor.
 */
export async function registerQuestionnaireRoutes(
  app: FastifyInstance,
  { database }: RouteDeps,
): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const { db } = database;
  const tags = ["questionnaires"];
  const base = "/api/v1/questionnaire-templates";
  const one = `${base}/:id`;

  r.get(
    base,
    {
      schema: {
        tags,
        summary: "List questionnaire templates",
        querystring: QuestionnaireTemplateListQuery,
        response: ok(QuestionnaireTemplatePage),
      },
      config: read,
    },
    async (request) => listTemplates(contextOf(request, db), request.query),
  );
  r.post(
    base,
    {
      schema: {
        tags,
        summary: "Create a draft template (content defaults to one empty section)",
        body: CreateQuestionnaireTemplate,
        response: created(QuestionnaireTemplate),
      },
      config: write,
    },
    async (request, reply) =>
      reply.code(201).send(await createTemplate(contextOf(request, db), request.body)),
  );
  r.get(
    `${base}/builtin`,
    {
      schema: {
        tags,
        summary: "The questionnaires shipped with OpenAIMS, to preview and adopt",
        response: ok(BuiltinQuestionnaireList),
      },
      config: read,
    },
    async () => listBuiltinQuestionnaires(),
  );
  r.post(
    `${base}/builtin/:slug/adopt`,
    {
      schema: {
        tags,
        summary: "Adopt a built-in questionnaire as a new draft template",
        params: BuiltinSlugParams,
        body: NewTemplateFrom,
        response: created(QuestionnaireTemplate),
      },
      config: write,
    },
    async (request, reply) =>
      reply
        .code(201)
        .send(await adoptBuiltin(contextOf(request, db), request.params.slug, request.body?.name)),
  );
  r.get(
    one,
    {
      schema: {
        tags,
        summary: "Read a template with its content and structure issues",
        params: IdParams,
        response: ok(QuestionnaireTemplate),
      },
      config: read,
    },
    async (request) => getTemplate(contextOf(request, db), request.params.id),
  );
  r.patch(
    one,
    {
      schema: {
        tags,
        summary:
          "Change a template (send the version you read); questionnaires already sent keep the content they were sent with",
        params: IdParams,
        body: UpdateQuestionnaireTemplate,
        response: ok(QuestionnaireTemplate),
      },
      config: write,
    },
    async (request) => updateTemplate(contextOf(request, db), request.params.id, request.body),
  );
  r.delete(
    one,
    {
      schema: {
        tags,
        summary: "Delete a template never sent (a sent one is retired instead)",
        params: IdParams,
        querystring: DeleteQuestionnaireTemplateQuery,
        response: { 204: z.null().describe("Deleted"), ...errorResponses },
      },
      config: write,
    },
    async (request, reply) => {
      await deleteTemplate(contextOf(request, db), request.params.id, request.query.version);
      return reply.code(204).send(null);
    },
  );
  r.post(
    `${one}/publish`,
    {
      schema: {
        tags,
        summary: "Publish a template so it can be sent (refused with the list of issues while it has any)",
        params: IdParams,
        body: QuestionnaireTemplateVersionBody,
        response: ok(QuestionnaireTemplate),
      },
      config: approve,
    },
    async (request) => publishTemplate(contextOf(request, db), request.params.id, request.body.version),
  );
  r.post(
    `${one}/retire`,
    {
      schema: {
        tags,
        summary: "Retire a published template: no new questionnaires from it",
        params: IdParams,
        body: QuestionnaireTemplateVersionBody,
        response: ok(QuestionnaireTemplate),
      },
      config: approve,
    },
    async (request) => retireTemplate(contextOf(request, db), request.params.id, request.body.version),
  );
  r.post(
    `${one}/copy`,
    {
      schema: {
        tags,
        summary: 'Copy a template into a new draft ("Copy of …")',
        params: IdParams,
        body: NewTemplateFrom,
        response: created(QuestionnaireTemplate),
      },
      config: write,
    },
    async (request, reply) =>
      reply.code(201).send(await copyTemplate(contextOf(request, db), request.params.id, request.body?.name)),
  );
}
