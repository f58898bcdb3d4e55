import { and, asc, count, desc, eq, inArray, isNull, like, lt, ne } from "drizzle-orm";
import {
  DomainError,
  isAcknowledgementOverdue,
  utcDay,
  type MyAcknowledgement,
  type MyAcknowledgementView,
  type OverdueAcknowledgement,
  type Page,
} from "@openaims/core";
import type { DbOrTx } from "../../db/client.js";
import {
  documentAcknowledgements,
  documentPublications,
  documentRevisions,
  documents,
  notifications,
  users,
} from "../../db/schema/index.js";
import { recordAudit } from "../audit/record-audit.js";
import { assertUserActor } from "../auth/sessions.js";
import type { ServiceContext } from "../context.js";
import { unitVisibility } from "../shared/business-unit-scope.js";
import { likePattern } from "../shared/search.js";
import { ACK_REQUESTED, acknowledgementRequestTitle, mayReadAccounts } from "./document-publications.js";
import { loadRevision } from "./document-record.js";
import { ACK_OVERDUE_KIND } from "./document-reminders.js";

const mineColumns = {
  publicationId: documentPublications.id,
  documentId: documents.id,
  documentKey: documents.key,
  title: documentRevisions.title,
  kind: documents.kind,
  summary: documents.summary,
  revisionNumber: documentPublications.revisionNumber,
  dueOn: documentPublications.dueOn,
  note: documentPublications.note,
  publishedAt: documentPublications.publishedAt,
  status: documentAcknowledgements.status,
  acknowledgedAt: documentAcknowledgements.acknowledgedAt,
};

/** Acknowledgements joined to their publication, document and the published revision. */
function mineQuery(db: DbOrTx) {
  return db
    .select({ ...mineColumns, docStatus: documents.status })
    .from(documentAcknowledgements)
    .innerJoin(documentPublications, eq(documentPublications.id, documentAcknowledgements.publicationId))
    .innerJoin(documents, eq(documents.id, documentPublications.documentId))
    .innerJoin(
      documentRevisions,
      and(
        eq(documentRevisions.documentId, documentPublications.documentId),
        eq(documentRevisions.number, documentPublications.revisionNumber),
      ),
    );
}

/** How many acknowledgements match (the revision join never filters, so it is left out). */
function countQuery(db: DbOrTx) {
  return db
    .select({ n: count() })
    .from(documentAcknowledgements)
    .innerJoin(documentPublications, eq(documentPublications.id, documentAcknowledgements.publicationId))
    .innerJoin(documents, eq(documents.id, documentPublications.documentId));
}

type MineRow = {
  publicationId: string;
  documentId: string;
  documentKey: string;
  title: string;
  kind: string;
  summary: string;
  revisionNumber: number;
  dueOn: string | null;
  note: string;
  publishedAt: Date;
  status: string;
  acknowledgedAt: Date | null;
};

function toMine(r: MineRow, today: string): MyAcknowledgement {
  return {
    publicationId: r.publicationId,
    documentId: r.documentId,
    documentKey: r.documentKey,
    title: r.title,
    kind: r.kind as MyAcknowledgement["kind"],
    summary: r.summary,
    revisionNumber: r.revisionNumber,
    dueOn: r.dueOn,
    note: r.note,
    publishedAt: r.publishedAt.toISOString(),
    status: r.status as MyAcknowledgement["status"],
    acknowledgedAt: r.acknowledgedAt?.toISOString() ?? null,
    isOverdue: isAcknowledgementOverdue({ status: r.status, dueOn: r.dueOn }, today),
  };
}

/**
 * What the signed-in person was asked to read (ISO/IEC 42001 7.3): pending first, newest first.
 * Retired documents are no longer asked for.
 */
export async function myAcknowledgements(
  ctx: ServiceContext,
  q: { limit: number; offset: number; status?: "pending" | "acknowledged" },
): Promise<Page<MyAcknowledgement>> {
  const me = assertUserActor(ctx.actor);
  const where = and(
    eq(documentAcknowledgements.userId, me.userId),
    q.status ? eq(documentAcknowledgements.status, q.status) : undefined,
    ne(documents.status, "retired"),
  );
  const rows = await mineQuery(ctx.db)
    .where(where)
    .orderBy(
      desc(documentAcknowledgements.status),
      desc(documentPublications.publishedAt),
      asc(documentPublications.id),
    )
    .limit(q.limit)
    .offset(q.offset);
  const [total] = await countQuery(ctx.db).where(where);
  const today = utcDay();
  return { items: rows.map((r) => toMine(r, today)), total: total?.n ?? 0 };
}

/**
 * One publication addressed to the signed-in person, with the text of the published revision to
 * read before acknowledging (being in the audience is what lets them read it).
 */
