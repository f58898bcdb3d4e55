import { and, count, desc, eq, type SQL } from "drizzle-orm";
import {
  cancel,
  CreateAiSystem,
  DEFAULT_INTAKE_STEPS,
  DomainError,
  intakeStatusOf,
  type ApprovalState,
  type IntakeRequestView,
  type IntakeStatus,
  type Page,
} from "@openaims/core";
import type { DbOrTx, Tx } from "../../db/client.js";
import { approvals, approvalSteps, intakeRequests } from "../../db/schema/index.js";
import { recordAudit } from "../audit/record-audit.js";
import type { ServiceContext } from "../context.js";
import { nextKey } from "../shared/keys.js";
import { classify } from "../ai-systems/ai-system-record.js";
import { insertAiSystem } from "../ai-systems/ai-systems-service.js";
import { decideApproval, getApproval, openApproval } from "../approvals/approvals-service.js";
import { assertUserActor } from "../auth/sessions.js";

type Row = typeof intakeRequests.$inferSelect;

async function toView(db: DbOrTx, r: Row, withApproval = true): Promise<IntakeRequestView> {
  return {
    id: r.id,
    key: r.key,
    requesterId: r.requesterId,
    name: r.name,
    status: r.status as IntakeStatus,
    fields: r.fields as Record<string, unknown>,
    classification: r.classification as Record<string, unknown>,
    euRiskClass: r.euRiskClass,
    approval: withApproval && r.approvalId ? await getApproval(db, r.approvalId) : null,
    aiSystemId: r.aiSystemId,
    decisionReason: r.decisionReason,
    createdAt: r.createdAt.toISOString(),
    updatedAt: r.updatedAt.toISOString(),
    version: r.version,
  };
}

/** Any signed-in user proposes a new AI use case; it is classified at once and enters triage. */
export async function submitIntake(ctx: ServiceContext, raw: unknown): Promise<IntakeRequestView> {
  const requester = assertUserActor(ctx.actor);
  const fields = CreateAiSystem.parse(raw);
  const classification = classify(fields);
  return ctx.db.transaction(async (tx) => {
    const key = await nextKey(tx, "intakeRequest");
    const [row] = await tx
      .insert(intakeRequests)
      .values({
        key,
        requesterId: requester.userId,
        name: fields.name,
        status: "submitted",
        fields,
        classification,
        euRiskClass: classification.euRiskClass,
      })
      .returning();
    await recordAudit(tx, ctx, {
      action: "intake.submitted",
      entityType: "intake_request",
      entityId: row!.id,
      after: { key, name: fields.name, euRiskClass: classification.euRiskClass },
    });
    const approval = await openApproval(
      tx,
      ctx,
      { type: "intake_request", id: row!.id, title: `${key} ${fields.name}` },
      requester.userId,
      DEFAULT_INTAKE_STEPS,
    );
    const [updated] = await tx
      .update(intakeRequests)
      .set({ approvalId: approval.id, status: "triage" })
      .where(eq(intakeRequests.id, row!.id))
      .returning();
    return toView(tx, updated!);
  });
}

export async function listIntakes(
  ctx: ServiceContext,
  q: {
    limit: number;
    offset: number;
    order: "asc" | "desc";
    status?: IntakeStatus | undefined;
    mine?: boolean | undefined;
  },
): Promise<Page<IntakeRequestView>> {
  const filters: SQL[] = [];
  if (q.status) filters.push(eq(intakeRequests.status, q.status));
  if (q.mine && ctx.actor.kind === "user") filters.push(eq(intakeRequests.requesterId, ctx.actor.userId));
  const where = filters.length ? and(...filters) : undefined;
  const rows = await ctx.db
    .select()
    .from(intakeRequests)
    .where(where)
    .orderBy(q.order === "asc" ? intakeRequests.createdAt : desc(intakeRequests.createdAt))
    .limit(q.limit)
    .offset(q.offset);
  const [total] = await ctx.db.select({ n: count() }).from(intakeRequests).where(where);
  // Lists carry no approval detail (one query per page, not per row); the request page loads it.
  const items = await Promise.all(rows.map((r) => toView(ctx.db, r, false)));
  return { items, total: total?.n ?? 0 };
}

