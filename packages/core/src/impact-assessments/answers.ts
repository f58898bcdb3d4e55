/**
 * Answers to a template: which questions show, whether answers fit their questions, and how complete
 * an assessment is. The server and the form call the same functions (ISO/IEC 42001 A.5.3: the
 * documented result must be complete before it is approved).
 */
import {
  allQuestions,
  type AnswerValue,
  type Answers,
  type Column,
  type Condition,
  type ImpactAssessmentTemplate,
  type Question,
  type TableRow,
} from "./template-model.js";

export type AnswerIssue = { path: string; message: string };

export const MAX_TEXT = 1000;
export const MAX_LONG_TEXT = 10_000;
export const MAX_TABLE_ROWS = 100;
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL_CHARS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** A real calendar day (30 February is refused, not rolled over). */
const isCalendarDate = (v: string) => {
  if (!DATE.test(v)) return false;
  const d = new Date(`${v}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === v;
};

const isEmpty = (v: unknown) =>
  v === undefined ||
  v === null ||
  (typeof v === "string" && v.trim() === "") ||
  (Array.isArray(v) && v.length === 0);

function conditionHolds(c: Condition, answers: Answers): boolean {
  const a = answers[c.questionId];
  if (isEmpty(a)) return false;
  if (c.equals !== undefined) return a === c.equals;
  if (c.anyOf) {
    const values = Array.isArray(a) ? a.filter((v) => typeof v === "string") : [String(a)];
    return values.some((v) => c.anyOf!.includes(v as string));
  }
  return true;
}

/**
 * The questions shown for these answers, in order: a question with `showIf` shows only when its
 * condition holds and the question it depends on is itself shown.
 */
export function visibleQuestions(
  template: ImpactAssessmentTemplate,
  answers: Answers,
): (Question & { sectionId: string })[] {
  const shown = new Set<string>();
  return allQuestions(template).filter((q) => {
    const visible = !q.showIf || (shown.has(q.showIf.questionId) && conditionHolds(q.showIf, answers));
    if (visible) shown.add(q.id);
    return visible;
  });
}

function cellAnswered(c: Column, v: unknown): boolean {
  return !isEmpty(v) && !(c.type === "scale" && typeof v !== "number");
}

/** Whether a question counts as answered (tables need their minimum rows with required cells filled). */
export function isAnswered(q: Question, value: AnswerValue | undefined): boolean {
  if (isEmpty(value)) return false;
  if (q.type !== "table") return true;
  const rows = value as TableRow[];
  if (rows.length < q.minRows) return false;
  return rows.every((r) => (q.columns ?? []).every((c) => !c.required || cellAnswered(c, r[c.id])));
}

function textIssue(v: unknown, max: number): string | null {
  if (typeof v !== "string") return "must be text";
  if (v.length > max) return `must be at most ${max} characters`;
  if (CONTROL_CHARS.test(v)) return "must not contain control characters";
  return null;
}

function scaleIssue(v: unknown, scale: { min: number; max: number } | undefined): string | null {
  if (!scale) return "has no scale";
  if (typeof v !== "number" || !Number.isInteger(v) || v < scale.min || v > scale.max)
    return `must be a whole number from ${scale.min} to ${scale.max}`;
  return null;
}

function choiceIssue(v: unknown, choices: { value: string }[] | undefined): string | null {
  if (typeof v !== "string" || !(choices ?? []).some((c) => c.value === v))
    return `must be one of ${(choices ?? []).map((c) => c.value).join(", ")}`;
  return null;
}

function cellIssue(c: Column, v: unknown): string | null {
  if (v === null || v === undefined) return null;
  switch (c.type) {
    case "text":
      return textIssue(v, MAX_TEXT);
    case "long_text":
      return textIssue(v, MAX_LONG_TEXT);
    case "single_choice":
      return choiceIssue(v, c.choices);
    case "yes_no":
      return typeof v === "boolean" ? null : "must be true or false";
    case "scale":
      return scaleIssue(v, c.scale);
  }
}

function tableIssues(q: Question, v: unknown): AnswerIssue[] {
  if (!Array.isArray(v)) return [{ path: q.id, message: "must be a list of rows" }];
  if (v.length > MAX_TABLE_ROWS) return [{ path: q.id, message: `must have at most ${MAX_TABLE_ROWS} rows` }];
  const columns = new Map((q.columns ?? []).map((c) => [c.id, c]));
  return v.flatMap((row: unknown, i): AnswerIssue[] => {
    if (typeof row !== "object" || row === null || Array.isArray(row))
      return [{ path: `${q.id}.${i}`, message: "must be a row of cells" }];
    return Object.entries(row).flatMap(([key, cell]): AnswerIssue[] => {
      const c = columns.get(key);
      if (!c) return [{ path: `${q.id}.${i}.${key}`, message: "is not a column of this table" }];
      const m = cellIssue(c, cell);
      return m ? [{ path: `${q.id}.${i}.${key}`, message: m }] : [];
    });
  });
}

function questionIssues(q: Question, v: unknown): AnswerIssue[] {
  if (v === null) return [];
  const one = (m: string | null) => (m ? [{ path: q.id, message: m }] : []);
  switch (q.type) {
    case "text":
      return one(textIssue(v, MAX_TEXT));
    case "long_text":
      return one(textIssue(v, MAX_LONG_TEXT));
    case "single_choice":
      return one(choiceIssue(v, q.choices));
    case "multi_choice": {
      if (!Array.isArray(v)) return one("must be a list of choices");
      if (new Set(v).size !== v.length) return one("must not repeat a choice");
      return v.flatMap((x, i) => {
        const m = choiceIssue(x, q.choices);
        return m ? [{ path: `${q.id}.${i}`, message: m }] : [];
      });
    }
    case "yes_no":
      return one(typeof v === "boolean" ? null : "must be true or false");
    case "scale":
      return one(scaleIssue(v, q.scale));
    case "date":
      return one(typeof v === "string" && isCalendarDate(v) ? null : "must be a date YYYY-MM-DD");
    case "table":
      return tableIssues(q, v);
  }
}

/**
 * Problems with answers, each with a path (`questionId`, `questionId.row.column`): unknown questions,
 * wrong types, choices not offered, scale points off the scale. Missing answers are not problems
 * here (forms save as you go); `completeness` reports them.
 */
export function validateAnswers(
  template: ImpactAssessmentTemplate,
  answers: Record<string, unknown>,
): AnswerIssue[] {
  const questions = new Map(allQuestions(template).map((q) => [q.id, q]));
  return Object.entries(answers).flatMap(([id, v]) => {
    const q = questions.get(id);
    if (!q) return [{ path: id, message: `is not a question of ${template.id}` }];
    return questionIssues(q, v);
  });
}

/** Bound of a whole assessment's answers as JSON: what one request may carry, and what exports render. */
export const MAX_ANSWERS_CHARS = 1_000_000;

/**
 * The problem with a whole set of answers (after merging a save into the stored ones), or null:
 * each answer fits its question, but together they must stay within `MAX_ANSWERS_CHARS`.
 */
export function answersSizeIssue(answers: Answers): AnswerIssue | null {
  const size = JSON.stringify(answers).length;
  return size > MAX_ANSWERS_CHARS
    ? {
        path: "",
        message: `the answers would take ${size} characters; at most ${MAX_ANSWERS_CHARS} fit in one assessment`,
      }
    : null;
}

export type Completeness = {
  /** Percent of required, visible questions answered (100 only when none is missing). */
  percent: number;
  answered: number;
  required: number;
  /** Ids of the required, visible questions still unanswered, in form order. */
  missing: string[];
};

/** How complete an assessment is: submitting it for approval needs 100 (ISO/IEC 42001 A.5.3). */
export function completeness(template: ImpactAssessmentTemplate, answers: Answers): Completeness {
  const required = visibleQuestions(template, answers).filter((q) => q.required);
  const missing = required.filter((q) => !isAnswered(q, answers[q.id])).map((q) => q.id);
  const answered = required.length - missing.length;
  return {
    percent: required.length === 0 ? 100 : Math.floor((answered * 100) / required.length),
    answered,
    required: required.length,
    missing,
  };
}
