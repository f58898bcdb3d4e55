import { and, asc, count, desc, eq, ilike, or, sql, type SQL } from "drizzle-orm";
import {
  canonicalJson,
  CreateAiSystem,
  DomainError,
  type AiSystemListQuery,
  type AiSystemSummary,
  type AiSystemView,
  type Page,
  type UpdateAiSystem,
} from "@openaims/core";
import type { DbOrTx, Tx } from "../../db/client.js";
import { aiSystemClassifications, aiSystemKeyNumber, aiSystems } from "../../db/schema/index.js";
import { recordAudit } from "../audit/record-audit.js";
import type { Actor, ServiceContext } from "../context.js";
import { nextKey } from "../shared/keys.js";
import { likePattern } from "../shared/search.js";
import { assertVersion } from "../shared/versioning.js";
import { assertMayWriteUnit, unitVisibility } from "../shared/business-unit-scope.js";
import { assertBusinessUnit, assertUser } from "../shared/references.js";
import { markAssessmentsDueAfterChange } from "../impact-assessments/assessment-due.js";
import {
  classify,
  derivedColumns,
  toAiSystemView,
  type AiSystemFieldsParsed,
  type AiSystemRow,
} from "./ai-system-record.js";

/** Scoped contributors and viewers see systems of their units and those without a unit. */
export const aiSystemVisibility = (actor: Actor): SQL | undefined =>
  unitVisibility(aiSystems.businessUnitId, actor);

const sortColumns = {
  name: aiSystems.name,
  lifecycleStage: aiSystems.lifecycleStage,
  euRiskClass: aiSystems.euRiskClass,
  createdAt: aiSystems.createdAt,
  updatedAt: aiSystems.updatedAt,
};

const summaryColumns = {
  id: aiSystems.id,
  key: aiSystems.key,
  name: aiSystems.name,
  purpose: sql<string>`left(${aiSystems.purpose}, 300)`,
  businessUnitId: aiSystems.businessUnitId,
  ownerId: aiSystems.ownerId,
  lifecycleStage: aiSystems.lifecycleStage,
  euRiskClass: aiSystems.euRiskClass,
  frameworkRefs: aiSystems.frameworkRefs,
  createdAt: aiSystems.createdAt,
  updatedAt: aiSystems.updatedAt,
  version: aiSystems.version,
};

/** A filtered, sorted page of the inventory (indexed columns only; one query for the page, one for the count). */
export async function listAiSystems(
  ctx: ServiceContext,
  q: AiSystemListQuery,
): Promise<Page<AiSystemSummary>> {
  const filters: (SQL | undefined)[] = [aiSystemVisibility(ctx.actor)];
  if (q.q) filters.push(or(ilike(aiSystems.name, likePattern(q.q)), ilike(aiSystems.key, likePattern(q.q))));
  if (q.lifecycleStage) filters.push(eq(aiSystems.lifecycleStage, q.lifecycleStage));
  if (q.euRiskClass) filters.push(eq(aiSystems.euRiskClass, q.euRiskClass));
  if (q.businessUnitId) filters.push(eq(aiSystems.businessUnitId, q.businessUnitId));
  if (q.ownerId) filters.push(eq(aiSystems.ownerId, q.ownerId));
  if (q.framework) filters.push(sql`${aiSystems.frameworkRefs} @> ${JSON.stringify([q.framework])}::jsonb`);
  const where = and(...filters);
  const direction = q.order === "desc" ? desc : asc;
  const order = q.sort === "key" ? direction(aiSystemKeyNumber) : direction(sortColumns[q.sort]);
  const rows = await ctx.db
    .select(summaryColumns)
    .from(aiSystems)
    .where(where)
    .orderBy(order, asc(aiSystems.id))
    .limit(q.limit)
    .offset(q.offset);
  const [total] = await ctx.db.select({ n: count() }).from(aiSystems).where(where);
  return {
    items: rows.map((r) => ({
      ...r,
      lifecycleStage: r.lifecycleStage as AiSystemSummary["lifecycleStage"],
      frameworkRefs: r.frameworkRefs as string[],
      createdAt: r.createdAt.toISOString(),
      updatedAt: r.updatedAt.toISOString(),
    })),
    total: total?.n ?? 0,
  };
}

export async function loadAiSystem(db: DbOrTx, actor: Actor, id: string, lock = false): Promise<AiSystemRow> {
  const query = db
    .select()
    .from(aiSystems)
    .where(and(eq(aiSystems.id, id), aiSystemVisibility(actor)));
  const [row] = lock ? await query.for("update") : await query;
  if (!row) throw new DomainError("NOT_FOUND", `AI system ${id} not found`);
  return row;
}

