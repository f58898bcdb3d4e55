import { defaultRiskMatrix } from "@openaims/core";
import { describe, expect, it } from "vitest";
import { heatMapRows, textOn } from "./heat-map";

describe("heatMapRows", () => {
  const m = defaultRiskMatrix(5);
  const counts = m.likelihood.map(() => m.impact.map(() => 0));
  counts[3]![3] = 2; // likelihood 4, impact 4
  counts[0]![4] = 1; // likelihood 1, impact 5

  it("puts the highest likelihood on top and impact left to right", () => {
    const rows = heatMapRows(m, counts);
    expect(rows.map((r) => r.likelihood)).toEqual([5, 4, 3, 2, 1]);
    expect(rows[0]!.label).toBe("Almost certain");
    expect(rows[0]!.cells.map((c) => c.impact)).toEqual([1, 2, 3, 4, 5]);
    expect(rows[1]!.cells[3]).toMatchObject({ likelihood: 4, impact: 4, count: 2 });
    expect(rows[4]!.cells[4]).toMatchObject({ likelihood: 1, impact: 5, count: 1 });
  });

  it("colours each cell by its band", () => {
    const rows = heatMapRows(m, counts);
    expect(rows[4]!.cells[0]).toMatchObject({ levelLabel: "Low", color: "#2f9e44" });
    expect(rows[0]!.cells[4]).toMatchObject({ levelLabel: "Critical", color: "#c92a2a" });
    expect(rows[1]!.cells[3]!.levelLabel).toBe("High");
  });

  it("treats missing counts as zero", () => {
    expect(heatMapRows(m, []).every((r) => r.cells.every((c) => c.count === 0))).toBe(true);
  });
});

describe("textOn", () => {
  it("picks white on dark and black on light backgrounds", () => {
    expect(textOn("#c92a2a")).toBe("#fff");
    expect(textOn("#ffe066")).toBe("#000");
  });
});
