import { asc, eq } from "drizzle-orm";
import {
  decide,
  startApproval,
  type ApprovalState,
  type ApprovalView,
  type Decision,
  type Role,
  type StepDefinition,
} from "@openaims/core";
import type { DbOrTx, Tx } from "../../db/client.js";
import { approvals, approvalSteps } from "../../db/schema/index.js";
import { recordAudit } from "../audit/record-audit.js";
import type { ServiceContext } from "../context.js";

type ApprovalRow = typeof approvals.$inferSelect;
type StepRow = typeof approvalSteps.$inferSelect;

const stateOf = (a: ApprovalRow, steps: StepRow[]): ApprovalState => ({
  status: a.status as ApprovalState["status"],
  currentStep: a.currentStep,
  requesterId: a.requesterId,
  steps: steps.map((s) => ({
    position: s.position,
    name: s.name,
    approverRole: s.approverRole as Role | null,
    approverUserId: s.approverUserId,
    status: s.status as ApprovalState["steps"][number]["status"],
    decidedBy: s.decidedBy,
    decidedAt: s.decidedAt?.toISOString() ?? null,
    comment: s.comment,
  })),
});

export function toApprovalView(a: ApprovalRow, steps: StepRow[]): ApprovalView {
  const s = stateOf(a, steps);
  return {
    id: a.id,
    subjectType: a.subjectType,
    subjectId: a.subjectId,
    title: a.title,
    requesterId: a.requesterId,
    status: s.status,
    currentStep: s.currentStep,
    steps: s.steps,
    createdAt: a.createdAt.toISOString(),
    completedAt: a.completedAt?.toISOString() ?? null,
  };
}

/** Opens an approval for a subject (any feature: intake requests now, documents and assessments later). */
export async function openApproval(
  tx: Tx,
  ctx: ServiceContext,
  subject: { type: string; id: string; title: string },
  requesterId: string,
  steps: StepDefinition[],
): Promise<ApprovalView> {
  const state = startApproval(requesterId, steps);
  const [a] = await tx
    .insert(approvals)
    .values({
      subjectType: subject.type,
      subjectId: subject.id,
      title: subject.title,
      requesterId,
      status: state.status,
      currentStep: state.currentStep,
    })
    .returning();
  const rows = await tx
    .insert(approvalSteps)
    .values(
      state.steps.map((s) => ({
        approvalId: a!.id,
        position: s.position,
        name: s.name,
        approverRole: s.approverRole,
        approverUserId: s.approverUserId,
        status: s.status,
      })),
    )
    .returning();
  const view = toApprovalView(a!, rows);
  await recordAudit(tx, ctx, {
    action: "approval.opened",
    entityType: subject.type,
    entityId: subject.id,
    after: view,
  });
  return view;
}

export async function getApproval(db: DbOrTx, id: string): Promise<ApprovalView | null> {
  const [a] = await db.select().from(approvals).where(eq(approvals.id, id));
  if (!a) return null;
  const steps = await db
    .select()
    .from(approvalSteps)
    .where(eq(approvalSteps.approvalId, id))
    .orderBy(asc(approvalSteps.position));
  return toApprovalView(a, steps);
}

/** Records a decision on the current step (core decides who may); locks the approval row first. */
export async function decideApproval(
  tx: Tx,
  ctx: ServiceContext,
  approvalId: string,
  decision: Decision,
  comment: string,
): Promise<ApprovalView> {
  if (ctx.actor.kind !== "user") throw new Error("decisions need a signed-in user");
  const [a] = await tx.select().from(approvals).where(eq(approvals.id, approvalId)).for("update");
  if (!a) throw new Error(`approval ${approvalId} is missing`);
  const steps = await tx
    .select()
    .from(approvalSteps)
    .where(eq(approvalSteps.approvalId, approvalId))
    .orderBy(asc(approvalSteps.position));
  const before = stateOf(a, steps);
  const at = new Date();
  const after = decide(
    before,
    { userId: ctx.actor.userId, role: ctx.actor.role },
    decision,
    comment,
    at.toISOString(),
  );
  const done = after.status !== "pending";
  await tx
    .update(approvals)
    .set({ status: after.status, currentStep: after.currentStep, completedAt: done ? at : null })
    .where(eq(approvals.id, approvalId));
  for (const s of after.steps) {
    const old = before.steps.find((b) => b.position === s.position)!;
    if (old.status === s.status) continue;
    const row = steps.find((r) => r.position === s.position)!;
    await tx
      .update(approvalSteps)
      .set({
        status: s.status,
        decidedBy: s.decidedBy,
        decidedAt: s.decidedAt ? new Date(s.decidedAt) : null,
        comment: s.comment,
      })
      .where(eq(approvalSteps.id, row.id));
  }
  const view = (await getApproval(tx, approvalId))!;
  await recordAudit(tx, ctx, {
    action: `approval.${decision === "approve" ? "approved_step" : "rejected"}`,
    entityType: a.subjectType,
    entityId: a.subjectId,
    before: toApprovalView(a, steps),
    after: view,
  });
  return view;
}
