import { and, eq, max } from "drizzle-orm";
import {
  documentApprovalSteps,
  DomainError,
  nextReviewOn,
  submitBlocker,
  utcDay,
  type Decision,
  type DocumentView,
  type Role,
} from "@openaims/core";
import { documentRevisions, documents, users } from "../../db/schema/index.js";
import { recordAudit, sha256 } from "../audit/record-audit.js";
import { assertUserActor } from "../auth/sessions.js";
import type { ServiceContext } from "../context.js";
import { assertVersion } from "../shared/versioning.js";
import { assertMayWriteUnit } from "../shared/business-unit-scope.js";
import { decideApproval, openApproval } from "../approvals/approvals-service.js";
import { changedSinceEffective, documentView } from "./document-record.js";
import { loadDocument } from "./documents-service.js";

/**
 * Submits the working copy for approval (ISO/IEC 42001 7.5.2, 5.2): it is frozen as the next numbered
 * revision and an approval opens with the owner and a manager (core decides the steps). Until the
 * decision the document cannot be edited; an approved revision already in force stays in force.
 */
export async function submitDocument(
  ctx: ServiceContext,
  id: string,
  version: number,
  changeNote: string,
): Promise<DocumentView> {
  const me = assertUserActor(ctx.actor);
  return ctx.db.transaction(async (tx) => {
    const row = await loadDocument(tx, ctx.actor, id, true);
    assertVersion(row, version, `document ${row.key}`);
    assertMayWriteUnit(ctx.actor, row.businessUnitId);
    const blocker = submitBlocker({ ...row, hasChangesSinceEffective: await changedSinceEffective(tx, row) });
    if (blocker) throw new DomainError("RULE_VIOLATION", blocker);
    const [owner] = row.ownerId
      ? await tx.select({ role: users.role }).from(users).where(eq(users.id, row.ownerId))
      : [];
    const steps = documentApprovalSteps({
      kind: row.kind as DocumentView["kind"],
      ownerId: row.ownerId,
      ownerRole: (owner?.role as Role | undefined) ?? null,
      submitterId: me.userId,
    });
    const [last] = await tx
      .select({ n: max(documentRevisions.number) })
      .from(documentRevisions)
      .where(eq(documentRevisions.documentId, id));
    const number = (last?.n ?? 0) + 1;
    const approval = await openApproval(
      tx,
      ctx,
      { type: "document", id, title: `Approve ${row.key} ${row.title} (revision ${number})` },
      me.userId,
      steps,
    );
    await tx.insert(documentRevisions).values({
      documentId: id,
      number,
      title: row.title,
      content: row.content,
      changeNote,
      status: "in_review",
      approvalId: approval.id,
      createdBy: me.userId,
    });
    const [updated] = await tx
      .update(documents)
      .set({
        status: "in_review",
        pendingRevision: number,
        approvalId: approval.id,
        version: row.version + 1,
        updatedAt: new Date(),
      })
      .where(eq(documents.id, id))
      .returning();
    await recordAudit(tx, ctx, {
      action: "document.submitted",
      entityType: "document",
      entityId: id,
      before: { status: row.status, version: row.version },
      after: {
        status: "in_review",
        version: updated!.version,
        revision: number,
        changeNote,
        contentSha256: sha256(row.content),
        approvalId: approval.id,
      },
    });
    return documentView(tx, updated!, ctx.actor);
  });
}

/**
 * The approver's decision on the pending revision. Approved (last step): it comes into force, the
 * earlier one is superseded and the next review is due after the cadence. Rejected: back to draft;
 * the reason stays in the approval and the audit trail.
 */
export async function decideDocument(
  ctx: ServiceContext,
  id: string,
  decision: Decision,
  comment: string,
): Promise<DocumentView> {
  return ctx.db.transaction(async (tx) => {
    const row = await loadDocument(tx, ctx.actor, id, true);
    if (row.status !== "in_review" || !row.approvalId || row.pendingRevision === null)
      throw new DomainError("RULE_VIOLATION", `${row.key} is not waiting for approval`);
    const approval = await decideApproval(tx, ctx, row.approvalId, decision, comment);
    const now = new Date();
    const approved = approval.status === "approved";
    const rejected = approval.status === "rejected";
    const revision = row.pendingRevision;
    const revisionWhere = (n: number) =>
      and(eq(documentRevisions.documentId, id), eq(documentRevisions.number, n));
    if (approved && row.effectiveRevision !== null)
      await tx
        .update(documentRevisions)
        .set({ status: "superseded" })
        .where(revisionWhere(row.effectiveRevision));
    if (approved || rejected)
      await tx
        .update(documentRevisions)
        .set({ status: approved ? "approved" : "rejected", decidedAt: now })
        .where(revisionWhere(revision));
    const [updated] = await tx
      .update(documents)
      .set({
        ...(approved
          ? {
              status: "approved",
              effectiveRevision: revision,
              pendingRevision: null,
              lastReviewedAt: now,
              nextReviewOn: nextReviewOn(utcDay(now), row.reviewEveryMonths),
              reviewReminderSentFor: null,
            }
          : rejected
            ? { status: "draft", pendingRevision: null }
            : {}),
        version: row.version + 1,
        updatedAt: now,
      })
      .where(eq(documents.id, id))
      .returning();
    await recordAudit(tx, ctx, {
      action: approved ? "document.approved" : rejected ? "document.rejected" : "document.step_approved",
      entityType: "document",
      entityId: id,
      before: { status: row.status, version: row.version, effectiveRevision: row.effectiveRevision },
      after: {
        status: updated!.status,
        version: updated!.version,
        revision,
        effectiveRevision: updated!.effectiveRevision,
        nextReviewOn: updated!.nextReviewOn,
        comment,
      },
    });
    return documentView(tx, updated!, ctx.actor);
  });
}
