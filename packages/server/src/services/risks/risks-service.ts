import { and, asc, count, desc, eq, gte, ilike, inArray, ne, or, sql, type SQL } from "drizzle-orm";
import {
  CreateRisk,
  DomainError,
  heatMap,
  RiskMatrixDefinition,
  type Page,
  type RiskListQuery,
  type RiskView,
  type UpdateRisk,
} from "@openaims/core";
import type { DbOrTx, Tx } from "../../db/client.js";
import { riskMatrices, risks } from "../../db/schema/index.js";
import { recordAudit } from "../audit/record-audit.js";
import type { Actor, ServiceContext } from "../context.js";
import { nextKey } from "../shared/keys.js";
import { likePattern } from "../shared/search.js";
import { assertVersion } from "../shared/versioning.js";
import { assertMayWriteUnit, unitVisibility } from "../shared/business-unit-scope.js";
import { assertBusinessUnit, assertUser } from "../shared/references.js";
import { loadAiSystem } from "../ai-systems/ai-systems-service.js";
import { currentMatrix } from "./risk-matrix-service.js";
import { levelsOf, toRiskView, type RiskRow } from "./risk-record.js";
import {
  assertTreatmentLinks,
  insertTreatmentLinks,
  normalizedLinks,
  replaceTreatmentLinks,
  treatmentLinksOf,
} from "./risk-links.js";

const sortColumns = {
  title: risks.title,
  residualLevel: risks.residualLevel,
  inherentLevel: risks.inherentLevel,
  updatedAt: risks.updatedAt,
  nextReviewOn: risks.nextReviewOn,
};

/** Matrices used by a set of risks, fetched once for the whole page. */
async function matricesFor(db: DbOrTx, rows: RiskRow[]) {
  const versions = [...new Set(rows.map((r) => r.matrixVersion))];
  const found = versions.length
    ? await db.select().from(riskMatrices).where(inArray(riskMatrices.version, versions))
    : [];
  return new Map(found.map((m) => [m.version, RiskMatrixDefinition.parse(m.definition)]));
}

function filtersOf(actor: Actor, q: Partial<RiskListQuery>): SQL | undefined {
  const f: (SQL | undefined)[] = [unitVisibility(risks.businessUnitId, actor)];
  if (q.q) f.push(or(ilike(risks.title, likePattern(q.q)), ilike(risks.key, likePattern(q.q))));
  if (q.aiSystemId) f.push(eq(risks.aiSystemId, q.aiSystemId));
  if (q.businessUnitId) f.push(eq(risks.businessUnitId, q.businessUnitId));
  if (q.ownerId) f.push(eq(risks.ownerId, q.ownerId));
  if (q.status) f.push(eq(risks.status, q.status));
  if (q.treatment) f.push(eq(risks.treatment, q.treatment));
  if (q.minResidualLevel !== undefined) f.push(gte(risks.residualLevel, q.minResidualLevel));
  if (q.inherentLikelihood !== undefined) f.push(eq(risks.inherentLikelihood, q.inherentLikelihood));
  if (q.inherentImpact !== undefined) f.push(eq(risks.inherentImpact, q.inherentImpact));
  if (q.residualLikelihood !== undefined) f.push(eq(risks.residualLikelihood, q.residualLikelihood));
  if (q.residualImpact !== undefined) f.push(eq(risks.residualImpact, q.residualImpact));
  if (q.openOnly) f.push(ne(risks.status, "closed"));
  return and(...f);
}

/** One page of risk views in the list's filters and order, without the total (exports read many pages). */
export async function riskViewsPage(ctx: ServiceContext, q: RiskListQuery): Promise<RiskView[]> {
  const direction = q.order === "desc" ? desc : asc;
  const order = q.sort === "key" ? direction(risks.createdAt) : direction(sortColumns[q.sort]);
  const rows = await ctx.db
    .select()
    .from(risks)
    .where(filtersOf(ctx.actor, q))
    .orderBy(order, asc(risks.id))
    .limit(q.limit)
    .offset(q.offset);
  const matrices = await matricesFor(ctx.db, rows);
  const links = await treatmentLinksOf(
    ctx.db,
    rows.map((r) => r.id),
  );
  return rows.map((r) => toRiskView(r, matrices.get(r.matrixVersion)!, links.get(r.id)!));
}

/** A page of the risk register (ISO/IEC 42001 6.1.2), filtered on indexed columns. */
export async function listRisks(ctx: ServiceContext, q: RiskListQuery): Promise<Page<RiskView>> {
  const items = await riskViewsPage(ctx, q);
  const [total] = await ctx.db.select({ n: count() }).from(risks).where(filtersOf(ctx.actor, q));
  return { items, total: total?.n ?? 0 };
}

export async function loadRisk(db: DbOrTx, actor: Actor, id: string, lock = false): Promise<RiskRow> {
  const query = db
    .select()
    .from(risks)
    .where(and(eq(risks.id, id), unitVisibility(risks.businessUnitId, actor)));
  const [row] = lock ? await query.for("update") : await query;
  if (!row) throw new DomainError("NOT_FOUND", `risk ${id} not found`);
  return row;
}

export async function riskView(db: DbOrTx, row: RiskRow): Promise<RiskView> {
  return toRiskView(
    row,
    (await matricesFor(db, [row])).get(row.matrixVersion)!,
    (await treatmentLinksOf(db, [row.id])).get(row.id)!,
  );
}

export async function getRisk(ctx: ServiceContext, id: string): Promise<RiskView> {
  return riskView(ctx.db, await loadRisk(ctx.db, ctx.actor, id));
}

