/** Pure helpers of the portal page: unsaved changes, file answers, and a refused submission. */
import type { PortalFile, PortalSaveAnswers, VqAnswerValue } from "@openaims/core";

/** Answers and comments changed since the last save (null clears an answer). */
export type Pending = {
  answers: Record<string, VqAnswerValue | null>;
  comments: Record<string, string>;
};

export const NOTHING_PENDING: Pending = { answers: {}, comments: {} };

export const hasPending = (p: Pending) => Object.keys(p.answers).length + Object.keys(p.comments).length > 0;

/** Changes that failed to save, under those made since (the newer value of a question wins). */
export function mergePending(older: Pending, newer: Pending): Pending {
  return {
    answers: { ...older.answers, ...newer.answers },
    comments: { ...older.comments, ...newer.comments },
  };
}

/** The body of `PUT /api/v1/portal/answers` for some changes. */
export function saveBodyOf(p: Pending): PortalSaveAnswers {
  return Object.keys(p.comments).length
    ? { answers: p.answers, comments: p.comments }
    : { answers: p.answers };
}

/** The value of each file question: the ids of its files, in upload order. */
export function fileAnswersOf(files: readonly PortalFile[]): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  const sorted = [...files].sort((a, b) => a.uploadedAt.localeCompare(b.uploadedAt));
  for (const f of sorted) (out[f.questionId] ??= []).push(f.id);
  return out;
}

/**
 * What a refused submission names: required questions left unanswered and follow-up questions not
 * answered (`error.details` of the 400); anything malformed is skipped.
 */
export function missingOf(details: unknown): { questions: string[]; followUps: string[] } {
  const d = typeof details === "object" && details !== null ? (details as Record<string, unknown>) : {};
  const strings = (v: unknown) =>
    Array.isArray(v) ? v.filter((x): x is string => typeof x === "string") : [];
  const questions = strings(d.missing);
  if (questions.length === 0 && Array.isArray(d.issues)) {
    for (const issue of d.issues as { path?: unknown }[]) {
      const path = typeof issue?.path === "string" ? issue.path : "";
      if (path.startsWith("answers.")) questions.push(path.slice("answers.".length));
    }
  }
  return { questions, followUps: strings(d.unansweredFollowUps) };
}

/** "12 kB", "1.5 MB" for a file size. */
export function fileSizeText(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${Math.round(bytes / 1024)} kB`;
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}
