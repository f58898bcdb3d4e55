/**
 * Rules of questionnaires: structure checks beyond the schema, which questions show, answer checks,
 * progress and scoring. The server decides with these; the builder and the portal call the same.
 * PLACEHOLDER signatures — implemented by the questionnaire slice.
 */
import type {
  VqAnswers,
  VqAnswerValue,
  VqQuestion,
  QuestionnaireContent,
  RatingBands,
  VendorRiskRating,
} from "./content.js";

/** A problem in a template's structure, located by path (e.g. `sections.1.questions.3.showIf`). */
export type QuestionnaireIssue = { path: string; message: string };

/** Structure rules: unique ids, conditions on earlier choice questions and their options, yes_no options, choice questions with options. */
export function questionnaireIssues(_content: QuestionnaireContent): QuestionnaireIssue[] {
  throw new Error("not implemented");
}

/** All questions in order, with their section id. */
export function questionnaireQuestions(_content: QuestionnaireContent): (VqQuestion & { sectionId: string })[] {
  throw new Error("not implemented");
}

/** Ids of the questions shown given the answers so far (a hidden question hides those that depend on it). */
export function visibleQuestionIds(_content: QuestionnaireContent, _answers: VqAnswers): Set<string> {
  throw new Error("not implemented");
}

/** Why a value is not a valid answer to the question (null when it is). */
export function vqAnswerProblem(_question: VqQuestion, _value: unknown): string | null {
  throw new Error("not implemented");
}

/** Visible required questions without an answer. */
export function missingRequiredAnswers(_content: QuestionnaireContent, _answers: VqAnswers): string[] {
  throw new Error("not implemented");
}

export type VqAnswerProgress = { answered: number; visible: number; required: number; requiredAnswered: number };
export function questionnaireProgress(_content: QuestionnaireContent, _answers: VqAnswers): VqAnswerProgress {
  throw new Error("not implemented");
}

export type VqQuestionScore = {
  questionId: string;
  weight: number;
  /** Share earned 0–1; null when the question needs a reviewer's score and has none. */
  earned: number | null;
  /** auto: from option scores; reviewer: set by the reviewer; pending: needs a reviewer's score. */
  source: "auto" | "reviewer" | "pending";
};

export type QuestionnaireScore = {
  /** 0–100 rounded; null when nothing scorable was answered. */
  score: number | null;
  rating: VendorRiskRating | null;
  perQuestion: VqQuestionScore[];
  /** The same weighted score per section (null when the section has nothing scored). */
  perSection: { sectionId: string; score: number | null }[];
  /** Weighted visible questions still waiting for a reviewer's score. */
  pending: number;
};

/**
 * Weighted score over visible questions with weight > 0. Choice answers score themselves; other types
 * (and any question the reviewer overrides) use `overrides[questionId]` (0–1). Unanswered visible
 * scored questions earn 0.
 */
export function scoreQuestionnaire(
  _content: QuestionnaireContent,
  _answers: VqAnswers,
  _overrides: Readonly<Record<string, number>>,
): QuestionnaireScore {
  throw new Error("not implemented");
}

export function ratingForScore(_score: number, _bands: RatingBands): VendorRiskRating {
  throw new Error("not implemented");
}

export type { VqAnswerValue };
