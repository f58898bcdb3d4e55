import { and, count, eq, gt, inArray, isNull, lte, type SQL } from "drizzle-orm";
import {
  DomainError,
  linkStateOf,
  questionnaireProgress,
  QuestionnaireContent,
  type CampaignStatus,
  type CampaignSummary,
  type VendorRiskRating,
  type VqAnswers,
  type VqAnswerValue,
} from "@openaims/core";
import type { DbOrTx } from "../../db/client.js";
import {
  campaignAnswers,
  campaignFollowUps,
  questionnaireTemplates,
  vendorCampaigns,
  vendors,
} from "../../db/schema/index.js";
import type { Actor } from "../context.js";
import { unitVisibility } from "../shared/business-unit-scope.js";

export type CampaignRow = typeof vendorCampaigns.$inferSelect;
export type CampaignRecord = {
  row: CampaignRow;
  vendor: { id: string; key: string; name: string; businessUnitId: string | null };
  template: { id: string; key: string; name: string };
};
export type AnswerRow = typeof campaignAnswers.$inferSelect;

export const campaignLink = (id: string) => `/vendors/campaigns/${id}`;

/** Campaigns are scoped through their vendor's business unit (ISO/IEC 42001 A.10.3 records per unit). */
export const campaignVisibility = (actor: Actor) => unitVisibility(vendors.businessUnitId, actor);

/** The campaign with its vendor and template, joined once. */
export function campaignQuery(db: DbOrTx) {
  return db
    .select({
      row: vendorCampaigns,
      vendor: {
        id: vendors.id,
        key: vendors.key,
        name: vendors.name,
        businessUnitId: vendors.businessUnitId,
      },
      template: {
        id: questionnaireTemplates.id,
        key: questionnaireTemplates.key,
        name: questionnaireTemplates.name,
      },
    })
    .from(vendorCampaigns)
    .innerJoin(vendors, eq(vendors.id, vendorCampaigns.vendorId))
    .innerJoin(questionnaireTemplates, eq(questionnaireTemplates.id, vendorCampaigns.templateId));
}

/** A campaign the actor may see (404 otherwise: another unit's campaign does not exist for them). */
export async function loadCampaign(
  db: DbOrTx,
  actor: Actor,
  id: string,
  lock = false,
): Promise<CampaignRecord> {
  const query = campaignQuery(db).where(and(eq(vendorCampaigns.id, id), campaignVisibility(actor)));
  const [found] = lock ? await query.for("update", { of: vendorCampaigns }) : await query;
  if (!found) throw new DomainError("NOT_FOUND", `questionnaire campaign ${id} not found`);
  return found;
}

/** The frozen content, parsed again so defaults are filled. */
export function contentOf(row: Pick<CampaignRow, "key" | "content">): QuestionnaireContent {
  const parsed = QuestionnaireContent.safeParse(row.content);
  if (!parsed.success)
    throw new DomainError(
      "CONFLICT",
      `the questionnaire of ${row.key} no longer reads; contact your administrator`,
    );
  return parsed.data;
}

/** Answers of some campaigns, in one query. */
export async function answersOf(
  db: DbOrTx,
  campaignIds: readonly string[],
): Promise<Map<string, AnswerRow[]>> {
  const map = new Map<string, AnswerRow[]>();
  if (campaignIds.length === 0) return map;
  const rows = await db
    .select()
    .from(campaignAnswers)
    .where(inArray(campaignAnswers.campaignId, [...campaignIds]));
  for (const r of rows) map.set(r.campaignId, [...(map.get(r.campaignId) ?? []), r]);
  return map;
}

/** The answers as the rules read them (a comment-only row has no value). */
export function answerMap(rows: readonly AnswerRow[]): Record<string, VqAnswerValue> {
  const out: Record<string, VqAnswerValue> = {};
  for (const r of rows)
    if (r.value !== null && r.value !== undefined) out[r.questionId] = r.value as VqAnswerValue;
  return out;
}

export function commentMap(rows: readonly AnswerRow[]): Record<string, string> {
  return Object.fromEntries(rows.filter((r) => r.comment !== "").map((r) => [r.questionId, r.comment]));
}

/** Open follow-up questions per campaign, in one query. */
export async function openFollowUpCounts(
  db: DbOrTx,
  campaignIds: readonly string[],
): Promise<Map<string, number>> {
  if (campaignIds.length === 0) return new Map();
  const rows = await db
    .select({ id: campaignFollowUps.campaignId, n: count() })
    .from(campaignFollowUps)
    .where(and(inArray(campaignFollowUps.campaignId, [...campaignIds]), isNull(campaignFollowUps.answer)))
    .groupBy(campaignFollowUps.campaignId);
  return new Map(rows.map((r) => [r.id, r.n]));
}

const iso = (d: Date | null) => (d ? d.toISOString() : null);

export function toSummary(
  rec: CampaignRecord,
  answers: VqAnswers,
  openFollowUps: number,
  now: Date = new Date(),
): CampaignSummary {
  const { row } = rec;
  const status = row.status as CampaignStatus;
  return {
    id: row.id,
    key: row.key,
    vendor: { id: rec.vendor.id, key: rec.vendor.key, name: rec.vendor.name },
    template: { ...rec.template, version: row.templateVersion },
    contact: { id: row.contactId, name: row.contactName, email: row.contactEmail },
    status,
    linkState: linkStateOf({ status, linkExpiresAt: row.linkExpiresAt }, now),
    dueOn: row.dueOn,
    linkExpiresAt: row.linkExpiresAt.toISOString(),
    openedAt: iso(row.openedAt),
    lastAccessAt: iso(row.lastAccessAt),
    submittedAt: iso(row.submittedAt),
    reviewedAt: iso(row.reviewedAt),
    score: row.score,
    rating: row.rating as VendorRiskRating | null,
    progress: questionnaireProgress(contentOf(row), answers),
    openFollowUps,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    version: row.version,
  };
}

/** Summaries of a page of campaigns: answers and follow-up counts fetched once for the page. */
export async function summariesOf(
  db: DbOrTx,
  recs: readonly CampaignRecord[],
  now = new Date(),
): Promise<CampaignSummary[]> {
  const ids = recs.map((r) => r.row.id);
  const answers = await answersOf(db, ids);
  const open = await openFollowUpCounts(db, ids);
  return recs.map((r) => toSummary(r, answerMap(answers.get(r.row.id) ?? []), open.get(r.row.id) ?? 0, now));
}

/** SQL for a link state, so lists filter in the database (served by the status index). */
export function linkStateFilter(state: CampaignSummary["linkState"], now: Date): SQL {
  const c = vendorCampaigns;
  const live = (statuses: string[]) => and(inArray(c.status, statuses), gt(c.linkExpiresAt, now)) as SQL;
  switch (state) {
    case "revoked":
      return eq(c.status, "revoked");
    case "closed":
      return eq(c.status, "reviewed");
    case "read_only":
      return live(["submitted"]);
    case "active":
      return live(["sent", "opened", "in_progress", "follow_up"]);
    case "expired":
      return and(
        inArray(c.status, ["sent", "opened", "in_progress", "submitted", "follow_up"]),
        lte(c.linkExpiresAt, now),
      ) as SQL;
  }
}
