import { and, eq } from "drizzle-orm";
import {
  AcceptCampaign,
  DomainError,
  linkExpiryForFollowUp,
  MAX_FOLLOW_UPS_PER_CAMPAIGN,
  nextCampaignStatus,
  questionnaireQuestions,
  ratingForScore,
  scoreQuestionnaire,
  visibleQuestionIds,
  type AskFollowUps,
  type CampaignDetail,
  type CampaignScores,
  type CampaignStatus,
  type VendorRiskRating,
} from "@openaims/core";
import type { Tx } from "../../db/client.js";
import { campaignFollowUps, notifications, users } from "../../db/schema/index.js";
import { actorId, type ServiceContext } from "../context.js";
import { applyVendorRating } from "../vendors/vendor-rating.js";
import { campaignDetail, campaignFollowUpList } from "./campaign-detail.js";
import { evidenceFromCampaign } from "./campaign-evidence.js";
import { followUpMessage } from "./campaign-messages.js";
import { riskFromCampaign } from "./campaign-risk.js";
import { answerMap, answersOf, campaignLink, contentOf, type CampaignRecord } from "./campaign-view.js";
import { changeCampaign, messageFacts, type CampaignDeps } from "./campaigns-service.js";
import { deliverMessages, queueMessage, type QueuedMessage } from "./outbox.js";

const invalid = (path: string, message: string, extra: object = {}): never => {
  throw new DomainError("VALIDATION_FAILED", `${path}: ${message}`, {
    issues: [{ path, message }],
    ...extra,
  });
};

function assertSubmitted(rec: CampaignRecord, what: string): void {
  if (rec.row.status !== "submitted")
    throw new DomainError(
      "CONFLICT",
      `questionnaire ${rec.row.key} is ${rec.row.status.replace("_", " ")}; ${what} only once it is submitted`,
    );
}

async function answersNow(tx: Tx, rec: CampaignRecord) {
  const rows = (await answersOf(tx, [rec.row.id])).get(rec.row.id) ?? [];
  return { rows, answers: answerMap(rows) };
}

/**
 * The reviewer's scores for answers that cannot score themselves (text, numbers, dates, files) or
 * whose automatic score they correct. The set replaces the previous one; each id must be a scored
 * question shown to the vendor.
 */
export async function scoreCampaign(
  ctx: ServiceContext,
  id: string,
  input: CampaignScores,
): Promise<CampaignDetail> {
  const rec = await changeCampaign(ctx, id, input.version, "vendor_campaign.scored", async (tx, r) => {
    assertSubmitted(r, "answers are scored");
    const content = contentOf(r.row);
    const { answers } = await answersNow(tx, r);
    const visible = visibleQuestionIds(content, answers);
    const byId = new Map(questionnaireQuestions(content).map((q) => [q.id, q]));
    for (const qid of Object.keys(input.overrides)) {
      const q = byId.get(qid);
      if (!q) invalid(`overrides.${qid}`, "no question of this questionnaire has this id");
      else if (!visible.has(qid))
        invalid(`overrides.${qid}`, "this question was not shown to the vendor (a condition hides it)");
      else if (q.weight === 0) invalid(`overrides.${qid}`, "this question is not scored (its weight is 0)");
    }
    return {
      scoreOverrides: input.overrides,
      ...(input.reviewNote !== undefined ? { reviewNote: input.reviewNote } : {}),
      reviewerId: actorId(ctx.actor),
    };
  });
  return campaignDetail(ctx.db, rec);
}

/**
 * Follow-up questions reopen the link (ISO/IEC 42001 A.10.3: clarify before deciding): the vendor
 * answers them and may change the answers they name, then submits again. A link ending within a
 * week is renewed for two.
 */
export async function askFollowUps(
  ctx: ServiceContext,
  id: string,
  input: AskFollowUps,
  deps: CampaignDeps,
  now = new Date(),
): Promise<CampaignDetail> {
  const queued: QueuedMessage[] = [];
  const rec = await changeCampaign(
    ctx,
    id,
    input.version,
    "vendor_campaign.follow_up_asked",
    async (tx, r) => {
      assertSubmitted(r, "follow-up questions can be asked");
      const content = contentOf(r.row);
      const { answers } = await answersNow(tx, r);
      const visible = visibleQuestionIds(content, answers);
      input.questions.forEach((q, i) => {
        if (q.questionId !== undefined && !visible.has(q.questionId))
          invalid(`questions.${i}.questionId`, "must be a question shown to the vendor");
      });
      const asked = (await campaignFollowUpList(tx, r.row.id)).length;
      if (asked + input.questions.length > MAX_FOLLOW_UPS_PER_CAMPAIGN)
        invalid(
          "questions",
          `a questionnaire takes at most ${MAX_FOLLOW_UPS_PER_CAMPAIGN} follow-up questions (${asked} asked); send a new questionnaire instead`,
        );
      await tx.insert(campaignFollowUps).values(
        input.questions.map((q) => ({
          campaignId: r.row.id,
          questionId: q.questionId ?? null,
          question: q.question,
          askedById: actorId(ctx.actor),
          askedAt: now,
        })),
      );
      const linkExpiresAt = linkExpiryForFollowUp(r.row.linkExpiresAt, now);
      const text = followUpMessage(
        await messageFacts(tx, r, linkExpiresAt),
        input.questions.map((q) => q.question),
      );
      queued.push(
        await queueMessage(tx, deps.mailer, {
          campaignId: r.row.id,
          kind: "follow_up",
          to: r.row.contactEmail,
          ...text,
        }),
      );
      return {
        status: nextCampaignStatus(r.row.status as CampaignStatus, "follow_up"),
        linkExpiresAt,
        reviewerId: actorId(ctx.actor),
      };
    },
  );
  await deliverMessages(ctx.db, deps.mailer, queued);
  return campaignDetail(ctx.db, rec);
}

