/**
 * Why a vendor needs someone's attention (ISO/IEC 42001 A.10.3: supplier arrangements are kept up to
 * date). Computed from the register on each read, never stored, so it cannot go stale.
 */
import type { VendorRiskRating } from "../questionnaires/content.js";
import { certificationHolds, certificationState, reviewState } from "./vendor-dates.js";
import {
  CERTIFICATION_KIND_LABELS,
  PERSONAL_DATA_CATEGORIES,
  SECURITY_CERTIFICATION_KINDS,
  type CertificationKind,
  type VendorCriticality,
  type VendorDataCategory,
  type VendorStatus,
} from "./vendor-model.js";

export const VENDOR_ATTENTION_CODES = [
  "no_contact",
  "critical_unrated",
  "certification_expired",
  "review_overdue",
  "contract_ended",
  "personal_data_unassured",
] as const;
export type VendorAttentionCode = (typeof VENDOR_ATTENTION_CODES)[number];
export type VendorAttention = { code: VendorAttentionCode; message: string };

export type VendorAttentionInput = {
  status: VendorStatus;
  criticality: VendorCriticality;
  riskRating: VendorRiskRating | null;
  dataShared: readonly VendorDataCategory[];
  contractEnd: string | null;
  nextReviewOn: string | null;
  contactCount: number;
  certifications: readonly { kind: CertificationKind; expiresOn: string | null }[];
};

/**
 * Kinds whose certifications have all lapsed: an expired certificate renewed by a newer one of the
 * same kind needs nothing more.
 */
export function lapsedCertificationKinds(
  certifications: VendorAttentionInput["certifications"],
  today: string,
): CertificationKind[] {
  const holds = new Map<CertificationKind, boolean>();
  for (const c of certifications) {
    const ok = certificationHolds(certificationState(c.expiresOn, today));
    holds.set(c.kind, (holds.get(c.kind) ?? false) || ok);
  }
  return [...holds].filter(([, ok]) => !ok).map(([kind]) => kind);
}

/** The reasons, in a fixed order; none for an offboarded vendor (nothing is expected of it any more). */
export function vendorAttention(v: VendorAttentionInput, today: string): VendorAttention[] {
  if (v.status === "offboarded") return [];
  const out: VendorAttention[] = [];
  if (v.contactCount === 0)
    out.push({ code: "no_contact", message: "no contact person: add one to send questionnaires" });
  if (v.criticality === "critical" && v.riskRating === null)
    out.push({ code: "critical_unrated", message: "critical vendor without a risk rating" });
  const lapsed = lapsedCertificationKinds(v.certifications, today);
  if (lapsed.length)
    out.push({
      code: "certification_expired",
      message: `certification expired: ${lapsed.map((k) => CERTIFICATION_KIND_LABELS[k]).join(", ")}`,
    });
  if (reviewState(v, today) === "overdue")
    out.push({ code: "review_overdue", message: `review overdue since ${v.nextReviewOn}` });
  if (v.status === "active" && v.contractEnd && v.contractEnd < today)
    out.push({
      code: "contract_ended",
      message: `contract ended on ${v.contractEnd} but the vendor is still active: renew or offboard`,
    });
  const personal = v.dataShared.filter((d) => PERSONAL_DATA_CATEGORIES.includes(d));
  const assured = v.certifications.some(
    (c) =>
      SECURITY_CERTIFICATION_KINDS.includes(c.kind) &&
      certificationHolds(certificationState(c.expiresOn, today)),
  );
  if (personal.length && !assured)
    out.push({
      code: "personal_data_unassured",
      message: "personal data is shared but no current ISO/IEC 27001 or SOC 2 certification is on record",
    });
  return out;
}

export type VendorFieldIssue = { path: string; message: string };

/** Rules across fields (checked on the stored result of a create or an update). */
export function vendorFieldIssues(v: {
  contractStart: string | null;
  contractEnd: string | null;
  lastReviewedOn: string | null;
  nextReviewOn: string | null;
}): VendorFieldIssue[] {
  const issues: VendorFieldIssue[] = [];
  if (v.contractStart && v.contractEnd && v.contractEnd < v.contractStart)
    issues.push({
      path: "contractEnd",
      message: `must be on or after the contract start (${v.contractStart})`,
    });
  if (v.lastReviewedOn && v.nextReviewOn && v.nextReviewOn < v.lastReviewedOn)
    issues.push({
      path: "nextReviewOn",
      message: `must be on or after the last review (${v.lastReviewedOn})`,
    });
  return issues;
}

/** A certification cannot expire before it was issued. */
export function certificationDateIssues(c: {
  issuedOn: string | null;
  expiresOn: string | null;
}): VendorFieldIssue[] {
  return c.issuedOn && c.expiresOn && c.expiresOn < c.issuedOn
    ? [{ path: "expiresOn", message: `must be on or after the issue date (${c.issuedOn})` }]
    : [];
}

/** `none` means nothing is shared, so it cannot be listed with a category; no category twice. */
export function dataSharedProblem(categories: readonly string[]): string | null {
  if (new Set(categories).size !== categories.length) return "lists a category twice";
  if (categories.includes("none") && categories.length > 1)
    return '"none" cannot be combined with other categories';
  return null;
}
