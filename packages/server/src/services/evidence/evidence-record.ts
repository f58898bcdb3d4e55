import { and, count, gt, gte, inArray, isNull, lt, lte, or, type SQL } from "drizzle-orm";
import {
  addDays,
  EVIDENCE_EXPIRY_WARNING_DAYS,
  evidenceState,
  staleReason,
  type EvidenceKind,
  type EvidenceState,
  type EvidenceView,
} from "@openaims/core";
import type { DbOrTx } from "../../db/client.js";
import { evidence, evidenceLinks } from "../../db/schema/index.js";

export type EvidenceRow = typeof evidence.$inferSelect;

/** Every column but the reminder bookkeeping (lists never read file bytes: they live apart). */
export const evidenceColumns = {
  id: evidence.id,
  key: evidence.key,
  title: evidence.title,
  description: evidence.description,
  kind: evidence.kind,
  url: evidence.url,
  fileName: evidence.fileName,
  contentType: evidence.contentType,
  sizeBytes: evidence.sizeBytes,
  sha256: evidence.sha256,
  collectedOn: evidence.collectedOn,
  effectiveOn: evidence.effectiveOn,
  validUntil: evidence.validUntil,
  ownerId: evidence.ownerId,
  businessUnitId: evidence.businessUnitId,
  source: evidence.source,
  createdAt: evidence.createdAt,
  updatedAt: evidence.updatedAt,
  version: evidence.version,
};
export type EvidenceColumns = Omit<EvidenceRow, "expiryReminderSentFor">;

/** The view of a row on `today`: its state and, when it does not count, why (core's rule). */
export function toEvidenceView(r: EvidenceColumns, linkCount: number, today: string): EvidenceView {
  return {
    id: r.id,
    key: r.key,
    title: r.title,
    description: r.description,
    kind: r.kind as EvidenceKind,
    url: r.url,
    fileName: r.fileName,
    contentType: r.contentType,
    sizeBytes: r.sizeBytes,
    sha256: r.sha256,
    collectedOn: r.collectedOn,
    effectiveOn: r.effectiveOn,
    validUntil: r.validUntil,
    ownerId: r.ownerId,
    businessUnitId: r.businessUnitId,
    source: r.source,
    state: evidenceState(r, today),
    staleReason: staleReason(r, today),
    linkCount,
    createdAt: r.createdAt.toISOString(),
    updatedAt: r.updatedAt.toISOString(),
    version: r.version,
  };
}

/**
 * The same states as core's `evidenceState`, as SQL on the indexed date columns, so a filtered
 * list pages and counts in the database. Not-yet-effective wins over the others, as in core.
 */
export function evidenceStateFilter(state: EvidenceState, today: string): SQL | undefined {
  const warnUntil = addDays(today, EVIDENCE_EXPIRY_WARNING_DAYS);
  const effective = or(isNull(evidence.effectiveOn), lte(evidence.effectiveOn, today));
  switch (state) {
    case "not_yet_effective":
      return gt(evidence.effectiveOn, today);
    case "expired":
      return and(effective, lt(evidence.validUntil, today));
    case "expiring":
      return and(effective, gte(evidence.validUntil, today), lte(evidence.validUntil, warnUntil));
    case "current":
      return and(effective, or(isNull(evidence.validUntil), gt(evidence.validUntil, warnUntil)));
  }
}

/** Number of links of each item of a page, in one query. */
export async function linkCounts(db: DbOrTx, ids: string[]): Promise<Map<string, number>> {
  if (ids.length === 0) return new Map();
  const rows = await db
    .select({ id: evidenceLinks.evidenceId, n: count() })
    .from(evidenceLinks)
    .where(inArray(evidenceLinks.evidenceId, ids))
    .groupBy(evidenceLinks.evidenceId);
  return new Map(rows.map((r) => [r.id, r.n]));
}
