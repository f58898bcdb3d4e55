/** The audit-trail filter form and the query it makes. */
import { AuditQuery } from "@openaims/core";
import { localInputToIso } from "../../lib/format";
import { validateWith } from "../../lib/validate";
import type { AuditQueryParams } from "./audit-api";

export type AuditFilterValues = {
  entityType: string;
  entityId: string;
  actorId: string;
  /** `<input type="datetime-local">` values, local time. */
  from: string;
  to: string;
  order: "asc" | "desc";
};

export const EMPTY_AUDIT_FILTERS: AuditFilterValues = {
  entityType: "",
  entityId: "",
  actorId: "",
  from: "",
  to: "",
  order: "desc",
};

/**
 * The query for a page of the trail, checked with the core's AuditQuery so a malformed actor id
 * or date is reported on its field instead of by the server.
 */
export function auditQueryOf(
  filters: AuditFilterValues,
  paging: { limit: number; offset: number },
): { ok: true; query: AuditQueryParams } | { ok: false; fieldErrors: Record<string, string> } {
  const query: AuditQueryParams = {
    limit: paging.limit,
    offset: paging.offset,
    order: filters.order,
    entityType: filters.entityType.trim() || undefined,
    entityId: filters.entityId.trim() || undefined,
    actorId: filters.actorId.trim() || undefined,
    from: localInputToIso(filters.from),
    to: localInputToIso(filters.to),
  };
  const errors: Record<string, string> = {};
  if (filters.from.trim() && !query.from) errors.from = "Must be a date and time";
  if (filters.to.trim() && !query.to) errors.to = "Must be a date and time";
  if (query.from && query.to && query.from > query.to) errors.to = "Must be after the start";
  const checked = validateWith(AuditQuery, query);
  if (!checked.ok) Object.assign(errors, checked.fieldErrors);
  return Object.keys(errors).length ? { ok: false, fieldErrors: errors } : { ok: true, query };
}

/** How many filters are set (for the "Clear filters" button and the summary). */
export function activeFilterCount(filters: AuditFilterValues): number {
  return (["entityType", "entityId", "actorId", "from", "to"] as const).filter(
    (k) => filters[k].trim() !== "",
  ).length;
}
