import { eq, sql } from "drizzle-orm";
import { DomainError, type VendorRiskRating } from "@openaims/core";
import type { Tx } from "../../db/client.js";
import { vendorRiskRatings, vendors } from "../../db/schema/index.js";
import { recordAudit } from "../audit/record-audit.js";
import { actorLabel, type ServiceContext } from "../context.js";

export const VENDOR_RATED = "vendor.rated";

export type VendorRatingChange = {
  rating: VendorRiskRating;
  score: number | null;
  reason: string;
  source: "manual" | "questionnaire";
  campaignId: string | null;
};

/**
 * Sets a vendor's risk rating inside the caller's transaction and keeps the history row and the
 * audit entry with it (ISO/IEC 42001 A.10.3: the basis of a supplier decision stays traceable).
 * Access checks are the caller's: a manual change checks the person, a questionnaire its reviewer.
 */
export async function applyVendorRating(
  tx: Tx,
  ctx: ServiceContext,
  vendorId: string,
  change: VendorRatingChange,
): Promise<void> {
  const [before] = await tx.select().from(vendors).where(eq(vendors.id, vendorId)).for("update");
  if (!before) throw new DomainError("NOT_FOUND", `vendor ${vendorId} not found`);
  // The score of the last accepted questionnaire: one that scored nothing clears it; a manual rating keeps it.
  const lastScore = change.source === "questionnaire" ? change.score : before.lastScore;
  await tx
    .update(vendors)
    .set({
      riskRating: change.rating,
      lastScore,
      version: sql`${vendors.version} + 1`,
      updatedAt: new Date(),
    })
    .where(eq(vendors.id, vendorId));
  await tx.insert(vendorRiskRatings).values({
    vendorId,
    rating: change.rating,
    score: change.score,
    reason: change.reason,
    source: change.source,
    campaignId: change.campaignId,
    actorLabel: actorLabel(ctx.actor),
  });
  await recordAudit(tx, ctx, {
    action: VENDOR_RATED,
    entityType: "vendor",
    entityId: vendorId,
    before: { key: before.key, riskRating: before.riskRating, lastScore: before.lastScore },
    after: {
      key: before.key,
      riskRating: change.rating,
      lastScore,
      reason: change.reason,
      source: change.source,
      campaignId: change.campaignId,
    },
  });
}
