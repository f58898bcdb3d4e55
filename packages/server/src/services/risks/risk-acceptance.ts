import { eq } from "drizzle-orm";
import { DomainError, type ApprovalView, type RiskView } from "@openaims/core";
import { risks } from "../../db/schema/index.js";
import { recordAudit } from "../audit/record-audit.js";
import type { ServiceContext } from "../context.js";
import { assertUserActor } from "../auth/sessions.js";
import { assertVersion } from "../shared/versioning.js";
import { assertMayWriteUnit } from "../shared/business-unit-scope.js";
import { decideApproval, getApproval, openApproval } from "../approvals/approvals-service.js";
import { loadRisk, riskView } from "./risks-service.js";

/**
 * Asks the risk owner to accept a risk above appetite until a date (ISO/IEC 42001 6.1.3 f: risk
 * owners approve residual risk). The owner decides through the approval engine.
 */
export async function requestAcceptance(
  ctx: ServiceContext,
  id: string,
  input: { version: number; acceptedUntil: string; justification: string },
): Promise<RiskView> {
  const me = assertUserActor(ctx.actor);
  if (input.acceptedUntil <= new Date().toISOString().slice(0, 10)) {
    throw new DomainError("VALIDATION_FAILED", "the acceptance must run until a future date", {
      issues: [{ path: "acceptedUntil", message: "must be in the future" }],
    });
  }
  return ctx.db.transaction(async (tx) => {
    const row = await loadRisk(tx, ctx.actor, id, true);
    assertVersion(row, input.version, `risk ${id}`);
    assertMayWriteUnit(ctx.actor, row.businessUnitId);
    if (!row.ownerId)
      throw new DomainError("RULE_VIOLATION", "name the risk owner first: the owner approves its acceptance");
    if (row.ownerId === me.userId)
      throw new DomainError(
        "RULE_VIOLATION",
        "you own this risk: someone else requests its acceptance and you approve it",
      );
    if (row.status === "acceptance_pending")
      throw new DomainError("CONFLICT", "an acceptance request is already waiting for the owner");
    const before = await riskView(tx, row);
    const approval = await openApproval(
      tx,
      ctx,
      { type: "risk", id, title: `Accept ${row.key} ${row.title} until ${input.acceptedUntil}` },
      me.userId,
      [{ name: "Risk owner accepts the residual risk", approverRole: null, approverUserId: row.ownerId }],
    );
    const [updated] = await tx
      .update(risks)
      .set({
        treatment: "accept",
        status: "acceptance_pending",
        acceptanceApprovalId: approval.id,
        acceptedUntil: input.acceptedUntil,
        version: row.version + 1,
        updatedAt: new Date(),
      })
      .where(eq(risks.id, id))
      .returning();
    const after = await riskView(tx, updated!);
    await recordAudit(tx, ctx, {
      action: "risk.acceptance_requested",
      entityType: "risk",
      entityId: id,
      before,
      after: { ...after, justification: input.justification },
    });
    return after;
  });
}

/** The owner's decision: approved → accepted until the date; rejected → back to open, to be treated. */
export async function decideAcceptance(
  ctx: ServiceContext,
  id: string,
  decision: "approve" | "reject",
  comment: string,
): Promise<RiskView> {
  return ctx.db.transaction(async (tx) => {
    const row = await loadRisk(tx, ctx.actor, id, true);
    if (row.status !== "acceptance_pending" || !row.acceptanceApprovalId)
      throw new DomainError("RULE_VIOLATION", "no acceptance request is waiting for this risk");
    const before = await riskView(tx, row);
    const approval = await decideApproval(tx, ctx, row.acceptanceApprovalId, decision, comment);
    const accepted = approval.status === "approved";
    const [updated] = await tx
      .update(risks)
      .set(
        accepted
          ? { status: "accepted", version: row.version + 1, updatedAt: new Date() }
          : {
              status: "open",
              treatment: "undecided",
              acceptedUntil: null,
              version: row.version + 1,
              updatedAt: new Date(),
            },
      )
      .where(eq(risks.id, id))
      .returning();
    const after = await riskView(tx, updated!);
    await recordAudit(tx, ctx, {
      action: accepted ? "risk.accepted" : "risk.acceptance_rejected",
      entityType: "risk",
      entityId: id,
      before,
      after: { ...after, comment },
    });
    return after;
  });
}

/** The latest acceptance approval of a risk (pending or decided), with every step, or null. */
export async function acceptanceApproval(ctx: ServiceContext, id: string): Promise<ApprovalView | null> {
  const row = await loadRisk(ctx.db, ctx.actor, id);
  return row.acceptanceApprovalId ? getApproval(ctx.db, row.acceptanceApprovalId) : null;
}
