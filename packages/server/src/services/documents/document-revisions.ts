import { count, desc, eq } from "drizzle-orm";
import {
  diffText,
  DomainError,
  type DocumentDiffView,
  type DocumentRevisionSummary,
  type DocumentRevisionView,
  type Page,
} from "@openaims/core";
import { documentRevisions } from "../../db/schema/index.js";
import type { ServiceContext } from "../context.js";
import { loadRevision, type DocumentRow, type RevisionRow } from "./document-record.js";
import { loadDocument } from "./documents-service.js";

const toSummary = (r: RevisionRow): DocumentRevisionSummary => ({
  number: r.number,
  title: r.title,
  changeNote: r.changeNote,
  status: r.status as DocumentRevisionSummary["status"],
  approvalId: r.approvalId,
  createdAt: r.createdAt.toISOString(),
  createdBy: r.createdBy,
  decidedAt: r.decidedAt?.toISOString() ?? null,
});

/** The frozen revisions of a document, newest first (ISO/IEC 42001 7.5.3 version history). */
export async function listDocumentRevisions(
  ctx: ServiceContext,
  id: string,
  page: { limit: number; offset: number },
): Promise<Page<DocumentRevisionSummary>> {
  const doc = await loadDocument(ctx.db, ctx.actor, id);
  const rows = await ctx.db
    .select()
    .from(documentRevisions)
    .where(eq(documentRevisions.documentId, doc.id))
    .orderBy(desc(documentRevisions.number))
    .limit(page.limit)
    .offset(page.offset);
  const [total] = await ctx.db
    .select({ n: count() })
    .from(documentRevisions)
    .where(eq(documentRevisions.documentId, doc.id));
  return { items: rows.map(toSummary), total: total?.n ?? 0 };
}

async function revisionOf(doc: DocumentRow, number: number, ctx: ServiceContext): Promise<RevisionRow> {
  const row = await loadRevision(ctx.db, doc.id, number);
  if (!row) throw new DomainError("NOT_FOUND", `${doc.key} has no revision ${number}`);
  return row;
}

/** One revision with its text. */
export async function getDocumentRevision(
  ctx: ServiceContext,
  id: string,
  number: number,
): Promise<DocumentRevisionView> {
  const doc = await loadDocument(ctx.db, ctx.actor, id);
  const row = await revisionOf(doc, number, ctx);
  return { ...toSummary(row), content: row.content };
}

/**
 * Line differences between two revisions, or a revision and the working copy (`working`): what a
 * reviewer checks before approving a new revision.
 */
export async function documentDiff(
  ctx: ServiceContext,
  id: string,
  from: string,
  to: string,
): Promise<DocumentDiffView> {
  const doc = await loadDocument(ctx.db, ctx.actor, id);
  const side = async (ref: string) => {
    if (ref === "working") return { ref, label: "working copy", title: doc.title, content: doc.content };
    const r = await revisionOf(doc, Number(ref), ctx);
    return {
      ref,
      label: `revision ${r.number} (${r.status.replace("_", " ")})`,
      title: r.title,
      content: r.content,
    };
  };
  const [a, b] = [await side(from), await side(to)];
  const diff = diffText(a.content, b.content);
  return {
    from: { ref: a.ref, label: a.label, title: a.title },
    to: { ref: b.ref, label: b.label, title: b.title },
    ...diff,
  };
}
