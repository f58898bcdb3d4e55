/**
 * The score of an assessment (ISO/IEC 42001 6.1.4; ISO/IEC 42005 5.7 impact scales): the worst
 * identified harm by severity × likelihood, placed in a band, raised one band when contextual factors
 * (decisions made about people, vulnerable groups…) add up. Every step is explained in words.
 */
import { visibleQuestions } from "./answers.js";
import {
  RATINGS,
  type Answers,
  type ImpactAssessmentTemplate,
  type Rating,
  type TableRow,
} from "./template-model.js";

export type AssessmentScore = {
  rating: Rating;
  /** The harm that drives the rating (row index in the impacts table). */
  worst: { row: number; title: string; severity: number; likelihood: number; product: number } | null;
  factorPoints: number;
  escalated: boolean;
  explanation: string[];
};

const bandOf = (product: number, bands: readonly [number, number, number]): Rating =>
  product <= bands[0] ? "low" : product <= bands[1] ? "medium" : product <= bands[2] ? "high" : "critical";

/** Contextual factor points with the reason for each, from visible answered choice and yes/no questions. */
function factors(
  template: ImpactAssessmentTemplate,
  answers: Answers,
): { points: number; reasons: string[] } {
  let points = 0;
  const reasons: string[] = [];
  for (const q of visibleQuestions(template, answers)) {
    const a = answers[q.id];
    const picked =
      q.type === "single_choice" && typeof a === "string"
        ? [a]
        : q.type === "multi_choice" && Array.isArray(a)
          ? (a as string[])
          : [];
    for (const v of picked) {
      const c = q.choices?.find((x) => x.value === v);
      if (c?.score) {
        points += c.score * q.weight;
        reasons.push(`${q.label} — ${c.label} (+${c.score * q.weight})`);
      }
    }
    if (q.type === "yes_no" && a === true && q.yesScore) {
      points += q.yesScore * q.weight;
      reasons.push(`${q.label} — yes (+${q.yesScore * q.weight})`);
    }
  }
  return { points, reasons };
}

/** Whether an impacts-table row is a harm (benefits are recorded, not scored, and never become risks). */
export function isHarmRow(template: ImpactAssessmentTemplate, row: TableRow): boolean {
  const s = template.scoring;
  return !s.kindColumn || s.harmValues.length === 0 || s.harmValues.includes(String(row[s.kindColumn]));
}

/**
 * Scores an assessment; null until at least one impact row has both a severity and a likelihood.
 * Only harm rows count (benefits are recorded, not scored).
 */
export function scoreAssessment(
  template: ImpactAssessmentTemplate,
  answers: Answers,
): AssessmentScore | null {
  const s = template.scoring;
  const raw = answers[s.impactsQuestionId];
  const rows = Array.isArray(raw) ? (raw as TableRow[]) : [];
  const scored = rows
    .map((r, row) => ({ r, row }))
    .filter(({ r }) => typeof r[s.severityColumn] === "number" && typeof r[s.likelihoodColumn] === "number");
  if (scored.length === 0) return null;
  const harms = scored.filter(({ r }) => isHarmRow(template, r));
  const f = factors(template, answers);
  if (harms.length === 0)
    return {
      rating: "low",
      worst: null,
      factorPoints: f.points,
      escalated: false,
      explanation: ["No harm is scored: only benefits were identified."],
    };
  const worst = harms
    .map(({ r, row }) => {
      const severity = r[s.severityColumn] as number;
      const likelihood = r[s.likelihoodColumn] as number;
      return {
        row,
        title: String(r.title ?? `row ${row + 1}`),
        severity,
        likelihood,
        product: severity * likelihood,
      };
    })
    .reduce((a, b) =>
      b.product > a.product || (b.product === a.product && b.severity > a.severity) ? b : a,
    );
  const base = bandOf(worst.product, s.bands);
  const escalated = f.points >= s.escalateAt && base !== "critical";
  const rating = escalated ? RATINGS[RATINGS.indexOf(base) + 1]! : base;
  const explanation = [
    `Worst harm: “${worst.title}”, severity ${worst.severity} × likelihood ${worst.likelihood} = ${worst.product}, which is ${base} (bands: low ≤ ${s.bands[0]}, medium ≤ ${s.bands[1]}, high ≤ ${s.bands[2]}, critical above).`,
  ];
  if (f.reasons.length)
    explanation.push(`Contextual factors: ${f.reasons.join("; ")} = ${f.points} point(s).`);
  if (escalated)
    explanation.push(
      `${f.points} contextual point(s) reach the threshold of ${s.escalateAt}: raised from ${base} to ${rating}.`,
    );
  return { rating, worst, factorPoints: f.points, escalated, explanation };
}
