import { describe, expect, it } from "vitest";
import { QuestionnaireContent, VQ_QUESTION_TYPES } from "./content.js";
import { BUILTIN_QUESTIONNAIRES, DEFAULT_AI_VENDOR_QUESTIONNAIRE } from "./default-ai-vendor.js";
import {
  missingRequiredAnswers,
  questionnaireIssues,
  questionnaireQuestions,
  scoreQuestionnaire,
  visibleQuestionIds,
} from "./rules.js";

const content = QuestionnaireContent.parse(DEFAULT_AI_VENDOR_QUESTIONNAIRE.content);
const questions = questionnaireQuestions(content);

describe("the default AI vendor questionnaire", () => {
  it("parses and has no structural issues", () => {
    expect(QuestionnaireContent.safeParse(DEFAULT_AI_VENDOR_QUESTIONNAIRE.content).success).toBe(true);
    expect(questionnaireIssues(content)).toEqual([]);
  });

  it("has 35–50 questions and uses every question type", () => {
    expect(questions.length).toBeGreaterThanOrEqual(35);
    expect(questions.length).toBeLessThanOrEqual(50);
    expect(new Set(questions.map((q) => q.type))).toEqual(new Set(VQ_QUESTION_TYPES));
  });

  it("covers the expected topics", () => {
    expect(content.sections.map((s) => s.id)).toEqual(
      expect.arrayContaining([
        "provenance",
        "training-data",
        "data-use",
        "security",
        "incidents",
        "oversight",
        "testing",
        "certifications",
        "subprocessors",
        "eu-ai-act",
        "contact",
      ]),
    );
  });

  it("asks for the certificate and its expiry only when certified", () => {
    expect(visibleQuestionIds(content, { "iso42001-status": "no" }).has("iso42001-certificate")).toBe(false);
    const shown = visibleQuestionIds(content, { "iso42001-status": "certified" });
    expect(shown.has("iso42001-certificate")).toBe(true);
    expect(shown.has("iso42001-expiry")).toBe(true);
  });

  it("asks provider questions only of providers", () => {
    expect(visibleQuestionIds(content, { "ai-act-role": "deployer" }).has("ai-act-conformity")).toBe(false);
    expect(visibleQuestionIds(content, { "ai-act-role": "provider" }).has("ai-act-conformity")).toBe(true);
  });

  it("scores a strong set of answers as low risk and an empty one as critical", () => {
    const best: Record<string, string | string[]> = {};
    for (const q of questions) {
      if (q.options.length === 0) continue;
      const top = Math.max(...q.options.map((o) => o.score));
      const winners = q.options.filter((o) => o.score === top).map((o) => o.id);
      best[q.id] =
        q.type === "multiple_choice" ? q.options.filter((o) => o.score > 0).map((o) => o.id) : winners[0]!;
    }
    // Questions without options need a reviewer's score: give them full marks.
    const full = Object.fromEntries(questions.filter((q) => q.options.length === 0).map((q) => [q.id, 1]));
    const strong = scoreQuestionnaire(content, best, full);
    expect(strong.score).toBe(100);
    expect(strong.rating).toBe("low");
    expect(scoreQuestionnaire(content, {}, {}).rating).toBe("critical");
    expect(missingRequiredAnswers(content, {}).length).toBeGreaterThan(10);
  });

  it("is the one built-in questionnaire", () => {
    expect(BUILTIN_QUESTIONNAIRES.map((b) => b.slug)).toEqual(["ai-vendor"]);
  });
});
