import { count, inArray, sql } from "drizzle-orm";
import { RiskListQuery, type RiskView } from "@openaims/core";
import { z } from "zod";
import {
  aiSystems,
  businessUnits,
  controls,
  requirements,
  riskActions,
  users,
} from "../../db/schema/index.js";
import type { ServiceContext } from "../context.js";
import { riskViewsPage } from "../risks/risks-service.js";

/** The list's filters and sort, without paging: an export is the whole filtered register. */
export const RiskExportFilters = RiskListQuery.omit({ limit: true, offset: true });
export type RiskExportFilters = z.infer<typeof RiskExportFilters>;

/** Risks read per query: big enough to be quick, small enough to keep memory flat at 50,000 risks. */
export const RISK_BATCH = 1000;

/** What a register row shows besides the risk itself: names instead of ids, action counts. */
export type RiskRowContext = {
  aiSystem: (id: string | null) => string;
  businessUnit: (id: string | null) => string;
  owner: (id: string | null) => string;
  control: (id: string) => string;
  requirement: (key: string | null) => string;
  actions: (riskId: string) => { total: number; open: number };
};

const byId = <T extends { id: string }>(rows: T[], text: (r: T) => string) =>
  new Map(rows.map((r) => [r.id, text(r)]));

/** Names and counts for one batch of risks, one query per kind (no query per risk). */
async function contextOf(ctx: ServiceContext, batch: RiskView[]): Promise<RiskRowContext> {
  const ids = (pick: (r: RiskView) => (string | null)[]) => [
    ...new Set(batch.flatMap(pick).filter((x): x is string => Boolean(x))),
  ];
  const systemIds = ids((r) => [r.aiSystemId]);
  const unitIds = ids((r) => [r.businessUnitId]);
  const ownerIds = ids((r) => [r.ownerId]);
  const controlIds = ids((r) => r.treatmentControls);
  const requirementKeys = ids((r) => [r.source, r.characteristic, ...r.annexAControls]);
  const riskIds = batch.map((r) => r.id);
  const [systems, units, owners, ctrls, reqs, actions] = [
    systemIds.length
      ? await ctx.db
          .select({ id: aiSystems.id, key: aiSystems.key, name: aiSystems.name })
          .from(aiSystems)
          .where(inArray(aiSystems.id, systemIds))
      : [],
    unitIds.length
      ? await ctx.db
          .select({ id: businessUnits.id, name: businessUnits.name })
          .from(businessUnits)
          .where(inArray(businessUnits.id, unitIds))
      : [],
    ownerIds.length
      ? await ctx.db.select({ id: users.id, name: users.name }).from(users).where(inArray(users.id, ownerIds))
      : [],
    controlIds.length
      ? await ctx.db
          .select({ id: controls.id, code: controls.code, title: controls.title })
          .from(controls)
          .where(inArray(controls.id, controlIds))
      : [],
    requirementKeys.length
      ? await ctx.db
          .select({ key: requirements.key, id: requirements.requirementId, title: requirements.title })
          .from(requirements)
          .where(inArray(requirements.key, requirementKeys))
      : [],
    riskIds.length
      ? await ctx.db
          .select({
            riskId: riskActions.riskId,
            total: count(),
            open: sql<number>`count(*) filter (where ${riskActions.status} in ('open', 'in_progress'))`.mapWith(
              Number,
            ),
          })
          .from(riskActions)
          .where(inArray(riskActions.riskId, riskIds))
          .groupBy(riskActions.riskId)
      : [],
  ];
  const systemNames = byId(systems, (s) => `${s.key} ${s.name}`);
  const unitNames = byId(units, (u) => u.name);
  const ownerNames = byId(owners, (u) => u.name);
  const controlNames = byId(ctrls, (c) => `${c.code} ${c.title}`);
  const requirementNames = new Map(reqs.map((r) => [r.key, `${r.id} ${r.title}`]));
  const actionCounts = new Map(actions.map((a) => [a.riskId, { total: a.total, open: a.open }]));
  return {
    aiSystem: (id) => (id ? (systemNames.get(id) ?? id) : "Organization-wide"),
    businessUnit: (id) => (id ? (unitNames.get(id) ?? id) : ""),
    owner: (id) => (id ? (ownerNames.get(id) ?? "") : ""),
    control: (id) => controlNames.get(id) ?? id,
    requirement: (key) => (key ? (requirementNames.get(key) ?? key) : ""),
    actions: (riskId) => actionCounts.get(riskId) ?? { total: 0, open: 0 },
  };
}

/**
 * The filtered register in batches, read with the list's own query (filters, business-unit
 * visibility, matrices), with the names each batch needs. Offset pages in the list's order.
 */
export async function* riskBatches(
  ctx: ServiceContext,
  filters: RiskExportFilters,
  batchSize = RISK_BATCH,
): AsyncGenerator<{ risks: RiskView[]; names: RiskRowContext }> {
  for (let offset = 0; ; offset += batchSize) {
    const page = await riskViewsPage(ctx, { ...filters, limit: batchSize, offset });
    if (page.length) yield { risks: page, names: await contextOf(ctx, page) };
    if (page.length < batchSize) return;
  }
}

/** Names of the AI system, business unit and owner a filter names, by id (one query each). */
export async function namesOfFilters(
  ctx: ServiceContext,
  f: RiskExportFilters,
): Promise<Map<string, string>> {
  const names = new Map<string, string>();
  if (f.aiSystemId)
    for (const s of await ctx.db
      .select({ id: aiSystems.id, key: aiSystems.key, name: aiSystems.name })
      .from(aiSystems)
      .where(inArray(aiSystems.id, [f.aiSystemId])))
      names.set(s.id, `${s.key} ${s.name}`);
  if (f.businessUnitId)
    for (const u of await ctx.db
      .select({ id: businessUnits.id, name: businessUnits.name })
      .from(businessUnits)
      .where(inArray(businessUnits.id, [f.businessUnitId])))
      names.set(u.id, u.name);
  if (f.ownerId)
    for (const u of await ctx.db
      .select({ id: users.id, name: users.name })
      .from(users)
      .where(inArray(users.id, [f.ownerId])))
      names.set(u.id, u.name);
  return names;
}
