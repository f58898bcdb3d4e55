import { and, asc, count, desc, eq, ilike, or, sql, type SQL } from "drizzle-orm";
import {
  applyConcernTriage,
  CONCERN_STATUSES,
  CreateConcern,
  DomainError,
  type Concern,
  type ConcernListQuery,
  type ConcernPage,
  type ConcernStatus,
  type UpdateConcern,
} from "@openaims/core";
import type { Tx } from "../../db/client.js";
import { concerns, notifications, users } from "../../db/schema/index.js";
import { recordAudit } from "../audit/record-audit.js";
import { assertUserActor } from "../auth/sessions.js";
import type { ServiceContext } from "../context.js";
import { loadAiSystem } from "../ai-systems/ai-systems-service.js";
import { nextKey } from "../shared/keys.js";
import { likePattern } from "../shared/search.js";
import { assertVersion } from "../shared/versioning.js";
import {
  AUDIT_VIEWER,
  concernQuery,
  concernVisibility,
  loadConcern,
  toConcern,
  viewerOf,
  type ConcernViewer,
} from "./concern-view.js";

export const CONCERN_RAISED = "concern.raised";
export const CONCERN_ASSIGNED = "concern.assigned";
export const CONCERN_CLOSED = "concern.closed";
export const concernLink = (id: string) => `/governance/concerns/${id}`;

/** The audit trail's actor for an anonymous concern: no user, no request to correlate with logs. */
export const ANONYMOUS_ACTOR = { kind: "system", label: "anonymous-concern" } as const;

const severityOrder = sql`(case ${concerns.severity} when 'low' then 1 when 'medium' then 2 when 'high' then 3 when 'critical' then 4 else 0 end)`;
const statusOrder = sql`(case ${concerns.status} ${sql.raw(
  CONCERN_STATUSES.map((s, i) => `when '${s}' then ${i}`).join(" "),
)} end)`;
const sortOf = {
  createdAt: concerns.createdAt,
  updatedAt: concerns.updatedAt,
  key: concerns.createdAt,
  status: statusOrder,
  severity: severityOrder,
};

function filtersOf(viewer: ConcernViewer, q: ConcernListQuery): SQL | undefined {
  const f: (SQL | undefined)[] = [concernVisibility(viewer)];
  if (q.q) f.push(or(ilike(concerns.title, likePattern(q.q)), ilike(concerns.key, likePattern(q.q))));
  if (q.category) f.push(eq(concerns.category, q.category));
  if (q.severity) f.push(eq(concerns.severity, q.severity));
  if (q.aiSystemId) f.push(eq(concerns.aiSystemId, q.aiSystemId));
  if (q.assigneeId) f.push(eq(concerns.assigneeId, q.assigneeId));
  // "mine" never filters by someone else: it is the asking person's own concerns.
  if (q.mine) f.push(viewer.userId ? eq(concerns.reporterId, viewer.userId) : sql`false`);
  return and(...f);
}

/**
 * A page of the concerns the person may see, and the count per status under the same filters
 * (status aside) for the triage board.
 */
export async function listConcerns(ctx: ServiceContext, q: ConcernListQuery): Promise<ConcernPage> {
  const viewer = viewerOf(ctx.actor);
  const base = filtersOf(viewer, q);
  const where = and(base, q.status ? eq(concerns.status, q.status) : undefined);
  const direction = q.order === "desc" ? desc : asc;
  const rows = await concernQuery(ctx.db)
    .where(where)
    .orderBy(direction(sortOf[q.sort]), desc(concerns.createdAt), asc(concerns.id))
    .limit(q.limit)
    .offset(q.offset);
  const perStatus = await ctx.db
    .select({ status: concerns.status, n: count() })
    .from(concerns)
    .where(base)
    .groupBy(concerns.status);
  const counts = Object.fromEntries(CONCERN_STATUSES.map((s) => [s, 0])) as Record<ConcernStatus, number>;
  for (const c of perStatus) counts[c.status as ConcernStatus] = c.n;
  const total = q.status ? counts[q.status] : Object.values(counts).reduce((a, b) => a + b, 0);
  return { items: rows.map((r) => toConcern(r, viewer)), total, counts };
}

export async function getConcern(ctx: ServiceContext, id: string): Promise<Concern> {
  const viewer = viewerOf(ctx.actor);
  return toConcern(await loadConcern(ctx.db, viewer, id), viewer);
}

