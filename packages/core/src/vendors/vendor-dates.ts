/**
 * Dates of the vendor register: when a certification stops holding and when a vendor is next
 * reviewed (ISO/IEC 42001 A.10.3: supplier arrangements are monitored, not set once). Days are
 * calendar days (YYYY-MM-DD, UTC).
 */
import { addDays } from "../evidence/evidence-state.js";
import { addMonths } from "../impact-assessments/lifecycle.js";
import type { VendorStatus } from "./vendor-model.js";

/** Days before a certification's expiry from which it is "expiring" and its owner is reminded. */
export const CERTIFICATION_EXPIRY_WARNING_DAYS = 30;
/** Days before a review date from which the review is "due" and its owner is reminded. */
export const VENDOR_REVIEW_WARNING_DAYS = 14;
export const DEFAULT_REVIEW_CADENCE_MONTHS = 12;

export const CERTIFICATION_STATES = ["valid", "expiring", "expired", "no_expiry"] as const;
export type CertificationState = (typeof CERTIFICATION_STATES)[number];

/** Where a certification stands on `today`; `expiresOn` is the last day it holds. */
export function certificationState(expiresOn: string | null, today: string): CertificationState {
  if (!expiresOn) return "no_expiry";
  if (expiresOn < today) return "expired";
  if (expiresOn <= addDays(today, CERTIFICATION_EXPIRY_WARNING_DAYS)) return "expiring";
  return "valid";
}

/** Whether a certification in this state still holds (expiring ones do, until their last day). */
export const certificationHolds = (state: CertificationState) => state !== "expired";

/**
 * The next review after one done on `lastReviewedOn`, `cadenceMonths` later; a day the target month
 * lacks falls on its last day (31 August + 6 months = 28 or 29 February).
 */
export function nextReviewDate(lastReviewedOn: string, cadenceMonths: number): string {
  return addMonths(lastReviewedOn, cadenceMonths);
}

export const VENDOR_REVIEW_STATES = ["ok", "due", "overdue", "not_scheduled"] as const;
export type VendorReviewState = (typeof VENDOR_REVIEW_STATES)[number];

/**
 * Where a vendor's periodic review stands: overdue after its date, due within the warning window,
 * not scheduled when no date is set or the vendor is offboarded (nothing left to monitor).
 */
export function reviewState(
  v: { status: VendorStatus; nextReviewOn: string | null },
  today: string,
): VendorReviewState {
  if (v.status === "offboarded" || !v.nextReviewOn) return "not_scheduled";
  if (v.nextReviewOn < today) return "overdue";
  if (v.nextReviewOn <= addDays(today, VENDOR_REVIEW_WARNING_DAYS)) return "due";
  return "ok";
}

/**
 * The review dates to store after a change: an explicit next date wins; otherwise it follows the
 * last review and the cadence; a vendor never reviewed is due for a first review from `today`.
 */
export function scheduledReview(
  v: { lastReviewedOn: string | null; nextReviewOn?: string | null; reviewCadenceMonths: number },
  today: string,
): string {
  if (v.nextReviewOn) return v.nextReviewOn;
  return v.lastReviewedOn ? nextReviewDate(v.lastReviewedOn, v.reviewCadenceMonths) : today;
}
