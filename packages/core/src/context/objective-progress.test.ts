import { describe, expect, it } from "vitest";
import { isObjectiveOverdue, objectiveProgressSummary, progressShare } from "./objective-progress.js";

describe("progressShare", () => {
  it.each([
    // baseline, target, current, expected
    [0, 100, null, null],
    [0, 100, 0, 0],
    [0, 100, 25, 0.25],
    [0, 100, 100, 1],
    [0, 100, 150, 1],
    [0, 100, -10, 0],
    [20, 60, 30, 0.25],
    [null, 50, 10, 0.2],
    // falling target: reduce an error rate from 10 % to 2 %
    [10, 2, 6, 0.5],
    [10, 2, 1, 1],
    [10, 2, 12, 0],
    // hold a level: baseline equals target
    [5, 5, 5, 1],
    [5, 5, 4, 0],
  ] as const)("baseline %s, target %s, current %s -> %s", (baseline, target, current, expected) => {
    expect(progressShare(baseline, target, current)).toBe(expected);
  });
});

describe("isObjectiveOverdue", () => {
  const today = "2026-03-10";
  it.each([
    [null, "on_track", false],
    ["2026-03-11", "on_track", false],
    ["2026-03-10", "at_risk", false],
    ["2026-03-09", "on_track", true],
    ["2026-03-09", "not_started", true],
    ["2026-03-09", "missed", true],
    ["2026-03-09", "achieved", false],
    ["2026-03-09", "cancelled", false],
    ["2025-12-31", "at_risk", true],
  ] as const)("due %s, status %s -> %s", (dueDate, status, expected) => {
    expect(isObjectiveOverdue(dueDate, status, today)).toBe(expected);
  });
});

describe("objectiveProgressSummary", () => {
  it("combines the share and the overdue flag", () => {
    expect(
      objectiveProgressSummary(
        { baseline: 0, target: 10, currentValue: 4, dueDate: "2026-01-01", status: "at_risk" },
        "2026-02-01",
      ),
    ).toEqual({ share: 0.4, isOverdue: true });
  });
});
