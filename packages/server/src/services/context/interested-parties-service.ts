import { randomUUID } from "node:crypto";
import { and, asc, count, desc, eq, ilike, inArray, or, sql, type SQL } from "drizzle-orm";
import {
  CreateInterestedParty,
  DomainError,
  type InterestedParty,
  type InterestedPartyListQuery,
  type Page,
  type PartyRequirement,
  type UpdateInterestedParty,
} from "@openaims/core";
import type { DbOrTx, Tx } from "../../db/client.js";
import { interestedParties, requirements as catalogRequirements } from "../../db/schema/index.js";
import { recordAudit } from "../audit/record-audit.js";
import type { ServiceContext } from "../context.js";
import { nextKey } from "../shared/keys.js";
import { likePattern } from "../shared/search.js";
import { assertVersion } from "../shared/versioning.js";

type Row = typeof interestedParties.$inferSelect;
type RequirementInput = NonNullable<UpdateInterestedParty["requirements"]>[number];

/** Stored requirements written before Annex A links existed have no `annexA`: read it as none. */
const requirementsOf = (r: Row): PartyRequirement[] =>
  (r.requirements as (Omit<PartyRequirement, "annexA"> & { annexA?: string[] })[]).map((q) => ({
    ...q,
    annexA: Array.isArray(q.annexA) ? q.annexA : [],
  }));

const toParty = (r: Row): InterestedParty => {
  const requirements = requirementsOf(r);
  const addressed = requirements.filter((q) => q.addressed).length;
  return {
    id: r.id,
    key: r.key,
    name: r.name,
    category: r.category as InterestedParty["category"],
    description: r.description,
    requirements,
    requirementsAddressed: addressed,
    requirementsOpen: requirements.length - addressed,
    createdAt: r.createdAt.toISOString(),
    updatedAt: r.updatedAt.toISOString(),
    version: r.version,
  };
};

/**
 * Each requirement keeps its id across edits; a new one gets an id here (ISO/IEC 42001 4.2 b, c).
 * `annexA` left out keeps the links stored under the same id, else none.
 */
const withIds = (
  list: readonly RequirementInput[],
  stored: readonly PartyRequirement[] = [],
): PartyRequirement[] =>
  list.map((r) => ({
    id: r.id ?? randomUUID(),
    text: r.text,
    addressed: r.addressed,
    how: r.how,
    annexA: r.annexA ?? stored.find((s) => s.id === r.id)?.annexA ?? [],
  }));

/**
 * Every linked key must be an ISO/IEC 42001 Annex A control of the loaded catalog (6.1.3 d), checked
 * in one query; a failure names `requirements.<i>.annexA.<j>`.
 */
async function assertAnnexALinks(tx: Tx, list: readonly PartyRequirement[]): Promise<void> {
  const keys = [...new Set(list.flatMap((r) => r.annexA))];
  if (keys.length === 0) return;
  const found = await tx
    .select({
      key: catalogRequirements.key,
      kind: catalogRequirements.kind,
      id: catalogRequirements.requirementId,
    })
    .from(catalogRequirements)
    .where(and(inArray(catalogRequirements.key, keys), eq(catalogRequirements.isWithdrawn, false)));
  const isAnnexA = new Set(
    found
      .filter((f) => f.kind === "control" && f.key.startsWith("iso-iec-42001:") && f.id.startsWith("A."))
      .map((f) => f.key),
  );
  const issues = list.flatMap((r, i) =>
    r.annexA.flatMap((key, j) =>
      isAnnexA.has(key)
        ? []
        : [
            {
              path: `requirements.${i}.annexA.${j}`,
              message: `${key} is not an ISO/IEC 42001 Annex A control`,
            },
          ],
    ),
  );
  if (issues.length) throw new DomainError("VALIDATION_FAILED", issues[0]!.message, { issues });
}

/** Interested parties relevant to the AIMS and how many of their requirements it addresses. */
export async function listInterestedParties(
  db: DbOrTx,
  q: InterestedPartyListQuery,
): Promise<Page<InterestedParty>> {
  const filters: SQL[] = [];
  if (q.q)
    filters.push(
      or(ilike(interestedParties.name, likePattern(q.q)), ilike(interestedParties.key, likePattern(q.q)))!,
    );
  if (q.category) filters.push(eq(interestedParties.category, q.category));
  const where = filters.length ? and(...filters) : undefined;
  const direction = q.order === "desc" ? desc : asc;
  const order =
    q.sort === "key"
      ? direction(sql`split_part(${interestedParties.key}, '-', 2)::int`)
      : direction(q.sort === "name" ? interestedParties.name : interestedParties.createdAt);
  const rows = await db
    .select()
    .from(interestedParties)
    .where(where)
    .orderBy(order, asc(interestedParties.id))
    .limit(q.limit)
    .offset(q.offset);
  const [total] = await db.select({ n: count() }).from(interestedParties).where(where);
  return { items: rows.map(toParty), total: total?.n ?? 0 };
}

export async function getInterestedParty(db: DbOrTx, id: string): Promise<InterestedParty> {
  const [row] = await db.select().from(interestedParties).where(eq(interestedParties.id, id));
  if (!row) throw new DomainError("NOT_FOUND", `interested party ${id} not found`);
  return toParty(row);
}

/** Records an interested party and its requirements (ISO/IEC 42001 4.2). */
export async function createInterestedParty(
  ctx: ServiceContext,
  raw: CreateInterestedParty,
): Promise<InterestedParty> {
  const input = CreateInterestedParty.parse(raw);
  return ctx.db.transaction(async (tx) => {
    const requirements = withIds(input.requirements);
    await assertAnnexALinks(tx, requirements);
    const key = await nextKey(tx, "interestedParty");
    const [row] = await tx
      .insert(interestedParties)
      .values({ ...input, key, requirements })
      .returning();
    const party = toParty(row!);
    await recordAudit(tx, ctx, {
      action: "interested_party.created",
      entityType: "interested_party",
      entityId: party.id,
      after: party,
    });
    return party;
  });
}

/** Changes a party; `requirements`, when sent, replaces the list (ids sent back keep their identity). */
export async function updateInterestedParty(
  ctx: ServiceContext,
  id: string,
  patch: UpdateInterestedParty,
): Promise<InterestedParty> {
  return ctx.db.transaction(async (tx) => {
    const [row] = await tx.select().from(interestedParties).where(eq(interestedParties.id, id)).for("update");
    assertVersion(row, patch.version, `interested party ${id}`);
    const before = toParty(row!);
    const { version, requirements: sent, ...fields } = patch;
    const requirements = sent ? withIds(sent, before.requirements) : undefined;
    if (requirements) await assertAnnexALinks(tx, requirements);
    const [updated] = await tx
      .update(interestedParties)
      .set({
        ...fields,
        ...(requirements ? { requirements } : {}),
        version: version + 1,
        updatedAt: new Date(),
      })
      .where(eq(interestedParties.id, id))
      .returning();
    const after = toParty(updated!);
    await recordAudit(tx, ctx, {
      action: "interested_party.updated",
      entityType: "interested_party",
      entityId: id,
      before,
      after,
    });
    return after;
  });
}
