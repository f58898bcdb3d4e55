import { and, asc, count, desc, eq, ilike, inArray, ne, or, sql, type SQL } from "drizzle-orm";
import {
  DomainError,
  EvidenceFields,
  evidenceDateIssues,
  utcDay,
  type EvidenceDetail,
  type EvidenceListQuery,
  type EvidenceRef,
  type EvidenceView,
  type Page,
  type UpdateEvidence,
} from "@openaims/core";
import type { DbOrTx, Tx } from "../../db/client.js";
import {
  campaignFiles,
  evidence,
  evidenceFiles,
  evidenceLinks,
  trainingRecords,
  vendorCampaigns,
  vendorCertifications,
} from "../../db/schema/index.js";
import { recordAudit } from "../audit/record-audit.js";
import type { Actor, ServiceContext } from "../context.js";
import { likePattern } from "../shared/search.js";
import { assertVersion } from "../shared/versioning.js";
import { assertMayWriteUnit, unitVisibility } from "../shared/business-unit-scope.js";
import { assertBusinessUnit, assertUser } from "../shared/references.js";
import {
  evidenceColumns,
  evidenceStateFilter,
  linkCounts,
  toEvidenceView,
  type EvidenceColumns,
} from "./evidence-record.js";
import { hiddenTargets, isHiddenTarget, normalizeTarget, targetLabels } from "./evidence-targets.js";

const sortColumns = {
  key: evidence.createdAt,
  title: evidence.title,
  collectedOn: evidence.collectedOn,
  validUntil: evidence.validUntil,
  updatedAt: evidence.updatedAt,
};

function filtersOf(actor: Actor, q: Partial<EvidenceListQuery>, today: string): SQL | undefined {
  const f: (SQL | undefined)[] = [unitVisibility(evidence.businessUnitId, actor)];
  if (q.q) f.push(or(ilike(evidence.title, likePattern(q.q)), ilike(evidence.key, likePattern(q.q))));
  if (q.state) f.push(evidenceStateFilter(q.state, today));
  if (q.kind) f.push(eq(evidence.kind, q.kind));
  if (q.ownerId) f.push(eq(evidence.ownerId, q.ownerId));
  if (q.businessUnitId) f.push(eq(evidence.businessUnitId, q.businessUnitId));
  if (q.targetId !== undefined && !q.targetType)
    throw new DomainError("VALIDATION_FAILED", "targetType: name the type of the record targetId is", {
      issues: [{ path: "targetType", message: "is required with targetId" }],
    });
  if (q.targetType) {
    const targetId =
      q.targetId !== undefined
        ? normalizeTarget({ targetType: q.targetType, targetId: q.targetId }).targetId
        : undefined;
    // A sub-select served by evidence_links_target_idx.
    const linked = and(
      eq(evidenceLinks.targetType, q.targetType),
      targetId !== undefined ? eq(evidenceLinks.targetId, targetId) : undefined,
    );
    f.push(
      inArray(evidence.id, sql`(SELECT ${evidenceLinks.evidenceId} FROM ${evidenceLinks} WHERE ${linked})`),
    );
  }
  return and(...f);
}

/** A page of evidence (ISO/IEC 42001 7.5.3), each with its state on `today`. */
export async function listEvidence(
  ctx: ServiceContext,
  q: EvidenceListQuery,
  today = utcDay(),
): Promise<Page<EvidenceView>> {
  // Which evidence supports a record the reader may not see is not theirs to learn.
  if (
    q.targetType &&
    q.targetId !== undefined &&
    (await isHiddenTarget(
      ctx.db,
      ctx.actor,
      normalizeTarget({ targetType: q.targetType, targetId: q.targetId }),
    ))
  )
    return { items: [], total: 0 };
  const where = filtersOf(ctx.actor, q, today);
  const direction = q.order === "desc" ? desc : asc;
  const rows = await ctx.db
    .select(evidenceColumns)
    .from(evidence)
    .where(where)
    .orderBy(direction(sortColumns[q.sort]), asc(evidence.id))
    .limit(q.limit)
    .offset(q.offset);
  const [total] = await ctx.db.select({ n: count() }).from(evidence).where(where);
  const counts = await linkCounts(
    ctx.db,
    rows.map((r) => r.id),
  );
  return {
    items: rows.map((r) => toEvidenceView(r, counts.get(r.id) ?? 0, today)),
    total: total?.n ?? 0,
  };
}

