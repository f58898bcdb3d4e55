import type { ConcernCategory, ConcernSeverity, ConcernStatus } from "@openaims/core";

export const CATEGORY_LABELS: Record<ConcernCategory, string> = {
  safety: "Safety",
  fairness: "Fairness",
  privacy: "Privacy",
  transparency: "Transparency",
  security: "Security",
  legal: "Legal",
  other: "Other",
};

export const STATUS_LABELS: Record<ConcernStatus, { label: string; color: string }> = {
  new: { label: "New", color: "blue" },
  triaged: { label: "Triaged", color: "cyan" },
  investigating: { label: "Investigating", color: "orange" },
  resolved: { label: "Resolved", color: "green" },
  dismissed: { label: "Dismissed", color: "gray" },
};

export const SEVERITY_LABELS: Record<ConcernSeverity, { label: string; color: string }> = {
  low: { label: "Low", color: "gray" },
  medium: { label: "Medium", color: "yellow" },
  high: { label: "High", color: "orange" },
  critical: { label: "Critical", color: "red" },
};

/** What anonymity means here, in plain words, shown next to the checkbox and on the guide. */
export const ANONYMITY_EXPLAINED =
  "Your name is not shown to anyone — not to managers, administrators or auditors — and is left out of the audit trail and notifications. The system still keeps a private link to your account so that you can follow this concern under “My concerns” and be told when it is closed. Details you write in the description (or the timing of your report) could still point to you.";
