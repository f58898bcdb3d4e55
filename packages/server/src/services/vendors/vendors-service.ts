import { and, count, eq, gt, ilike, inArray, isNull, lte, ne, or, sql, type SQL } from "drizzle-orm";
import {
  addDays,
  CreateVendor,
  DomainError,
  nextReviewDate,
  scheduledReview,
  utcDay,
  VENDOR_REVIEW_WARNING_DAYS,
  vendorFieldIssues,
  type UpdateVendor,
  type Vendor,
  type VendorListQuery,
  type VendorPage,
} from "@openaims/core";
import type { Tx } from "../../db/client.js";
import {
  evidenceLinks,
  vendorAiSystems,
  vendorCampaigns,
  vendorCertifications,
  vendorContacts,
  vendorRiskRatings,
  vendors,
} from "../../db/schema/index.js";
import { recordAudit } from "../audit/record-audit.js";
import type { ServiceContext } from "../context.js";
import { assertMayWriteUnit } from "../shared/business-unit-scope.js";
import { nextKey } from "../shared/keys.js";
import { assertBusinessUnit, assertUser } from "../shared/references.js";
import { likePattern } from "../shared/search.js";
import { assertVersion } from "../shared/versioning.js";
import { loadVisibleVendor, vendorVisibility, type VendorRow } from "./vendor-access.js";
import {
  AUDIT_VIEWER,
  vendorKeyNumber,
  vendorQuery,
  vendorSorts,
  vendorSummaries,
  vendorView,
} from "./vendor-view.js";

export type Issue = { path: string; message: string };

export function refuse(issues: readonly Issue[]): void {
  if (issues.length === 0) return;
  throw new DomainError("VALIDATION_FAILED", `${issues[0]!.path}: ${issues[0]!.message}`, { issues });
}

function filtersOf(ctx: ServiceContext, q: VendorListQuery, today: string): SQL | undefined {
  const f: (SQL | undefined)[] = [vendorVisibility(ctx.actor)];
  if (q.q) {
    const p = likePattern(q.q);
    f.push(or(ilike(vendors.name, p), ilike(vendors.legalName, p), ilike(vendors.key, p)));
  }
  if (q.status) f.push(eq(vendors.status, q.status));
  if (q.criticality) f.push(eq(vendors.criticality, q.criticality));
  if (q.riskRating)
    f.push(q.riskRating === "unrated" ? isNull(vendors.riskRating) : eq(vendors.riskRating, q.riskRating));
  if (q.businessUnitId) f.push(eq(vendors.businessUnitId, q.businessUnitId));
  if (q.aiSystemId)
    f.push(
      inArray(
        vendors.id,
        ctx.db
          .select({ id: vendorAiSystems.vendorId })
          .from(vendorAiSystems)
          .where(eq(vendorAiSystems.aiSystemId, q.aiSystemId)),
      ),
    );
  if (q.reviewDue !== undefined) {
    const warnUntil = addDays(today, VENDOR_REVIEW_WARNING_DAYS);
    const due = and(ne(vendors.status, "offboarded"), lte(vendors.nextReviewOn, warnUntil));
    f.push(
      q.reviewDue
        ? due
        : or(
            eq(vendors.status, "offboarded"),
            isNull(vendors.nextReviewOn),
            gt(vendors.nextReviewOn, warnUntil),
          ),
    );
  }
  return and(...f);
}

/** A page of the vendors the actor may see (ISO/IEC 42001 A.10.3), with attention reasons. */
export async function listVendors(
  ctx: ServiceContext,
  q: VendorListQuery,
  today = utcDay(),
): Promise<VendorPage> {
  const where = filtersOf(ctx, q, today);
  const direction = sql.raw(q.order === "desc" ? "desc" : "asc");
  const rows = await vendorQuery(ctx.db)
    .where(where)
    .orderBy(sql`${vendorSorts[q.sort]} ${direction} nulls last`, vendorKeyNumber, vendors.id)
    .limit(q.limit)
    .offset(q.offset);
  const [total] = await ctx.db.select({ n: count() }).from(vendors).where(where);
  return { items: await vendorSummaries(ctx.db, ctx.actor, rows, today), total: total?.n ?? 0 };
}

export async function getVendor(ctx: ServiceContext, id: string, today = utcDay()): Promise<Vendor> {
  return vendorView(ctx.db, ctx.actor, id, today);
}

export async function createVendor(
  ctx: ServiceContext,
  raw: CreateVendor,
  today = utcDay(),
): Promise<Vendor> {
  const input = CreateVendor.parse(raw);
  assertMayWriteUnit(ctx.actor, input.businessUnitId);
  const nextReviewOn = scheduledReview(input, today);
  refuse(vendorFieldIssues({ ...input, nextReviewOn }));
  return ctx.db.transaction(async (tx) => {
    await assertUser(tx, input.ownerId, "ownerId");
    await assertBusinessUnit(tx, input.businessUnitId, "businessUnitId");
    const { nextReviewOn: _n, ...fields } = input;
    const [row] = await tx
      .insert(vendors)
      .values({ ...fields, key: await nextKey(tx, "vendor"), nextReviewOn })
      .returning({ id: vendors.id });
    const created = await vendorView(tx, AUDIT_VIEWER, row!.id, today);
    await recordAudit(tx, ctx, {
      action: "vendor.created",
      entityType: "vendor",
      entityId: created.id,
      after: created,
    });
    return vendorView(tx, ctx.actor, created.id, today);
  });
}

/**
 * The review date after a change: an explicit one wins; a new last review or cadence moves it;
 * otherwise it stays.
 */
