import { and, asc, eq, sql } from "drizzle-orm";
import {
  DomainError,
  editableQuestionIds,
  linkOpens,
  linkStateOf,
  missingRequiredAnswers,
  nextCampaignStatus,
  PortalSaveAnswers,
  questionnaireProgress,
  questionnaireQuestions,
  vendorFacingContent,
  vendorMayEdit,
  vqAnswerProblem,
  type CampaignStatus,
  type PortalFollowUp,
  type PortalQuestionnaire,
  type QuestionnaireContent,
} from "@openaims/core";
import type { Tx } from "../../db/client.js";
import { campaignAnswers, campaignFollowUps, vendorCampaigns } from "../../db/schema/index.js";
import { recordAudit } from "../audit/record-audit.js";
import type { ServiceContext } from "../context.js";
import { campaignFileMeta } from "../campaigns/campaign-detail.js";
import { notifySubmitted } from "../campaigns/campaign-review.js";
import {
  answerMap,
  answersOf,
  commentMap,
  contentOf,
  loadCampaign,
  type CampaignRecord,
} from "../campaigns/campaign-view.js";
import { organizationName } from "../campaigns/campaigns-service.js";
import { INVALID_LINK_MESSAGE, type VendorLink } from "./portal-auth.js";

const iso = (d: Date | null) => (d ? d.toISOString() : null);

type FollowUpRow = typeof campaignFollowUps.$inferSelect;

/** Follow-ups of the current round: asked after the last submission (all of them before one). */
export const currentRound = (rec: CampaignRecord, rows: readonly FollowUpRow[]) =>
  rows.filter((f) => !rec.row.submittedAt || f.askedAt.getTime() > rec.row.submittedAt.getTime());

export async function followUpRows(tx: Tx, campaignId: string): Promise<FollowUpRow[]> {
  return tx
    .select()
    .from(campaignFollowUps)
    .where(eq(campaignFollowUps.campaignId, campaignId))
    .orderBy(asc(campaignFollowUps.askedAt), asc(campaignFollowUps.id));
}

/** Questions the vendor may change now (ISO/IEC 42001 A.10.3: a reviewed answer stays as reviewed). */
export function editableNow(
  rec: CampaignRecord,
  content: QuestionnaireContent,
  followUps: readonly FollowUpRow[],
) {
  const status = rec.row.status as CampaignStatus;
  return editableQuestionIds(
    content,
    status,
    currentRound(rec, followUps).map((f) => f.questionId),
  );
}

/**
 * The campaign of a link, locked for the request; the link is checked again inside the transaction
 * (it may have been revoked, shortened or reissued since the request was authenticated).
 */
export async function lockLinkCampaign(tx: Tx, ctx: ServiceContext, link: VendorLink, now = new Date()) {
  const rec = await loadCampaign(tx, ctx.actor, link.campaignId, true);
  const state = linkStateOf(
    { status: rec.row.status as CampaignStatus, linkExpiresAt: rec.row.linkExpiresAt },
    now,
  );
  if (!linkOpens(state) || rec.row.tokenHash !== link.tokenHash)
    throw new DomainError("UNAUTHENTICATED", INVALID_LINK_MESSAGE);
  return rec;
}

/** Refuses a change when the questionnaire is submitted and waits for review. */
export function assertVendorMayEdit(rec: CampaignRecord, now = new Date()): void {
  const c = { status: rec.row.status as CampaignStatus, linkExpiresAt: rec.row.linkExpiresAt };
  if (!vendorMayEdit(c, now))
    throw new DomainError(
      "CONFLICT",
      "the questionnaire is submitted and waits for review; it cannot be changed now",
    );
}

/**
 * Marks the access (first open, last access) and moves the status. The version moves only with a
 * change the reviewer would see (status, answers), so a vendor merely reading never makes the
 * reviewer's next action stale.
 */
