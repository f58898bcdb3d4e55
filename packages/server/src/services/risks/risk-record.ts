import { riskLevel, type RiskMatrixDefinition, type RiskView } from "@openaims/core";
import type { risks } from "../../db/schema/index.js";
import type { TreatmentLinks } from "./risk-links.js";

export type RiskRow = typeof risks.$inferSelect;

const levelView = (m: RiskMatrixDefinition, l: number, i: number) => {
  const level = riskLevel(m, l, i);
  return {
    index: level.index,
    id: level.id,
    label: level.label,
    color: level.color,
    appetite: level.appetite,
  };
};

/** Both levels of a risk on the given matrix (the server is the authority; the web calls the same core function). */
export function levelsOf(
  m: RiskMatrixDefinition,
  s: {
    inherentLikelihood: number;
    inherentImpact: number;
    residualLikelihood: number;
    residualImpact: number;
  },
) {
  return {
    inherent: levelView(m, s.inherentLikelihood, s.inherentImpact),
    residual: levelView(m, s.residualLikelihood, s.residualImpact),
  };
}

export function toRiskView(r: RiskRow, m: RiskMatrixDefinition, links: TreatmentLinks): RiskView {
  const levels = levelsOf(m, r);
  return {
    id: r.id,
    key: r.key,
    title: r.title,
    description: r.description,
    aiSystemId: r.aiSystemId,
    businessUnitId: r.businessUnitId,
    source: r.source,
    characteristic: r.characteristic,
    consequences: {
      organization: "",
      individuals: "",
      society: "",
      ...(r.consequences as Partial<RiskView["consequences"]>),
    },
    inherentLikelihood: r.inherentLikelihood,
    inherentImpact: r.inherentImpact,
    inherentLevel: levels.inherent,
    existingControls: r.existingControls,
    residualLikelihood: r.residualLikelihood,
    residualImpact: r.residualImpact,
    residualLevel: levels.residual,
    matrixVersion: r.matrixVersion,
    ownerId: r.ownerId,
    treatment: r.treatment as RiskView["treatment"],
    status: r.status as RiskView["status"],
    acceptanceApprovalId: r.acceptanceApprovalId,
    acceptedUntil: r.acceptedUntil,
    nextReviewOn: r.nextReviewOn,
    treatmentControls: links.treatmentControls,
    annexAControls: links.annexAControls,
    createdAt: r.createdAt.toISOString(),
    updatedAt: r.updatedAt.toISOString(),
    version: r.version,
  };
}
