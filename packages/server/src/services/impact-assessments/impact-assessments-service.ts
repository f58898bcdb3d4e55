import { and, asc, count, desc, eq, ilike, inArray, isNotNull, ne, or, sql, type SQL } from "drizzle-orm";
import {
  answersSizeIssue,
  DomainError,
  impactAssessmentTemplate,
  prefillAnswers,
  validateAnswers,
  type Answers,
  type CreateImpactAssessment,
  type ImpactAssessmentListQuery,
  type ImpactAssessmentSummary,
  type ImpactAssessmentView,
  type Page,
  type PrefillSource,
  type UpdateImpactAssessment,
} from "@openaims/core";
import type { DbOrTx, Tx } from "../../db/client.js";
import { aiSystems, impactAssessments } from "../../db/schema/index.js";
import { recordAudit } from "../audit/record-audit.js";
import type { Actor, ServiceContext } from "../context.js";
import { nextKey } from "../shared/keys.js";
import { likePattern } from "../shared/search.js";
import { assertVersion } from "../shared/versioning.js";
import { assertMayWriteUnit, unitVisibility } from "../shared/business-unit-scope.js";
import { assertUser } from "../shared/references.js";
import { getApproval } from "../approvals/approvals-service.js";
import { loadAiSystem } from "../ai-systems/ai-systems-service.js";
import {
  derivedOf,
  factsOf,
  toAssessmentSummary,
  toAssessmentView,
  type AssessmentRow,
} from "./assessment-record.js";

export const OPEN_STATUSES = ["draft", "in_review"];
const systemRef = { id: aiSystems.id, key: aiSystems.key, name: aiSystems.name };

function filtersOf(actor: Actor, q: ImpactAssessmentListQuery): SQL | undefined {
  const f: (SQL | undefined)[] = [unitVisibility(impactAssessments.businessUnitId, actor)];
  if (q.q)
    f.push(
      or(ilike(impactAssessments.title, likePattern(q.q)), ilike(impactAssessments.key, likePattern(q.q))),
    );
  if (q.aiSystemId) f.push(eq(impactAssessments.aiSystemId, q.aiSystemId));
  if (q.templateId) f.push(eq(impactAssessments.templateId, q.templateId));
  if (q.status) f.push(eq(impactAssessments.status, q.status));
  // Only approved assessments fall due (status index first, then the due mark).
  if (q.due === true)
    f.push(and(eq(impactAssessments.status, "approved"), isNotNull(impactAssessments.dueSince)));
  return and(...f);
}

const sortColumns = {
  key: impactAssessments.createdAt,
  updatedAt: impactAssessments.updatedAt,
  validUntil: impactAssessments.validUntil,
};

/** A page of impact assessments (ISO/IEC 42001 A.5.3 documented results), filtered on indexed columns. */
export async function listImpactAssessments(
  ctx: ServiceContext,
  q: ImpactAssessmentListQuery,
): Promise<Page<ImpactAssessmentSummary>> {
  const where = filtersOf(ctx.actor, q);
  const direction = q.order === "desc" ? desc : asc;
  const rows = await ctx.db
    .select({ a: impactAssessments, s: systemRef })
    .from(impactAssessments)
    .innerJoin(aiSystems, eq(aiSystems.id, impactAssessments.aiSystemId))
    .where(where)
    .orderBy(direction(sortColumns[q.sort]), asc(impactAssessments.id))
    .limit(q.limit)
    .offset(q.offset);
  const [total] = await ctx.db.select({ n: count() }).from(impactAssessments).where(where);
  return { items: rows.map((r) => toAssessmentSummary(r.a, r.s)), total: total?.n ?? 0 };
}

export async function loadAssessment(
  db: DbOrTx,
  actor: Actor,
  id: string,
  lock = false,
): Promise<AssessmentRow> {
  const query = db
    .select()
    .from(impactAssessments)
    .where(and(eq(impactAssessments.id, id), unitVisibility(impactAssessments.businessUnitId, actor)));
  const [row] = lock ? await query.for("update") : await query;
  if (!row) throw new DomainError("NOT_FOUND", `impact assessment ${id} not found`);
  return row;
}

/** The full view of a row: its system, its approval and what is still missing. */
export async function assessmentView(db: DbOrTx, row: AssessmentRow): Promise<ImpactAssessmentView> {
  const [system] = await db.select(systemRef).from(aiSystems).where(eq(aiSystems.id, row.aiSystemId));
  const approval = row.approvalId ? await getApproval(db, row.approvalId) : null;
  return toAssessmentView(row, system!, approval);
}

