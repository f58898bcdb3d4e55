/** What the progress rule reads from an AI objective (ISO/IEC 42001 6.2: objectives are measurable and monitored). */
export type ObjectiveMeasure = {
  baseline: number | null;
  target: number;
  currentValue: number | null;
  /** YYYY-MM-DD, or null when the objective has no due date. */
  dueDate: string | null;
  status: string;
};

export type ObjectiveProgressSummary = {
  /** Share of the way from baseline to target, 0–1; null until a value has been recorded. */
  share: number | null;
  isOverdue: boolean;
};

/** Statuses after which an objective can no longer be overdue. */
const SETTLED_STATUSES: readonly string[] = ["achieved", "cancelled"];

/**
 * Progress share = (current − baseline) / (target − baseline), clamped to 0–1 (ISO/IEC 42001 6.2 d).
 * Works for falling targets too (target below baseline). A missing baseline counts as 0; when the
 * target equals the baseline the objective is to hold a level, so the share is 1 only at the target.
 */
export function progressShare(
  baseline: number | null,
  target: number,
  current: number | null,
): number | null {
  if (current === null) return null;
  const start = baseline ?? 0;
  if (target === start) return current === target ? 1 : 0;
  const share = (current - start) / (target - start);
  return Math.min(1, Math.max(0, share));
}

/**
 * An objective is overdue once its due date has passed (the due day itself is not late) and it is
 * neither achieved nor cancelled. `today` is YYYY-MM-DD so the rule stays a pure function.
 */
export function isObjectiveOverdue(dueDate: string | null, status: string, today: string): boolean {
  return dueDate !== null && dueDate < today && !SETTLED_STATUSES.includes(status);
}

/** Both figures an objective page shows next to the measure. */
export function objectiveProgressSummary(o: ObjectiveMeasure, today: string): ObjectiveProgressSummary {
  return {
    share: progressShare(o.baseline, o.target, o.currentValue),
    isOverdue: isObjectiveOverdue(o.dueDate, o.status, today),
  };
}