export function accessColumns(rec: CampaignRecord, status: CampaignStatus, now: Date, changed = true) {
  return {
    status,
    openedAt: rec.row.openedAt ?? now,
    lastAccessAt: now,
    ...(changed || status !== rec.row.status ? { version: rec.row.version + 1, updatedAt: now } : {}),
  };
}

/**
 * What the vendor sees: their questionnaire and answers, never the reviewer's scores or notes, nor the
 * scoring key (option scores, weights, rating bands).
 */
export async function portalView(
  tx: Tx,
  rec: CampaignRecord,
  now = new Date(),
): Promise<PortalQuestionnaire> {
  const { row } = rec;
  const content = contentOf(row);
  const answerRows = (await answersOf(tx, [row.id])).get(row.id) ?? [];
  const answers = answerMap(answerRows);
  const followUps = await followUpRows(tx, row.id);
  const files = await campaignFileMeta(tx, row.id);
  const status = row.status as CampaignStatus;
  const canEdit = vendorMayEdit({ status, linkExpiresAt: row.linkExpiresAt }, now);
  const shown: PortalFollowUp[] = followUps.map((f) => ({
    id: f.id,
    questionId: f.questionId,
    question: f.question,
    answer: f.answer,
    askedAt: f.askedAt.toISOString(),
    answeredAt: iso(f.answeredAt),
  }));
  return {
    organizationName: await organizationName(tx),
    vendorName: rec.vendor.name,
    campaignKey: row.key,
    contactName: row.contactName,
    dueOn: row.dueOn,
    linkExpiresAt: row.linkExpiresAt.toISOString(),
    status,
    linkState: linkStateOf({ status, linkExpiresAt: row.linkExpiresAt }, now),
    content: vendorFacingContent(content),
    answers,
    comments: commentMap(answerRows),
    files: files.map(({ sha256: _s, evidenceId: _e, ...f }) => f),
    followUps: shown,
    progress: questionnaireProgress(content, answers),
    canEdit,
    editableQuestionIds: canEdit ? [...editableNow(rec, content, followUps)] : [],
    submittedAt: iso(row.submittedAt),
  };
}

/** Reads the questionnaire through its link; the first read marks it opened. */
export async function readPortal(
  ctx: ServiceContext,
  link: VendorLink,
  now = new Date(),
): Promise<PortalQuestionnaire> {
  return ctx.db.transaction(async (tx) => {
    const rec = await lockLinkCampaign(tx, ctx, link, now);
    const status = nextCampaignStatus(rec.row.status as CampaignStatus, "open");
    await tx
      .update(vendorCampaigns)
      .set(accessColumns(rec, status, now, false))
      .where(eq(vendorCampaigns.id, rec.row.id));
    await recordAudit(tx, ctx, {
      action: "vendor_portal.viewed",
      entityType: "vendor_campaign",
      entityId: rec.row.id,
      after: { key: rec.row.key, status },
    });
    return portalView(tx, await loadCampaign(tx, ctx.actor, rec.row.id), now);
  });
}

type Issue = { path: string; message: string };

/** Writes one answer's value (null clears it), keeping its comment. */
export async function writeAnswer(tx: Tx, campaignId: string, questionId: string, value: unknown, now: Date) {
  const jsonValue = value === null ? sql`'null'::jsonb` : sql`${JSON.stringify(value)}::jsonb`;
  await tx
    .insert(campaignAnswers)
    .values({ campaignId, questionId, value: jsonValue, updatedAt: now })
    .onConflictDoUpdate({
      target: [campaignAnswers.campaignId, campaignAnswers.questionId],
      set: { value: jsonValue, updatedAt: now },
    });
  if (value === null)
    await tx
      .delete(campaignAnswers)
      .where(
        and(
          eq(campaignAnswers.campaignId, campaignId),
          eq(campaignAnswers.questionId, questionId),
          eq(campaignAnswers.comment, ""),
        ),
      );
}

