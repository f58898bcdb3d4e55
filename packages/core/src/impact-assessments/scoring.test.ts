import { describe, expect, it } from "vitest";
import { scoreAssessment } from "./scoring.js";
import { impactAssessmentTemplate } from "./templates.js";

const ia = impactAssessmentTemplate("ai-system-impact");
const harm = (severity: number, likelihood: number, title = `h${severity}${likelihood}`) => ({
  title,
  kind: "harm",
  category: "fairness",
  severity,
  likelihood,
});

describe("scoreAssessment", () => {
  it.each([
    ["no impacts yet", {}, null],
    ["rows without scores", { impacts: [{ title: "x", kind: "harm" }] }, null],
    ["1×4 = 4 is low", { impacts: [harm(1, 4)] }, "low"],
    ["3×3 = 9 is medium", { impacts: [harm(3, 3)] }, "medium"],
    ["4×4 = 16 is critical", { impacts: [harm(4, 4)] }, "critical"],
    ["5×3 = 15 is high", { impacts: [harm(5, 3)] }, "high"],
    ["the worst row counts", { impacts: [harm(1, 1), harm(5, 3), harm(2, 2)] }, "high"],
    ["benefits are not scored", { impacts: [{ ...harm(5, 5), kind: "benefit" }, harm(2, 2)] }, "low"],
    ["only benefits: low", { impacts: [{ ...harm(5, 5), kind: "benefit" }] }, "low"],
    [
      "decisions about people and vulnerable groups raise one band",
      { impacts: [harm(3, 3)], decision_role: "makes", vulnerable_groups: true },
      "high",
    ],
    [
      "too few contextual points do not",
      { impacts: [harm(3, 3)], decision_role: "substantial_factor", vulnerable_groups: true },
      "medium",
    ],
    [
      "critical stays critical",
      { impacts: [harm(5, 5)], decision_role: "makes", vulnerable_groups: true },
      "critical",
    ],
  ] as const)("%s", (_name, answers, rating) => {
    expect(scoreAssessment(ia, answers as never)?.rating ?? null).toBe(rating);
  });

  it("explains the worst harm, the factors and the escalation", () => {
    const s = scoreAssessment(ia, {
      impacts: [harm(3, 3, "Qualified applicants rejected")],
      decision_role: "makes",
      vulnerable_groups: true,
    })!;
    expect(s).toMatchObject({
      worst: { row: 0, title: "Qualified applicants rejected", product: 9 },
      factorPoints: 3,
      escalated: true,
    });
    expect(s.explanation[0]).toMatch(/severity 3 × likelihood 3 = 9, which is medium/);
    expect(s.explanation[1]).toMatch(/Makes the decision \(\+2\)/);
    expect(s.explanation[2]).toMatch(/raised from medium to high/);
  });
});