function reviewAfter(row: VendorRow, patch: UpdateVendor): string | null {
  if (patch.nextReviewOn !== undefined) return patch.nextReviewOn;
  const last = patch.lastReviewedOn !== undefined ? patch.lastReviewedOn : row.lastReviewedOn;
  const cadence = patch.reviewCadenceMonths ?? row.reviewCadenceMonths;
  const moved = patch.lastReviewedOn !== undefined || patch.reviewCadenceMonths !== undefined;
  return moved && last ? nextReviewDate(last, cadence) : row.nextReviewOn;
}

export async function updateVendor(
  ctx: ServiceContext,
  id: string,
  patch: UpdateVendor,
  today = utcDay(),
): Promise<Vendor> {
  return ctx.db.transaction(async (tx) => {
    const row = await loadVisibleVendor(tx, ctx.actor, id, true);
    assertVersion(row, patch.version, `vendor ${row.key}`);
    assertMayWriteUnit(ctx.actor, row.businessUnitId);
    if (patch.businessUnitId !== undefined) assertMayWriteUnit(ctx.actor, patch.businessUnitId);
    const nextReviewOn = reviewAfter(row, patch);
    const { version, nextReviewOn: _n, ...fields } = patch;
    refuse(vendorFieldIssues({ ...row, ...fields, nextReviewOn }));
    await assertUser(tx, patch.ownerId, "ownerId");
    await assertBusinessUnit(tx, patch.businessUnitId, "businessUnitId");
    const before = await vendorView(tx, AUDIT_VIEWER, id, today);
    await tx
      .update(vendors)
      .set({ ...fields, nextReviewOn, version: version + 1, updatedAt: new Date() })
      .where(eq(vendors.id, id));
    const after = await vendorView(tx, AUDIT_VIEWER, id, today);
    await recordAudit(tx, ctx, {
      action: "vendor.updated",
      entityType: "vendor",
      entityId: id,
      before,
      after,
    });
    return vendorView(tx, ctx.actor, id, today);
  });
}

const plural = (n: number, one: string) => `${n} ${one}${n === 1 ? "" : "s"}`;

/**
 * Removes a vendor registered by mistake. One with a history (questionnaires, evidence, certificates
 * backed by evidence) is kept for the record (ISO/IEC 42001 7.5.3): offboard it instead.
 */
export async function deleteVendor(ctx: ServiceContext, id: string, version?: number): Promise<void> {
  await ctx.db.transaction(async (tx) => {
    const row = await loadVisibleVendor(tx, ctx.actor, id, true);
    if (version !== undefined) assertVersion(row, version, `vendor ${row.key}`);
    assertMayWriteUnit(ctx.actor, row.businessUnitId);
    const [campaigns] = await tx
      .select({ n: count() })
      .from(vendorCampaigns)
      .where(eq(vendorCampaigns.vendorId, id));
    const [links] = await tx
      .select({ n: count() })
      .from(evidenceLinks)
      .where(and(eq(evidenceLinks.targetType, "vendor"), eq(evidenceLinks.targetId, id)));
    const [backed] = await tx
      .select({ n: count() })
      .from(vendorCertifications)
      .where(and(eq(vendorCertifications.vendorId, id), sql`${vendorCertifications.evidenceId} is not null`));
    const held = [
      campaigns?.n ? plural(campaigns.n, "questionnaire") : null,
      links?.n ? plural(links.n, "evidence link") : null,
      backed?.n ? plural(backed.n, "certification") + " with evidence" : null,
    ].filter((s): s is string => s !== null);
    if (held.length)
      throw new DomainError(
        "CONFLICT",
        `vendor ${row.key} has ${held.join(", ")}; offboard it instead (set its status to offboarded) so its history stays`,
      );
    const before = await vendorView(tx, AUDIT_VIEWER, id, utcDay());
    await tx.delete(vendorRiskRatings).where(eq(vendorRiskRatings.vendorId, id));
    await tx.delete(vendorAiSystems).where(eq(vendorAiSystems.vendorId, id));
    await tx.delete(vendorCertifications).where(eq(vendorCertifications.vendorId, id));
    await tx.delete(vendorContacts).where(eq(vendorContacts.vendorId, id));
    await tx.delete(vendors).where(eq(vendors.id, id));
    await recordAudit(tx, ctx, { action: "vendor.deleted", entityType: "vendor", entityId: id, before });
  });
}

/**
 * One change to a part of a vendor (contacts, certifications, AI systems, review): the vendor row is
 * locked, the actor must be able to write its unit, the version moves on and the audit entry holds
 * the vendor before and after.
 */
export async function changeVendor(
  ctx: ServiceContext,
  id: string,
  action: string,
  change: (tx: Tx, row: VendorRow) => Promise<Record<string, unknown> | void>,
  options: { version?: number; today?: string } = {},
): Promise<Vendor> {
  const today = options.today ?? utcDay();
  return ctx.db.transaction(async (tx) => {
    const row = await loadVisibleVendor(tx, ctx.actor, id, true);
    if (options.version !== undefined) assertVersion(row, options.version, `vendor ${row.key}`);
    assertMayWriteUnit(ctx.actor, row.businessUnitId);
    const before = await vendorView(tx, AUDIT_VIEWER, id, today);
    const extra = (await change(tx, row)) ?? {};
    await tx
      .update(vendors)
      .set({ version: row.version + 1, updatedAt: new Date() })
      .where(eq(vendors.id, id));
    const after = await vendorView(tx, AUDIT_VIEWER, id, today);
    await recordAudit(tx, ctx, {
      action,
      entityType: "vendor",
      entityId: id,
      before,
      after: { ...after, ...extra },
    });
    return vendorView(tx, ctx.actor, id, today);
  });
}
