import type { AiSystemProfile } from "../contracts/ai-systems.js";
import { DomainError } from "../errors/domain-error.js";
import { evaluateColorado } from "./colorado.js";
import { evaluateEuAiAct } from "./eu-ai-act.js";
import { evaluateGdpr } from "./gdpr.js";
import { evaluateIso42001 } from "./iso-42001.js";
import { crossLawNotes } from "./notes.js";
import { evaluateTexas } from "./texas.js";
import type { ApplicableFramework, Classification } from "./types.js";

/**
 * Version of the rule set, stored with every classification. Bump it when a rule, a rules table or
 * the generated obligation index changes, so stored results show which rules produced them.
 */
export const CLASSIFICATION_RULES_VERSION = "1.0.0";

const DATE = /^(\d{4})-(\d{2})-(\d{2})(?:T[\d:.]+(?:Z|[+-]\d{2}:\d{2})?)?$/;

/** The calendar date (`YYYY-MM-DD`) of an ISO 8601 date or date-time; throws VALIDATION_FAILED otherwise. */
export function classificationDate(asOf: string): string {
  const m = DATE.exec(asOf);
  const day = m ? `${m[1]}-${m[2]}-${m[3]}` : "";
  const parsed = new Date(`${day}T00:00:00Z`);
  if (!m || Number.isNaN(parsed.getTime()) || parsed.toISOString().slice(0, 10) !== day)
    throw new DomainError("VALIDATION_FAILED", "asOf must be an ISO 8601 date (YYYY-MM-DD)", { asOf });
  return day;
}

/**
 * Classifies one AI system under the EU AI Act, GDPR, Colorado (SB 24-205 or SB 26-189 by date),
 * Texas TRAIGA and ISO/IEC 42001. Pure: the same profile and date always give the same result.
 * Every conclusion is a finding with its reason and provision; obligations are catalog requirement
 * keys. Frameworks come in a fixed order: ISO/IEC 42001, EU AI Act, GDPR, Colorado, Texas.
 */
export function classifyAiSystem(profile: AiSystemProfile, asOf: string): Classification {
  const date = classificationDate(asOf);
  const eu = evaluateEuAiAct(profile, date);
  const gdpr = evaluateGdpr(profile);
  const colorado = evaluateColorado(profile, date);
  const texas = evaluateTexas(profile, date);
  const frameworks = [
    evaluateIso42001(profile),
    eu.framework,
    gdpr.framework,
    colorado.framework,
    texas.framework,
  ];
  return {
    rulesVersion: CLASSIFICATION_RULES_VERSION,
    asOf: date,
    euRiskClass: eu.euRiskClass,
    euRoles: eu.euRoles,
    frameworks: frameworks.filter((f): f is ApplicableFramework => f !== null),
    notes: [...crossLawNotes(profile), ...eu.notes, ...gdpr.notes, ...colorado.notes, ...texas.notes],
  };
}

/** Every catalog key a classification points at, across its frameworks (for the obligations checklist). */
export function obligationKeysOf(classification: Classification): string[] {
  return classification.frameworks.flatMap((f) => f.obligations);
}