/** One impact assessment, as its page and the exports show it. */
export async function getImpactAssessment(ctx: ServiceContext, id: string): Promise<ImpactAssessmentView> {
  return assessmentView(ctx.db, await loadAssessment(ctx.db, ctx.actor, id));
}

/** Refuses a second open (draft or in review) revision of a template for a system. */
export async function assertNoOpenRevision(tx: Tx, aiSystemId: string, templateId: string): Promise<void> {
  const [open] = await tx
    .select({ key: impactAssessments.key, status: impactAssessments.status })
    .from(impactAssessments)
    .where(
      and(
        eq(impactAssessments.aiSystemId, aiSystemId),
        eq(impactAssessments.templateId, templateId),
        inArray(impactAssessments.status, OPEN_STATUSES),
      ),
    );
  if (open)
    throw new DomainError(
      "CONFLICT",
      `${open.key} is already open (${open.status.replace("_", " ")}) for this system and template: continue it`,
      { key: open.key },
    );
}

/** The next revision number of a template for a system, and the latest revision so far. */
export async function latestRevision(tx: Tx, aiSystemId: string, templateId: string) {
  const [latest] = await tx
    .select({ id: impactAssessments.id, revision: impactAssessments.revision })
    .from(impactAssessments)
    .where(and(eq(impactAssessments.aiSystemId, aiSystemId), eq(impactAssessments.templateId, templateId)))
    .orderBy(desc(impactAssessments.revision))
    .limit(1);
  return { next: (latest?.revision ?? 0) + 1, previousId: latest?.id ?? null };
}

/** The most recent assessment of each other template of the system, newest first (pre-fill sources). */
async function prefillSources(tx: Tx, aiSystemId: string, templateId: string): Promise<PrefillSource[]> {
  const rows = await tx
    .select({
      key: impactAssessments.key,
      templateId: impactAssessments.templateId,
      answers: impactAssessments.answers,
    })
    .from(impactAssessments)
    .where(and(eq(impactAssessments.aiSystemId, aiSystemId), ne(impactAssessments.templateId, templateId)))
    .orderBy(desc(impactAssessments.updatedAt))
    .limit(50);
  const seen = new Set<string>();
  return rows.flatMap((r) => {
    if (seen.has(r.templateId)) return [];
    seen.add(r.templateId);
    return [
      {
        assessmentKey: r.key,
        template: impactAssessmentTemplate(r.templateId),
        answers: r.answers as Answers,
      },
    ];
  });
}

/**
 * Starts an assessment of a system on a template, pre-filled from the system's latest assessments
 * of the other templates and from its inventory record (ISO/IEC 42001 6.1.4; one assessment serves
 * several laws).
 */
export async function createImpactAssessment(
  ctx: ServiceContext,
  input: CreateImpactAssessment,
): Promise<ImpactAssessmentView> {
  const template = impactAssessmentTemplate(input.templateId);
  return ctx.db.transaction(async (tx) => {
    const system = await loadAiSystem(tx, ctx.actor, input.aiSystemId, true);
    assertMayWriteUnit(ctx.actor, system.businessUnitId);
    const ownerId =
      input.ownerId === undefined ? (ctx.actor.kind === "user" ? ctx.actor.userId : null) : input.ownerId;
    await assertUser(tx, ownerId, "ownerId");
    await assertNoOpenRevision(tx, system.id, template.id);
    const { next, previousId } = await latestRevision(tx, system.id, template.id);
    const { answers, prefilledFrom } = prefillAnswers(
      template,
      await prefillSources(tx, system.id, template.id),
      factsOf(system),
    );
    const derived = derivedOf(template.id, answers);
    const [row] = await tx
      .insert(impactAssessments)
      .values({
        key: await nextKey(tx, "impactAssessment"),
        templateId: template.id,
        templateVersion: template.version,
        aiSystemId: system.id,
        businessUnitId: system.businessUnitId,
        title: input.title ?? `${template.title}: ${system.name}`,
        revision: next,
        previousId,
        status: "draft",
        answers,
        prefilledFrom,
        completeness: derived.completeness,
        score: derived.score,
        ownerId,
      })
      .returning();
    const view = await assessmentView(tx, row!);
    await recordAudit(tx, ctx, {
      action: "impact_assessment.created",
      entityType: "impact_assessment",
      entityId: view.id,
      after: view,
    });
    return view;
  });
}

