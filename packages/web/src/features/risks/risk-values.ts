/** What the risk form sends: the whole risk on create, only what changed on update. */
import type { CreateRisk, RiskView, UpdateRisk } from "@openaims/core";
import type { RiskTreatment } from "./risks-api";

export type RiskFormValues = {
  title: string;
  description: string;
  aiSystemId: string | null;
  businessUnitId: string | null;
  source: string;
  characteristic: string;
  organization: string;
  individuals: string;
  society: string;
  inherentLikelihood: number;
  inherentImpact: number;
  existingControls: string;
  residualLikelihood: number;
  residualImpact: number;
  ownerId: string | null;
  treatment: RiskTreatment;
  nextReviewOn: string;
  treatmentControls: string[];
  annexAControls: string[];
};

export function emptyRisk(aiSystemId: string | null = null): RiskFormValues {
  return {
    title: "",
    description: "",
    aiSystemId,
    businessUnitId: null,
    source: "",
    characteristic: "",
    organization: "",
    individuals: "",
    society: "",
    inherentLikelihood: 1,
    inherentImpact: 1,
    existingControls: "",
    residualLikelihood: 1,
    residualImpact: 1,
    ownerId: null,
    treatment: "undecided",
    nextReviewOn: "",
    treatmentControls: [],
    annexAControls: [],
  };
}

export function valuesOf(risk: RiskView): RiskFormValues {
  return {
    title: risk.title,
    description: risk.description,
    aiSystemId: risk.aiSystemId,
    businessUnitId: risk.businessUnitId,
    source: risk.source ?? "",
    characteristic: risk.characteristic ?? "",
    organization: risk.consequences.organization,
    individuals: risk.consequences.individuals,
    society: risk.consequences.society,
    inherentLikelihood: risk.inherentLikelihood,
    inherentImpact: risk.inherentImpact,
    existingControls: risk.existingControls,
    residualLikelihood: risk.residualLikelihood,
    residualImpact: risk.residualImpact,
    ownerId: risk.ownerId,
    treatment: risk.treatment,
    nextReviewOn: risk.nextReviewOn ?? "",
    treatmentControls: [...risk.treatmentControls],
    annexAControls: [...risk.annexAControls],
  };
}

const orNull = (s: string) => (s.trim() ? s.trim() : null);

/** The body of POST /api/v1/risks. */
export function createRiskBody(v: RiskFormValues): CreateRisk {
  return {
    title: v.title.trim(),
    description: v.description,
    aiSystemId: v.aiSystemId,
    businessUnitId: v.businessUnitId,
    source: orNull(v.source),
    characteristic: orNull(v.characteristic),
    consequences: { organization: v.organization, individuals: v.individuals, society: v.society },
    inherentLikelihood: v.inherentLikelihood,
    inherentImpact: v.inherentImpact,
    existingControls: v.existingControls,
    residualLikelihood: v.residualLikelihood,
    residualImpact: v.residualImpact,
    ownerId: v.ownerId,
    treatment: v.treatment,
    nextReviewOn: orNull(v.nextReviewOn),
    treatmentControls: v.treatmentControls,
    annexAControls: v.annexAControls,
  };
}

const sameList = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && [...a].sort().join("\n") === [...b].sort().join("\n");

/** The body of PATCH /api/v1/risks/:id: the version plus the fields that differ; null when none. */
export function riskChanges(original: RiskView, v: RiskFormValues): UpdateRisk | null {
  const next = createRiskBody(v);
  const body: UpdateRisk = { version: original.version };
  const scalar = [
    "title",
    "description",
    "aiSystemId",
    "businessUnitId",
    "source",
    "characteristic",
    "inherentLikelihood",
    "inherentImpact",
    "existingControls",
    "residualLikelihood",
    "residualImpact",
    "ownerId",
    "treatment",
    "nextReviewOn",
  ] as const;
  const out = body as Record<string, unknown>;
  for (const key of scalar) if (next[key] !== original[key]) out[key] = next[key];
  const c = original.consequences;
  const nc = next.consequences!;
  if (nc.organization !== c.organization || nc.individuals !== c.individuals || nc.society !== c.society)
    body.consequences = {
      organization: nc.organization!,
      individuals: nc.individuals!,
      society: nc.society!,
    };
  if (!sameList(v.treatmentControls, original.treatmentControls))
    body.treatmentControls = v.treatmentControls;
  if (!sameList(v.annexAControls, original.annexAControls)) body.annexAControls = v.annexAControls;
  return Object.keys(body).length > 1 ? body : null;
}

export type AcceptanceState = "accepted" | "pending" | "needs_owner" | "within_appetite";

/** Where the risk stands on acceptance (ISO/IEC 42001 6.1.3 f). */
export function acceptanceState(risk: Pick<RiskView, "status" | "residualLevel">): AcceptanceState {
  if (risk.status === "accepted") return "accepted";
  if (risk.status === "acceptance_pending") return "pending";
  return risk.residualLevel.appetite === "acceptable" ? "within_appetite" : "needs_owner";
}
