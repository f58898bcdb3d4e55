import { asc, desc, eq, inArray } from "drizzle-orm";
import {
  MAX_CAMPAIGN_MESSAGES_SHOWN,
  scoreQuestionnaire,
  visibleQuestionIds,
  type CampaignDetail,
  type CampaignFile,
  type CampaignFollowUp,
  type CampaignScoring,
  type QuestionnaireContent,
  type VqAnswers,
} from "@openaims/core";
import type { DbOrTx } from "../../db/client.js";
import { campaignFiles, campaignFollowUps, outboundMessages, risks, users } from "../../db/schema/index.js";
import { answerMap, answersOf, contentOf, toSummary, type CampaignRecord } from "./campaign-view.js";

const iso = (d: Date | null) => (d ? d.toISOString() : null);

/** File metadata of a campaign (never the bytes). */
export async function campaignFileMeta(db: DbOrTx, campaignId: string): Promise<CampaignFile[]> {
  const rows = await db
    .select({
      id: campaignFiles.id,
      questionId: campaignFiles.questionId,
      fileName: campaignFiles.fileName,
      contentType: campaignFiles.contentType,
      sizeBytes: campaignFiles.sizeBytes,
      sha256: campaignFiles.sha256,
      uploadedAt: campaignFiles.uploadedAt,
      evidenceId: campaignFiles.evidenceId,
    })
    .from(campaignFiles)
    .where(eq(campaignFiles.campaignId, campaignId))
    .orderBy(asc(campaignFiles.uploadedAt), asc(campaignFiles.id));
  return rows.map((r) => ({ ...r, uploadedAt: r.uploadedAt.toISOString() }));
}

export async function campaignFollowUpList(db: DbOrTx, campaignId: string): Promise<CampaignFollowUp[]> {
  const rows = await db
    .select({ f: campaignFollowUps, askedByName: users.name })
    .from(campaignFollowUps)
    .leftJoin(users, eq(users.id, campaignFollowUps.askedById))
    .where(eq(campaignFollowUps.campaignId, campaignId))
    .orderBy(asc(campaignFollowUps.askedAt), asc(campaignFollowUps.id));
  return rows.map(({ f, askedByName }) => ({
    id: f.id,
    questionId: f.questionId,
    question: f.question,
    answer: f.answer,
    askedBy: f.askedById && askedByName !== null ? { id: f.askedById, name: askedByName } : null,
    askedAt: f.askedAt.toISOString(),
    answeredAt: iso(f.answeredAt),
  }));
}

/** The reviewer's view of the score: per question, per section (with titles) and what awaits a score. */
export function scoringOf(
  content: QuestionnaireContent,
  answers: VqAnswers,
  overrides: Record<string, number>,
): CampaignScoring {
  const s = scoreQuestionnaire(content, answers, overrides);
  const titles = new Map(content.sections.map((x) => [x.id, x.title]));
  return {
    score: s.score,
    rating: s.rating,
    pending: s.pending,
    pendingQuestionIds: s.perQuestion.filter((q) => q.source === "pending").map((q) => q.questionId),
    perQuestion: s.perQuestion,
    perSection: s.perSection.map((x) => ({ ...x, title: titles.get(x.sectionId) ?? x.sectionId })),
    overrides,
  };
}

async function peopleNames(db: DbOrTx, ids: (string | null)[]): Promise<Map<string, string>> {
  const wanted = [...new Set(ids.filter((x): x is string => x !== null))];
  if (!wanted.length) return new Map();
  const rows = await db
    .select({ id: users.id, name: users.name })
    .from(users)
    .where(inArray(users.id, wanted));
  return new Map(rows.map((r) => [r.id, r.name]));
}

/** Everything the reviewer reads about one campaign. */
export async function campaignDetail(
  db: DbOrTx,
  rec: CampaignRecord,
  now = new Date(),
): Promise<CampaignDetail> {
  const { row } = rec;
  const content = contentOf(row);
  const answerRows = (await answersOf(db, [row.id])).get(row.id) ?? [];
  const answers = answerMap(answerRows);
  const files = await campaignFileMeta(db, row.id);
  const followUps = await campaignFollowUpList(db, row.id);
  const messages = await db
    .select()
    .from(outboundMessages)
    .where(eq(outboundMessages.campaignId, row.id))
    .orderBy(desc(outboundMessages.createdAt), desc(outboundMessages.id))
    .limit(MAX_CAMPAIGN_MESSAGES_SHOWN);
  const names = await peopleNames(db, [row.reviewerId, row.sentById]);
  const risk = row.riskId
    ? await db
        .select({ id: risks.id, key: risks.key, title: risks.title })
        .from(risks)
        .where(eq(risks.id, row.riskId))
    : [];
  const person = (id: string | null) => (id && names.has(id) ? { id, name: names.get(id)! } : null);
  const evidenceIds = [
    ...(row.answersEvidenceId ? [row.answersEvidenceId] : []),
    ...files.flatMap((f) => (f.evidenceId ? [f.evidenceId] : [])),
  ];
  return {
    ...toSummary(rec, answers, followUps.filter((f) => f.answer === null).length, now),
    content,
    message: row.message,
    answers: answerRows
      .map((r) => ({
        questionId: r.questionId,
        value: r.value,
        comment: r.comment,
        updatedAt: r.updatedAt.toISOString(),
      }))
      .sort((a, b) => a.questionId.localeCompare(b.questionId)),
    visibleQuestionIds: [...visibleQuestionIds(content, answers)],
    files,
    followUps,
    scoring: scoringOf(content, answers, row.scoreOverrides ?? {}),
    reviewNote: row.reviewNote,
    reviewer: person(row.reviewerId),
    sentBy: person(row.sentById),
    answersEvidenceId: row.answersEvidenceId,
    evidenceIds,
    riskId: row.riskId,
    risk: risk[0] ?? null,
    revokedAt: iso(row.revokedAt),
    messages: messages.map((m) => ({
      id: m.id,
      kind: m.kind,
      toEmail: m.toEmail,
      subject: m.subject,
      body: m.body,
      status: m.status,
      error: m.error,
      createdAt: m.createdAt.toISOString(),
      sentAt: iso(m.sentAt),
    })),
  };
}
