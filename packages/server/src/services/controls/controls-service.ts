import { and, asc, count, desc, eq, ilike, inArray, ne, or, type SQL } from "drizzle-orm";
import {
  CreateControl,
  DomainError,
  type Control,
  type ControlListQuery,
  type Page,
  type UpdateControl,
} from "@openaims/core";
import type { DbOrTx, Tx } from "../../db/client.js";
import { controlRequirements, controls } from "../../db/schema/index.js";
import { recordAudit } from "../audit/record-audit.js";
import type { Actor, ServiceContext } from "../context.js";
import { nextKey } from "../shared/keys.js";
import { likePattern } from "../shared/search.js";
import { assertVersion } from "../shared/versioning.js";
import { assertMayWriteUnit, unitVisibility } from "../shared/business-unit-scope.js";
import { assertBusinessUnit, assertUser } from "../shared/references.js";
import { assertLinkable, linksOf, replaceLinks, type LinkView } from "./control-links.js";
import { evidenceByTarget } from "../coverage/coverage-evidence.js";

type Row = typeof controls.$inferSelect;

const toControl = (r: Row, links: LinkView[]): Control => ({
  id: r.id,
  key: r.key,
  code: r.code,
  title: r.title,
  description: r.description,
  ownerId: r.ownerId,
  businessUnitId: r.businessUnitId,
  frequency: r.frequency as Control["frequency"],
  implementationStatus: r.implementationStatus as Control["implementationStatus"],
  effectiveness: r.effectiveness as Control["effectiveness"],
  templateCode: r.templateCode,
  links,
  createdAt: r.createdAt.toISOString(),
  updatedAt: r.updatedAt.toISOString(),
  version: r.version,
});

const sortColumns = {
  code: controls.code,
  title: controls.title,
  createdAt: controls.createdAt,
  implementationStatus: controls.implementationStatus,
};

export async function listControls(ctx: ServiceContext, q: ControlListQuery): Promise<Page<Control>> {
  const filters: (SQL | undefined)[] = [unitVisibility(controls.businessUnitId, ctx.actor)];
  if (q.q) filters.push(or(ilike(controls.code, likePattern(q.q)), ilike(controls.title, likePattern(q.q))));
  if (q.implementationStatus) filters.push(eq(controls.implementationStatus, q.implementationStatus));
  if (q.businessUnitId) filters.push(eq(controls.businessUnitId, q.businessUnitId));
  if (q.requirementKey) {
    const linked = ctx.db
      .select({ id: controlRequirements.controlId })
      .from(controlRequirements)
      .where(eq(controlRequirements.requirementKey, q.requirementKey));
    filters.push(inArray(controls.id, linked));
  }
  const where = and(...filters);
  const order = (q.order === "desc" ? desc : asc)(sortColumns[q.sort]);
  const rows = await ctx.db
    .select()
    .from(controls)
    .where(where)
    .orderBy(order, asc(controls.id))
    .limit(q.limit)
    .offset(q.offset);
  const [total] = await ctx.db.select({ n: count() }).from(controls).where(where);
  const links = await linksOf(
    ctx.db,
    rows.map((r) => r.id),
  );
  return { items: rows.map((r) => toControl(r, links.get(r.id) ?? [])), total: total?.n ?? 0 };
}

async function loadVisible(db: DbOrTx, actor: Actor, id: string, lock = false): Promise<Row> {
  const query = db
    .select()
    .from(controls)
    .where(and(eq(controls.id, id), unitVisibility(controls.businessUnitId, actor)));
  const [row] = lock ? await query.for("update") : await query;
  if (!row) throw new DomainError("NOT_FOUND", `control ${id} not found`);
  return row;
}

export async function getControl(ctx: ServiceContext, id: string): Promise<Control> {
  const row = await loadVisible(ctx.db, ctx.actor, id);
  return toControl(row, (await linksOf(ctx.db, [id])).get(id) ?? []);
}

