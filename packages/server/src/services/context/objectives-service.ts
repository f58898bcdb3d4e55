import { and, asc, count, desc, eq, ilike, or, sql, type SQL } from "drizzle-orm";
import {
  CreateObjective,
  DomainError,
  objectiveProgressSummary,
  RecordObjectiveProgress,
  type Objective,
  type ObjectiveListQuery,
  type ObjectiveProgressEntry,
  type Page,
  type UpdateObjective,
} from "@openaims/core";
import type { DbOrTx, Tx } from "../../db/client.js";
import { objectiveProgress, objectives } from "../../db/schema/index.js";
import { recordAudit } from "../audit/record-audit.js";
import { actorId, type ServiceContext } from "../context.js";
import { nextKey } from "../shared/keys.js";
import { likePattern } from "../shared/search.js";
import { assertVersion } from "../shared/versioning.js";
import { assertAnnexCObjective, assertUser } from "../shared/references.js";

type Row = typeof objectives.$inferSelect;
type ProgressRow = typeof objectiveProgress.$inferSelect;

/** Today in UTC, the day the overdue rule compares due dates with. */
const todayUtc = () => new Date().toISOString().slice(0, 10);

const toObjective = (r: Row, today = todayUtc()): Objective => ({
  id: r.id,
  key: r.key,
  title: r.title,
  description: r.description,
  annexCObjective: r.annexCObjective,
  measure: r.measure,
  baseline: r.baseline,
  target: r.target,
  unit: r.unit,
  currentValue: r.currentValue,
  ownerId: r.ownerId,
  dueDate: r.dueDate,
  status: r.status as Objective["status"],
  progress: objectiveProgressSummary(r, today),
  createdAt: r.createdAt.toISOString(),
  updatedAt: r.updatedAt.toISOString(),
  version: r.version,
});

const toEntry = (r: ProgressRow): ObjectiveProgressEntry => ({
  id: r.id,
  objectiveId: r.objectiveId,
  at: r.at.toISOString(),
  value: r.value,
  note: r.note,
  recordedBy: r.recordedBy,
});

const sortColumns = {
  title: objectives.title,
  dueDate: objectives.dueDate,
  status: objectives.status,
  createdAt: objectives.createdAt,
};

/** AI objectives (ISO/IEC 42001 6.2) with their progress share and overdue flag. */
export async function listObjectives(db: DbOrTx, q: ObjectiveListQuery): Promise<Page<Objective>> {
  const filters: (SQL | undefined)[] = [];
  if (q.q)
    filters.push(or(ilike(objectives.title, likePattern(q.q)), ilike(objectives.key, likePattern(q.q))));
  if (q.status) filters.push(eq(objectives.status, q.status));
  if (q.ownerId) filters.push(eq(objectives.ownerId, q.ownerId));
  if (q.annexCObjective) filters.push(eq(objectives.annexCObjective, q.annexCObjective));
  const where = and(...filters);
  const direction = q.order === "desc" ? desc : asc;
  const order =
    q.sort === "key"
      ? direction(sql`split_part(${objectives.key}, '-', 2)::int`)
      : direction(sortColumns[q.sort]);
  const rows = await db
    .select()
    .from(objectives)
    .where(where)
    .orderBy(order, asc(objectives.id))
    .limit(q.limit)
    .offset(q.offset);
  const [total] = await db.select({ n: count() }).from(objectives).where(where);
  const today = todayUtc();
  return { items: rows.map((r) => toObjective(r, today)), total: total?.n ?? 0 };
}

async function loadObjective(db: DbOrTx, id: string, lock = false): Promise<Row> {
  const query = db.select().from(objectives).where(eq(objectives.id, id));
  const [row] = lock ? await query.for("update") : await query;
  if (!row) throw new DomainError("NOT_FOUND", `objective ${id} not found`);
  return row;
}

export async function getObjective(db: DbOrTx, id: string): Promise<Objective> {
  return toObjective(await loadObjective(db, id));
}

async function assertReferences(
  tx: Tx,
  fields: { ownerId?: string | null; annexCObjective?: string | null },
) {
  await assertUser(tx, fields.ownerId, "ownerId");
  await assertAnnexCObjective(tx, fields.annexCObjective, "annexCObjective");
}

