import { and, asc, count, desc, eq, inArray, or, sql, type SQL } from "drizzle-orm";
import {
  acknowledgementPercent,
  DomainError,
  roleHas,
  SCOPABLE_ROLES,
  isAcknowledgementOverdue,
  publishBlocker,
  PublishDocument,
  utcDay,
  type Page,
  type PublicationDetail,
  type PublicationView,
} from "@openaims/core";
import type { DbOrTx, Tx } from "../../db/client.js";
import {
  documentAcknowledgements,
  documentPublications,
  documents,
  notifications,
  userBusinessUnits,
  users,
} from "../../db/schema/index.js";
import { recordAudit } from "../audit/record-audit.js";
import type { Actor, ServiceContext } from "../context.js";
import { assertMayWriteUnit, unitVisibility } from "../shared/business-unit-scope.js";
import { assertBusinessUnits } from "../shared/references.js";
import { loadRevision } from "./document-record.js";
import { loadDocument } from "./documents-service.js";

export const ACK_REQUESTED = "document.acknowledgement_requested";
export const ACKNOWLEDGEMENTS_LINK = "/governance/acknowledgements";
const BATCH = 500;

/** The title of the notification asking someone to acknowledge a revision (also used to clear it). */
export const acknowledgementRequestTitle = (key: string, title: string, revision: number) =>
  `Read and acknowledge ${key} ${title} (revision ${revision})`;

type PublicationRow = typeof documentPublications.$inferSelect;
type Counts = { total: number; acknowledged: number };

/** Acknowledged and total per publication, for a page of publications in one query. */
async function countsOf(db: DbOrTx, ids: string[]): Promise<Map<string, Counts>> {
  if (ids.length === 0) return new Map();
  const rows = await db
    .select({
      id: documentAcknowledgements.publicationId,
      total: count(),
      acknowledged:
        sql<number>`count(*) filter (where ${documentAcknowledgements.status} = 'acknowledged')`.mapWith(
          Number,
        ),
    })
    .from(documentAcknowledgements)
    .where(inArray(documentAcknowledgements.publicationId, ids))
    .groupBy(documentAcknowledgements.publicationId);
  return new Map(rows.map((r) => [r.id, { total: r.total, acknowledged: r.acknowledged }]));
}

function toPublicationView(
  p: PublicationRow,
  doc: { key: string; title: string },
  counts: Counts = { total: 0, acknowledged: 0 },
  today = utcDay(),
): PublicationView {
  const pending = counts.total - counts.acknowledged;
  return {
    id: p.id,
    documentId: p.documentId,
    documentKey: doc.key,
    documentTitle: doc.title,
    revisionNumber: p.revisionNumber,
    audience: p.audience as PublicationView["audience"],
    dueOn: p.dueOn,
    note: p.note,
    publishedBy: p.publishedBy,
    publishedAt: p.publishedAt.toISOString(),
    total: counts.total,
    acknowledged: counts.acknowledged,
    pending,
    percent: acknowledgementPercent(counts),
    isOverdue: pending > 0 && isAcknowledgementOverdue({ status: "pending", dueOn: p.dueOn }, today),
  };
}

/** Every id must be a user account. */
async function assertUsers(tx: Tx, ids: readonly string[]): Promise<void> {
  if (ids.length === 0) return;
  const found = new Set(
    (
      await tx
        .select({ id: users.id })
        .from(users)
        .where(inArray(users.id, [...ids]))
    ).map((u) => u.id),
  );
  const issues = ids.flatMap((id, i) =>
    found.has(id) ? [] : [{ path: `userIds.${i}`, message: `unknown user ${id}` }],
  );
  if (issues.length)
    throw new DomainError("VALIDATION_FAILED", `${issues[0]!.path}: ${issues[0]!.message}`, { issues });
}

/**
 * A person limited to some business units names only people of those units (a grant on one of
 * them), as they publish to those units only; others may name anyone.
 */
