/** The heat map grid: likelihood rows from highest to lowest, impact columns, each cell in its band. */
import type { RiskMatrixDefinition } from "@openaims/core";

export type HeatCell = {
  likelihood: number;
  impact: number;
  count: number;
  levelLabel: string;
  color: string;
};
export type HeatRow = { likelihood: number; label: string; cells: HeatCell[] };

/** Rows top → bottom = likelihood high → low; `counts[likelihood-1][impact-1]` as the server sends. */
export function heatMapRows(m: RiskMatrixDefinition, counts: readonly (readonly number[])[]): HeatRow[] {
  const rows: HeatRow[] = [];
  for (let l = m.likelihood.length; l >= 1; l--) {
    rows.push({
      likelihood: l,
      label: m.likelihood[l - 1]!.label,
      cells: m.impact.map((_, i) => {
        const level = m.levels[m.grid[l - 1]?.[i] ?? 0];
        return {
          likelihood: l,
          impact: i + 1,
          count: counts[l - 1]?.[i] ?? 0,
          levelLabel: level?.label ?? "",
          color: level?.color ?? "#868e96",
        };
      }),
    });
  }
  return rows;
}

/** Black or white text, whichever reads better on a #rrggbb background. */
export function textOn(hex: string): string {
  const n = Number.parseInt(hex.slice(1), 16);
  if (Number.isNaN(n)) return "#000";
  const [r, g, b] = [(n >> 16) & 255, (n >> 8) & 255, n & 255];
  return 0.299 * r + 0.587 * g + 0.114 * b > 150 ? "#000" : "#fff";
}