/**
 * Accepts a submitted questionnaire (ISO/IEC 42001 A.10.3): every scored answer has a score, the
 * vendor's rating follows the score (or the reviewer's rating, with a reason), the answers and
 * files become evidence on the vendor and the AI systems it supplies, and a risk is started when
 * asked. The link stops working.
 */
export async function acceptCampaign(
  ctx: ServiceContext,
  id: string,
  raw: AcceptCampaign,
  maxBytes: number,
): Promise<CampaignDetail> {
  const input = AcceptCampaign.parse(raw);
  const rec = await changeCampaign(ctx, id, input.version, "vendor_campaign.accepted", async (tx, r) => {
    assertSubmitted(r, "it can be accepted");
    const content = contentOf(r.row);
    const { rows, answers } = await answersNow(tx, r);
    const followUps = await campaignFollowUpList(tx, r.row.id);
    const open = followUps.filter((f) => f.answer === null);
    if (open.length)
      throw new DomainError("CONFLICT", `${open.length} follow-up question(s) are still unanswered`);
    const score = scoreQuestionnaire(content, answers, r.row.scoreOverrides ?? {});
    const pending = score.perQuestion.filter((q) => q.source === "pending").map((q) => q.questionId);
    if (pending.length)
      throw new DomainError("VALIDATION_FAILED", `score these answers first: ${pending.join(", ")}`, {
        issues: pending.map((q) => ({ path: `overrides.${q}`, message: "needs a reviewer's score" })),
        pending,
      });
    const computed = score.rating;
    const rating: VendorRiskRating | undefined = input.rating ?? computed ?? undefined;
    if (!rating) invalid("rating", "nothing in this questionnaire is scored; choose the rating yourself");
    if (input.rating && input.rating !== computed && !input.reason.trim())
      invalid("reason", `say why the rating is ${input.rating} when the score gives ${computed ?? "none"}`);
    const reason =
      input.reason.trim() ||
      `Questionnaire ${r.row.key} (${r.template.name}) scored ${score.score ?? "-"} / 100`;
    await applyVendorRating(tx, ctx, r.vendor.id, {
      rating: rating!,
      score: score.score,
      reason,
      source: "questionnaire",
      campaignId: r.row.id,
    });
    await evidenceFromCampaign(tx, ctx, r, rows, followUps, score, rating!, maxBytes);
    const riskId = input.createRisk ? await riskFromCampaign(tx, ctx, r, content, score, rating!) : null;
    return {
      status: nextCampaignStatus(r.row.status as CampaignStatus, "accept"),
      score: score.score,
      rating: rating!,
      reviewNote: input.reviewNote || r.row.reviewNote,
      reviewedAt: new Date(),
      reviewerId: actorId(ctx.actor),
      ...(riskId ? { riskId } : {}),
    };
  });
  return campaignDetail(ctx.db, rec);
}

/** Starts the register risk of a reviewed questionnaire later (once: 409 when it has one). */
export async function createCampaignRisk(
  ctx: ServiceContext,
  id: string,
  version: number,
): Promise<CampaignDetail> {
  const rec = await changeCampaign(ctx, id, version, "vendor_campaign.risk_created", async (tx, r) => {
    if (r.row.status !== "reviewed")
      throw new DomainError("CONFLICT", `questionnaire ${r.row.key} is not reviewed yet; accept it first`);
    if (r.row.riskId)
      throw new DomainError("ALREADY_EXISTS", `questionnaire ${r.row.key} already has a risk`);
    const content = contentOf(r.row);
    const { answers } = await answersNow(tx, r);
    const score = scoreQuestionnaire(content, answers, r.row.scoreOverrides ?? {});
    const rating =
      (r.row.rating as VendorRiskRating | null) ?? score.rating ?? ratingForScore(0, content.ratingBands);
    return { riskId: await riskFromCampaign(tx, ctx, r, content, score, rating) };
  });
  return campaignDetail(ctx.db, rec);
}

/**
 * Tells whoever sent the questionnaire that it came back, or the managers when the sender is gone
 * (deactivated), so a submission never waits unseen.
 */
export async function notifySubmitted(tx: Tx, rec: CampaignRecord, resubmitted: boolean): Promise<void> {
  const title = `${rec.vendor.name} ${resubmitted ? "answered the follow-up questions of" : "submitted"} questionnaire ${rec.row.key} (${rec.template.name})`;
  const [sender] = rec.row.sentById
    ? await tx
        .select({ id: users.id })
        .from(users)
        .where(and(eq(users.id, rec.row.sentById), eq(users.isActive, true)))
    : [];
  await tx.insert(notifications).values({
    ...(sender ? { userId: sender.id } : { role: "manager" }),
    kind: "vendor_campaign.submitted",
    title,
    link: campaignLink(rec.row.id),
  });
}
