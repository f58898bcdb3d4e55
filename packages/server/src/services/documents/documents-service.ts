import { and, asc, count, desc, eq, ilike, isNotNull, lt, lte, ne, or, type SQL } from "drizzle-orm";
import {
  addDays,
  CreateDocument,
  diffText,
  DomainError,
  editBlocker,
  nextReviewOn,
  REVIEW_NOTICE_DAYS,
  utcDay,
  type DocumentListQuery,
  type DocumentSummary,
  type DocumentView,
  type Page,
  type UpdateDocument,
} from "@openaims/core";
import type { DbOrTx, Tx } from "../../db/client.js";
import { documents } from "../../db/schema/index.js";
import { recordAudit, sha256 } from "../audit/record-audit.js";
import type { Actor, ServiceContext } from "../context.js";
import { nextKey } from "../shared/keys.js";
import { likePattern } from "../shared/search.js";
import { assertVersion } from "../shared/versioning.js";
import { assertMayWriteUnit, unitVisibility } from "../shared/business-unit-scope.js";
import { assertBusinessUnit, assertUser } from "../shared/references.js";
import {
  assertDocumentLinks,
  controlIdsOf,
  documentLinksOf,
  replaceDocumentLinks,
} from "./document-links.js";
import { documentView, toDocumentSummary, type DocumentRow } from "./document-record.js";

function filtersOf(actor: Actor, q: DocumentListQuery, today: string): SQL | undefined {
  const f: (SQL | undefined)[] = [unitVisibility(documents.businessUnitId, actor)];
  if (q.q) f.push(or(ilike(documents.title, likePattern(q.q)), ilike(documents.key, likePattern(q.q))));
  if (q.kind) f.push(eq(documents.kind, q.kind));
  if (q.status) f.push(eq(documents.status, q.status));
  if (q.ownerId) f.push(eq(documents.ownerId, q.ownerId));
  if (q.businessUnitId) f.push(eq(documents.businessUnitId, q.businessUnitId));
  // Review due: within the notice period or already past (A.2.4); retired documents are never due.
  if (q.review)
    f.push(
      ne(documents.status, "retired"),
      isNotNull(documents.nextReviewOn),
      q.review === "overdue"
        ? lt(documents.nextReviewOn, today)
        : lte(documents.nextReviewOn, addDays(today, REVIEW_NOTICE_DAYS)),
    );
  return and(...f);
}

const sortColumns = {
  key: documents.createdAt,
  title: documents.title,
  updatedAt: documents.updatedAt,
  nextReviewOn: documents.nextReviewOn,
};

/** A page of the organization's documents (ISO/IEC 42001 7.5), filtered on indexed columns. */
export async function listDocuments(
  ctx: ServiceContext,
  q: DocumentListQuery,
): Promise<Page<DocumentSummary>> {
  const today = utcDay();
  const where = filtersOf(ctx.actor, q, today);
  const direction = q.order === "desc" ? desc : asc;
  const rows = await ctx.db
    .select()
    .from(documents)
    .where(where)
    .orderBy(direction(sortColumns[q.sort]), asc(documents.id))
    .limit(q.limit)
    .offset(q.offset);
  const [total] = await ctx.db.select({ n: count() }).from(documents).where(where);
  return { items: rows.map((r) => toDocumentSummary(r, today)), total: total?.n ?? 0 };
}

/** A document the actor may see (business-unit scoping), locked for update when asked. */
export async function loadDocument(db: DbOrTx, actor: Actor, id: string, lock = false): Promise<DocumentRow> {
  const query = db
    .select()
    .from(documents)
    .where(and(eq(documents.id, id), unitVisibility(documents.businessUnitId, actor)));
  const [row] = lock ? await query.for("update") : await query;
  if (!row) throw new DomainError("NOT_FOUND", `document ${id} not found`);
  return row;
}

/** A document by its readable key (`DOC-3`), for the command line. */
export async function loadDocumentByKey(db: DbOrTx, actor: Actor, key: string): Promise<DocumentRow> {
  const [row] = await db
    .select()
    .from(documents)
    .where(and(eq(documents.key, key.toUpperCase()), unitVisibility(documents.businessUnitId, actor)));
  if (!row) throw new DomainError("NOT_FOUND", `document ${key} not found`);
  return row;
}

export async function getDocument(ctx: ServiceContext, id: string): Promise<DocumentView> {
  return documentView(ctx.db, await loadDocument(ctx.db, ctx.actor, id), ctx.actor);
}

