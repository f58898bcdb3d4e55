/**
 * Regulatory classification of one AI system: which laws and frameworks apply, in which class and
 * role, with the duties that follow — every conclusion with its reason and the provision it rests on.
 */
export const EU_RISK_CLASSES = [
  "prohibited",
  "high-risk",
  "limited-risk",
  "minimal-risk",
  "out-of-scope",
] as const;
export type EuRiskClass = (typeof EU_RISK_CLASSES)[number];

/** One conclusion: what applies, why, and the provision (e.g. "EU AI Act Art. 6(2), Annex III point 4(a)"). */
export type Finding = {
  /** Stable code, e.g. "eu.high_risk.annex_iii", "colorado.deployer.consequential". */
  code: string;
  conclusion: string;
  reason: string;
  provision: string;
};

/** A framework that applies and the requirement keys (catalog keys) the system's page should show. */
export type ApplicableFramework = {
  /** Catalog framework reference, e.g. "eu-ai-act:2024", "colorado-ai-act:sb24-205". */
  frameworkRef: string;
  /** The role the organization holds under it, in that law's words (provider, deployer, developer, controller). */
  roles: string[];
  /** Class or tier under it, when it has one (e.g. "high-risk"). */
  riskClass: string | null;
  /** Catalog requirement keys (`<ref>/<id>`) of the duties that apply. */
  obligations: string[];
  findings: Finding[];
};

export type Classification = {
  /** Version of the rule set that produced it, kept with the stored result. */
  rulesVersion: string;
  /** Date the rules were evaluated for (effective dates decide e.g. Colorado SB 24-205 vs SB 26-189). */
  asOf: string;
  euRiskClass: EuRiskClass;
  euRoles: ("provider" | "deployer")[];
  frameworks: ApplicableFramework[];
  /** Findings not tied to one framework (e.g. missing facts that would change the result). */
  notes: Finding[];
};
