/**
 * The life of an assessment: statuses, validity (ISO/IEC 42001 8.4 planned intervals; Colorado
 * 6-1-1703(3)(a) at least annually) and the risk an identified impact becomes (6.1.4 results feed the
 * risk assessment, 6.1.2).
 */
import { DomainError } from "../errors/domain-error.js";
import { isHarmRow } from "./scoring.js";
import type { Answers, ImpactAssessmentTemplate, TableRow } from "./template-model.js";

export const ASSESSMENT_STATUSES = ["draft", "in_review", "approved", "superseded"] as const;
export type AssessmentStatus = (typeof ASSESSMENT_STATUSES)[number];

/** The date `months` after `isoDate` (YYYY-MM-DD), clamped to the month's last day (31 Jan + 1 → 28/29 Feb). */
export function addMonths(isoDate: string, months: number): string {
  const [y, m, d] = isoDate.slice(0, 10).split("-").map(Number) as [number, number, number];
  const total = y * 12 + (m - 1) + months;
  const year = Math.floor(total / 12);
  const month = (total % 12) + 1;
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${year}-${pad(month)}-${pad(Math.min(d, last))}`;
}

/** Until when an assessment approved on `approvedOn` is valid. */
export function validUntilOf(template: ImpactAssessmentTemplate, approvedOn: string): string {
  return addMonths(approvedOn, template.validityMonths);
}

/** What a risk created from an impact row looks like (scores on the template's 1–5 scales). */
export type RiskFromImpact = {
  title: string;
  description: string;
  consequences: { organization: string; individuals: string; society: string };
  likelihood: number;
  impact: number;
};

/** The row `index` of the scored impacts table as a risk; refuses rows that are missing or not scored. */
export function riskFromImpact(
  template: ImpactAssessmentTemplate,
  answers: Answers,
  index: number,
): RiskFromImpact {
  const s = template.scoring;
  const rows = answers[s.impactsQuestionId];
  const row = Array.isArray(rows) ? (rows as TableRow[])[index] : undefined;
  const issue = (message: string) =>
    new DomainError("VALIDATION_FAILED", `row ${index}: ${message}`, { issues: [{ path: "row", message }] });
  if (!row) throw issue(`the impacts table has no row ${index}`);
  // Only harms are risks; a benefit is recorded, not treated (the same rule the score follows).
  if (!isHarmRow(template, row)) throw issue("only an identified harm becomes a risk, not a benefit");
  const severity = row[s.severityColumn];
  const likelihood = row[s.likelihoodColumn];
  if (typeof severity !== "number" || typeof likelihood !== "number")
    throw issue("score the impact's severity and likelihood first");
  const title = String(row.title ?? "").trim() || `Impact ${index + 1}`;
  const affected = String(row.affected ?? "").trim();
  const description = String(row.description ?? "").trim();
  const societal = ["societal", "environmental"].includes(String(row.category));
  const consequence = [affected && `Affects ${affected}.`, description].filter(Boolean).join(" ");
  return {
    title: title.slice(0, 200),
    description: description.slice(0, 4000),
    consequences: {
      organization: "",
      individuals: societal ? "" : consequence.slice(0, 2000),
      society: societal ? consequence.slice(0, 2000) : "",
    },
    likelihood,
    impact: severity,
  };
}
