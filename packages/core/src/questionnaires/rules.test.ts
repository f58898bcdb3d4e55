/** Structure rules, conditional visibility, answer checks and progress of questionnaires. */
import { describe, expect, it } from "vitest";
import { QuestionnaireContent, type QuestionnaireContentInput, type VqQuestionInput } from "./content.js";
import {
  missingRequiredAnswers,
  questionnaireIssues,
  questionnaireProgress,
  questionnaireQuestions,
  visibleQuestionIds,
  vqAnswerProblem,
} from "./rules.js";

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
const question = (id: string, over: Partial<VqQuestionInput> = {}) =>
  one(q(id, over)).sections[0]!.questions[0]!;

describe("questionnaireIssues", () => {
  it("accepts a well-formed questionnaire", () => {
    const c = one(
      q("a", { type: "yes_no", options: yesNo(1, 0).reverse() }),
      q("b", { showIf: { questionId: "a", anyOf: ["yes"] } }),
    );
    expect(questionnaireIssues(c)).toEqual([]);
  });

  it("reports duplicate section, question and option ids with paths", () => {
    const c = build({
      sections: [
        { id: "s", title: "One", questions: [q("a")] },
        {
          id: "s",
          title: "Two",
          questions: [
            q("a"),
            q("c", {
              type: "single_choice",
              options: [
                { id: "x", label: "X" },
                { id: "x", label: "X again" },
              ],
            }),
          ],
        },
      ],
    });
    expect(questionnaireIssues(c).map((i) => i.path)).toEqual([
      "sections.1.id",
      "sections.1.questions.0.id",
      "sections.1.questions.1.options.1.id",
    ]);
  });

  it("checks options by type", () => {
    const c = one(
      q("single", { type: "single_choice", options: [{ id: "only", label: "Only" }] }),
      q("multi", { type: "multiple_choice", options: [] }),
      q("yn", {
        type: "yes_no",
        options: [
          { id: "yes", label: "Yes" },
          { id: "maybe", label: "Maybe" },
        ],
      }),
      q("yn3", { type: "yes_no", options: [...yesNo(1, 0), { id: "maybe", label: "Maybe" }] }),
      q("num", { type: "number", options: [{ id: "x", label: "X" }] }),
      q("file", { type: "file", weight: 5 }),
    );
    const issues = questionnaireIssues(c);
    expect(issues.map((i) => i.path)).toEqual([
      "sections.0.questions.0.options",
      "sections.0.questions.1.options",
      "sections.0.questions.2.options",
      "sections.0.questions.3.options",
      "sections.0.questions.4.options",
    ]);
    expect(issues[4]!.message).toContain("number");
  });

  it("requires conditions to point at an earlier choice question and its options", () => {
    const c = one(
      q("text1"),
      q("later", { showIf: { questionId: "choice", anyOf: ["a"] } }),
      q("choice", {
        type: "single_choice",
        options: [
          { id: "a", label: "A" },
          { id: "b", label: "B" },
        ],
      }),
      q("on-text", { showIf: { questionId: "text1", anyOf: ["a"] } }),
      q("bad-option", { showIf: { questionId: "choice", anyOf: ["a", "zzz"] } }),
      q("unknown", { showIf: { questionId: "nowhere", anyOf: ["a"] } }),
      q("self", { type: "yes_no", options: yesNo(1, 0), showIf: { questionId: "self", anyOf: ["yes"] } }),
    );
    const issues = questionnaireIssues(c);
    expect(issues).toEqual([
      { path: "sections.0.questions.1.showIf.questionId", message: expect.stringContaining("earlier") },
      {
        path: "sections.0.questions.3.showIf.questionId",
        message: expect.stringContaining("choice question"),
      },
      { path: "sections.0.questions.4.showIf.anyOf.1", message: expect.stringContaining("zzz") },
      { path: "sections.0.questions.5.showIf.questionId", message: expect.stringContaining("nowhere") },
      { path: "sections.0.questions.6.showIf.questionId", message: expect.stringContaining("itself") },
    ]);
  });

  it("lets a condition point at a question of an earlier section", () => {
    const c = build({
      sections: [
        { id: "s1", title: "S1", questions: [q("a", { type: "yes_no", options: yesNo(1, 0) })] },
        { id: "s2", title: "S2", questions: [q("b", { showIf: { questionId: "a", anyOf: ["no"] } })] },
      ],
    });
    expect(questionnaireIssues(c)).toEqual([]);
    expect(questionnaireQuestions(c).map((x) => [x.id, x.sectionId])).toEqual([
      ["a", "s1"],
      ["b", "s2"],
    ]);
  });
});

