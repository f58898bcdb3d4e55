import {
  impactAssessmentTemplate,
  riskFromImpact,
  type Answers,
  type RiskFromImpactRequest,
  type RiskView,
} from "@openaims/core";
import type { AimsDb } from "../../db/client.js";
import { recordAudit } from "../audit/record-audit.js";
import type { ServiceContext } from "../context.js";
import { assertMayWriteUnit } from "../shared/business-unit-scope.js";
import { currentMatrix } from "../risks/risk-matrix-service.js";
import { rescale } from "../risks/risk-templates.js";
import { createRisk } from "../risks/risks-service.js";
import { loadAssessment } from "./impact-assessments-service.js";

/**
 * An identified impact becomes a register risk in one step (ISO/IEC 42001 6.1.4: impact assessment
 * results feed the risk assessment, 6.1.2). Severity and likelihood (1–5) are placed on the risk
 * criteria in force; the risk belongs to the assessed system and its business unit.
 */
export async function createRiskFromImpact(
  ctx: ServiceContext,
  id: string,
  input: RiskFromImpactRequest,
): Promise<RiskView> {
  return ctx.db.transaction(async (tx) => {
    const row = await loadAssessment(tx, ctx.actor, id);
    assertMayWriteUnit(ctx.actor, row.businessUnitId);
    const derived = riskFromImpact(
      impactAssessmentTemplate(row.templateId),
      row.answers as Answers,
      input.row,
    );
    const matrix = (await currentMatrix(tx)).definition;
    const likelihood = rescale(derived.likelihood, matrix.likelihood.length);
    const impact = rescale(derived.impact, matrix.impact.length);
    const { overrides } = input;
    // createRisk opens a nested transaction (a savepoint): the risk and this link commit together.
    const risk = await createRisk(
      { ...ctx, db: tx as unknown as AimsDb },
      {
        title: overrides.title ?? derived.title,
        description: overrides.description ?? derived.description,
        aiSystemId: row.aiSystemId,
        businessUnitId: row.businessUnitId,
        source: overrides.source ?? null,
        characteristic: overrides.characteristic ?? null,
        ownerId: overrides.ownerId ?? null,
        consequences: derived.consequences,
        inherentLikelihood: likelihood,
        inherentImpact: impact,
        residualLikelihood: likelihood,
        residualImpact: impact,
      },
    );
    await recordAudit(tx, ctx, {
      action: "impact_assessment.risk_created",
      entityType: "impact_assessment",
      entityId: id,
      after: { key: row.key, row: input.row, riskId: risk.id, riskKey: risk.key },
    });
    return risk;
  });
}
