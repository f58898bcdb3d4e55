/** Words, colours and paths of the vendor register (ISO/IEC 42001 A.10.2, A.10.3). */
import {
  CERTIFICATION_KIND_LABELS,
  VENDOR_CRITICALITY_LABELS,
  VENDOR_STATUS_LABELS,
  type CampaignStatus,
  type CertificationKind,
  type CertificationState,
  type VendorCriticality,
  type VendorReviewState,
  type VendorRiskRating,
  type VendorStatus,
} from "@openaims/core";

export const VENDORS_PATH = "/vendors/list";
export const COMPARE_PATH = "/vendors/compare";
export const vendorPath = (id: string) => `${VENDORS_PATH}/${encodeURIComponent(id)}`;
export const campaignPath = (id: string) => `/vendors/campaigns/${encodeURIComponent(id)}`;
/** The comparison of these vendors (2–10 ids). */
export const comparePath = (ids: readonly string[]) =>
  ids.length ? `${COMPARE_PATH}?ids=${ids.map(encodeURIComponent).join(",")}` : COMPARE_PATH;

type Tone = { label: string; color: string };

export const STATUS_LABELS: Record<VendorStatus, Tone> = {
  onboarding: { label: VENDOR_STATUS_LABELS.onboarding, color: "blue" },
  active: { label: VENDOR_STATUS_LABELS.active, color: "green" },
  offboarded: { label: VENDOR_STATUS_LABELS.offboarded, color: "gray" },
};

/** How much we depend on the vendor: a cooler scale than the rating, so the two are not confused. */
export const CRITICALITY_LABELS: Record<VendorCriticality, Tone> = {
  low: { label: VENDOR_CRITICALITY_LABELS.low, color: "gray" },
  medium: { label: VENDOR_CRITICALITY_LABELS.medium, color: "blue" },
  high: { label: VENDOR_CRITICALITY_LABELS.high, color: "violet" },
  critical: { label: VENDOR_CRITICALITY_LABELS.critical, color: "grape" },
};

/** The risk rating, coloured low (green) → critical (red). */
export const RATING_TONES: Record<VendorRiskRating, Tone> = {
  low: { label: "Low risk", color: "green" },
  medium: { label: "Medium risk", color: "yellow" },
  high: { label: "High risk", color: "orange" },
  critical: { label: "Critical risk", color: "red" },
};
export const UNRATED: Tone = { label: "Not rated", color: "gray" };
export const ratingTone = (rating: VendorRiskRating | null): Tone =>
  rating ? RATING_TONES[rating] : UNRATED;

export const REVIEW_LABELS: Record<VendorReviewState, Tone | null> = {
  ok: null,
  due: { label: "Due", color: "yellow" },
  overdue: { label: "Overdue", color: "red" },
  not_scheduled: null,
};

export const CERT_STATE_LABELS: Record<CertificationState, Tone> = {
  valid: { label: "Valid", color: "green" },
  expiring: { label: "Expiring", color: "yellow" },
  expired: { label: "Expired", color: "red" },
  no_expiry: { label: "No expiry", color: "gray" },
};

/** Certification kinds, short enough for a table cell. */
export const CERT_KIND_SHORT: Record<CertificationKind, string> = {
  iso_42001: "ISO/IEC 42001",
  iso_27001: "ISO/IEC 27001",
  soc2_type1: "SOC 2 Type I",
  soc2_type2: "SOC 2 Type II",
  other: "Other",
};
export { CERTIFICATION_KIND_LABELS };

export const CAMPAIGN_STATUS_LABELS: Record<CampaignStatus, Tone> = {
  sent: { label: "Sent", color: "gray" },
  opened: { label: "Opened", color: "blue" },
  in_progress: { label: "In progress", color: "blue" },
  submitted: { label: "Submitted", color: "violet" },
  follow_up: { label: "Follow-up", color: "orange" },
  reviewed: { label: "Reviewed", color: "green" },
  revoked: { label: "Revoked", color: "dark" },
};
/** A campaign status as the server sent it (a plain string in the vendor's latest questionnaire). */
export const campaignStatusTone = (status: string): Tone =>
  (CAMPAIGN_STATUS_LABELS as Record<string, Tone | undefined>)[status] ?? { label: status, color: "gray" };

/**
 * The band of a 0–100 score for colouring cells: 80+ strong, 60+ fair, 40+ weak, below 40 poor.
 * Only a visual aid; the rating itself comes from each questionnaire's own bands.
 */
export function scoreBand(score: number | null): Tone {
  if (score === null) return { label: "not assessed", color: "gray" };
  if (score >= 80) return { label: "strong", color: "green" };
  if (score >= 60) return { label: "fair", color: "lime" };
  if (score >= 40) return { label: "weak", color: "orange" };
  return { label: "poor", color: "red" };
}

/** The tooltip of the attention count: one reason a line. */
export function attentionText(items: readonly { message: string }[]): string {
  return items.map((a) => `• ${a.message}`).join("\n");
}

/** "1 vendor", "3 vendors". */
export const plural = (n: number, noun: string) => `${n} ${noun}${n === 1 ? "" : "s"}`;
