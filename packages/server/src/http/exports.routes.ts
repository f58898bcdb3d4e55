import type { FastifyInstance, FastifyReply } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import type { RouteDeps } from "./app.js";
import { contextOf } from "./auth-hooks.js";
import { errorResponses, read } from "./responses.js";
import { exportRiskRegister } from "../services/exports/risk-register-export.js";
import type { ExportFile } from "../services/exports/report-model.js";
import { RiskExportFilters } from "../services/exports/risk-register-rows.js";
import { exportSoa, SoaExportQuery } from "../services/exports/soa-export.js";
import {
  AssessmentExportQuery,
  exportImpactAssessment,
} from "../services/exports/impact-assessment-export.js";

const RiskExportQuery = RiskExportFilters.extend({ format: z.enum(["xlsx", "pdf"]).default("xlsx") });

/** Sends a file as a download; the body streams, so a large register never sits in memory. */
function sendFile(reply: FastifyReply, file: ExportFile) {
  return reply
    .header("content-disposition", `attachment; filename="${file.filename}"`)
    .header("cache-control", "no-store")
    .type(file.contentType)
    .send(file.stream);
}

/** Reports as files (ISO/IEC 42001 7.5 documented information): the risk register, the SoA, impact assessments. */
export function registerExportsRoutes(app: FastifyInstance, { database }: RouteDeps): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const { db } = database;

  r.get(
    "/api/v1/risks/export",
    {
      schema: {
        tags: ["risks", "exports"],
        summary: "Download the risk register (the list's filters) as XLSX or PDF",
        querystring: RiskExportQuery,
        response: errorResponses,
      },
      config: read,
    },
    async (request, reply) => {
      const { format, ...filters } = request.query;
      return sendFile(
        reply as FastifyReply,
        await exportRiskRegister(contextOf(request, db), filters, format),
      );
    },
  );
  r.get(
    "/api/v1/soa/export",
    {
      schema: {
        tags: ["soa", "exports"],
        summary: "Download the Statement of Applicability (working copy, or `version`) as XLSX or PDF",
        querystring: SoaExportQuery,
        response: errorResponses,
      },
      config: read,
    },
    async (request, reply) =>
      sendFile(reply as FastifyReply, await exportSoa(contextOf(request, db), request.query)),
  );
  r.get(
    "/api/v1/impact-assessments/:id/export",
    {
      schema: {
        tags: ["impact-assessments", "exports"],
        summary: "Download an impact assessment (id or key) with every answer as PDF or DOCX",
        // An id or a key ("IA-3"): other characters (NUL above all, which PostgreSQL text refuses) get a 400.
        params: z.object({
          id: z
            .string()
            .min(1)
            .max(80)
            .regex(/^[A-Za-z0-9-]+$/, "must be an assessment id or key, like IA-3"),
        }),
        querystring: AssessmentExportQuery,
        response: errorResponses,
      },
      config: read,
    },
    async (request, reply) =>
      sendFile(
        reply as FastifyReply,
        await exportImpactAssessment(contextOf(request, db), request.params.id, request.query.format),
      ),
  );
}