/** Refuses to change anything but a draft: approved revisions are frozen (ISO/IEC 42001 7.5.3). */
export function assertDraft(row: AssessmentRow): void {
  if (row.status !== "draft")
    throw new DomainError(
      "RULE_VIOLATION",
      row.status === "in_review"
        ? `${row.key} waits for approval: it can be changed after the decision`
        : `${row.key} is ${row.status}: start a new revision to change it`,
    );
}

/**
 * Saves answers as the person types: the answers sent are merged (null clears one), checked by core,
 * and completeness and score recomputed. A pre-filled answer that is changed loses its provenance.
 */
export async function updateImpactAssessment(
  ctx: ServiceContext,
  id: string,
  patch: UpdateImpactAssessment,
): Promise<ImpactAssessmentView> {
  return ctx.db.transaction(async (tx) => {
    const row = await loadAssessment(tx, ctx.actor, id, true);
    assertVersion(row, patch.version, `impact assessment ${row.key}`);
    assertMayWriteUnit(ctx.actor, row.businessUnitId);
    assertDraft(row);
    const template = impactAssessmentTemplate(row.templateId);
    const issues = validateAnswers(template, patch.answers).map((i) => ({ ...i, path: `answers.${i.path}` }));
    if (issues.length)
      throw new DomainError("VALIDATION_FAILED", `${issues[0]!.path}: ${issues[0]!.message}`, { issues });
    if (patch.ownerId !== undefined) await assertUser(tx, patch.ownerId, "ownerId");
    const stored = row.answers as Answers;
    const answers: Answers = { ...stored };
    const prefilledFrom = { ...(row.prefilledFrom as Record<string, unknown>) };
    for (const [key, value] of Object.entries(patch.answers)) {
      if (JSON.stringify(stored[key] ?? null) !== JSON.stringify(value)) delete prefilledFrom[key];
      if (value === null) delete answers[key];
      else answers[key] = value;
    }
    const tooBig = answersSizeIssue(answers);
    if (tooBig)
      throw new DomainError("VALIDATION_FAILED", tooBig.message, {
        issues: [{ path: "answers", message: tooBig.message }],
      });
    const derived = derivedOf(template.id, answers);
    const [updated] = await tx
      .update(impactAssessments)
      .set({
        answers,
        prefilledFrom,
        completeness: derived.completeness,
        score: derived.score,
        ...(patch.ownerId !== undefined ? { ownerId: patch.ownerId } : {}),
        ...(patch.title !== undefined ? { title: patch.title } : {}),
        version: row.version + 1,
        updatedAt: new Date(),
      })
      .where(eq(impactAssessments.id, id))
      .returning();
    // The audit entry holds what changed, not the whole form (autosave writes often).
    await recordAudit(tx, ctx, {
      action: "impact_assessment.updated",
      entityType: "impact_assessment",
      entityId: id,
      before: {
        version: row.version,
        answers: Object.fromEntries(Object.keys(patch.answers).map((k) => [k, stored[k] ?? null])),
        ownerId: row.ownerId,
        title: row.title,
      },
      after: {
        version: updated!.version,
        answers: patch.answers,
        ownerId: updated!.ownerId,
        title: updated!.title,
        completeness: derived.completeness,
      },
    });
    return assessmentView(tx, updated!);
  });
}

/** Marks rows due (one audit entry each); only approved, not yet due revisions. */
export async function markDue(tx: Tx, ctx: ServiceContext, where: SQL, reason: string): Promise<number> {
  const due = await tx
    .update(impactAssessments)
    .set({
      dueReason: reason,
      dueSince: new Date(),
      version: sql`${impactAssessments.version} + 1`,
      updatedAt: new Date(),
    })
    .where(and(eq(impactAssessments.status, "approved"), sql`${impactAssessments.dueSince} is null`, where))
    .returning({
      id: impactAssessments.id,
      key: impactAssessments.key,
      validUntil: impactAssessments.validUntil,
    });
  for (const r of due)
    await recordAudit(tx, ctx, {
      action: "impact_assessment.due",
      entityType: "impact_assessment",
      entityId: r.id,
      after: { key: r.key, dueReason: reason },
    });
  return due.length;
}
