import {
  completeness,
  impactAssessmentTemplate,
  scoreAssessment,
  type AiSystemFacts,
  type Answers,
  type ApprovalView,
  type ImpactAssessmentSummary,
  type ImpactAssessmentView,
} from "@openaims/core";
import type { impactAssessments } from "../../db/schema/index.js";
import type { AiSystemRow } from "../ai-systems/ai-system-record.js";

export type AssessmentRow = typeof impactAssessments.$inferSelect;
export type SystemRef = { id: string; key: string; name: string };

const iso = (d: Date | null) => d?.toISOString() ?? null;

/** Completeness and score as core computes them (the server stores them for lists and filters). */
export function derivedOf(templateId: string, answers: Answers) {
  const template = impactAssessmentTemplate(templateId);
  const c = completeness(template, answers);
  return { completeness: c.percent, missing: c.missing, score: scoreAssessment(template, answers) };
}

export function toAssessmentView(
  r: AssessmentRow,
  system: SystemRef,
  approval: ApprovalView | null,
): ImpactAssessmentView {
  const template = impactAssessmentTemplate(r.templateId);
  const answers = r.answers as Answers;
  const derived = derivedOf(r.templateId, answers);
  return {
    id: r.id,
    key: r.key,
    templateId: r.templateId,
    templateVersion: r.templateVersion,
    templateTitle: template.title,
    aiSystem: system,
    businessUnitId: r.businessUnitId,
    title: r.title,
    revision: r.revision,
    previousId: r.previousId,
    status: r.status as ImpactAssessmentView["status"],
    answers,
    prefilledFrom: r.prefilledFrom as ImpactAssessmentView["prefilledFrom"],
    completeness: r.completeness,
    missing: derived.missing,
    score: (r.score as ImpactAssessmentView["score"]) ?? null,
    ownerId: r.ownerId,
    approval,
    approvedAt: iso(r.approvedAt),
    validUntil: r.validUntil,
    dueReason: r.dueReason,
    dueSince: iso(r.dueSince),
    createdAt: r.createdAt.toISOString(),
    updatedAt: r.updatedAt.toISOString(),
    version: r.version,
  };
}

export function toAssessmentSummary(r: AssessmentRow, system: SystemRef): ImpactAssessmentSummary {
  return {
    id: r.id,
    key: r.key,
    templateId: r.templateId,
    templateTitle: impactAssessmentTemplate(r.templateId).title,
    aiSystem: system,
    businessUnitId: r.businessUnitId,
    title: r.title,
    revision: r.revision,
    status: r.status as ImpactAssessmentSummary["status"],
    completeness: r.completeness,
    rating: (r.score as { rating?: ImpactAssessmentSummary["rating"] } | null)?.rating ?? null,
    ownerId: r.ownerId,
    approvedAt: iso(r.approvedAt),
    validUntil: r.validUntil,
    dueReason: r.dueReason,
    dueSince: iso(r.dueSince),
    updatedAt: r.updatedAt.toISOString(),
    version: r.version,
  };
}

/** The inventory facts that pre-fill questions. */
export function factsOf(s: AiSystemRow): AiSystemFacts {
  const profile = s.profile as AiSystemFacts["profile"];
  return {
    key: s.key,
    purpose: s.purpose,
    intendedUse: s.intendedUse,
    foreseeableMisuse: s.foreseeableMisuse,
    personalDataDescription: s.personalDataDescription,
    datasets: (s.datasets as AiSystemFacts["datasets"]) ?? [],
    profile: {
      affectedPersons: profile.affectedPersons ?? "",
      humanOversight: profile.humanOversight ?? "",
      decisionRole: profile.decisionRole ?? "none",
      processesPersonalData: profile.processesPersonalData ?? false,
      jurisdictions: profile.jurisdictions ?? { eu: [], us: [], other: [] },
    },
  };
}