async function assertUsersWithinUnits(tx: Tx, actor: Actor, ids: readonly string[]): Promise<void> {
  if (ids.length === 0 || actor.kind !== "user") return;
  if (!SCOPABLE_ROLES.includes(actor.role) || actor.businessUnitIds.length === 0) return;
  const reachable = new Set(
    (
      await tx
        .selectDistinct({ id: userBusinessUnits.userId })
        .from(userBusinessUnits)
        .where(
          and(
            inArray(userBusinessUnits.userId, [...ids]),
            inArray(userBusinessUnits.businessUnitId, actor.businessUnitIds),
          ),
        )
    ).map((r) => r.id),
  );
  const issues = ids.flatMap((id, i) =>
    reachable.has(id)
      ? []
      : [{ path: `userIds.${i}`, message: "not a member of your business units; you publish to those only" }],
  );
  if (issues.length)
    throw new DomainError("VALIDATION_FAILED", `${issues[0]!.path}: ${issues[0]!.message}`, { issues });
}

/** The people a publication reaches: active users listed, plus active members (grantees) of the units listed. */
async function resolveAudience(tx: Tx, userIds: string[], unitIds: string[]) {
  const reach: SQL[] = [];
  if (userIds.length) reach.push(inArray(users.id, userIds));
  if (unitIds.length)
    reach.push(
      inArray(
        users.id,
        tx
          .select({ id: userBusinessUnits.userId })
          .from(userBusinessUnits)
          .where(inArray(userBusinessUnits.businessUnitId, unitIds)),
      ),
    );
  if (reach.length === 0) return [];
  return tx
    .select({ id: users.id, email: users.email })
    .from(users)
    .where(and(eq(users.isActive, true), or(...reach)))
    .orderBy(asc(users.email));
}

/**
 * Publishes the approved revision in force to people and business units, each of whom acknowledges
 * having read it (ISO/IEC 42001 7.3 awareness of the AI policy, 7.4 communication). One pending
 * acknowledgement and one notification per person; the resolved audience is in the audit trail.
 */
export async function publishDocument(
  ctx: ServiceContext,
  id: string,
  raw: PublishDocument,
): Promise<PublicationView> {
  const input = PublishDocument.parse(raw);
  const today = utcDay();
  if (input.dueOn !== null && input.dueOn < today)
    throw new DomainError("VALIDATION_FAILED", "dueOn: the due date is in the past", {
      issues: [{ path: "dueOn", message: "must be today or later" }],
    });
  return ctx.db.transaction(async (tx) => {
    const doc = await loadDocument(tx, ctx.actor, id, true);
    assertMayWriteUnit(ctx.actor, doc.businessUnitId);
    const blocker = publishBlocker(doc);
    if (blocker) throw new DomainError("RULE_VIOLATION", blocker);
    const userIds = [...new Set(input.userIds)];
    const unitIds = [...new Set(input.businessUnitIds)];
    // A person limited to some units publishes to those units only.
    for (const unitId of unitIds) assertMayWriteUnit(ctx.actor, unitId);
    await assertUsers(tx, userIds);
    await assertUsersWithinUnits(tx, ctx.actor, userIds);
    await assertBusinessUnits(tx, unitIds, "businessUnitIds");
    const audience = await resolveAudience(tx, userIds, unitIds);
    if (audience.length === 0)
      throw new DomainError(
        "VALIDATION_FAILED",
        "nobody to publish to: choose active people or business units that have members",
        { issues: [{ path: "userIds", message: "the audience is empty" }] },
      );
    const revision = (await loadRevision(tx, doc.id, doc.effectiveRevision!))!;
    const me = ctx.actor.kind === "user" ? ctx.actor.userId : null;
    const [publication] = await tx
      .insert(documentPublications)
      .values({
        documentId: doc.id,
        revisionNumber: revision.number,
        audience: { userIds, businessUnitIds: unitIds },
        dueOn: input.dueOn,
        note: input.note,
        publishedBy: me,
      })
      .returning();
    const title = acknowledgementRequestTitle(doc.key, revision.title, revision.number);
    for (let i = 0; i < audience.length; i += BATCH) {
      const chunk = audience.slice(i, i + BATCH);
      await tx
        .insert(documentAcknowledgements)
        .values(chunk.map((u) => ({ publicationId: publication!.id, userId: u.id, status: "pending" })));
      await tx.insert(notifications).values(
        chunk.map((u) => ({
          userId: u.id,
          kind: ACK_REQUESTED,
          title: input.dueOn ? `${title} by ${input.dueOn}` : title,
          link: ACKNOWLEDGEMENTS_LINK,
        })),
      );
    }
    await recordAudit(tx, ctx, {
      action: "document.published",
      entityType: "document",
      entityId: doc.id,
      after: {
        publicationId: publication!.id,
        revision: revision.number,
        chosen: { userIds, businessUnitIds: unitIds },
        dueOn: input.dueOn,
        note: input.note,
        audience: audience.map((u) => ({ userId: u.id, email: u.email })),
        count: audience.length,
      },
    });
    return toPublicationView(publication!, doc, { total: audience.length, acknowledged: 0 }, today);
  });
}

