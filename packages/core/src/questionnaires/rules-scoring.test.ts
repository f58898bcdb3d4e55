/** Scoring of questionnaires: weighted shares, pending reviewer scores, overrides, rating bands. */
import { describe, expect, it } from "vitest";
import { QuestionnaireContent, type QuestionnaireContentInput, type VqQuestionInput } from "./content.js";
import { ratingForScore, scoreQuestionnaire } from "./rules.js";

const yesNo = (yes: number, no: number) => [
  { id: "yes", label: "Yes", score: yes },
  { id: "no", label: "No", score: no },
];
const q = (id: string, over: Partial<VqQuestionInput> = {}): VqQuestionInput => ({
  id,
  text: `Question ${id}`,
  type: "text",
  ...over,
});
const build = (input: QuestionnaireContentInput) => QuestionnaireContent.parse(input);
const one = (...questions: VqQuestionInput[]) => build({ sections: [{ id: "s1", title: "S1", questions }] });

describe("scoreQuestionnaire", () => {
  // Weights: a 2 (yes 10 / no 0), b 3 (single: best 4, mid 2, low 0), m 1 (multi 3 + 2 + 0), t 4 (text).
  const content = build({
    sections: [
      {
        id: "s1",
        title: "S1",
        questions: [
          q("a", { type: "yes_no", weight: 2, options: yesNo(10, 0) }),
          q("b", {
            type: "single_choice",
            weight: 3,
            options: [
              { id: "best", label: "Best", score: 4 },
              { id: "mid", label: "Mid", score: 2 },
              { id: "low", label: "Low", score: 0 },
            ],
          }),
        ],
      },
      {
        id: "s2",
        title: "S2",
        questions: [
          q("m", {
            type: "multiple_choice",
            weight: 1,
            options: [
              { id: "p", label: "P", score: 3 },
              { id: "r", label: "R", score: 2 },
              { id: "s", label: "S", score: 0 },
            ],
          }),
          q("t", { type: "text", weight: 4 }),
          q("hidden", { type: "text", weight: 5, showIf: { questionId: "a", anyOf: ["no"] } }),
          q("unweighted", { type: "yes_no", weight: 0, options: yesNo(10, 0) }),
        ],
      },
    ],
  });

  it("computes the weighted score by hand", () => {
    // a yes → 1 × 2 = 2; b mid → 2/4 × 3 = 1.5; m [r] → 2/5 × 1 = 0.4; t override 0.5 × 4 = 2.
    // Σ = 5.9 over weight 10 → 59.
    const r = scoreQuestionnaire(content, { a: "yes", b: "mid", m: ["r"], t: "we do" }, { t: 0.5 });
    expect(r.score).toBe(59);
    expect(r.rating).toBe("high");
    expect(r.pending).toBe(0);
    // s1: (2 + 1.5)/5 = 70; s2: (0.4 + 2)/5 = 48
    expect(r.perSection).toEqual([
      { sectionId: "s1", score: 70 },
      { sectionId: "s2", score: 48 },
    ]);
    expect(r.perQuestion.map((p) => [p.questionId, p.earned, p.source])).toEqual([
      ["a", 1, "auto"],
      ["b", 0.5, "auto"],
      ["m", 0.4, "auto"],
      ["t", 0.5, "reviewer"],
    ]);
  });

  it("counts an answered text without a reviewer's score as pending and leaves it out", () => {
    // a yes 2, b best 3, m [p,r] 1 → 6/6 = 100; t pending, excluded.
    const r = scoreQuestionnaire(content, { a: "yes", b: "best", m: ["p", "r"], t: "answer" }, {});
    expect(r.score).toBe(100);
    expect(r.pending).toBe(1);
    expect(r.perQuestion.find((p) => p.questionId === "t")).toEqual({
      questionId: "t",
      weight: 4,
      earned: null,
      source: "pending",
    });
    expect(r.perSection[1]).toEqual({ sectionId: "s2", score: 100 });
  });

  it("gives 0 to unanswered visible scored questions and scores hidden ones not at all", () => {
    // a no (0 × 2) → hidden shows (unanswered text: 0 × 5); b, m, t unanswered → 0. Σ weight = 2+3+1+4+5 = 15.
    const r = scoreQuestionnaire(content, { a: "no" }, { hidden: 1 });
    // the override makes "hidden" earn 1 × 5 = 5 → 5/15 = 33
    expect(r.score).toBe(33);
    expect(r.rating).toBe("critical");
    const none = scoreQuestionnaire(content, { a: "yes" }, { hidden: 1 });
    expect(none.perQuestion.some((p) => p.questionId === "hidden")).toBe(false);
    expect(none.score).toBe(20); // 2 / (2+3+1+4)
  });

  it("caps multiple choice at 1 and divides by the sum of positive scores", () => {
    const c = one(
      q("m", {
        type: "multiple_choice",
        options: [
          { id: "p", label: "P", score: 5 },
          { id: "r", label: "R", score: 5 },
        ],
      }),
    );
    expect(scoreQuestionnaire(c, { m: ["p"] }, {}).score).toBe(50);
    expect(scoreQuestionnaire(c, { m: ["p", "r"] }, {}).score).toBe(100);
  });

  it("lets a reviewer's score replace an automatic share and ignores invalid overrides", () => {
    const r = scoreQuestionnaire(
      content,
      { a: "no", b: "best", m: ["p", "r"], t: "x", hidden: "x" },
      {
        a: 0.25,
        t: 1.5, // out of range: ignored → pending
        hidden: 0.8,
        nosuch: 1,
      },
    );
    // a 0.25×2 = 0.5; b 3; m 1; hidden 0.8×5 = 4 → 8.5 / 11 = 77.27 → 77; t pending
    expect(r.score).toBe(77);
    expect(r.rating).toBe("medium");
    expect(r.pending).toBe(1);
    expect(r.perQuestion.find((p) => p.questionId === "a")?.source).toBe("reviewer");
  });

  it("skips choice questions whose options are all worth 0 and returns null when nothing scores", () => {
    const c = one(
      q("z", {
        type: "single_choice",
        options: [
          { id: "a", label: "A" },
          { id: "b", label: "B" },
        ],
      }),
      q("t", { type: "text" }),
    );
    const r = scoreQuestionnaire(c, { z: "a", t: "pending text" }, {});
    expect(r.perQuestion.map((p) => p.questionId)).toEqual(["t"]);
    expect(r.score).toBeNull();
    expect(r.rating).toBeNull();
    expect(r.perSection).toEqual([{ sectionId: "s1", score: null }]);
    expect(r.pending).toBe(1);
  });

  it("uses the questionnaire's own rating bands", () => {
    const c = build({
      sections: [
        {
          id: "s",
          title: "S",
          questions: [
            q("a", { type: "yes_no", options: yesNo(10, 0) }),
            q("b", { type: "yes_no", options: yesNo(10, 0) }),
          ],
        },
      ],
      ratingBands: { low: 95, medium: 50, high: 10 },
    });
    expect(scoreQuestionnaire(c, { a: "yes", b: "no" }, {}).rating).toBe("medium");
  });
});

describe("ratingForScore", () => {
  const bands = { low: 80, medium: 60, high: 40 };
  it.each([
    [100, "low"],
    [80, "low"],
    [79, "medium"],
    [60, "medium"],
    [59, "high"],
    [40, "high"],
    [39, "critical"],
    [0, "critical"],
  ])("%i → %s", (score, rating) => {
    expect(ratingForScore(score, bands)).toBe(rating);
  });
});