/**
 * Anyone signed in raises a concern (ISO/IEC 42001 A.3.3). An anonymous one is audited and announced
 * without its reporter: the audit entry's actor is a neutral system actor with no request id, the
 * snapshot names no one and the managers' notification says "anonymous". The row keeps the reporter
 * so they can follow it.
 */
export async function raiseConcern(ctx: ServiceContext, raw: CreateConcern): Promise<Concern> {
  const me = assertUserActor(ctx.actor);
  const input = CreateConcern.parse(raw);
  return ctx.db.transaction(async (tx) => {
    if (input.aiSystemId) await loadAiSystem(tx, ctx.actor, input.aiSystemId);
    const key = await nextKey(tx, "concern");
    const [row] = await tx
      .insert(concerns)
      .values({ ...input, key, reporterId: me.userId, status: "new" })
      .returning({ id: concerns.id });
    const saved = await loadConcern(tx, AUDIT_VIEWER, row!.id);
    const auditCtx: ServiceContext = input.anonymous
      ? { db: ctx.db, actor: ANONYMOUS_ACTOR, requestId: null }
      : ctx;
    await recordAudit(tx, auditCtx, {
      action: "concern.raised",
      entityType: "concern",
      entityId: saved.row.id,
      after: toConcern(saved, AUDIT_VIEWER),
    });
    const by = input.anonymous ? "anonymously" : `by ${me.name}`;
    await tx.insert(notifications).values({
      role: "manager",
      kind: CONCERN_RAISED,
      title: `New concern ${key} raised ${by}: ${input.title}`,
      link: concernLink(saved.row.id),
    });
    return toConcern(saved, viewerOf(ctx.actor));
  });
}

async function assertActiveUser(tx: Tx, id: string): Promise<void> {
  const [u] = await tx.select({ active: users.isActive }).from(users).where(eq(users.id, id));
  if (!u || !u.active)
    throw new DomainError("VALIDATION_FAILED", `assigneeId: no active user ${id}`, {
      issues: [{ path: "assigneeId", message: "must be an active user" }],
    });
}

/**
 * Triage (managers and admins): status through the core workflow, severity, assignee, notes and the
 * resolution. The assignee is told; the reporter is told when their concern is closed.
 */
export async function triageConcern(ctx: ServiceContext, id: string, patch: UpdateConcern): Promise<Concern> {
  const viewer = viewerOf(ctx.actor);
  if (viewer.access !== "triage") throw new DomainError("FORBIDDEN", "only managers triage concerns");
  return ctx.db.transaction(async (tx) => {
    const current = await loadConcern(tx, viewer, id, true);
    const row = current.row;
    assertVersion(row, patch.version, `concern ${row.key}`);
    const next = applyConcernTriage(
      {
        status: row.status as ConcernStatus,
        severity: row.severity as Concern["severity"],
        resolution: row.resolution,
      },
      patch,
    );
    if (patch.assigneeId) await assertActiveUser(tx, patch.assigneeId);
    if (patch.aiSystemId) await loadAiSystem(tx, ctx.actor, patch.aiSystemId);
    const { version, status: _s, severity: _v, resolution: _r, ...fields } = patch;
    await tx
      .update(concerns)
      .set({
        ...fields,
        status: next.status,
        severity: next.severity,
        resolution: next.resolution,
        closedAt: next.closedNow ? new Date() : next.reopened ? null : row.closedAt,
        version: version + 1,
        updatedAt: new Date(),
      })
      .where(eq(concerns.id, id));
    const updated = await loadConcern(tx, AUDIT_VIEWER, id);
    await recordAudit(tx, ctx, {
      action: next.closedNow
        ? `concern.${next.status}`
        : next.reopened
          ? "concern.reopened"
          : "concern.triaged",
      entityType: "concern",
      entityId: id,
      before: toConcern(current, AUDIT_VIEWER),
      after: toConcern(updated, AUDIT_VIEWER),
    });
    const assigned = updated.row.assigneeId;
    if (assigned && assigned !== row.assigneeId && assigned !== viewer.userId) {
      await tx.insert(notifications).values({
        userId: assigned,
        kind: CONCERN_ASSIGNED,
        title: `Concern ${row.key} was assigned to you: ${row.title}`,
        link: concernLink(id),
      });
    }
    if (next.closedNow && row.reporterId && row.reporterId !== viewer.userId) {
      await tx.insert(notifications).values({
        userId: row.reporterId,
        kind: CONCERN_CLOSED,
        title: `Your concern ${row.key} was ${next.status}: ${row.title}`,
        link: concernLink(id),
      });
    }
    return toConcern(updated, viewer);
  });
}