export async function getMyAcknowledgement(
  db: DbOrTx,
  ctx: ServiceContext,
  publicationId: string,
): Promise<MyAcknowledgementView> {
  const me = assertUserActor(ctx.actor);
  const [row] = await mineQuery(db).where(
    and(
      eq(documentAcknowledgements.publicationId, publicationId),
      eq(documentAcknowledgements.userId, me.userId),
    ),
  );
  if (!row || row.docStatus === "retired")
    throw new DomainError("NOT_FOUND", `no acknowledgement is asked of you for publication ${publicationId}`);
  const revision = await loadRevision(db, row.documentId, row.revisionNumber);
  return { ...toMine(row, utcDay()), content: revision?.content ?? "" };
}

/**
 * The signed-in person acknowledges having read and understood the published revision; only their
 * own pending acknowledgement, never someone else's. Clears their reminder from the inbox.
 */
export async function acknowledgePublication(
  ctx: ServiceContext,
  publicationId: string,
): Promise<MyAcknowledgementView> {
  const me = assertUserActor(ctx.actor);
  return ctx.db.transaction(async (tx) => {
    const current = await getMyAcknowledgement(tx, ctx, publicationId);
    const [locked] = await tx
      .select()
      .from(documentAcknowledgements)
      .where(
        and(
          eq(documentAcknowledgements.publicationId, publicationId),
          eq(documentAcknowledgements.userId, me.userId),
        ),
      )
      .for("update");
    if (locked!.status === "acknowledged")
      throw new DomainError(
        "CONFLICT",
        `you already acknowledged ${current.documentKey} revision ${current.revisionNumber} on ${locked!.acknowledgedAt?.toISOString().slice(0, 10)}`,
      );
    const now = new Date();
    await tx
      .update(documentAcknowledgements)
      .set({ status: "acknowledged", acknowledgedAt: now })
      .where(
        and(
          eq(documentAcknowledgements.publicationId, publicationId),
          eq(documentAcknowledgements.userId, me.userId),
        ),
      );
    const title = acknowledgementRequestTitle(current.documentKey, current.title, current.revisionNumber);
    await tx
      .update(notifications)
      .set({ readAt: now })
      .where(
        and(
          eq(notifications.userId, me.userId),
          inArray(notifications.kind, [ACK_REQUESTED, ACK_OVERDUE_KIND]),
          isNull(notifications.readAt),
          like(notifications.title, likePattern(title).slice(1)),
        ),
      );
    await recordAudit(tx, ctx, {
      action: "document.acknowledged",
      entityType: "document",
      entityId: current.documentId,
      before: { status: "pending" },
      after: {
        status: "acknowledged",
        publicationId,
        revision: current.revisionNumber,
        userId: me.userId,
        email: me.email,
        acknowledgedAt: now.toISOString(),
        late: current.isOverdue,
      },
    });
    return { ...current, status: "acknowledged", acknowledgedAt: now.toISOString(), isOverdue: false };
  });
}

/** Pending acknowledgements past their due date across publications, oldest due first (for follow-up). */
export async function overdueAcknowledgements(
  ctx: ServiceContext,
  q: { limit: number; offset: number },
): Promise<Page<OverdueAcknowledgement>> {
  const where = and(
    eq(documentAcknowledgements.status, "pending"),
    lt(documentPublications.dueOn, utcDay()),
    ne(documents.status, "retired"),
    unitVisibility(documents.businessUnitId, ctx.actor),
  );
  const rows = await ctx.db
    .select({
      publicationId: documentPublications.id,
      documentId: documents.id,
      documentKey: documents.key,
      title: documentRevisions.title,
      revisionNumber: documentPublications.revisionNumber,
      dueOn: documentPublications.dueOn,
      publishedAt: documentPublications.publishedAt,
      userId: users.id,
      name: users.name,
      email: users.email,
    })
    .from(documentAcknowledgements)
    .innerJoin(documentPublications, eq(documentPublications.id, documentAcknowledgements.publicationId))
    .innerJoin(documents, eq(documents.id, documentPublications.documentId))
    .innerJoin(
      documentRevisions,
      and(
        eq(documentRevisions.documentId, documentPublications.documentId),
        eq(documentRevisions.number, documentPublications.revisionNumber),
      ),
    )
    .innerJoin(users, eq(users.id, documentAcknowledgements.userId))
    .where(where)
    .orderBy(asc(documentPublications.dueOn), asc(documents.key), asc(users.name), asc(users.id))
    .limit(q.limit)
    .offset(q.offset);
  const [total] = await countQuery(ctx.db).where(where);
  return {
    items: rows.map((r) => ({
      ...r,
      email: mayReadAccounts(ctx.actor) ? r.email : "",
      dueOn: r.dueOn!,
      publishedAt: r.publishedAt.toISOString(),
    })),
    total: total?.n ?? 0,
  };
}