async function load(tx: DbOrTx, id: string, lock = false): Promise<Row> {
  const query = tx.select().from(intakeRequests).where(eq(intakeRequests.id, id));
  const [row] = lock ? await query.for("update") : await query;
  if (!row) throw new DomainError("NOT_FOUND", `intake request ${id} not found`);
  return row;
}

export async function getIntake(ctx: ServiceContext, id: string): Promise<IntakeRequestView> {
  return toView(ctx.db, await load(ctx.db, id));
}

/**
 * A manager decides the current step. The final approval registers the system in the inventory in
 * the same transaction, so an approved request always has its system.
 */
export async function decideIntake(
  ctx: ServiceContext,
  id: string,
  decision: "approve" | "reject",
  comment: string,
): Promise<IntakeRequestView> {
  return ctx.db.transaction(async (tx) => {
    const row = await load(tx, id, true);
    if (!row.approvalId) throw new DomainError("RULE_VIOLATION", "this request has no approval");
    const approval = await decideApproval(tx, ctx, row.approvalId, decision, comment);
    let status: IntakeStatus = intakeStatusOf(approval as unknown as ApprovalState);
    let aiSystemId: string | null = null;
    if (status === "approved") {
      const system = await insertAiSystem(tx, ctx, CreateAiSystem.parse(row.fields), row.id);
      aiSystemId = system.id;
      await recordAudit(tx, ctx, {
        action: "intake.approved",
        entityType: "intake_request",
        entityId: id,
        after: { status, comment },
      });
      status = "registered";
    }
    const [updated] = await tx
      .update(intakeRequests)
      .set({
        status,
        aiSystemId,
        decisionReason:
          decision === "reject" || status === "registered" ? comment || null : row.decisionReason,
        version: row.version + 1,
        updatedAt: new Date(),
      })
      .where(eq(intakeRequests.id, id))
      .returning();
    await recordAudit(tx, ctx, {
      action: `intake.${status}`,
      entityType: "intake_request",
      entityId: id,
      before: { status: row.status },
      after: { status, comment, aiSystemId },
    });
    return toView(tx, updated!);
  });
}

/** The requester withdraws a request still in progress. */
export async function withdrawIntake(ctx: ServiceContext, id: string): Promise<IntakeRequestView> {
  const me = assertUserActor(ctx.actor);
  return ctx.db.transaction(async (tx: Tx) => {
    const row = await load(tx, id, true);
    const approval = row.approvalId ? await getApproval(tx, row.approvalId) : null;
    if (!approval) throw new DomainError("RULE_VIOLATION", "this request has no approval");
    const after = cancel(approval as unknown as ApprovalState, me.userId);
    await tx
      .update(approvals)
      .set({ status: after.status, completedAt: new Date() })
      .where(eq(approvals.id, approval.id));
    await tx
      .update(approvalSteps)
      .set({ status: "skipped" })
      .where(and(eq(approvalSteps.approvalId, approval.id), eq(approvalSteps.status, "pending")));
    await tx
      .update(approvalSteps)
      .set({ status: "skipped" })
      .where(and(eq(approvalSteps.approvalId, approval.id), eq(approvalSteps.status, "waiting")));
    const [updated] = await tx
      .update(intakeRequests)
      .set({ status: "withdrawn", version: row.version + 1, updatedAt: new Date() })
      .where(eq(intakeRequests.id, id))
      .returning();
    await recordAudit(tx, ctx, {
      action: "intake.withdrawn",
      entityType: "intake_request",
      entityId: id,
      before: { status: row.status },
      after: { status: "withdrawn" },
    });
    return toView(tx, updated!);
  });
}
