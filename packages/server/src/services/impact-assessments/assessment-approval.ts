import { and, eq, ne, sql } from "drizzle-orm";
import {
  DomainError,
  impactAssessmentTemplate,
  validUntilOf,
  type Answers,
  type Decision,
  type ImpactAssessmentView,
  type StepDefinition,
} from "@openaims/core";
import { impactAssessments } from "../../db/schema/index.js";
import { recordAudit } from "../audit/record-audit.js";
import { assertUserActor } from "../auth/sessions.js";
import type { ServiceContext } from "../context.js";
import { nextKey } from "../shared/keys.js";
import { assertVersion } from "../shared/versioning.js";
import { assertMayWriteUnit } from "../shared/business-unit-scope.js";
import { decideApproval, openApproval } from "../approvals/approvals-service.js";
import { loadAiSystem } from "../ai-systems/ai-systems-service.js";
import { derivedOf } from "./assessment-record.js";
import {
  assertDraft,
  assertNoOpenRevision,
  assessmentView,
  latestRevision,
  loadAssessment,
} from "./impact-assessments-service.js";

/**
 * Submits a complete draft for approval (ISO/IEC 42001 5.3, A.5.3; ISO/IEC 42005 5.11). The AI
 * system's owner approves, unless the owner submits it or none is named: then a manager does.
 * Nobody approves their own submission (the engine's segregation rule).
 */
export async function submitImpactAssessment(
  ctx: ServiceContext,
  id: string,
  version: number,
): Promise<ImpactAssessmentView> {
  const me = assertUserActor(ctx.actor);
  return ctx.db.transaction(async (tx) => {
    const row = await loadAssessment(tx, ctx.actor, id, true);
    assertVersion(row, version, `impact assessment ${row.key}`);
    assertMayWriteUnit(ctx.actor, row.businessUnitId);
    assertDraft(row);
    const derived = derivedOf(row.templateId, row.answers as Answers);
    if (derived.completeness < 100)
      throw new DomainError(
        "RULE_VIOLATION",
        `${row.key} is ${derived.completeness}% complete: answer the ${derived.missing.length} missing required question(s) first`,
        { missing: derived.missing },
      );
    const system = await loadAiSystem(tx, ctx.actor, row.aiSystemId);
    const step: StepDefinition =
      system.ownerId && system.ownerId !== me.userId
        ? {
            name: "AI system owner approves the assessment",
            approverRole: null,
            approverUserId: system.ownerId,
          }
        : { name: "A manager approves the assessment", approverRole: "manager", approverUserId: null };
    const before = await assessmentView(tx, row);
    const approval = await openApproval(
      tx,
      ctx,
      { type: "impact_assessment", id, title: `Approve ${row.key} ${row.title}` },
      me.userId,
      [step],
    );
    const [updated] = await tx
      .update(impactAssessments)
      .set({
        status: "in_review",
        approvalId: approval.id,
        systemVersionAssessed: system.version,
        version: row.version + 1,
        updatedAt: new Date(),
      })
      .where(eq(impactAssessments.id, id))
      .returning();
    const after = await assessmentView(tx, updated!);
    await recordAudit(tx, ctx, {
      action: "impact_assessment.submitted",
      entityType: "impact_assessment",
      entityId: id,
      before: { status: before.status, version: before.version },
      after: { status: after.status, version: after.version, approvalId: approval.id },
    });
    return after;
  });
}

/**
 * The approver's decision. Approved: valid for the template's period from today, and the earlier
 * approved revision is superseded. Rejected: back to draft; the reason stays in the approval and the
 * audit trail.
 */
