import { Readable } from "node:stream";
import { and, eq } from "drizzle-orm";
import {
  DomainError,
  impactAssessmentTemplate,
  visibleQuestions,
  type Answers,
  type AnswerValue,
  type Column,
  type ImpactAssessmentView,
  type Question,
} from "@openaims/core";
import { z } from "zod";
import { impactAssessments, users } from "../../db/schema/index.js";
import type { ServiceContext } from "../context.js";
import { getImpactAssessment } from "../impact-assessments/impact-assessments-service.js";
import { unitVisibility } from "../shared/business-unit-scope.js";
import { approvalBlocks } from "./approval-blocks.js";
import { renderDocx } from "./docx-renderer.js";
import { renderPdf } from "./pdf-renderer.js";
import {
  CONTENT_TYPES,
  isoDay,
  isoMinute,
  labelOf,
  NOT_ANSWERED,
  type ExportFile,
  type Report,
  type ReportBlock,
} from "./report-model.js";

export const AssessmentExportQuery = z.object({ format: z.enum(["pdf", "docx"]).default("pdf") });

const isEmpty = (v: unknown) =>
  v === null ||
  v === undefined ||
  (typeof v === "string" && v.trim() === "") ||
  (Array.isArray(v) && !v.length);

type Scaled = Pick<Question, "choices" | "scale" | "type">;

/** One value as a reader should see it: choices by label, yes/no in words, a scale point with its label. */
function valueText(q: Scaled, v: unknown): string {
  if (isEmpty(v)) return "";
  if (q.type === "yes_no" || typeof v === "boolean")
    return v === true ? "Yes" : v === false ? "No" : String(v);
  if (q.type === "single_choice") return q.choices?.find((c) => c.value === v)?.label ?? String(v);
  if (q.type === "multi_choice" && Array.isArray(v))
    return v.map((x) => q.choices?.find((c) => c.value === x)?.label ?? String(x)).join("\n");
  if (q.type === "scale" && typeof v === "number" && q.scale) {
    const label = q.scale.labels[v - q.scale.min];
    return label ? `${v} — ${label}` : String(v);
  }
  return String(v);
}

const cellText = (c: Column, v: unknown) =>
  valueText({ type: c.type, choices: c.choices, scale: c.scale }, v);

function provenanceOf(view: ImpactAssessmentView, questionId: string): string {
  const p = view.prefilledFrom[questionId];
  if (!p) return "";
  return "assessmentKey" in p
    ? `\n(pre-filled from ${p.assessmentKey})`
    : `\n(pre-filled from ${p.aiSystemKey} ${p.field})`;
}

/** Every visible question of each section with its answer; tables stay tables, gaps read "not answered". */
export function answerBlocks(view: ImpactAssessmentView): ReportBlock[] {
  const template = impactAssessmentTemplate(view.templateId);
  const answers = view.answers as Answers;
  const visible = visibleQuestions(template, answers);
  const blocks: ReportBlock[] = [];
  for (const section of template.sections) {
    const questions = visible.filter((q) => q.sectionId === section.id);
    if (!questions.length) continue;
    blocks.push({ kind: "heading", level: 2, text: section.title });
    if (section.description) blocks.push({ kind: "paragraph", muted: true, text: section.description });
    let fields: [string, string][] = [];
    const flush = () => {
      if (fields.length) blocks.push({ kind: "fields", fields });
      fields = [];
    };
    for (const q of questions) {
      const value: AnswerValue | undefined = answers[q.id];
      if (q.type !== "table") {
        fields.push([q.label, (valueText(q, value) || NOT_ANSWERED) + provenanceOf(view, q.id)]);
        continue;
      }
      flush();
      blocks.push({ kind: "heading", level: 3, text: q.label });
      const rows = Array.isArray(value) ? (value as Record<string, unknown>[]) : [];
      const columns = q.columns ?? [];
      blocks.push({
        kind: "table",
        columns: columns.map((c) => ({
          header: c.label,
          width: c.type === "long_text" ? 3 : c.type === "text" ? 2 : 1,
        })),
        rows: rows.map((r) => columns.map((c) => cellText(c, r[c.id]))),
        emptyText: NOT_ANSWERED,
      });
      const from = provenanceOf(view, q.id).trim();
      if (from) blocks.push({ kind: "paragraph", muted: true, text: from });
    }
    flush();
  }
  return blocks;
}

