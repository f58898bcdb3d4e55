/** Calls of the audit-trail endpoints. */
import type { AuditEvent, AuditVerification, Page } from "@openaims/core";
import { api } from "../../api/client";

export type AuditQueryParams = {
  limit: number;
  offset: number;
  order: "asc" | "desc";
  entityType?: string;
  entityId?: string;
  actorId?: string;
  from?: string;
  to?: string;
};

export const AUDIT_KEY = ["audit-events"] as const;

export function listAuditEvents(query: AuditQueryParams, signal?: AbortSignal): Promise<Page<AuditEvent>> {
  return api.get<Page<AuditEvent>>("/api/v1/audit-events", { query, signal });
}

export function verifyAuditChain(): Promise<AuditVerification> {
  return api.get<AuditVerification>("/api/v1/audit-events/verify");
}
