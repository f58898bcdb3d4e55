import type { AiSystemProfile } from "../contracts/ai-systems.js";
import { finding, frameworkEffectiveFrom, longDate, selectObligations } from "./obligations.js";
import { usRolesOf } from "./roles.js";
import {
  TEXAS,
  TEXAS_CONDITIONAL,
  TEXAS_GENERAL_PROHIBITIONS,
  TEXAS_OVERLAPS,
  TEXAS_REF,
} from "./texas-rules.js";
import type { ApplicableFramework, Finding } from "./types.js";

export type TexasResult = { framework: ApplicableFramework | null; notes: Finding[] };

/**
 * TRAIGA applies to anyone who does business in Texas, serves Texans, or develops or deploys AI there
 * (ch. 551), so it applies whenever `jurisdictions.us` has "TX". Prohibitions (552.052–552.057) bind
 * developers and deployers; 552.053 and 552.054 only governmental entities; the disclosure duty
 * (552.051) binds governmental agencies and health-care providers.
 */
export function evaluateTexas(p: AiSystemProfile, asOf: string): TexasResult {
  const notes: Finding[] = [];
  if (!p.jurisdictions.us.includes("TX")) return { framework: null, notes };
  const roles: string[] = usRolesOf(p);
  const from = frameworkEffectiveFrom(TEXAS_REF) ?? "";
  const findings: Finding[] = [
    finding(
      "texas.scope",
      from > asOf ? `TRAIGA applies from ${longDate(from)} (upcoming)` : "TRAIGA applies",
      "The system is developed, deployed or offered in Texas. TRAIGA puts no general risk-management or impact-assessment duty on private companies; it forbids certain intended uses and requires disclosure by public bodies and health-care providers.",
      `${TEXAS} ch. 551, ch. 552`,
    ),
    finding(
      "texas.prohibitions",
      "The Texas prohibitions apply to every developer and deployer",
      `Do not develop or deploy AI for: ${TEXAS_GENERAL_PROHIBITIONS.join("; ")}.`,
      `${TEXAS} §§ 552.052–552.057`,
    ),
  ];

  for (const rule of TEXAS_OVERLAPS) {
    const hit = rule.practices.some((x) => p.prohibitedPractices.includes(x)) || rule.facts.some((f) => p[f]);
    if (!hit) continue;
    if (rule.governmentOnly && !p.isGovernmentalEntity) {
      findings.push(
        finding(
          `${rule.code}.not_government`,
          "No Texas ban for a non-governmental organization",
          `The Texas rule in § ${rule.section} binds governmental entities only; the organization is not recorded as one.`,
          `${TEXAS} § ${rule.section}`,
        ),
      );
      continue;
    }
    findings.push(finding(rule.code, rule.conclusion, rule.reason, `${TEXAS} § ${rule.section}`));
  }

  const fired = new Set<string>();
  const government = p.isGovernmentalEntity && p.interactsWithNaturalPersons;
  const healthCare =
    p.isHealthCareProvider &&
    (p.interactsWithNaturalPersons || p.consequentialDecisions.includes("health_care"));
  if (government || healthCare) {
    fired.add("552.051");
    if (!roles.includes("deployer")) roles.push("deployer");
  }
  if (government)
    findings.push(
      finding(
        "texas.disclosure.government",
        "Disclose to consumers that they are interacting with AI",
        "A governmental agency offers this system to interact with consumers; it must say so before or at the interaction, clearly and in plain language, without dark patterns, even when it would be obvious.",
        `${TEXAS} § 552.051`,
      ),
    );
  if (healthCare)
    findings.push(
      finding(
        "texas.disclosure.health_care",
        "Disclose AI use to patients",
        "A health-care provider uses this system in a service or treatment; it must tell the patient or their representative by the date of the service (in an emergency, as soon as reasonably possible).",
        `${TEXAS} § 552.051`,
      ),
    );
  if (roles.length === 0)
    notes.push(
      finding(
        "texas.role.missing",
        "Texas: no developer or deployer role recorded",
        "Record whether the organization develops the system (provider or producer) or uses it (customer); the Texas prohibitions bind both.",
        `${TEXAS} § 552.001`,
      ),
    );

  const obligations = selectObligations(TEXAS_REF, {
    roles,
    riskClasses: [],
    scopes: p.isGovernmentalEntity ? ["governmental-entity"] : [],
    conditional: new Set(Object.keys(TEXAS_CONDITIONAL)),
    fired,
  });
  return { framework: { frameworkRef: TEXAS_REF, roles, riskClass: null, obligations, findings }, notes };
}