export async function getAiSystem(ctx: ServiceContext, id: string): Promise<AiSystemView> {
  return toAiSystemView(await loadAiSystem(ctx.db, ctx.actor, id));
}

/** Registers a system inside the caller's transaction (also used when an intake is approved). */
export async function insertAiSystem(
  tx: Tx,
  ctx: ServiceContext,
  fields: AiSystemFieldsParsed,
  intakeRequestId: string | null = null,
): Promise<AiSystemView> {
  assertMayWriteUnit(ctx.actor, fields.businessUnitId);
  await assertUser(tx, fields.ownerId, "ownerId");
  await assertBusinessUnit(tx, fields.businessUnitId, "businessUnitId");
  const classification = classify(fields);
  const key = await nextKey(tx, "aiSystem");
  const [row] = await tx
    .insert(aiSystems)
    .values({ ...fields, key, intakeRequestId, ...derivedColumns(fields, classification) })
    .returning();
  await tx.insert(aiSystemClassifications).values({
    aiSystemId: row!.id,
    rulesVersion: classification.rulesVersion,
    euRiskClass: classification.euRiskClass,
    result: classification,
    trigger: intakeRequestId ? "registered from intake" : "created",
  });
  const view = toAiSystemView(row!);
  await recordAudit(tx, ctx, {
    action: "ai_system.created",
    entityType: "ai_system",
    entityId: view.id,
    after: view,
  });
  return view;
}

export async function createAiSystem(ctx: ServiceContext, raw: unknown): Promise<AiSystemView> {
  const fields = CreateAiSystem.parse(raw);
  return ctx.db.transaction((tx) => insertAiSystem(tx, ctx, fields));
}

const conclusionOf = (c: unknown) => canonicalJson({ ...(c as object), asOf: null });

/** Updates a system; when its facts change it is reclassified and the earlier result kept in history. */
export async function updateAiSystem(
  ctx: ServiceContext,
  id: string,
  patch: UpdateAiSystem,
): Promise<AiSystemView> {
  return ctx.db.transaction(async (tx) => {
    const row = await loadAiSystem(tx, ctx.actor, id, true);
    assertVersion(row, patch.version, `AI system ${id}`);
    assertMayWriteUnit(ctx.actor, row.businessUnitId);
    const before = toAiSystemView(row);
    const { version, ...changes } = patch;
    const {
      id: _i,
      key: _k,
      euRiskClass: _e,
      frameworkRefs: _f,
      classification: _c,
      classifiedAt: _ca,
      intakeRequestId: _ir,
      createdAt: _cr,
      updatedAt: _u,
      version: _v,
      ...current
    } = before;
    const fields = CreateAiSystem.parse({ ...current, ...changes });
    if (changes.businessUnitId !== undefined) assertMayWriteUnit(ctx.actor, fields.businessUnitId);
    await assertUser(tx, fields.ownerId, "ownerId");
    await assertBusinessUnit(tx, fields.businessUnitId, "businessUnitId");
    const classification = classify(fields);
    const [updated] = await tx
      .update(aiSystems)
      .set({
        ...fields,
        ...derivedColumns(fields, classification),
        version: version + 1,
        updatedAt: new Date(),
      })
      .where(eq(aiSystems.id, id))
      .returning();
    if (conclusionOf(classification) !== conclusionOf(before.classification)) {
      await tx.insert(aiSystemClassifications).values({
        aiSystemId: id,
        rulesVersion: classification.rulesVersion,
        euRiskClass: classification.euRiskClass,
        result: classification,
        trigger: "facts changed",
      });
    }
    const after = toAiSystemView(updated!);
    await markAssessmentsDueAfterChange(tx, ctx, before, after);
    await recordAudit(tx, ctx, {
      action: "ai_system.updated",
      entityType: "ai_system",
      entityId: id,
      before,
      after,
    });
    return after;
  });
}

/** Earlier classifications, newest first. */
export async function classificationHistory(
  ctx: ServiceContext,
  id: string,
  page: { limit: number; offset: number },
) {
  await loadAiSystem(ctx.db, ctx.actor, id);
  const rows = await ctx.db
    .select()
    .from(aiSystemClassifications)
    .where(eq(aiSystemClassifications.aiSystemId, id))
    .orderBy(desc(aiSystemClassifications.at))
    .limit(page.limit)
    .offset(page.offset);
  const [total] = await ctx.db
    .select({ n: count() })
    .from(aiSystemClassifications)
    .where(eq(aiSystemClassifications.aiSystemId, id));
  return {
    items: rows.map((r) => ({
      id: r.id,
      at: r.at.toISOString(),
      rulesVersion: r.rulesVersion,
      euRiskClass: r.euRiskClass,
      trigger: r.trigger,
      result: r.result as AiSystemView["classification"],
    })),
    total: total?.n ?? 0,
  };
}
