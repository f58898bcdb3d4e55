import { and, eq } from "drizzle-orm";
import {
  reviewStateOf,
  utcDay,
  type ApprovalView,
  type DocumentSummary,
  type DocumentView,
} from "@openaims/core";
import type { DbOrTx } from "../../db/client.js";
import { documentRevisions, type documents } from "../../db/schema/index.js";
import type { Actor } from "../context.js";
import { getApproval } from "../approvals/approvals-service.js";
import { documentLinksOf, type DocumentLinks } from "./document-links.js";

export type DocumentRow = typeof documents.$inferSelect;
export type RevisionRow = typeof documentRevisions.$inferSelect;

const iso = (d: Date | null) => d?.toISOString() ?? null;

export function toDocumentSummary(r: DocumentRow, today = utcDay()): DocumentSummary {
  return {
    id: r.id,
    key: r.key,
    title: r.title,
    kind: r.kind as DocumentSummary["kind"],
    status: r.status as DocumentSummary["status"],
    summary: r.summary,
    ownerId: r.ownerId,
    businessUnitId: r.businessUnitId,
    templateCode: r.templateCode,
    reviewEveryMonths: r.reviewEveryMonths,
    nextReviewOn: r.nextReviewOn,
    reviewState: reviewStateOf(r, today),
    effectiveRevision: r.effectiveRevision,
    pendingRevision: r.pendingRevision,
    updatedAt: r.updatedAt.toISOString(),
    version: r.version,
  };
}

export function toDocumentView(
  r: DocumentRow,
  extra: { approval: ApprovalView | null; links: DocumentLinks; hasChangesSinceEffective: boolean },
): DocumentView {
  return {
    ...toDocumentSummary(r),
    content: r.content,
    lastReviewedAt: iso(r.lastReviewedAt),
    hasChangesSinceEffective: extra.hasChangesSinceEffective,
    approval: extra.approval,
    requirements: extra.links.requirements,
    controls: extra.links.controls,
    retiredAt: iso(r.retiredAt),
    createdAt: r.createdAt.toISOString(),
  };
}

/** One frozen revision of a document. */
export async function loadRevision(db: DbOrTx, documentId: string, number: number) {
  const [row] = await db
    .select()
    .from(documentRevisions)
    .where(and(eq(documentRevisions.documentId, documentId), eq(documentRevisions.number, number)));
  return row ?? null;
}

/** Whether the working copy differs from the approved revision in force (a new draft is under way). */
export async function changedSinceEffective(db: DbOrTx, r: DocumentRow): Promise<boolean> {
  if (r.effectiveRevision === null) return true;
  const effective = await loadRevision(db, r.id, r.effectiveRevision);
  return !effective || effective.title !== r.title || effective.content !== r.content;
}

/**
 * The full view of a document: its approval, its links and whether it changed since the revision in
 * force. With an actor, as they may see it (controls of other business units left out).
 */
export async function documentView(db: DbOrTx, r: DocumentRow, actor?: Actor): Promise<DocumentView> {
  return toDocumentView(r, {
    approval: r.approvalId ? await getApproval(db, r.approvalId) : null,
    links: await documentLinksOf(db, r.id, actor),
    hasChangesSinceEffective: await changedSinceEffective(db, r),
  });
}