export async function decideImpactAssessment(
  ctx: ServiceContext,
  id: string,
  decision: Decision,
  comment: string,
): Promise<ImpactAssessmentView> {
  return ctx.db.transaction(async (tx) => {
    const row = await loadAssessment(tx, ctx.actor, id, true);
    if (row.status !== "in_review" || !row.approvalId)
      throw new DomainError("RULE_VIOLATION", `${row.key} is not waiting for approval`);
    const approval = await decideApproval(tx, ctx, row.approvalId, decision, comment);
    const now = new Date();
    const approved = approval.status === "approved";
    const rejected = approval.status === "rejected";
    if (approved) {
      const superseded = await tx
        .update(impactAssessments)
        // Each superseded row moves on from its own version.
        .set({ status: "superseded", version: sql`${impactAssessments.version} + 1`, updatedAt: now })
        .where(
          and(
            eq(impactAssessments.aiSystemId, row.aiSystemId),
            eq(impactAssessments.templateId, row.templateId),
            eq(impactAssessments.status, "approved"),
            ne(impactAssessments.id, id),
          ),
        )
        .returning({ id: impactAssessments.id, key: impactAssessments.key });
      for (const s of superseded)
        await recordAudit(tx, ctx, {
          action: "impact_assessment.superseded",
          entityType: "impact_assessment",
          entityId: s.id,
          after: { key: s.key, status: "superseded", by: row.key },
        });
    }
    const template = impactAssessmentTemplate(row.templateId);
    const [updated] = await tx
      .update(impactAssessments)
      .set({
        ...(approved
          ? {
              status: "approved",
              approvedAt: now,
              validUntil: validUntilOf(template, now.toISOString().slice(0, 10)),
              dueReason: null,
              dueSince: null,
            }
          : rejected
            ? { status: "draft" }
            : {}),
        version: row.version + 1,
        updatedAt: now,
      })
      .where(eq(impactAssessments.id, id))
      .returning();
    const after = await assessmentView(tx, updated!);
    await recordAudit(tx, ctx, {
      action: approved
        ? "impact_assessment.approved"
        : rejected
          ? "impact_assessment.rejected"
          : "impact_assessment.step_approved",
      entityType: "impact_assessment",
      entityId: id,
      before: { status: row.status, version: row.version },
      after: { status: after.status, version: after.version, validUntil: after.validUntil, comment },
    });
    return after;
  });
}

/**
 * Starts the next revision from an approved one (re-assessment: yearly, or after a substantial
 * modification, ISO/IEC 42001 8.4). Answers are copied; after a modification the Colorado
 * assessment's post-modification question is answered yes (6-1-1703(3)(c)).
 */
export async function startRevision(ctx: ServiceContext, id: string): Promise<ImpactAssessmentView> {
  return ctx.db.transaction(async (tx) => {
    // Lock the system first, as starting an assessment and updating the system do: two requests
    // cannot both open a revision (and race to the same revision number).
    const { aiSystemId } = await loadAssessment(tx, ctx.actor, id);
    await loadAiSystem(tx, ctx.actor, aiSystemId, true);
    const source = await loadAssessment(tx, ctx.actor, id, true);
    assertMayWriteUnit(ctx.actor, source.businessUnitId);
    if (source.status !== "approved")
      throw new DomainError(
        "RULE_VIOLATION",
        `${source.key} is ${source.status.replace("_", " ")}: a new revision starts from the approved one`,
      );
    await assertNoOpenRevision(tx, source.aiSystemId, source.templateId);
    const template = impactAssessmentTemplate(source.templateId);
    const { next } = await latestRevision(tx, source.aiSystemId, source.templateId);
    const answers = { ...(source.answers as Answers) };
    if (template.id === "colorado-deployer" && source.dueReason?.startsWith("substantial modification"))
      answers.post_modification = true;
    const derived = derivedOf(template.id, answers);
    const [row] = await tx
      .insert(impactAssessments)
      .values({
        key: await nextKey(tx, "impactAssessment"),
        templateId: template.id,
        templateVersion: template.version,
        aiSystemId: source.aiSystemId,
        businessUnitId: source.businessUnitId,
        title: source.title,
        revision: next,
        previousId: source.id,
        status: "draft",
        answers,
        prefilledFrom: source.prefilledFrom,
        completeness: derived.completeness,
        score: derived.score,
        ownerId: source.ownerId,
      })
      .returning();
    const view = await assessmentView(tx, row!);
    await recordAudit(tx, ctx, {
      action: "impact_assessment.revision_started",
      entityType: "impact_assessment",
      entityId: view.id,
      after: { ...view, from: source.key },
    });
    return view;
  });
}
