import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import {
  BusinessUnit,
  BusinessUnitListQuery,
  CreateBusinessUnit,
  IdParams,
  pageOf,
  UpdateBusinessUnit,
} from "@openaims/core";
import type { AppOptions } from "./app.js";
import { contextOf } from "./auth-hooks.js";
import { errorResponses } from "./responses.js";
import {
  createBusinessUnit,
  getBusinessUnit,
  listBusinessUnits,
  updateBusinessUnit,
} from "../services/business-units/business-units-service.js";

export function registerBusinessUnitRoutes(app: FastifyInstance, { database }: AppOptions): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const { db } = database;
  const tags = ["business units"];

  r.get(
    "/api/v1/business-units",
    {
      schema: {
        tags,
        summary: "List business units",
        querystring: BusinessUnitListQuery,
        response: { 200: pageOf(BusinessUnit), ...errorResponses },
      },
      config: { permission: "business-units:read" },
    },
    async (request) => listBusinessUnits(db, request.query),
  );
  r.post(
    "/api/v1/business-units",
    {
      schema: {
        tags,
        summary: "Create a business unit",
        body: CreateBusinessUnit,
        response: { 201: BusinessUnit, ...errorResponses },
      },
      config: { permission: "business-units:write" },
    },
    async (request, reply) =>
      reply.code(201).send(await createBusinessUnit(contextOf(request, db), request.body)),
  );
  r.get(
    "/api/v1/business-units/:id",
    {
      schema: {
        tags,
        summary: "Read a business unit",
        params: IdParams,
        response: { 200: BusinessUnit, ...errorResponses },
      },
      config: { permission: "business-units:read" },
    },
    async (request) => getBusinessUnit(db, request.params.id),
  );
  r.patch(
    "/api/v1/business-units/:id",
    {
      schema: {
        tags,
        summary: "Rename or describe a business unit (send the version you read)",
        params: IdParams,
        body: UpdateBusinessUnit,
        response: { 200: BusinessUnit, ...errorResponses },
      },
      config: { permission: "business-units:write" },
    },
    async (request) => updateBusinessUnit(contextOf(request, db), request.params.id, request.body),
  );
}
