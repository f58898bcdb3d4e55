import type { FastifyInstance, FastifyReply } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import {
  CatalogExportQuery,
  CatalogImportRequest,
  CatalogImportResult,
  FrameworkParams,
  FrameworkRef,
} from "@openaims/core";
import type { RouteDeps } from "./app.js";
import { contextOf } from "./auth-hooks.js";
import { errorResponses } from "./responses.js";
import {
  exportCrosswalk,
  exportFramework,
  importCatalogFile,
  type ExportedFile,
} from "../services/catalogs/catalog-files.js";

const sendFile = (reply: FastifyReply, file: ExportedFile) =>
  reply
    .header("content-disposition", `attachment; filename="${file.filename}"`)
    .type(file.contentType)
    .send(file.body);

/** Custom frameworks and crosswalks in and out: CSV, YAML, JSON, and OSCAL 1.2 JSON out. */
export function registerCatalogRoutes(app: FastifyInstance, { database }: RouteDeps): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const { db } = database;
  const tags = ["frameworks"];

  r.post(
    "/api/v1/catalogs/import",
    {
      bodyLimit: 8 * 1024 * 1024,
      schema: {
        tags,
        summary:
          "Import a custom framework or crosswalk (CSV, YAML or JSON); errors are reported by line and nothing is written",
        body: CatalogImportRequest,
        response: { 201: CatalogImportResult, ...errorResponses },
      },
      config: { permission: "catalogs:write" },
    },
    async (request, reply) =>
      reply.code(201).send(await importCatalogFile(contextOf(request, db), request.body)),
  );
  r.get(
    "/api/v1/frameworks/:ref/export",
    {
      schema: {
        tags,
        summary: "Download a framework as CSV, YAML, JSON or an OSCAL 1.2 catalog",
        params: FrameworkParams,
        querystring: CatalogExportQuery,
        response: errorResponses,
      },
      config: { permission: "records:read" },
    },
    async (request, reply) =>
      sendFile(reply, await exportFramework(db, request.params.ref, request.query.format)),
  );
  r.get(
    "/api/v1/crosswalks/export",
    {
      schema: {
        tags,
        summary:
          "Download the crosswalk between two frameworks as CSV, YAML, JSON or an OSCAL 1.2 mapping collection",
        querystring: CatalogExportQuery.extend({ from: FrameworkRef, to: FrameworkRef }),
        response: errorResponses,
      },
      config: { permission: "records:read" },
    },
    async (request, reply) =>
      sendFile(reply, await exportCrosswalk(db, request.query.from, request.query.to, request.query.format)),
  );
}
