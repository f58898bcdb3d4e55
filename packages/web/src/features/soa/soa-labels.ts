/** Words and colours of the Statement of Applicability. */
import type { EvidenceState, SoaImplementationStatus, SoaReasonKind } from "@openaims/core";

export const REASON_KIND_LABELS: Record<SoaReasonKind, string> = {
  risk_treatment: "Risk treatment",
  legal: "Legal requirement",
  interested_party: "Interested party",
  business: "Business need",
};

export const SOA_STATUS_LABELS: Record<SoaImplementationStatus, { label: string; color: string }> = {
  not_started: { label: "Not started", color: "gray" },
  planned: { label: "Planned", color: "blue" },
  partial: { label: "Partially implemented", color: "yellow" },
  implemented: { label: "Implemented", color: "green" },
};

export const VERSION_STATUS_LABELS: Record<string, { label: string; color: string }> = {
  in_review: { label: "In review", color: "orange" },
  approved: { label: "Approved", color: "green" },
  rejected: { label: "Rejected", color: "red" },
};

/** Applicability as a person reads it. */
export function applicabilityLabel(applicable: boolean | null): { label: string; color: string } {
  if (applicable === null) return { label: "Undecided", color: "gray" };
  return applicable ? { label: "Applicable", color: "green" } : { label: "Excluded", color: "dark" };
}

/** Where one evidence item stands today (expiring evidence still counts). */
export const EVIDENCE_STATE_LABELS: Record<EvidenceState, { label: string; color: string }> = {
  current: { label: "Current", color: "green" },
  expiring: { label: "Expiring soon", color: "yellow" },
  expired: { label: "Expired", color: "red" },
  not_yet_effective: { label: "Not yet effective", color: "gray" },
};
