import { describe, expect, it } from "vitest";
import {
  answersSizeIssue,
  completeness,
  isAnswered,
  MAX_LONG_TEXT,
  validateAnswers,
  visibleQuestions,
} from "./answers.js";
import { impactAssessmentTemplate, IMPACT_ASSESSMENT_TEMPLATES, templateProblems } from "./templates.js";
import type { Answers } from "./template-model.js";

const ia = impactAssessmentTemplate("ai-system-impact");
const colorado = impactAssessmentTemplate("colorado-deployer");
const fria = impactAssessmentTemplate("eu-fria");
const ids = (t = ia, a: Answers = {}) => visibleQuestions(t, a).map((q) => q.id);

describe("templates", () => {
  it.each(IMPACT_ASSESSMENT_TEMPLATES.map((t) => [t.id, t] as const))("%s is consistent", (_id, t) => {
    expect(templateProblems(t)).toEqual([]);
    expect(t.validityMonths).toBe(12);
  });
  it("finds dangling conditions and missing scoring tables", () => {
    const broken = {
      ...ia,
      sections: [
        {
          ...ia.sections[0]!,
          questions: [{ ...ia.sections[0]!.questions[0]!, showIf: { questionId: "nope" } }],
        },
      ],
    };
    expect(templateProblems(broken)).toEqual([
      "question system_description depends on nope, which is not an earlier question",
      "scoring table impacts is missing",
    ]);
  });
  it("refuses an unknown template with NOT_FOUND", () => {
    expect(() => impactAssessmentTemplate("dpia")).toThrow(expect.objectContaining({ code: "NOT_FOUND" }));
  });
});

describe("visibleQuestions", () => {
  it.each([
    ["no answer hides the follow-up", ia, {}, "data_categories", false],
    ["yes shows it", ia, { processes_personal_data: true }, "data_categories", true],
    ["no keeps it hidden", ia, { processes_personal_data: false }, "data_categories", false],
    ["a choice shows its follow-up", ia, { conclusion: "proceed_with_conditions" }, "conditions", true],
    ["another choice does not", ia, { conclusion: "proceed" }, "conditions", false],
    ["anyOf matches one of several", fria, { notification_status: "planned" }, "authority", true],
    ["anyOf ignores others", fria, { notification_status: "exempt" }, "authority", false],
    ["post-modification question", colorado, { post_modification: true }, "use_consistency", true],
  ] as const)("%s", (_name, t, answers, id, shown) => {
    expect(ids(t, answers as Answers).includes(id)).toBe(shown);
  });
});

describe("validateAnswers", () => {
  const impactRow = { title: "x", kind: "harm", category: "fairness", severity: 3, likelihood: 2 };
  it.each([
    ["valid text and choice", { intended_purpose: "Rank applicants", decision_role: "makes" }, []],
    ["null clears an answer", { intended_purpose: null }, []],
    ["unknown question", { nope: "x" }, [{ path: "nope", message: "is not a question of ai-system-impact" }]],
    ["text as number", { intended_purpose: 3 }, [{ path: "intended_purpose", message: "must be text" }]],
    [
      "choice not offered",
      { decision_role: "maybe" },
      [{ path: "decision_role", message: "must be one of none, supports, substantial_factor, makes" }],
    ],
    [
      "yes/no as string",
      { vulnerable_groups: "yes" },
      [{ path: "vulnerable_groups", message: "must be true or false" }],
    ],
    [
      "scale off range",
      { explainability: 6 },
      [{ path: "explainability", message: "must be a whole number from 1 to 5" }],
    ],
    ["table row ok", { impacts: [impactRow] }, []],
    ["table not a list", { impacts: "x" }, [{ path: "impacts", message: "must be a list of rows" }]],
    [
      "table cell off scale",
      { impacts: [{ ...impactRow, severity: 9 }] },
      [{ path: "impacts.0.severity", message: "must be a whole number from 1 to 5" }],
    ],
    [
      "table unknown column",
      { impacts: [{ ...impactRow, colour: "red" }] },
      [{ path: "impacts.0.colour", message: "is not a column of this table" }],
    ],
    [
      "control characters",
      { summary: "a\u0000b" },
      [{ path: "summary", message: "must not contain control characters" }],
    ],
  ] as const)("%s", (_name, answers, issues) => {
    expect(validateAnswers(ia, answers)).toEqual(issues);
  });
  it.each([
    ["2026-02-30", [{ path: "notified_on", message: "must be a date YYYY-MM-DD" }]],
    ["2026-12-01", []],
    ["1 Dec 2026", [{ path: "notified_on", message: "must be a date YYYY-MM-DD" }]],
  ])("date %s", (v, issues) => {
    expect(validateAnswers(fria, { notified_on: v })).toEqual(issues);
  });
});

describe("completeness", () => {
  it("counts required visible questions and lists the missing ones in order", () => {
    const c = completeness(colorado, {});
    expect(c.percent).toBe(0);
    expect(c.missing.slice(0, 3)).toEqual(["purpose", "intended_use_cases", "deployment_context"]);
    expect(c.missing).not.toContain("use_consistency");
    const later = completeness(colorado, { purpose: "x", post_modification: true });
    expect(later.required).toBe(c.required + 1);
    expect(later.missing).toContain("use_consistency");
    expect(later.answered).toBe(2);
  });
  it.each([
    ["blank text", { type: "long_text" }, "  ", false],
    ["false is an answer", { type: "yes_no" }, false, true],
    ["empty table", { type: "table", columns: [], minRows: 1 }, [], false],
    [
      "row missing a required cell",
      { type: "table", minRows: 1, columns: [{ id: "a", label: "A", type: "text", required: true }] },
      [{ a: "" }],
      false,
    ],
    [
      "complete row",
      { type: "table", minRows: 1, columns: [{ id: "a", label: "A", type: "text", required: true }] },
      [{ a: "x" }],
      true,
    ],
  ] as const)("isAnswered: %s", (_n, q, v, answered) => {
    expect(isAnswered(q as never, v as never)).toBe(answered);
  });
  it("reaches 100 only when nothing is missing", () => {
    const answers: Answers = {};
    for (const q of visibleQuestions(fria, { notification_status: "exempt" })) {
      if (!q.required) continue;
      answers[q.id] =
        q.type === "table"
          ? [{ title: "t", group: "g", kind: "harm", category: "privacy", severity: 2, likelihood: 2 }].map(
              (r) =>
                Object.fromEntries(Object.entries(r).filter(([k]) => q.columns!.some((c) => c.id === k))),
            )
          : q.type === "single_choice"
            ? q.choices![0]!.value
            : "answered";
    }
    answers.notification_status = "exempt";
    expect(completeness(fria, answers)).toMatchObject({ percent: 100, missing: [] });
    expect(completeness(fria, { ...answers, governance: "" }).percent).toBeLessThan(100);
  });
});

describe("answersSizeIssue", () => {
  it("bounds a whole assessment, whatever each answer allows", () => {
    const rows = (n: number) =>
      Array.from({ length: n }, () => ({ group: "g", effect: "x".repeat(MAX_LONG_TEXT) }));
    expect(answersSizeIssue({ affected_groups: rows(60) })).toBeNull();
    const issue = answersSizeIssue({ affected_groups: rows(60), impacts: rows(60) });
    expect(issue?.message).toMatch(/at most 1000000/);
    // Each answer on its own is fine: the bound is on the sum.
    expect(validateAnswers(ia, { affected_groups: rows(60) })).toEqual([]);
  });
});
