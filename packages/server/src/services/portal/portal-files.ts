import { createHash } from "node:crypto";
import { and, asc, count, eq, sql } from "drizzle-orm";
import {
  CAMPAIGN_UPLOAD_BUDGET_FILES,
  checkEvidenceFile,
  DomainError,
  MAX_FILES_PER_ANSWER,
  MAX_FILES_PER_CAMPAIGN,
  nextCampaignStatus,
  questionnaireQuestions,
  visibleQuestionIds,
  type CampaignStatus,
  type PortalFile,
} from "@openaims/core";
import type { Tx } from "../../db/client.js";
import { campaignFiles, vendorCampaigns } from "../../db/schema/index.js";
import { recordAudit } from "../audit/record-audit.js";
import type { ServiceContext } from "../context.js";
import { answerMap, answersOf, contentOf, type CampaignRecord } from "../campaigns/campaign-view.js";
import type { VendorLink } from "./portal-auth.js";
import {
  accessColumns,
  assertVendorMayEdit,
  editableNow,
  followUpRows,
  lockLinkCampaign,
  writeAnswer,
} from "./portal-service.js";

const invalid = (path: string, message: string): never => {
  throw new DomainError("VALIDATION_FAILED", `${path}: ${message}`, { issues: [{ path, message }] });
};

/** The file ids of a question, in upload order: the answer's value. */
async function fileIdsOf(tx: Tx, campaignId: string, questionId: string): Promise<string[]> {
  const rows = await tx
    .select({ id: campaignFiles.id })
    .from(campaignFiles)
    .where(and(eq(campaignFiles.campaignId, campaignId), eq(campaignFiles.questionId, questionId)))
    .orderBy(asc(campaignFiles.uploadedAt), asc(campaignFiles.id));
  return rows.map((r) => r.id);
}

async function assertFileQuestion(tx: Tx, rec: CampaignRecord, questionId: string): Promise<void> {
  const content = contentOf(rec.row);
  const q = questionnaireQuestions(content).find((x) => x.id === questionId);
  if (!q) invalid("questionId", "no question of this questionnaire has this id");
  if (q!.type !== "file") invalid("questionId", "this question is not answered with files");
  const answers = answerMap((await answersOf(tx, [rec.row.id])).get(rec.row.id) ?? []);
  if (!visibleQuestionIds(content, answers).has(questionId))
    invalid("questionId", "this question is not shown given your answers");
  if (!editableNow(rec, content, await followUpRows(tx, rec.row.id)).has(questionId))
    throw new DomainError(
      "CONFLICT",
      "this answer cannot be changed now: only the questions the follow-up asks about can",
    );
}

/** A changed file answer loses the reviewer's score for it, as a changed answer does when saved. */
function withoutScore(rec: CampaignRecord, questionId: string): Record<string, number> {
  const { [questionId]: _dropped, ...rest } = rec.row.scoreOverrides ?? {};
  return rest;
}

/** The whole questionnaire's uploads stay bounded (a link needs no account, so it must not fill the database). */
async function assertCampaignRoom(tx: Tx, campaignId: string, sizeBytes: number, maxBytes: number) {
  const [held] = await tx
    .select({ n: count(), bytes: sql<number>`coalesce(sum(${campaignFiles.sizeBytes}), 0)::float8` })
    .from(campaignFiles)
    .where(eq(campaignFiles.campaignId, campaignId));
  if ((held?.n ?? 0) >= MAX_FILES_PER_CAMPAIGN)
    invalid("file", `at most ${MAX_FILES_PER_CAMPAIGN} files per questionnaire; remove one first`);
  const budget = CAMPAIGN_UPLOAD_BUDGET_FILES * maxBytes;
  if (Number(held?.bytes ?? 0) + sizeBytes > budget)
    throw new DomainError(
      "PAYLOAD_TOO_LARGE",
      `the files of this questionnaire may take at most ${budget} bytes in all; remove one first`,
      { maxBytes: budget },
    );
}

/**
 * Stores a file the vendor uploads for a file question, after the same checks as evidence uploads
 * (name, size, active content, allowlist, magic bytes), all made before anything is written.
 */
