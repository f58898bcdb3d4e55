import { QuestionnaireContent } from "@openaims/core";
import { describe, expect, it } from "vitest";
import { builderIssues, issuesByQuestion, serverIssues } from "./builder-issues";
import { addQuestion, emptyContent, moveQuestion, updateOption, updateQuestion } from "./builder-state";

const base = () => {
  let c = addQuestion(emptyContent(), "general", "single_choice"); // new-question
  c = addQuestion(c, "general", "text"); // new-question-2
  return updateQuestion(c, "new-question", { text: "Hosting" });
};

describe("builderIssues", () => {
  it("has none for a valid template", () => {
    expect(builderIssues(base())).toEqual([]);
  });

  it("places schema issues on their question with the field named", () => {
    let c = updateQuestion(base(), "new-question-2", { text: "   " });
    c = updateOption(c, "new-question", "new-option", { label: "" });
    const issues = builderIssues(c);
    expect(issues.map((i) => [i.questionId, i.message])).toEqual([
      ["new-question", "option label must not be empty"],
      ["new-question-2", "question text must not be empty"],
    ]);
    expect(issues[1]!.where).toBe("Section 1 “General” › Question 2 “untitled”");
    expect(issuesByQuestion(issues).get("new-question-2")).toEqual(["question text must not be empty"]);
  });

  it("reports a condition on a later question and an empty condition", () => {
    let c = updateQuestion(base(), "new-question-2", {
      showIf: { questionId: "new-question", anyOf: ["new-option"] },
    });
    c = moveQuestion(c, "new-question-2", -1);
    const later = builderIssues(c);
    expect(later).toHaveLength(1);
    expect(later[0]).toMatchObject({ questionId: "new-question-2", sectionId: "general" });
    expect(later[0]!.message).toMatch(/earlier question/);

    const empty = updateQuestion(base(), "new-question-2", {
      showIf: { questionId: "new-question", anyOf: [] },
    });
    expect(builderIssues(empty).map((i) => i.questionId)).toEqual(["new-question-2"]);
  });

  it("reports rating bands that do not fall", () => {
    const c: QuestionnaireContent = { ...base(), ratingBands: { low: 50, medium: 60, high: 40 } };
    const issues = builderIssues(c);
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ where: "Rating bands", questionId: null });
  });
});

describe("serverIssues", () => {
  it("reads issues from the details of a refused request", () => {
    const c = base();
    const out = serverIssues(c, {
      issues: [
        { path: "sections.0.questions.1.showIf.questionId", message: "no question has the id x" },
        { path: ["body", "content", "sections", 0, "questions", 0, "text"], message: "must not be empty" },
        { nonsense: true },
      ],
    });
    expect(out.map((i) => [i.questionId, i.message])).toEqual([
      ["new-question-2", "no question has the id x"],
      ["new-question", "must not be empty"],
    ]);
    expect(serverIssues(c, null)).toEqual([]);
    expect(serverIssues(c, { issues: "x" })).toEqual([]);
  });
});

describe("a questionnaire without questions", () => {
  it("cannot be published, as the server says", () => {
    const issues = builderIssues(emptyContent());
    expect(issues.map((i) => [i.path, i.message, i.where])).toEqual([
      ["sections", "add at least one question", "Questionnaire"],
    ]);
  });
});