/**
 * Saves some answers and comments (partial saves; null clears an answer). Every value is checked
 * against its question; file questions are answered by uploading. During follow-up only the
 * questions asked about may change, and a changed answer loses the reviewer's score for it.
 */
export async function savePortalAnswers(
  ctx: ServiceContext,
  link: VendorLink,
  raw: PortalSaveAnswers,
  now = new Date(),
): Promise<PortalQuestionnaire> {
  const input = PortalSaveAnswers.parse(raw);
  return ctx.db.transaction(async (tx) => {
    const rec = await lockLinkCampaign(tx, ctx, link, now);
    assertVendorMayEdit(rec, now);
    const content = contentOf(rec.row);
    const editable = editableNow(rec, content, await followUpRows(tx, rec.row.id));
    const questions = new Map(questionnaireQuestions(content).map((q) => [q.id, q]));
    const issues: Issue[] = [];
    const check = (path: string, qid: string): boolean => {
      const q = questions.get(qid);
      if (!q) issues.push({ path, message: "no question of this questionnaire has this id" });
      else if (!editable.has(qid))
        issues.push({
          path,
          message: "cannot be changed now: only the questions the follow-up asks about can",
        });
      else return true;
      return false;
    };
    for (const [qid, value] of Object.entries(input.answers)) {
      const path = `answers.${qid}`;
      if (!check(path, qid)) continue;
      const q = questions.get(qid)!;
      if (q.type === "file") issues.push({ path, message: "upload files to answer this question" });
      else if (value !== null) {
        const problem = vqAnswerProblem(q, value);
        if (problem) issues.push({ path, message: problem });
      }
    }
    for (const qid of Object.keys(input.comments ?? {})) check(`comments.${qid}`, qid);
    if (issues.length)
      throw new DomainError(
        "VALIDATION_FAILED",
        `${issues[0]!.path}: ${issues[0]!.message}${issues.length > 1 ? ` (and ${issues.length - 1} more)` : ""}`,
        { issues },
      );

    const before = answerMap((await answersOf(tx, [rec.row.id])).get(rec.row.id) ?? []);
    for (const [qid, value] of Object.entries(input.answers))
      await writeAnswer(tx, rec.row.id, qid, value, now);
    for (const [qid, comment] of Object.entries(input.comments ?? {})) {
      await tx
        .insert(campaignAnswers)
        .values({
          campaignId: rec.row.id,
          questionId: qid,
          value: sql`'null'::jsonb`,
          comment,
          updatedAt: now,
        })
        .onConflictDoUpdate({
          target: [campaignAnswers.campaignId, campaignAnswers.questionId],
          set: { comment, updatedAt: now },
        });
    }
    // Drop rows left with neither an answer nor a comment.
    await tx
      .delete(campaignAnswers)
      .where(
        and(
          eq(campaignAnswers.campaignId, rec.row.id),
          sql`${campaignAnswers.value} = 'null'::jsonb`,
          eq(campaignAnswers.comment, ""),
        ),
      );
    const changed = Object.entries(input.answers)
      .filter(([qid, value]) => JSON.stringify(before[qid] ?? null) !== JSON.stringify(value))
      .map(([qid]) => qid);
    const overrides = { ...(rec.row.scoreOverrides ?? {}) };
    for (const qid of changed) delete overrides[qid];
    const status = nextCampaignStatus(rec.row.status as CampaignStatus, "save");
    await tx
      .update(vendorCampaigns)
      .set({ ...accessColumns(rec, status, now), scoreOverrides: overrides })
      .where(eq(vendorCampaigns.id, rec.row.id));
    await recordAudit(tx, ctx, {
      action: "vendor_portal.saved",
      entityType: "vendor_campaign",
      entityId: rec.row.id,
      after: { key: rec.row.key, status, answers: input.answers, comments: input.comments ?? {} },
    });
    return portalView(tx, await loadCampaign(tx, ctx.actor, rec.row.id), now);
  });
}

