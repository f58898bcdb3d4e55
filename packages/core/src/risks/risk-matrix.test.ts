import { describe, expect, it } from "vitest";
import {
  acceptanceNeedsApproval,
  defaultRiskMatrix,
  heatMap,
  matrixProblems,
  riskLevel,
} from "./risk-matrix.js";

describe("risk matrix", () => {
  it.each([3, 4, 5, 6])("builds a valid default %i×%i matrix", (n) => {
    const m = defaultRiskMatrix(n);
    expect(matrixProblems(m)).toEqual([]);
    expect(riskLevel(m, 1, 1).id).toBe("low");
    expect(riskLevel(m, n, n).id).toBe("critical");
  });
  it.each([
    [1, 1, "low", false],
    [2, 3, "medium", false],
    [3, 4, "high", true],
    [5, 5, "critical", true],
  ])("5×5: likelihood %i, impact %i is %s (approval to accept: %s)", (l, i, id, approval) => {
    const m = defaultRiskMatrix(5);
    expect(riskLevel(m, l, i).id).toBe(id);
    expect(acceptanceNeedsApproval(m, l, i)).toBe(approval);
  });
  it("refuses scores off the matrix", () => {
    expect(() => riskLevel(defaultRiskMatrix(3), 4, 1)).toThrow(/off the 3×3 matrix/);
    expect(() => riskLevel(defaultRiskMatrix(3), 1, 0)).toThrow(/off the/);
    expect(() => defaultRiskMatrix(7)).toThrow(/3×3 to 6×6/);
  });
  it("finds grids of the wrong size, unknown bands and falling levels", () => {
    const m = defaultRiskMatrix(3);
    expect(matrixProblems({ ...m, grid: m.grid.slice(1) })[0]!.message).toMatch(/3 rows/);
    expect(
      matrixProblems({ ...m, grid: [[0, 0, 9], ...m.grid.slice(1)] }).some((p) =>
        /does not exist/.test(p.message),
      ),
    ).toBe(true);
    expect(
      matrixProblems({
        ...m,
        grid: [
          [1, 0, 0],
          [1, 1, 1],
          [2, 2, 3],
        ],
      }).some((p) => /higher impact/.test(p.message)),
    ).toBe(true);
  });
  it("counts risks per cell for the heat map", () => {
    const grid = heatMap(defaultRiskMatrix(3), [
      { likelihood: 1, impact: 1, count: 2 },
      { likelihood: 3, impact: 2, count: 5 },
      { likelihood: 9, impact: 9, count: 1 },
    ]);
    expect(grid).toEqual([
      [2, 0, 0],
      [0, 0, 0],
      [0, 5, 0],
    ]);
  });
});
