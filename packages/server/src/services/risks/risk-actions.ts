import { and, asc, count, eq } from "drizzle-orm";
import { CreateRiskAction, DomainError, type RiskAction } from "@openaims/core";
import type { z } from "zod";
import type { UpdateRiskAction } from "@openaims/core";
import { riskActions } from "../../db/schema/index.js";
import { recordAudit } from "../audit/record-audit.js";
import type { ServiceContext } from "../context.js";
import { assertMayWriteUnit } from "../shared/business-unit-scope.js";
import { assertUser } from "../shared/references.js";
import { assertVersion } from "../shared/versioning.js";
import { loadRisk } from "./risks-service.js";

type Row = typeof riskActions.$inferSelect;
const toView = (r: Row): RiskAction => ({
  id: r.id,
  riskId: r.riskId,
  title: r.title,
  ownerId: r.ownerId,
  dueOn: r.dueOn,
  status: r.status as RiskAction["status"],
  createdAt: r.createdAt.toISOString(),
  updatedAt: r.updatedAt.toISOString(),
  version: r.version,
});

/** The treatment plan of a risk (ISO/IEC 42001 6.1.3 e): actions with owners and due dates. */
export async function listRiskActions(
  ctx: ServiceContext,
  riskId: string,
  page: { limit: number; offset: number },
) {
  await loadRisk(ctx.db, ctx.actor, riskId);
  const rows = await ctx.db
    .select()
    .from(riskActions)
    .where(eq(riskActions.riskId, riskId))
    .orderBy(asc(riskActions.createdAt), asc(riskActions.id))
    .limit(page.limit)
    .offset(page.offset);
  const [total] = await ctx.db.select({ n: count() }).from(riskActions).where(eq(riskActions.riskId, riskId));
  return { items: rows.map(toView), total: total?.n ?? 0 };
}

export async function createRiskAction(
  ctx: ServiceContext,
  riskId: string,
  raw: z.input<typeof CreateRiskAction>,
): Promise<RiskAction> {
  const input = CreateRiskAction.parse(raw);
  return ctx.db.transaction(async (tx) => {
    const risk = await loadRisk(tx, ctx.actor, riskId);
    assertMayWriteUnit(ctx.actor, risk.businessUnitId);
    await assertUser(tx, input.ownerId, "ownerId");
    const [row] = await tx
      .insert(riskActions)
      .values({ ...input, riskId, status: "open" })
      .returning();
    const view = toView(row!);
    await recordAudit(tx, ctx, {
      action: "risk.action_added",
      entityType: "risk",
      entityId: riskId,
      after: view,
    });
    return view;
  });
}

export async function updateRiskAction(
  ctx: ServiceContext,
  riskId: string,
  actionId: string,
  patch: z.infer<typeof UpdateRiskAction>,
): Promise<RiskAction> {
  return ctx.db.transaction(async (tx) => {
    const risk = await loadRisk(tx, ctx.actor, riskId);
    assertMayWriteUnit(ctx.actor, risk.businessUnitId);
    const [row] = await tx
      .select()
      .from(riskActions)
      .where(and(eq(riskActions.id, actionId), eq(riskActions.riskId, riskId)))
      .for("update");
    if (!row) throw new DomainError("NOT_FOUND", `action ${actionId} not found on risk ${riskId}`);
    assertVersion(row, patch.version, `action ${actionId}`);
    const { version, ...changes } = patch;
    if (changes.ownerId !== undefined) await assertUser(tx, changes.ownerId, "ownerId");
    const [updated] = await tx
      .update(riskActions)
      .set({ ...changes, version: version + 1, updatedAt: new Date() })
      .where(eq(riskActions.id, actionId))
      .returning();
    const after = toView(updated!);
    await recordAudit(tx, ctx, {
      action: "risk.action_updated",
      entityType: "risk",
      entityId: riskId,
      before: toView(row),
      after,
    });
    return after;
  });
}
