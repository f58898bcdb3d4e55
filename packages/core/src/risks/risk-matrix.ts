/**
 * Risk criteria (ISO/IEC 42001 6.1.1): the organization's likelihood × impact matrix, its level
 * bands and the appetite for each level. Every risk level shown anywhere comes from `riskLevel`.
 */
import { z } from "zod";
import { DomainError } from "../errors/domain-error.js";

export const MIN_SCALE = 3;
export const MAX_SCALE = 6;
export const APPETITES = ["acceptable", "needs_treatment", "unacceptable"] as const;
export type Appetite = (typeof APPETITES)[number];

const ScalePoint = z.object({
  label: z.string().trim().min(1).max(60),
  definition: z.string().max(500).default(""),
});
const Level = z.object({
  id: z.string().regex(/^[a-z][a-z0-9_-]{0,29}$/, "use a short lower-case id"),
  label: z.string().trim().min(1).max(40),
  color: z.string().regex(/^#[0-9a-fA-F]{6}$/, "use a colour like #d9480f"),
  appetite: z.enum(APPETITES),
});

export const RiskMatrixDefinition = z.object({
  likelihood: z.array(ScalePoint).min(MIN_SCALE).max(MAX_SCALE),
  impact: z.array(ScalePoint).min(MIN_SCALE).max(MAX_SCALE),
  /** Bands from lowest to highest. */
  levels: z.array(Level).min(2).max(6),
  /** grid[likelihood - 1][impact - 1] = index into `levels`. */
  grid: z.array(z.array(z.number().int().min(0))),
});
export type RiskMatrixDefinition = z.infer<typeof RiskMatrixDefinition>;
export type RiskLevel = z.infer<typeof Level>;

/** Problems that make a matrix unusable: grid size, unknown bands, levels that fall as risk grows. */
export function matrixProblems(m: RiskMatrixDefinition): { path: string; message: string }[] {
  const problems: { path: string; message: string }[] = [];
  if (m.grid.length !== m.likelihood.length)
    problems.push({ path: "grid", message: `needs ${m.likelihood.length} rows, one per likelihood` });
  m.grid.forEach((row, l) => {
    if (row.length !== m.impact.length)
      problems.push({ path: `grid.${l}`, message: `needs ${m.impact.length} cells, one per impact` });
    row.forEach((cell, i) => {
      if (cell >= m.levels.length)
        problems.push({ path: `grid.${l}.${i}`, message: `level ${cell} does not exist` });
      if (i > 0 && cell < row[i - 1]!)
        problems.push({ path: `grid.${l}.${i}`, message: "a higher impact cannot have a lower level" });
      if (l > 0 && cell < (m.grid[l - 1]?.[i] ?? 0))
        problems.push({ path: `grid.${l}.${i}`, message: "a higher likelihood cannot have a lower level" });
    });
  });
  const ids = m.levels.map((x) => x.id);
  if (new Set(ids).size !== ids.length)
    problems.push({ path: "levels", message: "level ids must be unique" });
  return problems;
}

/** Level of a risk on the matrix (ISO/IEC 42001 6.1.2 d). */
export function riskLevel(
  m: RiskMatrixDefinition,
  likelihood: number,
  impact: number,
): RiskLevel & { index: number } {
  const index = m.grid[likelihood - 1]?.[impact - 1];
  const level = index === undefined ? undefined : m.levels[index];
  if (index === undefined || !level) {
    throw new DomainError(
      "VALIDATION_FAILED",
      `likelihood ${likelihood} / impact ${impact} is off the ${m.likelihood.length}×${m.impact.length} matrix`,
      {
        issues: [
          { path: "likelihood", message: `must be 1–${m.likelihood.length}` },
          { path: "impact", message: `must be 1–${m.impact.length}` },
        ],
      },
    );
  }
  return { ...level, index };
}

/** Accepting a risk whose level is above appetite needs the risk owner's approval (6.1.3 f). */
export function acceptanceNeedsApproval(
  m: RiskMatrixDefinition,
  likelihood: number,
  impact: number,
): boolean {
  return riskLevel(m, likelihood, impact).appetite !== "acceptable";
}

/** Counts of risks per cell, for the heat map (rows: likelihood high → low as displayed by callers). */
export function heatMap(
  m: RiskMatrixDefinition,
  cells: readonly { likelihood: number; impact: number; count: number }[],
): number[][] {
  const grid = m.likelihood.map(() => m.impact.map(() => 0));
  for (const c of cells) {
    const row = grid[c.likelihood - 1];
    if (row && c.impact >= 1 && c.impact <= row.length) row[c.impact - 1]! += c.count;
  }
  return grid;
}

const LABELS: Record<number, string[]> = {
  3: ["Low", "Medium", "High"],
  4: ["Rare", "Unlikely", "Likely", "Almost certain"],
  5: ["Rare", "Unlikely", "Possible", "Likely", "Almost certain"],
  6: ["Very rare", "Rare", "Unlikely", "Possible", "Likely", "Almost certain"],
};
const IMPACT_LABELS: Record<number, string[]> = {
  3: ["Minor", "Moderate", "Severe"],
  4: ["Minor", "Moderate", "Major", "Severe"],
  5: ["Negligible", "Minor", "Moderate", "Major", "Severe"],
  6: ["Negligible", "Minor", "Moderate", "Significant", "Major", "Severe"],
};

/** A starting matrix of size n×n with four bands by likelihood × impact product. */
export function defaultRiskMatrix(n = 5): RiskMatrixDefinition {
  if (n < MIN_SCALE || n > MAX_SCALE)
    throw new DomainError(
      "VALIDATION_FAILED",
      `a matrix is ${MIN_SCALE}×${MIN_SCALE} to ${MAX_SCALE}×${MAX_SCALE}`,
    );
  const max = n * n;
  const band = (score: number) =>
    score <= max * 0.16 ? 0 : score <= max * 0.4 ? 1 : score <= max * 0.64 ? 2 : 3;
  return {
    likelihood: LABELS[n]!.map((label) => ({ label, definition: "" })),
    impact: IMPACT_LABELS[n]!.map((label) => ({ label, definition: "" })),
    levels: [
      { id: "low", label: "Low", color: "#2f9e44", appetite: "acceptable" },
      { id: "medium", label: "Medium", color: "#f08c00", appetite: "acceptable" },
      { id: "high", label: "High", color: "#e8590c", appetite: "needs_treatment" },
      { id: "critical", label: "Critical", color: "#c92a2a", appetite: "unacceptable" },
    ],
    grid: Array.from({ length: n }, (_, l) => Array.from({ length: n }, (_, i) => band((l + 1) * (i + 1)))),
  };
}
