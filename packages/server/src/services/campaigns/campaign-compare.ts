import { and, desc, eq, inArray, sql } from "drizzle-orm";
import {
  DomainError,
  scoreQuestionnaire,
  sectionScoresFor,
  unionSections,
  type CampaignComparison,
  type VendorRiskRating,
} from "@openaims/core";
import { vendorCampaigns, vendors } from "../../db/schema/index.js";
import type { ServiceContext } from "../context.js";
import { vendorVisibility } from "../vendors/vendor-access.js";
import { answerMap, answersOf, campaignQuery, contentOf, type CampaignRecord } from "./campaign-view.js";

/**
 * Vendors side by side (ISO/IEC 42001 A.10.2: choosing suppliers on comparable evidence): each
 * vendor's latest reviewed questionnaire, its score, rating and per-section scores.
 */
export async function compareVendors(
  ctx: ServiceContext,
  vendorIds: readonly string[],
): Promise<CampaignComparison> {
  const found = await ctx.db
    .select({ id: vendors.id, key: vendors.key, name: vendors.name, riskRating: vendors.riskRating })
    .from(vendors)
    .where(and(inArray(vendors.id, [...vendorIds]), vendorVisibility(ctx.actor)));
  const missing = vendorIds.filter((id) => !found.some((v) => v.id === id));
  if (missing.length) throw new DomainError("NOT_FOUND", `vendor ${missing[0]} not found`);
  // Only the latest reviewed questionnaire of each vendor is read (never a vendor's whole history).
  const latestIds = ctx.db
    .selectDistinctOn([vendorCampaigns.vendorId], { id: vendorCampaigns.id })
    .from(vendorCampaigns)
    .where(and(inArray(vendorCampaigns.vendorId, [...vendorIds]), eq(vendorCampaigns.status, "reviewed")))
    .orderBy(
      vendorCampaigns.vendorId,
      sql`${vendorCampaigns.reviewedAt} desc nulls last`,
      desc(vendorCampaigns.createdAt),
      desc(vendorCampaigns.id),
    );
  const reviewed = await campaignQuery(ctx.db).where(inArray(vendorCampaigns.id, latestIds));
  const latest = new Map<string, CampaignRecord>(reviewed.map((r) => [r.row.vendorId, r]));
  const answers = await answersOf(
    ctx.db,
    [...latest.values()].map((r) => r.row.id),
  );
  const scored = new Map(
    [...latest].map(([vendorId, rec]) => {
      const content = contentOf(rec.row);
      const s = scoreQuestionnaire(
        content,
        answerMap(answers.get(rec.row.id) ?? []),
        rec.row.scoreOverrides ?? {},
      );
      return [vendorId, { rec, content, s }] as const;
    }),
  );
  const sections = unionSections([...scored.values()].map((x) => x.content));
  return {
    sections,
    vendors: vendorIds.map((id) => {
      const v = found.find((x) => x.id === id)!;
      const x = scored.get(id);
      return {
        vendor: { id: v.id, key: v.key, name: v.name, riskRating: v.riskRating as VendorRiskRating | null },
        campaign: x
          ? {
              id: x.rec.row.id,
              key: x.rec.row.key,
              templateName: x.rec.template.name,
              reviewedAt: x.rec.row.reviewedAt?.toISOString() ?? null,
            }
          : null,
        score: x ? (x.rec.row.score ?? x.s.score) : null,
        rating: x ? ((x.rec.row.rating as VendorRiskRating | null) ?? x.s.rating) : null,
        sectionScores: x ? sectionScoresFor(sections, x.s.perSection) : sections.map(() => null),
      };
    }),
  };
}
