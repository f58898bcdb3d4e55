/**
 * Save as you go: answers change locally at once and are sent, debounced, as a partial PATCH with
 * the version last read. One save runs at a time; edits made meanwhile go in the next one. A
 * version conflict stops saving until the person reloads (no silent overwrite).
 */
import type { AnswerValue, Answers, ImpactAssessmentView } from "@openaims/core";
import { useQueryClient } from "@tanstack/react-query";
import { useCallback, useEffect, useRef, useState } from "react";
import { isApiError, messageOf, validationIssues } from "../../api/errors";
import { afterAssessmentSaved, saveAnswers } from "./assessments-api";

export type SaveState =
  | { kind: "idle" }
  | { kind: "pending" }
  | { kind: "saving" }
  | { kind: "saved"; at: Date }
  | { kind: "conflict" }
  | { kind: "error"; message: string; fieldErrors: Record<string, string> };

export const AUTOSAVE_DELAY_MS = 800;

/** Server issues by question: "answers.impacts.0.severity" → impacts. */
export function questionErrors(details: unknown): Record<string, string> {
  const out: Record<string, string> = {};
  for (const i of validationIssues(details)) {
    const [, id, ...rest] = i.path.split(".");
    if (id && !(id in out)) out[id] = rest.length ? `${rest.join(" ")}: ${i.message}` : i.message;
  }
  return out;
}

export function useAutosave(assessment: ImpactAssessmentView, enabled: boolean) {
  const queryClient = useQueryClient();
  const [answers, setAnswers] = useState<Answers>(assessment.answers);
  const [state, setState] = useState<SaveState>({ kind: "idle" });
  const version = useRef(assessment.version);
  const pending = useRef<Answers>({});
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const stopped = useRef(false);

  const running = useRef<Promise<void> | null>(null);

  /** Sends one batch; false when it failed (the batch waits for the next edit or a conflict stops saving). */
  const saveBatch = useCallback(async (): Promise<boolean> => {
    const batch = pending.current;
    pending.current = {};
    setState({ kind: "saving" });
    try {
      const saved = await saveAnswers(assessment.id, { version: version.current, answers: batch });
      version.current = saved.version;
      afterAssessmentSaved(queryClient, saved);
      setState(Object.keys(pending.current).length ? { kind: "pending" } : { kind: "saved", at: new Date() });
      return true;
    } catch (error) {
      if (isApiError(error, "VERSION_CONFLICT")) {
        stopped.current = true;
        setState({ kind: "conflict" });
      } else {
        // Keep the batch for the next try, unless a newer edit replaced the same answer.
        pending.current = { ...batch, ...pending.current };
        setState({
          kind: "error",
          message: messageOf(error),
          fieldErrors: isApiError(error) ? questionErrors(error.details) : {},
        });
      }
      return false;
    }
  }, [assessment.id, queryClient]);

  /** Saves until nothing waits; one run at a time (a second call joins the running one). */
  const flush = useCallback((): Promise<void> => {
    if (running.current) return running.current;
    running.current = (async () => {
      while (!stopped.current && timer.current === null && Object.keys(pending.current).length) {
        if (!(await saveBatch())) break;
      }
    })().finally(() => {
      running.current = null;
    });
    return running.current;
  }, [saveBatch]);

  const schedule = useCallback(() => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = setTimeout(() => {
      timer.current = null;
      void flush();
    }, AUTOSAVE_DELAY_MS);
  }, [flush]);

  const setAnswer = useCallback(
    (questionId: string, value: AnswerValue) => {
      if (!enabled || stopped.current) return;
      setAnswers((a) => ({ ...a, [questionId]: value }));
      pending.current = { ...pending.current, [questionId]: value };
      setState({ kind: "pending" });
      schedule();
    },
    [enabled, schedule],
  );

  /** Sends what is waiting now (before submitting, or when leaving the page). */
  const saveNow = useCallback(async () => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
    if (running.current) await running.current;
    await flush();
  }, [flush]);

  useEffect(
    () => () => {
      if (timer.current) clearTimeout(timer.current);
      if (Object.keys(pending.current).length && !stopped.current)
        void saveAnswers(assessment.id, { version: version.current, answers: pending.current }).catch(
          () => {},
        );
    },
    [assessment.id],
  );

  /**
   * Follows a version this person's own action produced (submit, decision). A newer version read in
   * the background is not adopted: someone else's change must surface as a conflict, not be overwritten.
   */
  const adopt = useCallback((v: number) => {
    if (!running.current && v > version.current) version.current = v;
  }, []);

  return { answers, setAnswer, state, saveNow, adopt, version: () => version.current };
}
