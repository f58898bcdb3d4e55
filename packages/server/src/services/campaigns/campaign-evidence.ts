import { asc, eq } from "drizzle-orm";
import {
  questionnaireQuestions,
  visibleQuestionIds,
  type CampaignFollowUp,
  type EvidenceTarget,
  type QuestionnaireContent,
  type QuestionnaireScore,
  type VqAnswerValue,
  type VqQuestion,
} from "@openaims/core";
import type { AimsDb, Tx } from "../../db/client.js";
import { campaignFiles, vendorCampaigns } from "../../db/schema/index.js";
import { actorId, type ServiceContext } from "../context.js";
import { createFileEvidence } from "../evidence/evidence-create.js";
import { linkEvidence } from "../evidence/evidence-links-service.js";
import { vendorAiSystemIds } from "../vendors/vendor-access.js";
import { answerMap, commentMap, contentOf, type AnswerRow, type CampaignRecord } from "./campaign-view.js";

/** A name safe as a bare file name (no folders, no characters file systems refuse). */
// eslint-disable-next-line no-control-regex -- control characters are what is replaced
const safeName = (s: string) => s.replace(/[\u0000-\u001f\u007f/\\:*?"<>|]/g, "-").trim();

/** The links a new evidence item may carry (NewFileEvidence's bound). */
const EVIDENCE_LINKS_AT_CREATION = 50;

const clip = (s: string, max: number) => (s.length <= max ? s : `${s.slice(0, max - 1)}…`);

/** An answer in words: option labels for choices, file names for uploads. */
function answerText(q: VqQuestion, value: VqAnswerValue | undefined, fileNames: Map<string, string>): string {
  if (value === undefined) return "_(no answer)_";
  const label = (id: string) => q.options.find((o) => o.id === id)?.label ?? id;
  if (q.type === "file" && Array.isArray(value)) return value.map((id) => fileNames.get(id) ?? id).join(", ");
  if (q.type === "single_choice" || q.type === "yes_no") return label(String(value));
  if (q.type === "multiple_choice" && Array.isArray(value)) return value.map(label).join("; ");
  return String(value);
}

const percent = (earned: number | null | undefined) =>
  earned === null || earned === undefined ? "not scored" : `${Math.round(earned * 100)}%`;

/** The answers as a Markdown document: every question shown to the vendor, its answer and score, then the follow-ups. */
export function answersMarkdown(
  rec: CampaignRecord,
  content: QuestionnaireContent,
  answerRows: readonly AnswerRow[],
  files: readonly { id: string; fileName: string }[],
  followUps: readonly CampaignFollowUp[],
  score: QuestionnaireScore,
  rating: string,
): string {
  const answers = answerMap(answerRows);
  const comments = commentMap(answerRows);
  const visible = visibleQuestionIds(content, answers);
  const earned = new Map(score.perQuestion.map((q) => [q.questionId, q.earned]));
  const fileNames = new Map(files.map((f) => [f.id, f.fileName]));
  const { row } = rec;
  const lines = [
    `# Answers to ${rec.template.name} — ${rec.vendor.name} (${row.key})`,
    "",
    `- Vendor: ${rec.vendor.name} (${rec.vendor.key})`,
    `- Questionnaire: ${rec.template.name} (${rec.template.key}, version ${row.templateVersion})`,
    `- Answered by: ${row.contactName} <${row.contactEmail}>`,
    `- Submitted: ${row.submittedAt?.toISOString() ?? "-"}`,
    `- Score: ${score.score ?? "-"} / 100; rating: ${rating}`,
  ];
  for (const section of content.sections) {
    const shown = section.questions.filter((q) => visible.has(q.id));
    if (!shown.length) continue;
    lines.push("", `## ${section.title}`);
    for (const q of shown) {
      lines.push("", `### ${q.text}`, "", answerText(q, answers[q.id], fileNames));
      if (comments[q.id]) lines.push("", `Comment: ${comments[q.id]}`);
      if (q.weight > 0) lines.push("", `Score: ${percent(earned.get(q.id))} (weight ${q.weight})`);
    }
  }
  if (followUps.length) {
    const text = new Map(questionnaireQuestions(content).map((q) => [q.id, q.text]));
    lines.push("", "## Follow-up questions");
    followUps.forEach((f, i) => {
      const about = f.questionId ? ` (about "${text.get(f.questionId) ?? f.questionId}")` : "";
      lines.push("", `${i + 1}. ${f.question}${about}`, "", `   Answer: ${f.answer ?? "_(no answer)_"}`);
    });
  }
  return `${lines.join("\n")}\n`;
}

/**
 * At acceptance the answers and every uploaded file become evidence (ISO/IEC 42001 A.10.3, 7.5.3),
 * linked to the vendor and to each AI system it supplies, inside the caller's transaction (the
 * evidence service nests a savepoint). Returns the answers' evidence id.
 */
export async function evidenceFromCampaign(
  tx: Tx,
  ctx: ServiceContext,
  rec: CampaignRecord,
  answerRows: readonly AnswerRow[],
  followUps: readonly CampaignFollowUp[],
  score: QuestionnaireScore,
  rating: string,
  maxBytes: number,
): Promise<string> {
  const { row } = rec;
  const content = contentOf(row);
  const systems = await vendorAiSystemIds(tx, rec.vendor.id);
  const links: EvidenceTarget[] = [
    { targetType: "vendor", targetId: rec.vendor.id },
    ...systems.map((id) => ({ targetType: "ai_system" as const, targetId: id })),
  ];
  // Files answering a question that the final answers hide are not part of what was submitted.
  const visible = visibleQuestionIds(content, answerMap(answerRows));
  const files = (
    await tx
      .select()
      .from(campaignFiles)
      .where(eq(campaignFiles.campaignId, row.id))
      .orderBy(asc(campaignFiles.uploadedAt), asc(campaignFiles.id))
  ).filter((f) => visible.has(f.questionId));
  const inTx: ServiceContext = { ...ctx, db: tx as unknown as AimsDb };
  // A new item takes at most EVIDENCE_LINKS_AT_CREATION links; a vendor supplying more AI systems
  // gets the rest linked right after, in the same transaction (audited one by one).
  const [first, rest] = [links.slice(0, EVIDENCE_LINKS_AT_CREATION), links.slice(EVIDENCE_LINKS_AT_CREATION)];
  const linkRest = async (evidenceId: string) => {
    for (const target of rest) await linkEvidence(inTx, evidenceId, target);
  };
  const common = {
    collectedOn: (row.submittedAt ?? new Date()).toISOString().slice(0, 10),
    ownerId: actorId(ctx.actor),
    businessUnitId: rec.vendor.businessUnitId,
    source: "vendor_questionnaire",
    links: first,
  };
  const title = clip(`Answers to ${rec.template.name} — ${rec.vendor.name} (${row.key})`, 300);
  const markdown = Buffer.from(
    answersMarkdown(rec, content, answerRows, files, followUps, score, rating),
    "utf8",
  );
  const answersEvidence = await createFileEvidence(
    inTx,
    { name: `${clip(safeName(title), 240)}.md`, bytes: markdown },
    {
      ...common,
      title,
      description: `The answers ${row.contactName} gave for ${rec.vendor.name} through questionnaire link ${row.key}.`,
    },
    Math.max(maxBytes, markdown.length),
  );
  await linkRest(answersEvidence.id);
  const questionText = new Map(questionnaireQuestions(content).map((q) => [q.id, q.text]));
  for (const f of files) {
    const made = await createFileEvidence(
      inTx,
      { name: f.fileName, bytes: f.content },
      {
        ...common,
        title: clip(`${f.fileName} — ${rec.vendor.name} (${row.key})`, 300),
        description: clip(
          `Uploaded by ${row.contactName} in answer to "${questionText.get(f.questionId) ?? f.questionId}" (${row.key}).`,
          4000,
        ),
      },
      Math.max(maxBytes, f.content.length),
    );
    await linkRest(made.id);
    await tx.update(campaignFiles).set({ evidenceId: made.id }).where(eq(campaignFiles.id, f.id));
  }
  await tx
    .update(vendorCampaigns)
    .set({ answersEvidenceId: answersEvidence.id })
    .where(eq(vendorCampaigns.id, row.id));
  return answersEvidence.id;
}
