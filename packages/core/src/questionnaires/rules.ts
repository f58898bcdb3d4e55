/**
 * Rules of questionnaires: structure checks beyond the schema, which questions show, answer checks,
 * progress and scoring. The server decides with these; the builder and the portal call the same.
 */
import { VQ_CHOICE_TYPES } from "./content.js";
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

export const MAX_TEXT_ANSWER = 10_000;
export const MAX_NUMBER_ANSWER = 1e12;
export const MAX_FILES_PER_ANSWER = 20;

/** Control characters other than tab and line breaks: PostgreSQL refuses NUL, and none belongs in an answer. */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL_CHARS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;

const isChoice = (q: Pick<VqQuestion, "type">): boolean => VQ_CHOICE_TYPES.includes(q.type);

/** Structure rules: unique ids, conditions on earlier choice questions and their options, yes_no options, choice questions with options. */
export function questionnaireIssues(content: QuestionnaireContent): QuestionnaireIssue[] {
  const issues: QuestionnaireIssue[] = [];
  const sectionIds = new Set<string>();
  // Questions seen so far, so a condition can only point backwards (no cycles, natural reading order).
  const earlier = new Map<string, VqQuestion>();
  const allIds = new Set<string>();
  content.sections.forEach((s) => s.questions.forEach((q) => allIds.add(q.id)));

  content.sections.forEach((section, si) => {
    const sp = `sections.${si}`;
    if (sectionIds.has(section.id))
      issues.push({ path: `${sp}.id`, message: `section id "${section.id}" is used twice` });
    sectionIds.add(section.id);

    section.questions.forEach((q, qi) => {
      const qp = `${sp}.questions.${qi}`;
      if (earlier.has(q.id))
        issues.push({ path: `${qp}.id`, message: `question id "${q.id}" is used twice` });

      const optionIds = new Set<string>();
      q.options.forEach((o, oi) => {
        if (optionIds.has(o.id))
          issues.push({
            path: `${qp}.options.${oi}.id`,
            message: `option id "${o.id}" is used twice in this question`,
          });
        optionIds.add(o.id);
      });

      if (q.type === "single_choice" || q.type === "multiple_choice") {
        if (q.options.length < 2)
          issues.push({ path: `${qp}.options`, message: "a choice question needs at least 2 options" });
      } else if (q.type === "yes_no") {
        const ids = q.options.map((o) => o.id).sort();
        if (ids.length !== 2 || ids[0] !== "no" || ids[1] !== "yes")
          issues.push({
            path: `${qp}.options`,
            message: 'a yes/no question has exactly the options "yes" and "no"',
          });
      } else if (q.options.length > 0) {
        issues.push({ path: `${qp}.options`, message: `a ${q.type} question has no options` });
      }

      if (q.showIf) {
        const ref = earlier.get(q.showIf.questionId);
        if (!ref) {
          const message =
            q.showIf.questionId === q.id
              ? "a question cannot depend on itself"
              : allIds.has(q.showIf.questionId)
                ? `the condition must refer to an earlier question ("${q.showIf.questionId}" comes later)`
                : `no question has the id "${q.showIf.questionId}"`;
          issues.push({ path: `${qp}.showIf.questionId`, message });
        } else if (!isChoice(ref)) {
          issues.push({
            path: `${qp}.showIf.questionId`,
            message: `the condition must refer to a choice question ("${ref.id}" is ${ref.type})`,
          });
        } else {
          const refOptions = new Set(ref.options.map((o) => o.id));
          q.showIf.anyOf.forEach((id, ai) => {
            if (!refOptions.has(id))
              issues.push({ path: `${qp}.showIf.anyOf.${ai}`, message: `"${ref.id}" has no option "${id}"` });
          });
        }
      }

      if (!earlier.has(q.id)) earlier.set(q.id, q);
    });
  });
  return issues;
}

/** All questions in order, with their section id. */
export function questionnaireQuestions(
  content: QuestionnaireContent,
): (VqQuestion & { sectionId: string })[] {
  return content.sections.flatMap((s) => s.questions.map((q) => ({ ...q, sectionId: s.id })));
}