/** Inserts a new draft with its links and audit entry (creating and adopting a starter document). */
export async function insertDocument(
  tx: Tx,
  ctx: ServiceContext,
  raw: CreateDocument,
  templateCode: string | null = null,
): Promise<DocumentView> {
  const parsed = CreateDocument.parse(raw);
  const input = { ...parsed, controlIds: controlIdsOf(parsed.controlIds)! };
  assertMayWriteUnit(ctx.actor, input.businessUnitId);
  const ownerId =
    input.ownerId === undefined ? (ctx.actor.kind === "user" ? ctx.actor.userId : null) : input.ownerId;
  await assertUser(tx, ownerId, "ownerId");
  await assertBusinessUnit(tx, input.businessUnitId, "businessUnitId");
  await assertDocumentLinks(tx, ctx.actor, input);
  const [row] = await tx
    .insert(documents)
    .values({
      key: await nextKey(tx, "document"),
      title: input.title,
      kind: input.kind,
      status: "draft",
      content: input.content,
      summary: input.summary,
      ownerId,
      businessUnitId: input.businessUnitId,
      templateCode,
      reviewEveryMonths: input.reviewEveryMonths,
    })
    .returning();
  await replaceDocumentLinks(tx, ctx.actor, row!.id, "requirement", input.requirementKeys);
  await replaceDocumentLinks(tx, ctx.actor, row!.id, "control", input.controlIds);
  const view = await documentView(tx, row!, ctx.actor);
  const { content, ...rest } = view;
  await recordAudit(tx, ctx, {
    action: "document.created",
    entityType: "document",
    entityId: view.id,
    after: { ...rest, contentSha256: sha256(content), contentLength: content.length },
  });
  return view;
}

/** Creates a draft document owned by the creator unless another owner is named. */
export async function createDocument(ctx: ServiceContext, input: CreateDocument): Promise<DocumentView> {
  return ctx.db.transaction((tx) => insertDocument(tx, ctx, input));
}

/** Refuses changes to a document in review or retired (ISO/IEC 42001 7.5.3 control of changes). */
export function assertEditable(row: DocumentRow): void {
  const blocker = editBlocker(row);
  if (blocker) throw new DomainError("RULE_VIOLATION", blocker);
}

/**
 * Changes the working copy. A changed title or text of an approved document starts a new draft
 * while the approved revision stays in force; owner, unit, cadence and links change in place.
 */
export async function updateDocument(
  ctx: ServiceContext,
  id: string,
  patch: UpdateDocument,
): Promise<DocumentView> {
  return ctx.db.transaction(async (tx) => {
    const row = await loadDocument(tx, ctx.actor, id, true);
    assertVersion(row, patch.version, `document ${row.key}`);
    assertMayWriteUnit(ctx.actor, row.businessUnitId);
    assertEditable(row);
    const { version, requirementKeys, controlIds: givenControlIds, ...fields } = patch;
    const controlIds = controlIdsOf(givenControlIds);
    if (fields.businessUnitId !== undefined) {
      assertMayWriteUnit(ctx.actor, fields.businessUnitId);
      await assertBusinessUnit(tx, fields.businessUnitId, "businessUnitId");
    }
    if (fields.ownerId !== undefined) await assertUser(tx, fields.ownerId, "ownerId");
    await assertDocumentLinks(tx, ctx.actor, { requirementKeys, controlIds });
    const textChanged =
      (fields.title !== undefined && fields.title !== row.title) ||
      (fields.content !== undefined && fields.content !== row.content);
    const cadenceChanged =
      fields.reviewEveryMonths !== undefined && fields.reviewEveryMonths !== row.reviewEveryMonths;
    const reviewedOn = row.lastReviewedAt ? utcDay(row.lastReviewedAt) : null;
    const [updated] = await tx
      .update(documents)
      .set({
        ...fields,
        ...(textChanged && row.status === "approved" ? { status: "draft" } : {}),
        // A new cadence counts from the last review (or approval); none yet: set at approval.
        ...(cadenceChanged
          ? { nextReviewOn: reviewedOn ? nextReviewOn(reviewedOn, fields.reviewEveryMonths ?? null) : null }
          : {}),
        version: version + 1,
        updatedAt: new Date(),
      })
      .where(eq(documents.id, id))
      .returning();
    const linksBefore =
      requirementKeys !== undefined || controlIds !== undefined ? await documentLinksOf(tx, id) : null;
    if (requirementKeys !== undefined)
      await replaceDocumentLinks(tx, ctx.actor, id, "requirement", requirementKeys);
    if (controlIds !== undefined) await replaceDocumentLinks(tx, ctx.actor, id, "control", controlIds);
    const linksAfter = controlIds !== undefined ? await documentLinksOf(tx, id) : null;
    const after = await documentView(tx, updated!, ctx.actor);
    // The audit entry holds what changed; for the text, the line counts and a fingerprint.
    const changed = Object.keys(fields).filter((k) => k !== "content") as (keyof DocumentRow)[];
    const pick = (r: DocumentRow) => Object.fromEntries(changed.map((k) => [k, r[k]]));
    const contentChange =
      fields.content !== undefined && fields.content !== row.content
        ? (() => {
            const d = diffText(row.content, fields.content);
            return { linesAdded: d.added, linesRemoved: d.removed, sha256: sha256(fields.content) };
          })()
        : undefined;
    await recordAudit(tx, ctx, {
      action: "document.updated",
      entityType: "document",
      entityId: id,
      before: {
        version: row.version,
        status: row.status,
        ...pick(row),
        ...(requirementKeys !== undefined
          ? { requirementKeys: linksBefore!.requirements.map((r) => r.key) }
          : {}),
        ...(controlIds !== undefined ? { controlIds: linksBefore!.controls.map((c) => c.id) } : {}),
      },
      after: {
        version: after.version,
        status: after.status,
        ...pick(updated!),
        ...(requirementKeys !== undefined ? { requirementKeys } : {}),
        ...(linksAfter ? { controlIds: linksAfter.controls.map((c) => c.id) } : {}),
        ...(contentChange ? { content: contentChange } : {}),
      },
    });
    return after;
  });
}

