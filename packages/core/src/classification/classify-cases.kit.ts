import { expect } from "vitest";
import { AiSystemProfile, type AiSystemProfileInput } from "../contracts/ai-systems.js";

import { classifyAiSystem } from "./classify.js";
import type { Classification, EuRiskClass, Finding } from "./types.js";

export const ISO = "iso-iec-42001:2023";
export const EUR = "eu-ai-act:2024";
export const GDPR_REF = "gdpr:2016";
export const CO24 = "colorado-ai-act:sb24-205";
export const CO26 = "colorado-ai-act:sb26-189";
export const TXR = "texas-traiga:hb149";
export const EU = (id: string) => `${EUR}/${id}`;
export const GD = (id: string) => `${GDPR_REF}/${id}`;
export const C24 = (id: string) => `${CO24}/${id}`;
export const C26 = (id: string) => `${CO26}/${id}`;
export const TX = (id: string) => `${TXR}/${id}`;

/** A profile from the intake defaults plus the facts of the case. */
export const profile = (facts: AiSystemProfileInput = {}) => AiSystemProfile.parse(facts);

// Building blocks shared by the cases.
export const inEu: AiSystemProfileInput = { jurisdictions: { eu: ["DE"] } };
export const customer: AiSystemProfileInput = { organizationRoles: ["customer"] };
export const vendor: AiSystemProfileInput = {
  organizationRoles: ["provider"],
  placedOnMarketUnderOwnName: true,
};
export const cvScreening: AiSystemProfileInput = {
  annexIIIAreas: ["employment"],
  consequentialDecisions: ["employment"],
  decisionRole: "substantial_factor",
  processesPersonalData: true,
  performsProfiling: true,
};
export const creditModel: AiSystemProfileInput = {
  consequentialDecisions: ["lending"],
  decisionRole: "makes",
  processesPersonalData: true,
};

export type Case = {
  name: string;
  facts: AiSystemProfileInput;
  /** Default 2026-09-01: after the EU high-risk date and SB 24-205's date, before SB 26-189. */
  asOf?: string;
  euRiskClass?: EuRiskClass;
  euRoles?: ("provider" | "deployer")[];
  /** Exact list of framework refs, in order. */
  frameworks?: string[];
  /** Finding or note codes that must be present (`code` or `code~text in provision`). */
  findings?: string[];
  absentFindings?: string[];
  notes?: string[];
  obligations?: string[];
  absentObligations?: string[];
  roles?: Record<string, string[]>;
  riskClasses?: Record<string, string | null>;
};

export const allFindings = (c: Classification): Finding[] => [
  ...c.frameworks.flatMap((f) => f.findings),
  ...c.notes,
];
export const allObligations = (c: Classification) => c.frameworks.flatMap((f) => f.obligations);

/** Splits "code~provision text" into its parts. */
const spec = (s: string) => {
  const [code, provision] = s.split("~") as [string, string | undefined];
  return { code, provision };
};

/** Classifies one case and checks every expectation it states. */
export function checkCase(c: Case): void {
  const result = classifyAiSystem(profile(c.facts), c.asOf ?? "2026-09-01");
  const findings = allFindings(result);
  const obligations = allObligations(result);
  if (c.euRiskClass) expect(result.euRiskClass).toBe(c.euRiskClass);
  if (c.euRoles) expect(result.euRoles).toEqual(c.euRoles);
  if (c.frameworks) expect(result.frameworks.map((f) => f.frameworkRef)).toEqual(c.frameworks);
  for (const s of c.findings ?? []) {
    const { code, provision } = spec(s);
    const hit = result.frameworks.flatMap((f) => f.findings).find((f) => f.code === code);
    expect(hit, `finding ${code}`).toBeDefined();
    if (provision) expect(hit!.provision).toContain(provision);
  }
  for (const s of c.notes ?? []) {
    const { code, provision } = spec(s);
    const hit = result.notes.find((f) => f.code === code);
    expect(hit, `note ${code}`).toBeDefined();
    if (provision) expect(hit!.provision).toContain(provision);
  }
  for (const code of c.absentFindings ?? [])
    expect(
      findings.map((f) => f.code),
      `absent ${code}`,
    ).not.toContain(code);
  for (const key of c.obligations ?? []) expect(obligations, `obligation ${key}`).toContain(key);
  for (const key of c.absentObligations ?? []) expect(obligations, `absent ${key}`).not.toContain(key);
  for (const [ref, roles] of Object.entries(c.roles ?? {}))
    expect(result.frameworks.find((f) => f.frameworkRef === ref)?.roles, ref).toEqual(roles);
  for (const [ref, riskClass] of Object.entries(c.riskClasses ?? {}))
    expect(result.frameworks.find((f) => f.frameworkRef === ref)?.riskClass, ref).toBe(riskClass);
}