/** Sets a measurable AI objective with an owner and a due date (ISO/IEC 42001 6.2). */
export async function createObjective(ctx: ServiceContext, raw: CreateObjective): Promise<Objective> {
  const input = CreateObjective.parse(raw);
  return ctx.db.transaction(async (tx) => {
    await assertReferences(tx, input);
    const key = await nextKey(tx, "objective");
    const [row] = await tx
      .insert(objectives)
      .values({ ...input, key })
      .returning();
    const objective = toObjective(row!);
    await recordAudit(tx, ctx, {
      action: "objective.created",
      entityType: "objective",
      entityId: objective.id,
      after: objective,
    });
    return objective;
  });
}

export async function updateObjective(
  ctx: ServiceContext,
  id: string,
  patch: UpdateObjective,
): Promise<Objective> {
  return ctx.db.transaction(async (tx) => {
    const row = await loadObjective(tx, id, true);
    assertVersion(row, patch.version, `objective ${id}`);
    const before = toObjective(row);
    const { version, ...fields } = patch;
    await assertReferences(tx, fields);
    const [updated] = await tx
      .update(objectives)
      .set({ ...fields, version: version + 1, updatedAt: new Date() })
      .where(eq(objectives.id, id))
      .returning();
    const after = toObjective(updated!);
    await recordAudit(tx, ctx, {
      action: "objective.updated",
      entityType: "objective",
      entityId: id,
      before,
      after,
    });
    return after;
  });
}

/**
 * Appends a measurement to the objective's history and makes it the current value (ISO/IEC 42001
 * 6.2, 9.1). Entries of one objective get strictly increasing times so the history has one order.
 */
export async function recordObjectiveProgress(
  ctx: ServiceContext,
  id: string,
  raw: RecordObjectiveProgress,
): Promise<{ entry: ObjectiveProgressEntry; objective: Objective }> {
  const input = RecordObjectiveProgress.parse(raw);
  return ctx.db.transaction(async (tx) => {
    const row = await loadObjective(tx, id, true);
    if (row.status === "cancelled")
      throw new DomainError("RULE_VIOLATION", `objective ${row.key} is cancelled; it takes no more progress`);
    const before = toObjective(row);
    const [last] = await tx
      .select({ at: objectiveProgress.at })
      .from(objectiveProgress)
      .where(eq(objectiveProgress.objectiveId, id))
      .orderBy(desc(objectiveProgress.at))
      .limit(1);
    const at = new Date(Math.max(Date.now(), (last?.at.getTime() ?? 0) + 1));
    const [entryRow] = await tx
      .insert(objectiveProgress)
      .values({ objectiveId: id, at, value: input.value, note: input.note, recordedBy: actorId(ctx.actor) })
      .returning();
    const [updated] = await tx
      .update(objectives)
      .set({ currentValue: input.value, version: row.version + 1, updatedAt: new Date() })
      .where(eq(objectives.id, id))
      .returning();
    const entry = toEntry(entryRow!);
    const objective = toObjective(updated!);
    await recordAudit(tx, ctx, {
      action: "objective.progress_recorded",
      entityType: "objective",
      entityId: id,
      before,
      after: { ...objective, entry },
    });
    return { entry, objective };
  });
}

/** The measurement history of one objective, newest first by default. */
export async function listObjectiveProgress(
  db: DbOrTx,
  id: string,
  q: { limit: number; offset: number; order: "asc" | "desc" },
): Promise<Page<ObjectiveProgressEntry>> {
  await loadObjective(db, id);
  const where = eq(objectiveProgress.objectiveId, id);
  const direction = q.order === "desc" ? desc : asc;
  const rows = await db
    .select()
    .from(objectiveProgress)
    .where(where)
    .orderBy(direction(objectiveProgress.at), direction(objectiveProgress.id))
    .limit(q.limit)
    .offset(q.offset);
  const [total] = await db.select({ n: count() }).from(objectiveProgress).where(where);
  return { items: rows.map(toEntry), total: total?.n ?? 0 };
}