const hasAnswer = (value: VqAnswerValue | undefined): boolean => {
  if (value === undefined || value === null) return false;
  if (typeof value === "string") return value.trim().length > 0;
  if (Array.isArray(value)) return value.length > 0;
  return typeof value === "number" && Number.isFinite(value);
};

/** Ids of the questions shown given the answers so far (a hidden question hides those that depend on it). */
export function visibleQuestionIds(content: QuestionnaireContent, answers: VqAnswers): Set<string> {
  const visible = new Set<string>();
  // Conditions point backwards in a valid template, so one pass in order settles the chain. A condition
  // pointing at a later or unknown question hides its question (such templates cannot be published).
  for (const q of questionnaireQuestions(content)) {
    if (!q.showIf) {
      visible.add(q.id);
      continue;
    }
    const controller = q.showIf.questionId;
    if (!visible.has(controller)) continue;
    const value = answers[controller];
    const chosen = typeof value === "string" ? [value] : Array.isArray(value) ? value : [];
    if (chosen.some((id) => q.showIf!.anyOf.includes(id))) visible.add(q.id);
  }
  return visible;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

function dateProblem(value: string): string | null {
  const m = ISO_DAY.exec(value);
  if (!m) return "must be a date as YYYY-MM-DD";
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (y < 1900 || y > 2999) return "must be a date between 1900 and 2999";
  const dt = new Date(Date.UTC(y, mo - 1, d));
  if (dt.getUTCFullYear() !== y || dt.getUTCMonth() !== mo - 1 || dt.getUTCDate() !== d)
    return "is not a real date";
  return null;
}

/** Why a value is not a valid answer to the question (null when it is). */
export function vqAnswerProblem(question: VqQuestion, value: unknown): string | null {
  const optionIds = new Set(question.options.map((o) => o.id));
  switch (question.type) {
    case "text":
      if (typeof value !== "string") return "must be text";
      if (value.trim().length === 0) return "must not be empty";
      if (value.length > MAX_TEXT_ANSWER) return `must be at most ${MAX_TEXT_ANSWER} characters`;
      if (CONTROL_CHARS.test(value)) return "must not contain control characters";
      return null;
    case "single_choice":
    case "yes_no":
      if (typeof value !== "string") return "must be one option";
      return optionIds.has(value) ? null : `"${value}" is not an option of this question`;
    case "multiple_choice": {
      if (!Array.isArray(value)) return "must be a list of options";
      if (value.length === 0) return "choose at least one option";
      if (value.length > question.options.length) return "lists more options than the question has";
      if (value.some((v) => typeof v !== "string")) return "must be a list of options";
      if (new Set(value).size !== value.length) return "lists an option twice";
      const unknown = (value as string[]).find((v) => !optionIds.has(v));
      return unknown === undefined ? null : `"${unknown}" is not an option of this question`;
    }
    case "number":
      if (typeof value !== "number" || !Number.isFinite(value)) return "must be a number";
      if (Math.abs(value) > MAX_NUMBER_ANSWER) return "is too large";
      return null;
    case "date":
      if (typeof value !== "string") return "must be a date as YYYY-MM-DD";
      return dateProblem(value);
    case "file":
      if (!Array.isArray(value)) return "must be a list of uploaded files";
      if (value.length === 0) return "upload at least one file";
      if (value.length > MAX_FILES_PER_ANSWER) return `at most ${MAX_FILES_PER_ANSWER} files`;
      if (value.some((v) => typeof v !== "string" || !UUID.test(v)))
        return "lists a file that is not an upload";
      if (new Set(value).size !== value.length) return "lists a file twice";
      return null;
    default:
      return "unknown question type";
  }
}

/** Visible required questions without an answer. */
export function missingRequiredAnswers(content: QuestionnaireContent, answers: VqAnswers): string[] {
  const visible = visibleQuestionIds(content, answers);
  return questionnaireQuestions(content)
    .filter((q) => q.required && visible.has(q.id) && !hasAnswer(answers[q.id]))
    .map((q) => q.id);
}

export type VqAnswerProgress = {
  answered: number;
  visible: number;
  required: number;
  requiredAnswered: number;
};
export function questionnaireProgress(content: QuestionnaireContent, answers: VqAnswers): VqAnswerProgress {
  const visible = visibleQuestionIds(content, answers);
  const p: VqAnswerProgress = { answered: 0, visible: 0, required: 0, requiredAnswered: 0 };
  for (const q of questionnaireQuestions(content)) {
    if (!visible.has(q.id)) continue;
    const answered = hasAnswer(answers[q.id]);
    p.visible += 1;
    if (answered) p.answered += 1;
    if (q.required) {
      p.required += 1;
      if (answered) p.requiredAnswered += 1;
    }
  }
  return p;
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

const validOverride = (v: unknown): v is number =>
  typeof v === "number" && Number.isFinite(v) && v >= 0 && v <= 1;

/** Automatic share of a choice answer; undefined when the question cannot score itself. */
function autoShare(q: VqQuestion, value: VqAnswerValue | undefined): number | undefined {
  if (q.type === "single_choice" || q.type === "yes_no") {
    const best = Math.max(0, ...q.options.map((o) => o.score));
    if (best === 0) return undefined;
    if (typeof value !== "string") return 0;
    const chosen = q.options.find((o) => o.id === value);
    return chosen ? chosen.score / best : 0;
  }
  if (q.type === "multiple_choice") {
    const total = q.options.reduce((sum, o) => sum + Math.max(0, o.score), 0);
    if (total === 0) return undefined;
    if (!Array.isArray(value)) return 0;
    const picked = new Set(value);
    const got = q.options.filter((o) => picked.has(o.id)).reduce((sum, o) => sum + o.score, 0);
    return Math.min(1, got / total);
  }
  return undefined;
}

const weighted = (items: VqQuestionScore[]): number | null => {
  let num = 0;
  let den = 0;
  for (const s of items) {
    if (s.earned === null) continue;
    num += s.weight * s.earned;
    den += s.weight;
  }
  return den === 0 ? null : Math.round((100 * num) / den);
};

/**
 * Weighted score over visible questions with weight > 0. Choice answers score themselves; other types
 * (and any question the reviewer overrides) use `overrides[questionId]` (0–1). Unanswered visible
 * scored questions earn 0.
 */
export function scoreQuestionnaire(
  content: QuestionnaireContent,
  answers: VqAnswers,
  overrides: Readonly<Record<string, number>>,
): QuestionnaireScore {
  const visible = visibleQuestionIds(content, answers);
  const perQuestion: VqQuestionScore[] = [];
  const perSection: { sectionId: string; score: number | null }[] = [];
  let pending = 0;

  for (const section of content.sections) {
    const sectionScores: VqQuestionScore[] = [];
    for (const q of section.questions) {
      if (q.weight <= 0 || !visible.has(q.id)) continue;
      const override = Object.prototype.hasOwnProperty.call(overrides, q.id) ? overrides[q.id] : undefined;
      const value = answers[q.id];
      let s: VqQuestionScore;
      if (validOverride(override)) {
        s = { questionId: q.id, weight: q.weight, earned: override, source: "reviewer" };
      } else if (isChoice(q)) {
        const share = autoShare(q, value);
        if (share === undefined) continue; // no option is worth anything: nothing to score
        s = { questionId: q.id, weight: q.weight, earned: share, source: "auto" };
      } else if (!hasAnswer(value)) {
        s = { questionId: q.id, weight: q.weight, earned: 0, source: "auto" };
      } else {
        s = { questionId: q.id, weight: q.weight, earned: null, source: "pending" };
        pending += 1;
      }
      sectionScores.push(s);
      perQuestion.push(s);
    }
    perSection.push({ sectionId: section.id, score: weighted(sectionScores) });
  }

  const score = weighted(perQuestion);
  return {
    score,
    rating: score === null ? null : ratingForScore(score, content.ratingBands),
    perQuestion,
    perSection,
    pending,
  };
}

export function ratingForScore(score: number, bands: RatingBands): VendorRiskRating {
  if (score >= bands.low) return "low";
  if (score >= bands.medium) return "medium";
  if (score >= bands.high) return "high";
  return "critical";
}

export type { VqAnswerValue };