async function ownerName(ctx: ServiceContext, id: string | null): Promise<string> {
  if (!id) return "—";
  const [u] = await ctx.db.select({ name: users.name }).from(users).where(eq(users.id, id));
  return u?.name ?? "—";
}

/** An impact assessment (ISO/IEC 42001 6.1.4, A.5.3 documented results) with every answer. */
export async function assessmentReport(ctx: ServiceContext, view: ImpactAssessmentView, now = new Date()) {
  const template = impactAssessmentTemplate(view.templateId);
  const labels = new Map(visibleQuestions(template, view.answers as Answers).map((q) => [q.id, q.label]));
  const score = view.score;
  const blocks: ReportBlock[] = [
    {
      kind: "fields",
      fields: [
        ["Assessment", `${view.key} ${view.title}`],
        ["AI system", `${view.aiSystem.key} ${view.aiSystem.name}`],
        ["Template", `${view.templateTitle} (version ${view.templateVersion})`],
        ["Legal basis", template.legalBasis.join("; ")],
        ["Revision", String(view.revision)],
        ["Status", labelOf(view.status)],
        ["Owner", await ownerName(ctx, view.ownerId)],
        ["Approved", view.approvedAt ? isoMinute(new Date(view.approvedAt)) : "—"],
        ["Valid until", view.validUntil ?? "—"],
        ...(view.dueReason
          ? ([
              [
                "Due again",
                `${view.dueReason}${view.dueSince ? ` (since ${view.dueSince.slice(0, 10)})` : ""}`,
              ],
            ] as [string, string][])
          : []),
        ["Completeness", `${view.completeness}% of required questions answered`],
        [
          "Still missing",
          view.missing.length ? view.missing.map((id) => labels.get(id) ?? id).join("\n") : "nothing",
        ],
        [
          "Score",
          score ? `${labelOf(score.rating)}${score.escalated ? " (raised by contextual factors)" : ""}` : "—",
        ],
        ...(score?.worst
          ? ([
              [
                "Worst identified impact",
                `${score.worst.title}: severity ${score.worst.severity} × likelihood ${score.worst.likelihood} = ${score.worst.product}`,
              ],
            ] as [string, string][])
          : []),
        ...(score?.explanation.length
          ? ([["How the score was reached", score.explanation.join("\n")]] as [string, string][])
          : []),
        ["Last updated", isoMinute(new Date(view.updatedAt))],
      ],
    },
    ...(await approvalBlocks(ctx.db, view.approval)),
    ...answerBlocks(view),
  ];
  const report: Report = {
    title: `${view.key} ${view.title}`,
    subtitle: `${view.templateTitle} — ${view.aiSystem.name}`,
    generatedAt: now,
    metadata: [
      ["Revision", String(view.revision)],
      ["Status", labelOf(view.status)],
    ],
    blocks,
  };
  return report;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * The assessment's id from its key ("IA-3") or id. The key is looked up among the assessments the
 * caller may see, so another unit's key gets the same 404 as a key nobody has (rule 9).
 */
export async function assessmentIdOf(ctx: ServiceContext, keyOrId: string): Promise<string> {
  if (UUID.test(keyOrId)) return keyOrId;
  const [row] = await ctx.db
    .select({ id: impactAssessments.id })
    .from(impactAssessments)
    .where(
      and(
        eq(impactAssessments.key, keyOrId.toUpperCase()),
        unitVisibility(impactAssessments.businessUnitId, ctx.actor),
      ),
    );
  if (!row) throw new DomainError("NOT_FOUND", `impact assessment ${keyOrId} not found`);
  return row.id;
}

/** One impact assessment as PDF or DOCX, with every visible question and its answer. */
export async function exportImpactAssessment(
  ctx: ServiceContext,
  keyOrId: string,
  format: "pdf" | "docx",
): Promise<ExportFile> {
  const view = await getImpactAssessment(ctx, await assessmentIdOf(ctx, keyOrId));
  const now = new Date();
  const report = await assessmentReport(ctx, view, now);
  const filename = `${view.key.toLowerCase()}-r${view.revision}-${isoDay(now)}.${format}`;
  if (format === "pdf") return { filename, contentType: CONTENT_TYPES.pdf, stream: renderPdf(report) };
  return { filename, contentType: CONTENT_TYPES.docx, stream: Readable.from([await renderDocx(report)]) };
}