export async function uploadPortalFile(
  ctx: ServiceContext,
  link: VendorLink,
  questionId: string,
  file: { name: string; bytes: Uint8Array },
  maxBytes: number,
  now = new Date(),
): Promise<PortalFile> {
  const checked = checkEvidenceFile(file, maxBytes);
  const sha256 = createHash("sha256").update(file.bytes).digest("hex");
  return ctx.db.transaction(async (tx) => {
    const rec = await lockLinkCampaign(tx, ctx, link, now);
    assertVendorMayEdit(rec, now);
    await assertFileQuestion(tx, rec, questionId);
    const ids = await fileIdsOf(tx, rec.row.id, questionId);
    if (ids.length >= MAX_FILES_PER_ANSWER)
      invalid("file", `at most ${MAX_FILES_PER_ANSWER} files per question; remove one first`);
    await assertCampaignRoom(tx, rec.row.id, checked.sizeBytes, maxBytes);
    const [row] = await tx
      .insert(campaignFiles)
      .values({
        campaignId: rec.row.id,
        questionId,
        fileName: checked.fileName,
        contentType: checked.contentType,
        sizeBytes: checked.sizeBytes,
        sha256,
        content: Buffer.from(file.bytes),
        uploadedAt: now,
      })
      .returning();
    await writeAnswer(tx, rec.row.id, questionId, [...ids, row!.id], now);
    const status = nextCampaignStatus(rec.row.status as CampaignStatus, "save");
    await tx
      .update(vendorCampaigns)
      .set({ ...accessColumns(rec, status, now), scoreOverrides: withoutScore(rec, questionId) })
      .where(eq(vendorCampaigns.id, rec.row.id));
    const meta: PortalFile = {
      id: row!.id,
      questionId,
      fileName: row!.fileName,
      contentType: row!.contentType,
      sizeBytes: row!.sizeBytes,
      uploadedAt: row!.uploadedAt.toISOString(),
    };
    await recordAudit(tx, ctx, {
      action: "vendor_portal.uploaded",
      entityType: "vendor_campaign",
      entityId: rec.row.id,
      after: { key: rec.row.key, status, file: { ...meta, sha256 } },
    });
    return meta;
  });
}

/**
 * Removes one of the campaign's own files while the vendor is answering. A file that went in with a
 * submission stays: the reviewer has seen it.
 */
export async function deletePortalFile(
  ctx: ServiceContext,
  link: VendorLink,
  fileId: string,
  now = new Date(),
): Promise<void> {
  await ctx.db.transaction(async (tx) => {
    const rec = await lockLinkCampaign(tx, ctx, link, now);
    const [file] = await tx
      .select({
        id: campaignFiles.id,
        questionId: campaignFiles.questionId,
        fileName: campaignFiles.fileName,
        uploadedAt: campaignFiles.uploadedAt,
      })
      .from(campaignFiles)
      .where(and(eq(campaignFiles.id, fileId), eq(campaignFiles.campaignId, rec.row.id)));
    if (!file) throw new DomainError("NOT_FOUND", `file ${fileId} not found`);
    assertVendorMayEdit(rec, now);
    if (rec.row.submittedAt && file.uploadedAt.getTime() <= rec.row.submittedAt.getTime())
      throw new DomainError(
        "CONFLICT",
        `${file.fileName} was submitted for review and cannot be removed; upload a newer file instead`,
      );
    const content = contentOf(rec.row);
    if (!editableNow(rec, content, await followUpRows(tx, rec.row.id)).has(file.questionId))
      throw new DomainError("CONFLICT", "this answer cannot be changed now");
    await tx.delete(campaignFiles).where(eq(campaignFiles.id, fileId));
    const rest = await fileIdsOf(tx, rec.row.id, file.questionId);
    await writeAnswer(tx, rec.row.id, file.questionId, rest.length ? rest : null, now);
    await tx
      .update(vendorCampaigns)
      .set({
        ...accessColumns(rec, rec.row.status as CampaignStatus, now),
        scoreOverrides: withoutScore(rec, file.questionId),
      })
      .where(eq(vendorCampaigns.id, rec.row.id));
    await recordAudit(tx, ctx, {
      action: "vendor_portal.file_deleted",
      entityType: "vendor_campaign",
      entityId: rec.row.id,
      before: {
        key: rec.row.key,
        file: { id: file.id, questionId: file.questionId, fileName: file.fileName },
      },
    });
  });
}