/** One item the actor may see (404 otherwise: another unit's evidence does not exist for them). */
export async function loadEvidence(
  db: DbOrTx,
  actor: Actor,
  id: string,
  lock = false,
): Promise<EvidenceColumns> {
  const query = db
    .select(evidenceColumns)
    .from(evidence)
    .where(and(eq(evidence.id, id), unitVisibility(evidence.businessUnitId, actor)));
  const [row] = lock ? await query.for("update") : await query;
  if (!row) throw new DomainError("NOT_FOUND", `evidence ${id} not found`);
  return row;
}

/** The item with its links (each with a label) and its state. */
export async function evidenceDetail(
  db: DbOrTx,
  actor: Actor,
  row: EvidenceColumns,
  today = utcDay(),
): Promise<EvidenceDetail> {
  const links = await db
    .select()
    .from(evidenceLinks)
    .where(eq(evidenceLinks.evidenceId, row.id))
    .orderBy(asc(evidenceLinks.createdAt), asc(evidenceLinks.targetType), asc(evidenceLinks.targetId));
  const labels = await targetLabels(db, actor, links);
  const keyOf = (l: { targetType: string; targetId: string }) => `${l.targetType}:${l.targetId}`;
  const hidden = await hiddenTargets(
    db,
    actor,
    links.filter((l) => !labels.has(keyOf(l))),
  );
  const shown = links.filter((l) => !hidden.has(keyOf(l)));
  return {
    ...toEvidenceView(row, shown.length, today),
    links: shown.map((l) => ({
      targetType: l.targetType as EvidenceDetail["links"][number]["targetType"],
      targetId: l.targetId,
      label: labels.get(`${l.targetType}:${l.targetId}`) ?? l.targetId,
      createdAt: l.createdAt.toISOString(),
    })),
  };
}

export async function getEvidence(
  ctx: ServiceContext,
  id: string,
  today = utcDay(),
): Promise<EvidenceDetail> {
  return evidenceDetail(ctx.db, ctx.actor, await loadEvidence(ctx.db, ctx.actor, id), today);
}

/** The oldest other item the actor can see with the same file hash or address: a hint, never a refusal. */
export async function duplicateOf(
  db: DbOrTx,
  actor: Actor,
  row: { id: string; sha256: string | null; url: string | null },
): Promise<EvidenceRef | null> {
  const same = row.sha256 ? eq(evidence.sha256, row.sha256) : row.url ? eq(evidence.url, row.url) : undefined;
  if (!same) return null;
  const [found] = await db
    .select({ id: evidence.id, key: evidence.key, title: evidence.title })
    .from(evidence)
    .where(and(same, ne(evidence.id, row.id), unitVisibility(evidence.businessUnitId, actor)))
    .orderBy(asc(evidence.createdAt))
    .limit(1);
  return found ?? null;
}

/** Field rules shared by create and update: dates in order, owner and unit exist. */
export async function checkEvidenceFields(
  tx: Tx,
  f: {
    effectiveOn: string | null;
    validUntil: string | null;
    ownerId: string | null;
    businessUnitId: string | null;
  },
): Promise<void> {
  const issues = evidenceDateIssues(f);
  if (issues.length)
    throw new DomainError("VALIDATION_FAILED", `${issues[0]!.path}: ${issues[0]!.message}`, { issues });
  await assertUser(tx, f.ownerId, "ownerId");
  await assertBusinessUnit(tx, f.businessUnitId, "businessUnitId");
}