async function assertCodeFree(tx: Tx, code: string, exceptId: string | null): Promise<void> {
  const clash = await tx
    .select({ id: controls.id })
    .from(controls)
    .where(and(eq(controls.code, code), exceptId ? ne(controls.id, exceptId) : undefined));
  if (clash.length) throw new DomainError("ALREADY_EXISTS", `a control with code ${code} already exists`);
}

/** Creates a control in the caller's transaction (also used when adopting templates). */
export async function insertControl(
  tx: Tx,
  ctx: ServiceContext,
  raw: CreateControl,
  templateCode: string | null = null,
): Promise<Control> {
  const input = CreateControl.parse(raw);
  assertMayWriteUnit(ctx.actor, input.businessUnitId);
  await assertCodeFree(tx, input.code, null);
  await assertUser(tx, input.ownerId, "ownerId");
  await assertBusinessUnit(tx, input.businessUnitId, "businessUnitId");
  await assertLinkable(tx, input.links);
  const key = await nextKey(tx, "control");
  const { links, ...fields } = input;
  const [row] = await tx
    .insert(controls)
    .values({ ...fields, key, templateCode })
    .returning();
  await replaceLinks(tx, row!.id, links);
  const control = toControl(row!, (await linksOf(tx, [row!.id])).get(row!.id) ?? []);
  await recordAudit(tx, ctx, {
    action: "control.created",
    entityType: "control",
    entityId: control.id,
    after: control,
  });
  return control;
}

export async function createControl(ctx: ServiceContext, raw: CreateControl): Promise<Control> {
  return ctx.db.transaction((tx) => insertControl(tx, ctx, raw));
}

/** Updates fields and (when given) replaces the requirement links; coverage everywhere follows at once. */
export async function updateControl(ctx: ServiceContext, id: string, patch: UpdateControl): Promise<Control> {
  return ctx.db.transaction(async (tx) => {
    const row = await loadVisible(tx, ctx.actor, id, true);
    assertVersion(row, patch.version, `control ${id}`);
    const before = toControl(row, (await linksOf(tx, [id])).get(id) ?? []);
    assertMayWriteUnit(ctx.actor, row.businessUnitId);
    const { version, links, ...fields } = patch;
    const next = { ...fields };
    if (next.businessUnitId !== undefined) assertMayWriteUnit(ctx.actor, next.businessUnitId);
    if (next.code !== undefined) await assertCodeFree(tx, next.code, id);
    await assertUser(tx, next.ownerId, "ownerId");
    await assertBusinessUnit(tx, next.businessUnitId, "businessUnitId");
    if (links) {
      await assertLinkable(tx, links);
      await replaceLinks(tx, id, links);
    }
    const [updated] = await tx
      .update(controls)
      .set({ ...next, version: version + 1, updatedAt: new Date() })
      .where(eq(controls.id, id))
      .returning();
    const after = toControl(updated!, (await linksOf(tx, [id])).get(id) ?? []);
    await recordAudit(tx, ctx, {
      action: "control.updated",
      entityType: "control",
      entityId: id,
      before,
      after,
    });
    return after;
  });
}

/**
 * All controls with their links and linked evidence, for the coverage engine (an organization has
 * hundreds, not millions); three queries whatever the number of controls.
 */
export async function loadControlsForCoverage(db: DbOrTx) {
  const rows = await db
    .select({
      id: controls.id,
      code: controls.code,
      title: controls.title,
      status: controls.implementationStatus,
    })
    .from(controls);
  const links = await db.select().from(controlRequirements);
  const byControl = new Map<string, { requirementKey: string; coverage: "full" | "partial" }[]>();
  for (const l of links) {
    const list = byControl.get(l.controlId) ?? [];
    list.push({ requirementKey: l.requirementKey, coverage: l.coverage as "full" | "partial" });
    byControl.set(l.controlId, list);
  }
  const evidenceOf = await evidenceByTarget(db, "control");
  return rows.map((r) => ({
    ...r,
    status: r.status as Control["implementationStatus"],
    links: byControl.get(r.id) ?? [],
    evidence: evidenceOf.get(r.id) ?? [],
  }));
}