async function checkReferences(
  tx: Tx,
  ctx: ServiceContext,
  f: { ownerId: string | null; businessUnitId: string | null; aiSystemId: string | null },
) {
  await assertUser(tx, f.ownerId, "ownerId");
  await assertBusinessUnit(tx, f.businessUnitId, "businessUnitId");
  if (f.aiSystemId) await loadAiSystem(tx, ctx.actor, f.aiSystemId);
}

/** The risk's own columns (treatment links live in their own table). */
const columnsOf = <T extends { treatmentControls: string[]; annexAControls: string[] }>({
  treatmentControls: _c,
  annexAControls: _a,
  ...rest
}: T) => rest;

/** Accepting directly is only possible within appetite; above it the owner must approve (6.1.3). */
function assertDirectAcceptanceAllowed(levels: ReturnType<typeof levelsOf>, treatment: string): void {
  if (treatment === "accept" && levels.residual.appetite !== "acceptable") {
    throw new DomainError(
      "RULE_VIOLATION",
      `the residual level (${levels.residual.label}) is above appetite: request acceptance so the risk owner can approve it`,
    );
  }
}

export async function createRisk(ctx: ServiceContext, raw: CreateRisk): Promise<RiskView> {
  const input = CreateRisk.parse(raw);
  assertMayWriteUnit(ctx.actor, input.businessUnitId);
  return ctx.db.transaction(async (tx) => {
    await checkReferences(tx, ctx, input);
    const matrix = await currentMatrix(tx);
    const levels = levelsOf(matrix.definition, input);
    assertDirectAcceptanceAllowed(levels, input.treatment);
    await assertTreatmentLinks(tx, input);
    const key = await nextKey(tx, "risk");
    const [row] = await tx
      .insert(risks)
      .values({
        ...columnsOf(input),
        key,
        inherentLevel: levels.inherent.index,
        residualLevel: levels.residual.index,
        matrixVersion: matrix.version,
        status:
          input.treatment === "accept" ? "accepted" : input.treatment === "undecided" ? "open" : "treating",
      })
      .returning();
    await insertTreatmentLinks(tx, row!.id, input);
    // Built from what was just written: no re-reading of the matrix and links.
    const view = toRiskView(row!, matrix.definition, normalizedLinks(input));
    await recordAudit(tx, ctx, {
      action: "risk.created",
      entityType: "risk",
      entityId: view.id,
      after: view,
    });
    return view;
  });
}

/** Updates a risk; new scores are assessed on the criteria in force (the risk moves to that version). */
export async function updateRisk(ctx: ServiceContext, id: string, patch: UpdateRisk): Promise<RiskView> {
  return ctx.db.transaction(async (tx) => {
    const row = await loadRisk(tx, ctx.actor, id, true);
    assertVersion(row, patch.version, `risk ${id}`);
    assertMayWriteUnit(ctx.actor, row.businessUnitId);
    if (row.status === "acceptance_pending")
      throw new DomainError(
        "RULE_VIOLATION",
        "the risk waits for its owner's acceptance decision; change it after the decision",
      );
    const before = await riskView(tx, row);
    const { version, status, ...changes } = patch;
    const merged = CreateRisk.parse({ ...before, ...changes });
    if (changes.businessUnitId !== undefined) assertMayWriteUnit(ctx.actor, merged.businessUnitId);
    await checkReferences(tx, ctx, merged);
    await assertTreatmentLinks(tx, merged);
    const rescored = ["inherentLikelihood", "inherentImpact", "residualLikelihood", "residualImpact"].some(
      (k) => k in changes,
    );
    const matrix = rescored
      ? await currentMatrix(tx)
      : { version: row.matrixVersion, definition: (await matricesFor(tx, [row])).get(row.matrixVersion)! };
    const levels = levelsOf(matrix.definition, merged);
    if (changes.treatment !== undefined || rescored) assertDirectAcceptanceAllowed(levels, merged.treatment);
    const nextStatus =
      status ??
      (merged.treatment === "accept" ? "accepted" : merged.treatment === "undecided" ? "open" : "treating");
    const [updated] = await tx
      .update(risks)
      .set({
        ...columnsOf(merged),
        inherentLevel: levels.inherent.index,
        residualLevel: levels.residual.index,
        matrixVersion: matrix.version,
        status: nextStatus,
        version: version + 1,
        updatedAt: new Date(),
      })
      .where(eq(risks.id, id))
      .returning();
    await replaceTreatmentLinks(tx, id, merged);
    const after = await riskView(tx, updated!);
    await recordAudit(tx, ctx, { action: "risk.updated", entityType: "risk", entityId: id, before, after });
    return after;
  });
}

/** Risks per likelihood × impact cell on the matrix in force (risks assessed on older versions count by their scores). */
export async function riskHeatMap(
  ctx: ServiceContext,
  q: { kind: "inherent" | "residual" } & Partial<Omit<RiskListQuery, "limit" | "offset" | "sort" | "order">>,
) {
  const l = q.kind === "inherent" ? risks.inherentLikelihood : risks.residualLikelihood;
  const i = q.kind === "inherent" ? risks.inherentImpact : risks.residualImpact;
  const rows = await ctx.db
    .select({ likelihood: l, impact: i, count: sql<number>`count(*)`.mapWith(Number) })
    .from(risks)
    .where(and(filtersOf(ctx.actor, q), sql`${risks.status} <> 'closed'`))
    .groupBy(l, i);
  const matrix = await currentMatrix(ctx.db);
  return {
    kind: q.kind,
    matrixVersion: matrix.version,
    counts: heatMap(matrix.definition, rows),
    total: rows.reduce((a, r) => a + r.count, 0),
  };
}