/** The vendor answers a follow-up question of the current round. */
export async function answerPortalFollowUp(
  ctx: ServiceContext,
  link: VendorLink,
  followUpId: string,
  answer: string,
  now = new Date(),
): Promise<PortalQuestionnaire> {
  return ctx.db.transaction(async (tx) => {
    const rec = await lockLinkCampaign(tx, ctx, link, now);
    const rows = await followUpRows(tx, rec.row.id);
    const followUp = rows.find((f) => f.id === followUpId);
    if (!followUp) throw new DomainError("NOT_FOUND", `follow-up question ${followUpId} not found`);
    assertVendorMayEdit(rec, now);
    if (rec.row.status !== "follow_up" || !currentRound(rec, rows).some((f) => f.id === followUpId))
      throw new DomainError("CONFLICT", "this follow-up question was already answered and submitted");
    await tx
      .update(campaignFollowUps)
      .set({ answer, answeredAt: now })
      .where(and(eq(campaignFollowUps.id, followUpId), eq(campaignFollowUps.campaignId, rec.row.id)));
    await tx
      .update(vendorCampaigns)
      .set(accessColumns(rec, rec.row.status as CampaignStatus, now))
      .where(eq(vendorCampaigns.id, rec.row.id));
    await recordAudit(tx, ctx, {
      action: "vendor_portal.follow_up_answered",
      entityType: "vendor_campaign",
      entityId: rec.row.id,
      after: { key: rec.row.key, followUpId, question: followUp.question, answer },
    });
    return portalView(tx, await loadCampaign(tx, ctx.actor, rec.row.id), now);
  });
}

/**
 * Submits the answers: every required question shown must be answered (and, after follow-up
 * questions, each of them); the sender is told in the app.
 */
export async function submitPortal(
  ctx: ServiceContext,
  link: VendorLink,
  now = new Date(),
): Promise<PortalQuestionnaire> {
  return ctx.db.transaction(async (tx) => {
    const rec = await lockLinkCampaign(tx, ctx, link, now);
    assertVendorMayEdit(rec, now);
    const content = contentOf(rec.row);
    const answers = answerMap((await answersOf(tx, [rec.row.id])).get(rec.row.id) ?? []);
    const missing = missingRequiredAnswers(content, answers);
    const rows = await followUpRows(tx, rec.row.id);
    const unanswered =
      rec.row.status === "follow_up" ? currentRound(rec, rows).filter((f) => f.answer === null) : [];
    if (missing.length || unanswered.length) {
      const text = new Map(questionnaireQuestions(content).map((q) => [q.id, q.text]));
      const issues = [
        ...missing.map((id) => ({ path: `answers.${id}`, message: `answer "${text.get(id)}" (required)` })),
        ...unanswered.map((f) => ({
          path: `followUps.${f.id}`,
          message: `answer the follow-up question "${f.question}"`,
        })),
      ];
      throw new DomainError(
        "VALIDATION_FAILED",
        `${issues.length} answer(s) missing: ${issues.map((i) => i.message).join("; ")}`.slice(0, 2000),
        { issues, missing, unansweredFollowUps: unanswered.map((f) => f.id) },
      );
    }
    const resubmitted = rec.row.status === "follow_up";
    const status = nextCampaignStatus(rec.row.status as CampaignStatus, "submit");
    await tx
      .update(vendorCampaigns)
      .set({ ...accessColumns(rec, status, now), submittedAt: now })
      .where(eq(vendorCampaigns.id, rec.row.id));
    await recordAudit(tx, ctx, {
      action: "vendor_portal.submitted",
      entityType: "vendor_campaign",
      entityId: rec.row.id,
      after: { key: rec.row.key, status, resubmitted },
    });
    await notifySubmitted(tx, rec, resubmitted);
    return portalView(tx, await loadCampaign(tx, ctx.actor, rec.row.id), now);
  });
}
