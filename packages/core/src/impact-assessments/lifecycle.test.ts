import { describe, expect, it } from "vitest";
import { addMonths, riskFromImpact, validUntilOf } from "./lifecycle.js";
import { impactAssessmentTemplate } from "./templates.js";
import type { Answers } from "./template-model.js";

const ia = impactAssessmentTemplate("ai-system-impact");

describe("validity", () => {
  it.each([
    ["2026-12-02", 12, "2027-12-02"],
    ["2024-02-29", 12, "2025-02-28"],
    ["2026-01-31", 1, "2026-02-28"],
    ["2026-11-15", 3, "2027-02-15"],
  ])("%s + %i months = %s", (from, months, to) => {
    expect(addMonths(from, months)).toBe(to);
  });
  it("uses the template's validity", () => {
    expect(validUntilOf(ia, "2026-12-02")).toBe("2027-12-02");
  });
});

describe("riskFromImpact", () => {
  const answers: Answers = {
    impacts: [
      {
        title: "Older applicants ranked lower",
        kind: "harm",
        category: "fairness",
        affected: "applicants over 50",
        description: "Age proxies in CVs",
        severity: 4,
        likelihood: 3,
      },
      {
        title: "Energy use",
        kind: "harm",
        category: "environmental",
        description: "GPU hours",
        severity: 2,
        likelihood: 5,
      },
      { title: "Unscored", kind: "harm", category: "other" },
      { title: "Faster answers", kind: "benefit", category: "other", severity: 3, likelihood: 4 },
    ],
  };
  it("derives the risk from an individual harm", () => {
    expect(riskFromImpact(ia, answers, 0)).toEqual({
      title: "Older applicants ranked lower",
      description: "Age proxies in CVs",
      consequences: {
        organization: "",
        individuals: "Affects applicants over 50. Age proxies in CVs",
        society: "",
      },
      likelihood: 3,
      impact: 4,
    });
  });
  it("puts societal and environmental harms under society", () => {
    expect(riskFromImpact(ia, answers, 1).consequences).toEqual({
      organization: "",
      individuals: "",
      society: "GPU hours",
    });
  });
  it.each([
    [2, /score the impact/],
    [3, /only an identified harm becomes a risk/],
    [7, /has no row 7/],
  ])("refuses row %i", (row, message) => {
    expect(() => riskFromImpact(ia, answers, row)).toThrow(message);
  });
});
