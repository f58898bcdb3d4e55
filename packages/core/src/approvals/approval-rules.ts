/**
 * The generic approval engine: ordered steps, each naming an approver role or user. Rules are pure
 * so the server enforces them and the web shows the same answer (ISO/IEC 42001 5.3 responsibilities,
 * segregation of duties: nobody approves their own request).
 */
import { DomainError } from "../errors/domain-error.js";
import type { Role } from "../permissions/matrix.js";

export const APPROVAL_STATUSES = ["pending", "approved", "rejected", "cancelled"] as const;
export type ApprovalStatus = (typeof APPROVAL_STATUSES)[number];
export const STEP_STATUSES = ["waiting", "pending", "approved", "rejected", "skipped"] as const;
export type StepStatus = (typeof STEP_STATUSES)[number];
export type Decision = "approve" | "reject";

export type StepDefinition = { name: string; approverRole: Role | null; approverUserId: string | null };
export type ApprovalStep = StepDefinition & {
  position: number;
  status: StepStatus;
  decidedBy: string | null;
  decidedAt: string | null;
  comment: string | null;
};
export type ApprovalState = {
  status: ApprovalStatus;
  currentStep: number;
  requesterId: string;
  steps: ApprovalStep[];
};
export type Approver = { userId: string; role: Role };

/** A new approval: the first step pending, the rest waiting. */
export function startApproval(requesterId: string, steps: readonly StepDefinition[]): ApprovalState {
  if (steps.length === 0) throw new DomainError("RULE_VIOLATION", "an approval needs at least one step");
  for (const s of steps) {
    if ((s.approverRole === null) === (s.approverUserId === null)) {
      throw new DomainError(
        "RULE_VIOLATION",
        `step "${s.name}" must name exactly one approver: a role or a user`,
      );
    }
  }
  return {
    status: "pending",
    currentStep: 1,
    requesterId,
    steps: steps.map((s, i) => ({
      ...s,
      position: i + 1,
      status: i === 0 ? "pending" : "waiting",
      decidedBy: null,
      decidedAt: null,
      comment: null,
    })),
  };
}

/** Whether this person may decide the current step, and if not, why. */
export function decisionBlocker(state: ApprovalState, approver: Approver): string | null {
  if (state.status !== "pending") return `the approval is already ${state.status}`;
  const step = state.steps.find((s) => s.position === state.currentStep);
  if (!step) return "the approval has no open step";
  if (approver.userId === state.requesterId) return "you cannot approve or reject your own request";
  if (step.approverUserId !== null && step.approverUserId !== approver.userId)
    return `step "${step.name}" is assigned to another person`;
  if (step.approverRole !== null && step.approverRole !== approver.role)
    return `step "${step.name}" needs a ${step.approverRole}`;
  return null;
}

/** Applies a decision: approving the last step approves the whole; rejecting (with a reason) ends it. */
export function decide(
  state: ApprovalState,
  approver: Approver,
  decision: Decision,
  comment: string,
  at: string,
): ApprovalState {
  const blocker = decisionBlocker(state, approver);
  if (blocker) throw new DomainError("FORBIDDEN", blocker);
  if (decision === "reject" && comment.trim() === "") {
    throw new DomainError("VALIDATION_FAILED", "give the reason for rejecting", {
      issues: [{ path: "comment", message: "required when rejecting" }],
    });
  }
  const last = state.currentStep === state.steps.length;
  const steps = state.steps.map((s): ApprovalStep => {
    if (s.position === state.currentStep) {
      return {
        ...s,
        status: decision === "approve" ? "approved" : "rejected",
        decidedBy: approver.userId,
        decidedAt: at,
        comment: comment.trim() || null,
      };
    }
    if (s.position === state.currentStep + 1 && decision === "approve") return { ...s, status: "pending" };
    if (s.position > state.currentStep && decision === "reject") return { ...s, status: "skipped" };
    return s;
  });
  if (decision === "reject") return { ...state, status: "rejected", steps };
  if (last) return { ...state, status: "approved", steps };
  return { ...state, currentStep: state.currentStep + 1, steps };
}

/** The requester withdraws a pending approval; open steps are skipped. */
export function cancel(state: ApprovalState, userId: string): ApprovalState {
  if (state.status !== "pending")
    throw new DomainError("RULE_VIOLATION", `the approval is already ${state.status}`);
  if (userId !== state.requesterId)
    throw new DomainError("FORBIDDEN", "only the requester can withdraw a request");
  return {
    ...state,
    status: "cancelled",
    steps: state.steps.map((s) =>
      s.status === "pending" || s.status === "waiting" ? { ...s, status: "skipped" } : s,
    ),
  };
}
