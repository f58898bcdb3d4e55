import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { AuditEvent, AuditQuery, AuditVerification, pageOf } from "@openaims/core";
import type { AppOptions } from "./app.js";
import { errorResponses } from "./responses.js";
import { listAuditEvents, verifyAuditChain } from "../services/audit/audit-queries.js";

export function registerAuditRoutes(app: FastifyInstance, { database }: AppOptions): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const { db } = database;
  const tags = ["audit trail"];

  r.get(
    "/api/v1/audit-events",
    {
      schema: {
        tags,
        summary: "Page through the audit trail",
        querystring: AuditQuery,
        response: { 200: pageOf(AuditEvent), ...errorResponses },
      },
      config: { permission: "audit:read" },
    },
    async (request) => listAuditEvents(db, request.query),
  );
  r.get(
    "/api/v1/audit-events/verify",
    {
      schema: {
        tags,
        summary: "Verify the hash chain of the whole trail",
        response: { 200: AuditVerification, ...errorResponses },
      },
      config: { permission: "audit:read" },
    },
    async () => verifyAuditChain(db),
  );
}
