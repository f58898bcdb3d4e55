import { count, desc, eq } from "drizzle-orm";
import {
  nextReviewDate,
  ReviewVendor,
  SetVendorRating,
  utcDay,
  type RatingHistoryPage,
  type RatingHistoryQuery,
  type Vendor,
  type VendorRiskRating,
} from "@openaims/core";
import { vendorRiskRatings, vendors } from "../../db/schema/index.js";
import type { ServiceContext } from "../context.js";
import { assertMayWriteUnit } from "../shared/business-unit-scope.js";
import { assertVersion } from "../shared/versioning.js";
import { loadVisibleVendor } from "./vendor-access.js";
import { applyVendorRating } from "./vendor-rating.js";
import { vendorView } from "./vendor-view.js";
import { changeVendor } from "./vendors-service.js";

/**
 * A manual risk rating (managers): always with a reason, kept in the rating history beside the
 * ratings questionnaires produce (ISO/IEC 42001 A.10.3).
 */
export async function setVendorRating(
  ctx: ServiceContext,
  id: string,
  raw: SetVendorRating,
  today = utcDay(),
): Promise<Vendor> {
  const input = SetVendorRating.parse(raw);
  return ctx.db.transaction(async (tx) => {
    const row = await loadVisibleVendor(tx, ctx.actor, id, true);
    assertVersion(row, input.version, `vendor ${row.key}`);
    assertMayWriteUnit(ctx.actor, row.businessUnitId);
    await applyVendorRating(tx, ctx, id, {
      rating: input.rating,
      score: null,
      reason: input.reason.trim(),
      source: "manual",
      campaignId: null,
    });
    return vendorView(tx, ctx.actor, id, today);
  });
}

/** Every rating the vendor was given, newest first. */
export async function vendorRatingHistory(
  ctx: ServiceContext,
  id: string,
  q: RatingHistoryQuery,
): Promise<RatingHistoryPage> {
  await loadVisibleVendor(ctx.db, ctx.actor, id);
  const rows = await ctx.db
    .select()
    .from(vendorRiskRatings)
    .where(eq(vendorRiskRatings.vendorId, id))
    .orderBy(desc(vendorRiskRatings.at), desc(vendorRiskRatings.id))
    .limit(q.limit)
    .offset(q.offset);
  const [total] = await ctx.db
    .select({ n: count() })
    .from(vendorRiskRatings)
    .where(eq(vendorRiskRatings.vendorId, id));
  return {
    items: rows.map((r) => ({
      id: r.id,
      rating: r.rating as VendorRiskRating,
      score: r.score,
      reason: r.reason,
      source: r.source as "manual" | "questionnaire",
      campaignId: r.campaignId,
      actorLabel: r.actorLabel,
      at: r.at.toISOString(),
    })),
    total: total?.n ?? 0,
  };
}

/**
 * The periodic review is done today: the next one falls a cadence later. The note is kept in the
 * audit trail with the change.
 */
export async function reviewVendor(
  ctx: ServiceContext,
  id: string,
  raw: ReviewVendor,
  today = utcDay(),
): Promise<Vendor> {
  const input = ReviewVendor.parse(raw);
  return changeVendor(
    ctx,
    id,
    "vendor.reviewed",
    async (tx, row) => {
      await tx
        .update(vendors)
        .set({ lastReviewedOn: today, nextReviewOn: nextReviewDate(today, row.reviewCadenceMonths) })
        .where(eq(vendors.id, id));
      return { reviewNote: input.note };
    },
    { version: input.version, today },
  );
}