/**
 * "Reviewed, no change needed" (ISO/IEC 42001 A.2.4): records the review and moves the next review
 * date on by the cadence, without a new revision.
 */
export async function markDocumentReviewed(
  ctx: ServiceContext,
  id: string,
  version: number,
  note: string,
): Promise<DocumentView> {
  return ctx.db.transaction(async (tx) => {
    const row = await loadDocument(tx, ctx.actor, id, true);
    assertVersion(row, version, `document ${row.key}`);
    assertMayWriteUnit(ctx.actor, row.businessUnitId);
    if (row.status === "retired") throw new DomainError("RULE_VIOLATION", `${row.key} is retired`);
    if (row.effectiveRevision === null)
      throw new DomainError(
        "RULE_VIOLATION",
        `${row.key} has no approved revision to review yet: submit it for approval`,
      );
    const now = new Date();
    const [updated] = await tx
      .update(documents)
      .set({
        lastReviewedAt: now,
        nextReviewOn: nextReviewOn(utcDay(now), row.reviewEveryMonths),
        reviewReminderSentFor: null,
        version: row.version + 1,
        updatedAt: now,
      })
      .where(eq(documents.id, id))
      .returning();
    await recordAudit(tx, ctx, {
      action: "document.reviewed",
      entityType: "document",
      entityId: id,
      before: { version: row.version, nextReviewOn: row.nextReviewOn, lastReviewedAt: row.lastReviewedAt },
      after: {
        version: updated!.version,
        revision: row.effectiveRevision,
        nextReviewOn: updated!.nextReviewOn,
        lastReviewedAt: now.toISOString(),
        note,
      },
    });
    return documentView(tx, updated!, ctx.actor);
  });
}

/**
 * Retires a document (withdrawn from use: no edits, no publication, no reminders), or reinstates it:
 * approved again when its working copy is the revision in force, else a draft.
 */
export async function setDocumentRetired(
  ctx: ServiceContext,
  id: string,
  version: number,
  retire: boolean,
): Promise<DocumentView> {
  return ctx.db.transaction(async (tx) => {
    const row = await loadDocument(tx, ctx.actor, id, true);
    assertVersion(row, version, `document ${row.key}`);
    assertMayWriteUnit(ctx.actor, row.businessUnitId);
    if (retire && row.status === "retired")
      throw new DomainError("CONFLICT", `${row.key} is already retired`);
    if (!retire && row.status !== "retired") throw new DomainError("CONFLICT", `${row.key} is not retired`);
    if (retire && row.status === "in_review")
      throw new DomainError("RULE_VIOLATION", `${row.key} waits for approval: retire it after the decision`);
    const current = await documentView(tx, row);
    const status = retire
      ? "retired"
      : row.effectiveRevision !== null && !current.hasChangesSinceEffective
        ? "approved"
        : "draft";
    const now = new Date();
    const [updated] = await tx
      .update(documents)
      .set({ status, retiredAt: retire ? now : null, version: row.version + 1, updatedAt: now })
      .where(eq(documents.id, id))
      .returning();
    await recordAudit(tx, ctx, {
      action: retire ? "document.retired" : "document.reinstated",
      entityType: "document",
      entityId: id,
      before: { status: row.status, version: row.version },
      after: { status, version: updated!.version },
    });
    return documentView(tx, updated!, ctx.actor);
  });
}