describe("visibility and required answers", () => {
  // a → b (when a = yes) → c (when b = x) ; d independent
  const chain = one(
    q("a", { type: "yes_no", options: yesNo(1, 0), required: true }),
    q("b", {
      type: "single_choice",
      required: true,
      options: [
        { id: "x", label: "X" },
        { id: "y", label: "Y" },
      ],
      showIf: { questionId: "a", anyOf: ["yes"] },
    }),
    q("c", { required: true, showIf: { questionId: "b", anyOf: ["x"] } }),
    q("d", { required: false }),
  );

  it("hides dependents of an unanswered controller", () => {
    expect([...visibleQuestionIds(chain, {})]).toEqual(["a", "d"]);
  });

  it("follows the chain as answers arrive", () => {
    expect([...visibleQuestionIds(chain, { a: "yes" })]).toEqual(["a", "b", "d"]);
    expect([...visibleQuestionIds(chain, { a: "yes", b: "x" })]).toEqual(["a", "b", "c", "d"]);
  });

  it("hides a dependent transitively when its controller is hidden, whatever its stale answer", () => {
    // b still holds "x" from before, but a = no hides b and therefore c.
    expect([...visibleQuestionIds(chain, { a: "no", b: "x", c: "old" })]).toEqual(["a", "d"]);
  });

  it("shows a question conditioned on a multiple choice when any listed option is chosen", () => {
    const c = one(
      q("m", {
        type: "multiple_choice",
        options: [
          { id: "p", label: "P" },
          { id: "r", label: "R" },
          { id: "s", label: "S" },
        ],
      }),
      q("n", { showIf: { questionId: "m", anyOf: ["r", "s"] } }),
    );
    expect(visibleQuestionIds(c, { m: ["p"] }).has("n")).toBe(false);
    expect(visibleQuestionIds(c, { m: ["p", "s"] }).has("n")).toBe(true);
  });

  it("does not count hidden required questions as missing", () => {
    expect(missingRequiredAnswers(chain, {})).toEqual(["a"]);
    expect(missingRequiredAnswers(chain, { a: "no", b: "x" })).toEqual([]);
    expect(missingRequiredAnswers(chain, { a: "yes" })).toEqual(["b"]);
    expect(missingRequiredAnswers(chain, { a: "yes", b: "x", c: "   " })).toEqual(["c"]);
  });

  it("reports progress over visible questions only", () => {
    expect(questionnaireProgress(chain, {})).toEqual({
      answered: 0,
      visible: 2,
      required: 1,
      requiredAnswered: 0,
    });
    expect(questionnaireProgress(chain, { a: "yes", b: "x", d: "hi" })).toEqual({
      answered: 3,
      visible: 4,
      required: 3,
      requiredAnswered: 2,
    });
    expect(questionnaireProgress(chain, { a: "no", b: "x", c: "stale" })).toEqual({
      answered: 1,
      visible: 2,
      required: 1,
      requiredAnswered: 1,
    });
  });
});

