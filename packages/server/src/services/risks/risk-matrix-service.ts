import { count, desc, eq } from "drizzle-orm";
import {
  DomainError,
  matrixProblems,
  RiskMatrixDefinition,
  type RiskMatrixDefinition as Matrix,
} from "@openaims/core";
import type { DbOrTx } from "../../db/client.js";
import { riskMatrices } from "../../db/schema/index.js";
import { recordAudit } from "../audit/record-audit.js";
import type { ServiceContext } from "../context.js";
import { assertUserActor } from "../auth/sessions.js";

type Row = typeof riskMatrices.$inferSelect;
const toView = (r: Row) => ({
  version: r.version,
  definition: RiskMatrixDefinition.parse(r.definition),
  createdAt: r.createdAt.toISOString(),
  createdBy: r.createdBy,
});

/** The risk criteria in force: the newest version (ISO/IEC 42001 6.1.1). */
export async function currentMatrix(db: DbOrTx): Promise<{ version: number; definition: Matrix }> {
  const [row] = await db.select().from(riskMatrices).orderBy(desc(riskMatrices.version)).limit(1);
  if (!row) throw new Error("no risk matrix: migrations seed version 1");
  return toView(row);
}

export async function matrixVersion(db: DbOrTx, version: number): Promise<Matrix> {
  const [row] = await db.select().from(riskMatrices).where(eq(riskMatrices.version, version));
  if (!row) throw new DomainError("NOT_FOUND", `risk matrix version ${version} not found`);
  return RiskMatrixDefinition.parse(row.definition);
}

export async function listMatrixVersions(db: DbOrTx, page: { limit: number; offset: number }) {
  const rows = await db
    .select()
    .from(riskMatrices)
    .orderBy(desc(riskMatrices.version))
    .limit(page.limit)
    .offset(page.offset);
  const [total] = await db.select({ n: count() }).from(riskMatrices);
  return { items: rows.map(toView), total: total?.n ?? 0 };
}

/**
 * Adds a new version of the criteria. Existing assessments keep the version they used; a stale
 * `basedOnVersion` (someone changed the criteria meanwhile) gets 409.
 */
export async function updateMatrix(
  ctx: ServiceContext,
  input: { basedOnVersion: number; definition: Matrix },
) {
  const me = assertUserActor(ctx.actor);
  const problems = matrixProblems(input.definition);
  if (problems.length)
    throw new DomainError("VALIDATION_FAILED", `${problems[0]!.path}: ${problems[0]!.message}`, {
      issues: problems.map((p) => ({ ...p, path: `definition.${p.path}` })),
    });
  return ctx.db.transaction(async (tx) => {
    const current = await currentMatrix(tx);
    if (current.version !== input.basedOnVersion) {
      throw new DomainError(
        "VERSION_CONFLICT",
        `the risk criteria changed meanwhile (now version ${current.version}); reload and try again`,
        { currentVersion: current.version },
      );
    }
    const [row] = await tx
      .insert(riskMatrices)
      .values({ version: current.version + 1, definition: input.definition, createdBy: me.userId })
      .returning();
    const view = toView(row!);
    await recordAudit(tx, ctx, {
      action: "risk_matrix.versioned",
      entityType: "risk_matrix",
      entityId: String(view.version),
      before: current,
      after: view,
    });
    return view;
  });
}
