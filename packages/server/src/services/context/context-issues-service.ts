import { and, asc, count, desc, eq, ilike, or, sql, type SQL } from "drizzle-orm";
import {
  CreateContextIssue,
  DomainError,
  type ContextIssue,
  type ContextIssueListQuery,
  type Page,
  type UpdateContextIssue,
} from "@openaims/core";
import type { DbOrTx } from "../../db/client.js";
import { contextIssues } from "../../db/schema/index.js";
import { recordAudit } from "../audit/record-audit.js";
import type { Actor, ServiceContext } from "../context.js";
import { nextKey } from "../shared/keys.js";
import { likePattern } from "../shared/search.js";
import { assertVersion } from "../shared/versioning.js";
import { assertMayWriteUnit, unitVisibility } from "../shared/business-unit-scope.js";
import { assertAnnexCObjectives, assertBusinessUnit } from "../shared/references.js";

type Row = typeof contextIssues.$inferSelect;

const toIssue = (r: Row): ContextIssue => ({
  id: r.id,
  key: r.key,
  kind: r.kind as ContextIssue["kind"],
  category: r.category as ContextIssue["category"],
  title: r.title,
  description: r.description,
  threatenedObjectives: r.threatenedObjectives as string[],
  status: r.status as ContextIssue["status"],
  businessUnitId: r.businessUnitId,
  createdAt: r.createdAt.toISOString(),
  updatedAt: r.updatedAt.toISOString(),
  version: r.version,
});

const sortColumns = {
  title: contextIssues.title,
  createdAt: contextIssues.createdAt,
  status: contextIssues.status,
};

/** Internal and external issues relevant to the AIMS (ISO/IEC 42001 4.1), filtered and paged. */
export async function listContextIssues(
  ctx: ServiceContext,
  q: ContextIssueListQuery,
): Promise<Page<ContextIssue>> {
  const filters: (SQL | undefined)[] = [unitVisibility(contextIssues.businessUnitId, ctx.actor)];
  if (q.q)
    filters.push(
      or(ilike(contextIssues.title, likePattern(q.q)), ilike(contextIssues.key, likePattern(q.q))),
    );
  if (q.kind) filters.push(eq(contextIssues.kind, q.kind));
  if (q.category) filters.push(eq(contextIssues.category, q.category));
  if (q.status) filters.push(eq(contextIssues.status, q.status));
  if (q.businessUnitId) filters.push(eq(contextIssues.businessUnitId, q.businessUnitId));
  const where = and(...filters);
  const direction = q.order === "desc" ? desc : asc;
  const order =
    q.sort === "key"
      ? direction(sql`split_part(${contextIssues.key}, '-', 2)::int`)
      : direction(sortColumns[q.sort]);
  const rows = await ctx.db
    .select()
    .from(contextIssues)
    .where(where)
    .orderBy(order, asc(contextIssues.id))
    .limit(q.limit)
    .offset(q.offset);
  const [total] = await ctx.db.select({ n: count() }).from(contextIssues).where(where);
  return { items: rows.map(toIssue), total: total?.n ?? 0 };
}

async function loadVisible(db: DbOrTx, actor: Actor, id: string, lock = false): Promise<Row> {
  const query = db
    .select()
    .from(contextIssues)
    .where(and(eq(contextIssues.id, id), unitVisibility(contextIssues.businessUnitId, actor)));
  const [row] = lock ? await query.for("update") : await query;
  if (!row) throw new DomainError("NOT_FOUND", `context issue ${id} not found`);
  return row;
}

export async function getContextIssue(ctx: ServiceContext, id: string): Promise<ContextIssue> {
  return toIssue(await loadVisible(ctx.db, ctx.actor, id));
}

/** Records an issue and the Annex C objectives it threatens (ISO/IEC 42001 4.1, Annex C.2). */
export async function createContextIssue(
  ctx: ServiceContext,
  raw: CreateContextIssue,
): Promise<ContextIssue> {
  const input = CreateContextIssue.parse(raw);
  assertMayWriteUnit(ctx.actor, input.businessUnitId);
  return ctx.db.transaction(async (tx) => {
    await assertBusinessUnit(tx, input.businessUnitId, "businessUnitId");
    await assertAnnexCObjectives(tx, input.threatenedObjectives, "threatenedObjectives");
    const key = await nextKey(tx, "contextIssue");
    const [row] = await tx
      .insert(contextIssues)
      .values({ ...input, key })
      .returning();
    const issue = toIssue(row!);
    await recordAudit(tx, ctx, {
      action: "context_issue.created",
      entityType: "context_issue",
      entityId: issue.id,
      after: issue,
    });
    return issue;
  });
}

export async function updateContextIssue(
  ctx: ServiceContext,
  id: string,
  patch: UpdateContextIssue,
): Promise<ContextIssue> {
  return ctx.db.transaction(async (tx) => {
    const row = await loadVisible(tx, ctx.actor, id, true);
    assertVersion(row, patch.version, `context issue ${id}`);
    const before = toIssue(row);
    assertMayWriteUnit(ctx.actor, row.businessUnitId);
    const { version, ...fields } = patch;
    if (fields.businessUnitId !== undefined) {
      assertMayWriteUnit(ctx.actor, fields.businessUnitId);
      await assertBusinessUnit(tx, fields.businessUnitId, "businessUnitId");
    }
    if (fields.threatenedObjectives)
      await assertAnnexCObjectives(tx, fields.threatenedObjectives, "threatenedObjectives");
    const [updated] = await tx
      .update(contextIssues)
      .set({ ...fields, version: version + 1, updatedAt: new Date() })
      .where(eq(contextIssues.id, id))
      .returning();
    const after = toIssue(updated!);
    await recordAudit(tx, ctx, {
      action: "context_issue.updated",
      entityType: "context_issue",
      entityId: id,
      before,
      after,
    });
    return after;
  });
}