/** The publications of a document, newest first, with their progress. */
export async function listDocumentPublications(
  ctx: ServiceContext,
  id: string,
  page: { limit: number; offset: number },
): Promise<Page<PublicationView>> {
  const doc = await loadDocument(ctx.db, ctx.actor, id);
  const rows = await ctx.db
    .select()
    .from(documentPublications)
    .where(eq(documentPublications.documentId, doc.id))
    .orderBy(desc(documentPublications.publishedAt), asc(documentPublications.id))
    .limit(page.limit)
    .offset(page.offset);
  const [total] = await ctx.db
    .select({ n: count() })
    .from(documentPublications)
    .where(eq(documentPublications.documentId, doc.id));
  const counts = await countsOf(
    ctx.db,
    rows.map((r) => r.id),
  );
  const today = utcDay();
  return { items: rows.map((r) => toPublicationView(r, doc, counts.get(r.id), today)), total: total?.n ?? 0 };
}

/** A publication the actor may see (through its document's business unit). */
export async function loadPublication(db: DbOrTx, actor: Actor, publicationId: string) {
  const [row] = await db
    .select({ p: documentPublications, key: documents.key, title: documents.title })
    .from(documentPublications)
    .innerJoin(documents, eq(documents.id, documentPublications.documentId))
    .where(and(eq(documentPublications.id, publicationId), unitVisibility(documents.businessUnitId, actor)));
  if (!row) throw new DomainError("NOT_FOUND", `publication ${publicationId} not found`);
  return row;
}

/** E-mail addresses are account data: only for those who may read user accounts (not viewers). */
export const mayReadAccounts = (actor: Actor) => actor.kind !== "user" || roleHas(actor.role, "users:read");

/** Progress of one publication: counts and a page of the people, pending first. */
export async function getPublication(
  ctx: ServiceContext,
  publicationId: string,
  q: { limit: number; offset: number; status?: "pending" | "acknowledged" },
): Promise<PublicationDetail> {
  const { p, key, title } = await loadPublication(ctx.db, ctx.actor, publicationId);
  const today = utcDay();
  const where = and(
    eq(documentAcknowledgements.publicationId, p.id),
    q.status ? eq(documentAcknowledgements.status, q.status) : undefined,
  );
  const rows = await ctx.db
    .select({
      userId: documentAcknowledgements.userId,
      name: users.name,
      email: users.email,
      status: documentAcknowledgements.status,
      acknowledgedAt: documentAcknowledgements.acknowledgedAt,
    })
    .from(documentAcknowledgements)
    .innerJoin(users, eq(users.id, documentAcknowledgements.userId))
    .where(where)
    .orderBy(desc(documentAcknowledgements.status), asc(users.name), asc(users.id))
    .limit(q.limit)
    .offset(q.offset);
  const [filtered] = await ctx.db.select({ n: count() }).from(documentAcknowledgements).where(where);
  const counts = (await countsOf(ctx.db, [p.id])).get(p.id);
  return {
    ...toPublicationView(p, { key, title }, counts, today),
    people: {
      items: rows.map((r) => ({
        ...r,
        email: mayReadAccounts(ctx.actor) ? r.email : "",
        status: r.status as "pending" | "acknowledged",
        acknowledgedAt: r.acknowledgedAt?.toISOString() ?? null,
        isOverdue: isAcknowledgementOverdue({ status: r.status, dueOn: p.dueOn }, today),
      })),
      total: filtered?.n ?? 0,
    },
  };
}
