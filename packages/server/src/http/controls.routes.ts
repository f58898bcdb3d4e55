import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import {
  AdoptTemplatesRequest,
  AdoptTemplatesResult,
  Control,
  ControlListQuery,
  ControlTemplateView,
  CreateControl,
  IdParams,
  pageOf,
  UpdateControl,
} from "@openaims/core";
import type { RouteDeps } from "./app.js";
import { contextOf } from "./auth-hooks.js";
import { errorResponses } from "./responses.js";
import {
  createControl,
  getControl,
  listControls,
  updateControl,
} from "../services/controls/controls-service.js";
import { adoptTemplates, listTemplates } from "../services/controls/control-templates.js";

/** The organization's control library and the starter templates it adopts from. */
export function registerControlRoutes(app: FastifyInstance, { database }: RouteDeps): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const { db } = database;
  const tags = ["controls"];

  r.get(
    "/api/v1/controls",
    {
      schema: {
        tags,
        summary: "List controls",
        querystring: ControlListQuery,
        response: { 200: pageOf(Control), ...errorResponses },
      },
      config: { permission: "records:read" },
    },
    async (request) => listControls(contextOf(request, db), request.query),
  );
  r.post(
    "/api/v1/controls",
    {
      schema: {
        tags,
        summary: "Create a control with its requirement links",
        body: CreateControl,
        response: { 201: Control, ...errorResponses },
      },
      config: { permission: "records:write" },
    },
    async (request, reply) => reply.code(201).send(await createControl(contextOf(request, db), request.body)),
  );
  r.get(
    "/api/v1/controls/:id",
    {
      schema: {
        tags,
        summary: "Read a control",
        params: IdParams,
        response: { 200: Control, ...errorResponses },
      },
      config: { permission: "records:read" },
    },
    async (request) => getControl(contextOf(request, db), request.params.id),
  );
  r.patch(
    "/api/v1/controls/:id",
    {
      schema: {
        tags,
        summary: "Change a control; `links` replaces its requirement links (send the version you read)",
        params: IdParams,
        body: UpdateControl,
        response: { 200: Control, ...errorResponses },
      },
      config: { permission: "records:write" },
    },
    async (request) => updateControl(contextOf(request, db), request.params.id, request.body),
  );
  r.get(
    "/api/v1/control-templates",
    {
      schema: {
        tags,
        summary: "The starter library of AI controls",
        response: {
          200: z.object({ items: z.array(ControlTemplateView), total: z.number().int() }),
          ...errorResponses,
        },
      },
      config: { permission: "records:read" },
    },
    async () => {
      const items = await listTemplates(db);
      return { items, total: items.length };
    },
  );
  r.post(
    "/api/v1/control-templates/adopt",
    {
      schema: {
        tags,
        summary: "Adopt templates into the control library",
        body: AdoptTemplatesRequest,
        response: { 200: AdoptTemplatesResult, ...errorResponses },
      },
      config: { permission: "records:write" },
    },
    async (request) => adoptTemplates(contextOf(request, db), request.body.codes),
  );
}
