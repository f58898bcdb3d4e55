/**
 * The competences the organization requires (ISO/IEC 42001 7.2 a, A.4.6), some of them counting
 * toward AI literacy (EU AI Act Art. 4). Organization-wide records.
 */
import { and, asc, count, desc, eq, ilike, inArray, ne, or, sql, type SQL } from "drizzle-orm";
import {
  CreateCompetence,
  DomainError,
  type Competence,
  type CompetenceListQuery,
  type Page,
  type UpdateCompetence,
} from "@openaims/core";
import type { DbOrTx, Tx } from "../../db/client.js";
import { competences, roleCompetences, trainingRecords } from "../../db/schema/index.js";
import { recordAudit } from "../audit/record-audit.js";
import type { ServiceContext } from "../context.js";
import { nextKey } from "../shared/keys.js";
import { likePattern } from "../shared/search.js";
import { assertVersion } from "../shared/versioning.js";
import { sameName } from "./people-refs.js";

type Row = typeof competences.$inferSelect;

async function toCompetences(db: DbOrTx, rows: Row[]): Promise<Competence[]> {
  const ids = rows.map((r) => r.id);
  const counts = ids.length
    ? await db
        .select({ id: roleCompetences.competenceId, n: count() })
        .from(roleCompetences)
        .where(inArray(roleCompetences.competenceId, ids))
        .groupBy(roleCompetences.competenceId)
    : [];
  const byId = new Map(counts.map((c) => [c.id, c.n]));
  return rows.map((r) => ({
    id: r.id,
    key: r.key,
    name: r.name,
    description: r.description,
    aiLiteracy: r.aiLiteracy,
    validityMonths: r.validityMonths,
    requiredByRoles: byId.get(r.id) ?? 0,
    createdAt: r.createdAt.toISOString(),
    updatedAt: r.updatedAt.toISOString(),
    version: r.version,
  }));
}

export async function listCompetences(db: DbOrTx, q: CompetenceListQuery): Promise<Page<Competence>> {
  const filters: (SQL | undefined)[] = [];
  if (q.q)
    filters.push(or(ilike(competences.name, likePattern(q.q)), ilike(competences.key, likePattern(q.q))));
  if (q.aiLiteracy !== undefined) filters.push(eq(competences.aiLiteracy, q.aiLiteracy));
  const where = and(...filters);
  const direction = q.order === "desc" ? desc : asc;
  const order =
    q.sort === "key"
      ? direction(sql`split_part(${competences.key}, '-', 2)::int`)
      : direction(competences.name);
  const rows = await db
    .select()
    .from(competences)
    .where(where)
    .orderBy(order, asc(competences.id))
    .limit(q.limit)
    .offset(q.offset);
  const [total] = await db.select({ n: count() }).from(competences).where(where);
  return { items: await toCompetences(db, rows), total: total?.n ?? 0 };
}

async function loadCompetence(db: DbOrTx, id: string, lock = false): Promise<Row> {
  const query = db.select().from(competences).where(eq(competences.id, id));
  const [row] = lock ? await query.for("update") : await query;
  if (!row) throw new DomainError("NOT_FOUND", `competence ${id} not found`);
  return row;
}

export async function getCompetence(db: DbOrTx, id: string): Promise<Competence> {
  return (await toCompetences(db, [await loadCompetence(db, id)]))[0]!;
}

async function assertNameFree(tx: Tx, name: string, exceptId?: string): Promise<void> {
  const [clash] = await tx
    .select({ key: competences.key })
    .from(competences)
    .where(and(sameName(competences.name, name), exceptId ? ne(competences.id, exceptId) : undefined));
  if (clash)
    throw new DomainError("ALREADY_EXISTS", `a competence named "${name}" already exists (${clash.key})`, {
      issues: [{ path: "name", message: "is already used by another competence" }],
    });
}

export async function createCompetence(ctx: ServiceContext, raw: CreateCompetence): Promise<Competence> {
  const input = CreateCompetence.parse(raw);
  return ctx.db.transaction(async (tx) => {
    await assertNameFree(tx, input.name);
    const key = await nextKey(tx, "competence");
    const [row] = await tx
      .insert(competences)
      .values({ ...input, key })
      .returning();
    const competence = (await toCompetences(tx, [row!]))[0]!;
    await recordAudit(tx, ctx, {
      action: "competence.created",
      entityType: "competence",
      entityId: competence.id,
      after: competence,
    });
    return competence;
  });
}

export async function updateCompetence(
  ctx: ServiceContext,
  id: string,
  patch: UpdateCompetence,
): Promise<Competence> {
  return ctx.db.transaction(async (tx) => {
    const row = await loadCompetence(tx, id, true);
    assertVersion(row, patch.version, `competence ${row.key}`);
    const { version, ...fields } = patch;
    if (fields.name !== undefined) await assertNameFree(tx, fields.name, id);
    const before = (await toCompetences(tx, [row]))[0]!;
    const [updated] = await tx
      .update(competences)
      .set({ ...fields, version: version + 1, updatedAt: new Date() })
      .where(eq(competences.id, id))
      .returning();
    const after = (await toCompetences(tx, [updated!]))[0]!;
    await recordAudit(tx, ctx, {
      action: "competence.updated",
      entityType: "competence",
      entityId: id,
      before,
      after,
    });
    return after;
  });
}

/**
 * Removes a competence and the roles' requirements of it. Refused while training records prove
 * it: they are documented evidence of competence (7.2 d) and must not vanish with it.
 */
export async function deleteCompetence(ctx: ServiceContext, id: string, version: number): Promise<void> {
  await ctx.db.transaction(async (tx) => {
    const row = await loadCompetence(tx, id, true);
    assertVersion(row, version, `competence ${row.key}`);
    const [records] = await tx
      .select({ n: count() })
      .from(trainingRecords)
      .where(eq(trainingRecords.competenceId, id));
    if (records && records.n > 0)
      throw new DomainError(
        "CONFLICT",
        `${row.key} ${row.name} has ${records.n} training record${records.n === 1 ? "" : "s"}; delete them first or keep the competence`,
      );
    const before = (await toCompetences(tx, [row]))[0]!;
    await tx.delete(roleCompetences).where(eq(roleCompetences.competenceId, id));
    await tx.delete(competences).where(eq(competences.id, id));
    await recordAudit(tx, ctx, {
      action: "competence.deleted",
      entityType: "competence",
      entityId: id,
      before,
    });
  });
}
