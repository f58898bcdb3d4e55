/** Words and colours for the risk register's statuses and treatments. */
import type { RiskActionStatus, RiskStatus, RiskTreatment } from "./risks-api";

export const TREATMENT_LABELS: Record<RiskTreatment, string> = {
  undecided: "Undecided",
  mitigate: "Mitigate",
  accept: "Accept",
  avoid: "Avoid",
  transfer: "Transfer",
};

export const RISK_STATUS_LABELS: Record<RiskStatus, { label: string; color: string }> = {
  open: { label: "Open", color: "blue" },
  treating: { label: "Treating", color: "cyan" },
  acceptance_pending: { label: "Acceptance pending", color: "orange" },
  accepted: { label: "Accepted", color: "green" },
  closed: { label: "Closed", color: "gray" },
};

export const ACTION_STATUS_LABELS: Record<RiskActionStatus, string> = {
  open: "Open",
  in_progress: "In progress",
  done: "Done",
  cancelled: "Cancelled",
};

export const APPETITE_LABELS: Record<string, string> = {
  acceptable: "within appetite",
  needs_treatment: "needs treatment",
  unacceptable: "unacceptable",
};

export const RISKS_PATH = "/risks";
export const riskPath = (id: string) => `/risks/${encodeURIComponent(id)}`;
export const NEW_RISK_PATH = "/risks/new";
