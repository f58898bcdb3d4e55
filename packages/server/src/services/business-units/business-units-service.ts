import { and, asc, count, desc, eq, ilike, ne, or, sql, type SQL } from "drizzle-orm";
import {
  CreateBusinessUnit,
  DomainError,
  type BusinessUnit,
  type BusinessUnitListQuery,
  type Page,
} from "@openaims/core";
import type { z } from "zod";
import type { DbOrTx, Tx } from "../../db/client.js";
import { businessUnits } from "../../db/schema/index.js";
import { recordAudit } from "../audit/record-audit.js";
import type { ServiceContext } from "../context.js";
import { nextKey } from "../shared/keys.js";
import { likePattern } from "../shared/search.js";
import { assertVersion } from "../shared/versioning.js";
import type { UpdateBusinessUnit } from "@openaims/core";

type Row = typeof businessUnits.$inferSelect;

const toBusinessUnit = (r: Row): BusinessUnit => ({
  id: r.id,
  key: r.key,
  name: r.name,
  description: r.description,
  createdAt: r.createdAt.toISOString(),
  updatedAt: r.updatedAt.toISOString(),
  version: r.version,
});

export async function listBusinessUnits(db: DbOrTx, q: BusinessUnitListQuery): Promise<Page<BusinessUnit>> {
  const filters: SQL[] = [];
  if (q.q)
    filters.push(
      or(ilike(businessUnits.name, likePattern(q.q)), ilike(businessUnits.key, likePattern(q.q)))!,
    );
  const where = filters.length ? and(...filters) : undefined;
  const direction = q.order === "desc" ? desc : asc;
  const order =
    q.sort === "key"
      ? direction(sql`split_part(${businessUnits.key}, '-', 2)::int`)
      : direction(q.sort === "name" ? businessUnits.name : businessUnits.createdAt);
  const rows = await db
    .select()
    .from(businessUnits)
    .where(where)
    .orderBy(order, asc(businessUnits.id))
    .limit(q.limit)
    .offset(q.offset);
  const [total] = await db.select({ n: count() }).from(businessUnits).where(where);
  return { items: rows.map(toBusinessUnit), total: total?.n ?? 0 };
}

export async function getBusinessUnit(db: DbOrTx, id: string): Promise<BusinessUnit> {
  const [row] = await db.select().from(businessUnits).where(eq(businessUnits.id, id));
  if (!row) throw new DomainError("NOT_FOUND", `business unit ${id} not found`);
  return toBusinessUnit(row);
}

async function assertNameFree(tx: Tx, name: string, exceptId: string | null): Promise<void> {
  const clash = await tx
    .select({ id: businessUnits.id })
    .from(businessUnits)
    .where(
      exceptId
        ? and(eq(businessUnits.name, name), ne(businessUnits.id, exceptId))
        : eq(businessUnits.name, name),
    );
  if (clash.length > 0)
    throw new DomainError("ALREADY_EXISTS", `a business unit named "${name}" already exists`);
}

/** Business units scope the AIMS (ISO/IEC 42001 4.3) and limit what contributors and viewers see. */
export async function createBusinessUnit(
  ctx: ServiceContext,
  raw: CreateBusinessUnit,
): Promise<BusinessUnit> {
  const input = CreateBusinessUnit.parse(raw);
  return ctx.db.transaction(async (tx) => {
    await assertNameFree(tx, input.name, null);
    const key = await nextKey(tx, "businessUnit");
    const [row] = await tx
      .insert(businessUnits)
      .values({ key, name: input.name, description: input.description })
      .returning();
    const unit = toBusinessUnit(row!);
    await recordAudit(tx, ctx, {
      action: "business_unit.created",
      entityType: "business_unit",
      entityId: unit.id,
      after: unit,
    });
    return unit;
  });
}

export async function updateBusinessUnit(
  ctx: ServiceContext,
  id: string,
  patch: z.infer<typeof UpdateBusinessUnit>,
): Promise<BusinessUnit> {
  return ctx.db.transaction(async (tx) => {
    const [row] = await tx.select().from(businessUnits).where(eq(businessUnits.id, id)).for("update");
    assertVersion(row, patch.version, `business unit ${id}`);
    const before = toBusinessUnit(row as Row);
    if (patch.name !== undefined) await assertNameFree(tx, patch.name, id);
    const [updated] = await tx
      .update(businessUnits)
      .set({
        name: patch.name ?? before.name,
        description: patch.description ?? before.description,
        version: before.version + 1,
        updatedAt: new Date(),
      })
      .where(eq(businessUnits.id, id))
      .returning();
    const after = toBusinessUnit(updated!);
    await recordAudit(tx, ctx, {
      action: "business_unit.updated",
      entityType: "business_unit",
      entityId: id,
      before,
      after,
    });
    return after;
  });
}