/** Changes an item's metadata (its file never changes: new content is a new item). */
export async function updateEvidence(
  ctx: ServiceContext,
  id: string,
  patch: UpdateEvidence,
  today = utcDay(),
): Promise<EvidenceDetail> {
  return ctx.db.transaction(async (tx) => {
    const row = await loadEvidence(tx, ctx.actor, id, true);
    assertVersion(row, patch.version, `evidence ${row.key}`);
    assertMayWriteUnit(ctx.actor, row.businessUnitId);
    const { version, url, ...changes } = patch;
    if (url !== undefined && row.kind !== "link")
      throw new DomainError(
        "VALIDATION_FAILED",
        "url: only link evidence has an address; upload a new file instead",
        {
          issues: [{ path: "url", message: "only link evidence has an address" }],
        },
      );
    const merged = EvidenceFields.parse({ ...row, ...changes });
    if (changes.businessUnitId !== undefined) assertMayWriteUnit(ctx.actor, merged.businessUnitId);
    await checkEvidenceFields(tx, merged);
    const before = await evidenceDetail(tx, ctx.actor, row, today);
    const [updated] = await tx
      .update(evidence)
      .set({
        ...merged,
        collectedOn: merged.collectedOn ?? row.collectedOn,
        ...(url !== undefined ? { url } : {}),
        version: version + 1,
        updatedAt: new Date(),
      })
      .where(eq(evidence.id, id))
      .returning(evidenceColumns);
    const after = await evidenceDetail(tx, ctx.actor, updated!, today);
    await recordAudit(tx, ctx, {
      action: "evidence.updated",
      entityType: "evidence",
      entityId: id,
      before,
      after,
    });
    return after;
  });
}

/**
 * Vendor records that point at the evidence (ISO/IEC 42001 A.10.3): a certification it proves, or a
 * questionnaire whose answers or files it keeps. Refused rather than left to the database (a 500).
 */
async function assertNoVendorRecordHolds(tx: Tx, key: string, id: string): Promise<void> {
  const [cert] = await tx
    .select({ n: count() })
    .from(vendorCertifications)
    .where(eq(vendorCertifications.evidenceId, id));
  if ((cert?.n ?? 0) > 0)
    throw new DomainError(
      "RULE_VIOLATION",
      `${key} is the proof of a vendor certification; remove it from the certification before deleting it`,
    );
  const [answers] = await tx
    .select({ n: count() })
    .from(vendorCampaigns)
    .where(eq(vendorCampaigns.answersEvidenceId, id));
  const [files] = await tx.select({ n: count() }).from(campaignFiles).where(eq(campaignFiles.evidenceId, id));
  if ((answers?.n ?? 0) + (files?.n ?? 0) > 0)
    throw new DomainError(
      "RULE_VIOLATION",
      `${key} is the record of an accepted vendor questionnaire and is kept with it`,
    );
}

/**
 * Deletes an item that supports nothing. Linked evidence must be unlinked first, so no control,
 * requirement or training record silently loses what backed it (ISO/IEC 42001 7.5.3 retention).
 */
export async function deleteEvidence(ctx: ServiceContext, id: string, version: number): Promise<void> {
  await ctx.db.transaction(async (tx) => {
    const row = await loadEvidence(tx, ctx.actor, id, true);
    assertVersion(row, version, `evidence ${row.key}`);
    assertMayWriteUnit(ctx.actor, row.businessUnitId);
    const [links] = await tx
      .select({ n: count() })
      .from(evidenceLinks)
      .where(eq(evidenceLinks.evidenceId, id));
    if ((links?.n ?? 0) > 0)
      throw new DomainError(
        "RULE_VIOLATION",
        `${row.key} supports ${links!.n} record${links!.n === 1 ? "" : "s"}; unlink it from them before deleting it`,
        { links: links!.n },
      );
    const [training] = await tx
      .select({ n: count() })
      .from(trainingRecords)
      .where(eq(trainingRecords.evidenceId, id));
    if ((training?.n ?? 0) > 0)
      throw new DomainError(
        "RULE_VIOLATION",
        `${row.key} is the proof of ${training!.n} training record${training!.n === 1 ? "" : "s"}; change them before deleting it`,
      );
    await assertNoVendorRecordHolds(tx, row.key, id);
    const before = toEvidenceView(row, 0, utcDay());
    await tx.delete(evidenceFiles).where(eq(evidenceFiles.evidenceId, id));
    await tx.delete(evidence).where(eq(evidence.id, id));
    await recordAudit(tx, ctx, { action: "evidence.deleted", entityType: "evidence", entityId: id, before });
  });
}
