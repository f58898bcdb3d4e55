/**
 * The path of an intake request as a timeline: submitted → each approval step (triage,
 * assessment) → approved or rejected → registered, with what happened at each point.
 */
import type { IntakeRequestView } from "@openaims/core";

export type StageState = "done" | "current" | "upcoming" | "failed" | "skipped";
export type TimelineStage = {
  key: string;
  label: string;
  state: StageState;
  at: string | null;
  /** Who decided the step (a user id), when someone did. */
  by: string | null;
  /** The step's comment, the rejection reason, or what is awaited. */
  detail: string | null;
};

type Request = Pick<IntakeRequestView, "status" | "createdAt" | "updatedAt" | "approval" | "aiSystemId">;

const STEP_STATE: Record<string, StageState> = {
  approved: "done",
  pending: "current",
  waiting: "upcoming",
  rejected: "failed",
  skipped: "skipped",
};

export function intakeTimeline(request: Request): TimelineStage[] {
  const steps = request.approval?.steps ?? [];
  const stages: TimelineStage[] = [
    { key: "submitted", label: "Submitted", state: "done", at: request.createdAt, by: null, detail: null },
    ...steps.map((s) => ({
      key: `step-${s.position}`,
      label: s.name,
      state: STEP_STATE[s.status] ?? "upcoming",
      at: s.decidedAt,
      by: s.decidedBy,
      detail:
        s.comment ?? (s.status === "pending" ? `Waiting for a ${s.approverRole ?? "named approver"}` : null),
    })),
  ];
  const decidedAt = request.approval?.completedAt ?? null;
  const rejection = steps.find((s) => s.status === "rejected");
  switch (request.status) {
    case "rejected":
      stages.push({
        key: "decision",
        label: "Rejected",
        state: "failed",
        at: decidedAt ?? rejection?.decidedAt ?? null,
        by: rejection?.decidedBy ?? null,
        detail: rejection?.comment ?? null,
      });
      stages.push({
        key: "registered",
        label: "Registered",
        state: "skipped",
        at: null,
        by: null,
        detail: null,
      });
      break;
    case "withdrawn":
      stages.push({
        key: "decision",
        label: "Withdrawn",
        state: "skipped",
        at: decidedAt ?? request.updatedAt,
        by: null,
        detail: "Withdrawn by the requester",
      });
      stages.push({
        key: "registered",
        label: "Registered",
        state: "skipped",
        at: null,
        by: null,
        detail: null,
      });
      break;
    case "approved":
    case "registered":
      stages.push({
        key: "decision",
        label: "Approved",
        state: "done",
        at: decidedAt,
        by: null,
        detail: null,
      });
      stages.push({
        key: "registered",
        label: "Registered",
        state: request.status === "registered" ? "done" : "current",
        at: request.status === "registered" ? (decidedAt ?? request.updatedAt) : null,
        by: null,
        detail: request.status === "registered" ? "Added to the inventory" : null,
      });
      break;
    default:
      stages.push({
        key: "decision",
        label: "Approved or rejected",
        state: "upcoming",
        at: null,
        by: null,
        detail: null,
      });
      stages.push({
        key: "registered",
        label: "Registered",
        state: "upcoming",
        at: null,
        by: null,
        detail: null,
      });
  }
  return stages;
}

/** The index of the last stage reached (for a timeline's "active" mark). */
export function lastReachedIndex(stages: readonly TimelineStage[]): number {
  let last = 0;
  stages.forEach((s, i) => {
    if (s.state === "done" || s.state === "current" || s.state === "failed") last = i;
  });
  return last;
}
