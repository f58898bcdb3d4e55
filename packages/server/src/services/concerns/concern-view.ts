import { and, eq, or, sql, type SQL } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import { concernAccessOf, DomainError, roleHas, type Concern, type ConcernAccess } from "@openaims/core";
import type { DbOrTx } from "../../db/client.js";
import { aiSystems, concerns, users } from "../../db/schema/index.js";
import type { Actor } from "../context.js";

/** Who reads a concern: how much they may see, and who they are (null for the system). */
/** `readsEmails`: only those who may read user accounts see people's e-mail addresses. */
export type ConcernViewer = { access: ConcernAccess; userId: string | null; readsEmails: boolean };

export function viewerOf(actor: Actor): ConcernViewer {
  return actor.kind === "user"
    ? {
        access: concernAccessOf(actor.role),
        userId: actor.userId,
        readsEmails: roleHas(actor.role, "users:read"),
      }
    : { access: "triage", userId: null, readsEmails: true };
}

/** The view stored in audit snapshots: what any reader of the whole trail may see. */
export const AUDIT_VIEWER: ConcernViewer = { access: "read_all", userId: null, readsEmails: true };

const reporter = alias(users, "concern_reporter");
const assignee = alias(users, "concern_assignee");

/** A concern with its AI system and people, read in one query for a whole page. */
export function concernQuery(db: DbOrTx) {
  return db
    .select({
      row: concerns,
      systemKey: aiSystems.key,
      systemName: aiSystems.name,
      reporterName: reporter.name,
      reporterEmail: reporter.email,
      assigneeName: assignee.name,
      assigneeEmail: assignee.email,
    })
    .from(concerns)
    .leftJoin(aiSystems, eq(aiSystems.id, concerns.aiSystemId))
    .leftJoin(reporter, eq(reporter.id, concerns.reporterId))
    .leftJoin(assignee, eq(assignee.id, concerns.assigneeId))
    .$dynamic();
}
export type ConcernJoined = Awaited<ReturnType<ReturnType<typeof concernQuery>["execute"]>>[number];
export type ConcernRow = typeof concerns.$inferSelect;

/**
 * Concerns a viewer may see: all for triagers and readers of the whole trail; otherwise the ones
 * they raised or were assigned to investigate (ISO/IEC 42001 A.3.3: a reporter follows their own).
 */
export function concernVisibility(viewer: ConcernViewer): SQL | undefined {
  if (viewer.access !== "own") return undefined;
  if (!viewer.userId) return sql`false`;
  return or(eq(concerns.reporterId, viewer.userId), eq(concerns.assigneeId, viewer.userId));
}

/**
 * The concern as `viewer` may see it. An anonymous concern never names its reporter, whoever asks
 * (the reporter learns it is theirs from `raisedByMe`); triage notes are for triagers, auditors and
 * the assignee.
 */
export function toConcern(j: ConcernJoined, viewer: ConcernViewer): Concern {
  const r = j.row;
  const showReporter = !r.anonymous && r.reporterId !== null && j.reporterName !== null;
  const seesNotes = viewer.access !== "own" || (viewer.userId !== null && r.assigneeId === viewer.userId);
  return {
    id: r.id,
    key: r.key,
    title: r.title,
    description: r.description,
    category: r.category as Concern["category"],
    aiSystem:
      r.aiSystemId && j.systemKey !== null
        ? { id: r.aiSystemId, key: j.systemKey, name: j.systemName ?? "" }
        : null,
    anonymous: r.anonymous,
    reporter: showReporter
      ? { id: r.reporterId!, name: j.reporterName!, email: viewer.readsEmails ? (j.reporterEmail ?? "") : "" }
      : null,
    raisedByMe: viewer.userId !== null && r.reporterId === viewer.userId,
    status: r.status as Concern["status"],
    severity: r.severity as Concern["severity"],
    assignee:
      r.assigneeId && j.assigneeName !== null
        ? { id: r.assigneeId, name: j.assigneeName, email: viewer.readsEmails ? (j.assigneeEmail ?? "") : "" }
        : null,
    triageNote: seesNotes ? r.triageNote : null,
    resolution: r.resolution,
    closedAt: r.closedAt?.toISOString() ?? null,
    createdAt: r.createdAt.toISOString(),
    updatedAt: r.updatedAt.toISOString(),
    version: r.version,
  };
}

/** One concern the viewer may see (404 otherwise, so others' concerns are not even confirmed). */
export async function loadConcern(
  db: DbOrTx,
  viewer: ConcernViewer,
  id: string,
  lock = false,
): Promise<ConcernJoined> {
  const query = concernQuery(db).where(and(eq(concerns.id, id), concernVisibility(viewer)));
  const [found] = lock ? await query.for("update", { of: concerns }) : await query;
  if (!found) throw new DomainError("NOT_FOUND", `concern ${id} not found`);
  return found;
}