describe("vqAnswerProblem", () => {
  const choice = question("c", {
    type: "single_choice",
    options: [
      { id: "a", label: "A" },
      { id: "b", label: "B" },
    ],
  });
  const multi = question("m", {
    type: "multiple_choice",
    options: [
      { id: "a", label: "A" },
      { id: "b", label: "B" },
    ],
  });
  const yn = question("y", { type: "yes_no", options: yesNo(1, 0) });
  const uuid = "3f2504e0-4f89-41d3-9a0c-0305e82c3301";

  it("checks text", () => {
    const t = question("t");
    expect(vqAnswerProblem(t, "fine")).toBeNull();
    expect(vqAnswerProblem(t, "   ")).toMatch(/empty/);
    expect(vqAnswerProblem(t, 5)).toMatch(/text/);
    expect(vqAnswerProblem(t, "x".repeat(10_000))).toBeNull();
    expect(vqAnswerProblem(t, "x".repeat(10_001))).toMatch(/10000/);
    // NUL would make PostgreSQL fail the save; other controls have no place in an answer.
    expect(vqAnswerProblem(t, "a\u0000b")).toMatch(/control characters/);
    expect(vqAnswerProblem(t, "bell\u0007")).toMatch(/control characters/);
    expect(vqAnswerProblem(t, "line one\nline two\ttabbed\r\n")).toBeNull();
  });

  it("checks single choice and yes/no", () => {
    expect(vqAnswerProblem(choice, "a")).toBeNull();
    expect(vqAnswerProblem(choice, "z")).toMatch(/not an option/);
    expect(vqAnswerProblem(choice, ["a"])).not.toBeNull();
    expect(vqAnswerProblem(yn, "no")).toBeNull();
    expect(vqAnswerProblem(yn, "true")).not.toBeNull();
  });

  it("checks multiple choice", () => {
    expect(vqAnswerProblem(multi, ["a", "b"])).toBeNull();
    expect(vqAnswerProblem(multi, [])).not.toBeNull();
    expect(vqAnswerProblem(multi, ["a", "a"])).toMatch(/twice/);
    expect(vqAnswerProblem(multi, ["a", "b", "a"])).not.toBeNull();
    expect(vqAnswerProblem(multi, ["c"])).toMatch(/not an option/);
    expect(vqAnswerProblem(multi, "a")).not.toBeNull();
    expect(vqAnswerProblem(multi, [1])).not.toBeNull();
  });

  it("checks numbers", () => {
    const n = question("n", { type: "number" });
    expect(vqAnswerProblem(n, 72)).toBeNull();
    expect(vqAnswerProblem(n, -1e12)).toBeNull();
    expect(vqAnswerProblem(n, 1e12 + 1)).toMatch(/large/);
    expect(vqAnswerProblem(n, Number.NaN)).not.toBeNull();
    expect(vqAnswerProblem(n, Infinity)).not.toBeNull();
    expect(vqAnswerProblem(n, "72")).not.toBeNull();
  });

  it("checks dates", () => {
    const d = question("d", { type: "date" });
    expect(vqAnswerProblem(d, "2024-02-29")).toBeNull();
    expect(vqAnswerProblem(d, "2023-02-29")).toMatch(/real date/);
    expect(vqAnswerProblem(d, "1899-12-31")).toMatch(/1900/);
    expect(vqAnswerProblem(d, "3000-01-01")).toMatch(/2999/);
    expect(vqAnswerProblem(d, "2024-1-5")).not.toBeNull();
    expect(vqAnswerProblem(d, "2024-01-05T00:00:00Z")).not.toBeNull();
  });

  it("checks files", () => {
    const f = question("f", { type: "file" });
    expect(vqAnswerProblem(f, [uuid])).toBeNull();
    expect(vqAnswerProblem(f, [])).not.toBeNull();
    expect(vqAnswerProblem(f, ["not-a-uuid"])).not.toBeNull();
    expect(vqAnswerProblem(f, uuid)).not.toBeNull();
    expect(
      vqAnswerProblem(
        f,
        Array.from({ length: 21 }, (_, i) => uuid.slice(0, -2) + String(i).padStart(2, "0")),
      ),
    ).toMatch(/20/);
  });
});
