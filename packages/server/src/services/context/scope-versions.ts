import { asc, count, desc, eq, sql } from "drizzle-orm";
import { DomainError, type Page, type ScopeVersion, type ScopeVersionListQuery } from "@openaims/core";
import type { DbOrTx, Tx } from "../../db/client.js";
import { scopeVersions } from "../../db/schema/index.js";

export type ScopeRow = typeof scopeVersions.$inferSelect;

export const toScopeVersion = (r: ScopeRow): ScopeVersion => ({
  id: r.id,
  number: r.number,
  status: r.status as ScopeVersion["status"],
  description: r.description,
  businessUnitIds: r.businessUnitIds as string[],
  aiSystemIds: r.aiSystemIds as string[],
  exclusions: r.exclusions as ScopeVersion["exclusions"],
  boundaries: r.boundaries,
  reassessBy: r.reassessBy,
  createdBy: r.createdBy,
  approvedBy: r.approvedBy,
  approvedAt: r.approvedAt?.toISOString() ?? null,
  createdAt: r.createdAt.toISOString(),
  updatedAt: r.updatedAt.toISOString(),
  version: r.version,
});

/** Serializes scope writers across processes: one number per version, one approved version. */
const SCOPE_WRITE_LOCK = 42420004;
export const lockScopeWrites = (tx: Tx) => tx.execute(sql`SELECT pg_advisory_xact_lock(${SCOPE_WRITE_LOCK})`);

/** Every version of the AIMS scope, newest first by default (ISO/IEC 42001 4.3, 7.5.3). */
export async function listScopeVersions(db: DbOrTx, q: ScopeVersionListQuery): Promise<Page<ScopeVersion>> {
  const where = q.status ? eq(scopeVersions.status, q.status) : undefined;
  const rows = await db
    .select()
    .from(scopeVersions)
    .where(where)
    .orderBy((q.order === "desc" ? desc : asc)(scopeVersions.number))
    .limit(q.limit)
    .offset(q.offset);
  const [total] = await db.select({ n: count() }).from(scopeVersions).where(where);
  return { items: rows.map(toScopeVersion), total: total?.n ?? 0 };
}

export async function loadScopeRow(db: DbOrTx, id: string, lock = false): Promise<ScopeRow> {
  const query = db.select().from(scopeVersions).where(eq(scopeVersions.id, id));
  const [row] = lock ? await query.for("update") : await query;
  if (!row) throw new DomainError("NOT_FOUND", `scope version ${id} not found`);
  return row;
}

export async function getScopeVersion(db: DbOrTx, id: string): Promise<ScopeVersion> {
  return toScopeVersion(await loadScopeRow(db, id));
}

/** The approved row, if any (at most one: approvals are serialized by the scope lock). */
export async function approvedScopeRow(db: DbOrTx): Promise<ScopeRow | undefined> {
  const [row] = await db
    .select()
    .from(scopeVersions)
    .where(eq(scopeVersions.status, "approved"))
    .orderBy(desc(scopeVersions.number))
    .limit(1);
  return row;
}

/** The scope in force: the approved version (404 until one is approved). */
export async function getCurrentScope(db: DbOrTx): Promise<ScopeVersion> {
  const row = await approvedScopeRow(db);
  if (!row) throw new DomainError("NOT_FOUND", "no scope version has been approved yet");
  return toScopeVersion(row);
}
