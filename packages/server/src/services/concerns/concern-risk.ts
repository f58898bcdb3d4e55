import { eq } from "drizzle-orm";
import { DomainError, RiskFromConcern, SEVERITY_IMPACT, type RiskView } from "@openaims/core";
import type { AimsDb } from "../../db/client.js";
import { concerns } from "../../db/schema/index.js";
import { recordAudit } from "../audit/record-audit.js";
import type { ServiceContext } from "../context.js";
import { loadAiSystem } from "../ai-systems/ai-systems-service.js";
import { currentMatrix } from "../risks/risk-matrix-service.js";
import { rescale } from "../risks/risk-templates.js";
import { createRisk } from "../risks/risks-service.js";
import { AUDIT_VIEWER, loadConcern, toConcern, viewerOf } from "./concern-view.js";

/** "Possible" on a 5-point scale: a concern says something may happen, not how often. */
const CONCERN_LIKELIHOOD = 3;

/**
 * A concern that reveals a risk starts a register entry (ISO/IEC 42001 6.1.2) in the same
 * transaction: the concern's severity sets the impact, the likelihood starts at "possible" for the
 * owner to reassess, and the concern's triage note records the risk's key. The risk is readable by
 * everyone who reads the register, so the triager may reword the reporter's text first.
 */
export async function createRiskFromConcern(
  ctx: ServiceContext,
  id: string,
  raw: RiskFromConcern,
): Promise<RiskView> {
  const input = RiskFromConcern.parse(raw);
  const viewer = viewerOf(ctx.actor);
  if (viewer.access !== "triage") throw new DomainError("FORBIDDEN", "only managers triage concerns");
  return ctx.db.transaction(async (tx) => {
    const current = await loadConcern(tx, viewer, id, true);
    const row = current.row;
    if (row.version !== input.version)
      throw new DomainError(
        "VERSION_CONFLICT",
        `concern ${row.key} was changed by someone else (now version ${row.version}, you sent ${input.version}); reload and try again`,
        { currentVersion: row.version },
      );
    const system = row.aiSystemId ? await loadAiSystem(tx, ctx.actor, row.aiSystemId) : null;
    const matrix = (await currentMatrix(tx)).definition;
    const severity = (row.severity ?? "medium") as keyof typeof SEVERITY_IMPACT;
    const likelihood = rescale(CONCERN_LIKELIHOOD, matrix.likelihood.length);
    const impact = rescale(SEVERITY_IMPACT[severity], matrix.impact.length);
    // createRisk opens a nested transaction (a savepoint): the risk and the concern's note commit together.
    const risk = await createRisk(
      { ...ctx, db: tx as unknown as AimsDb },
      {
        title: input.title ?? row.title,
        description: input.description ?? row.description.slice(0, 4000),
        aiSystemId: row.aiSystemId,
        businessUnitId: system?.businessUnitId ?? null,
        inherentLikelihood: likelihood,
        inherentImpact: impact,
        residualLikelihood: likelihood,
        residualImpact: impact,
      },
    );
    const line = `Risk ${risk.key} was started from this concern.`;
    await tx
      .update(concerns)
      .set({
        triageNote: row.triageNote ? `${row.triageNote}\n\n${line}` : line,
        version: row.version + 1,
        updatedAt: new Date(),
      })
      .where(eq(concerns.id, id));
    const updated = await loadConcern(tx, AUDIT_VIEWER, id);
    await recordAudit(tx, ctx, {
      action: "concern.risk_created",
      entityType: "concern",
      entityId: id,
      before: toConcern(current, AUDIT_VIEWER),
      after: { ...toConcern(updated, AUDIT_VIEWER), riskId: risk.id, riskKey: risk.key },
    });
    return risk;
  });
}
