/** Display words and colours of intake statuses and approval steps. */
import type { IntakeStatus, StepStatus } from "@openaims/core";

export const INTAKE_STATUS_LABELS: Record<IntakeStatus, { label: string; color: string }> = {
  submitted: { label: "Submitted", color: "gray" },
  triage: { label: "In triage", color: "blue" },
  assessment: { label: "In assessment", color: "indigo" },
  approved: { label: "Approved", color: "teal" },
  rejected: { label: "Rejected", color: "red" },
  registered: { label: "Registered", color: "green" },
  withdrawn: { label: "Withdrawn", color: "gray" },
};

export const STEP_STATUS_LABELS: Record<StepStatus, { label: string; color: string }> = {
  waiting: { label: "Waiting", color: "gray" },
  pending: { label: "Open", color: "blue" },
  approved: { label: "Approved", color: "green" },
  rejected: { label: "Rejected", color: "red" },
  skipped: { label: "Skipped", color: "gray" },
};

/** Statuses in which the request still waits for a decision (and may be withdrawn). */
export const OPEN_STATUSES: readonly IntakeStatus[] = ["submitted", "triage", "assessment"];
