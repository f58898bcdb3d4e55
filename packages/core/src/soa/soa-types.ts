/**
 * Shared vocabulary of the Statement of Applicability (ISO/IEC 42001 6.1.3 d–e): one entry per
 * Annex A control, applicable or excluded, each decision with its justification.
 */
export const SOA_REASON_KINDS = ["risk_treatment", "legal", "interested_party", "business"] as const;
export type SoaReasonKind = (typeof SOA_REASON_KINDS)[number];

export const SOA_IMPLEMENTATION_STATUSES = ["not_started", "planned", "partial", "implemented"] as const;
export type SoaImplementationStatus = (typeof SOA_IMPLEMENTATION_STATUSES)[number];

/** "derived": set by the draft, which may revise it; "manual": a person decided, the draft only proposes. */
export const SOA_DECISION_SOURCES = ["derived", "manual"] as const;
export type SoaDecisionSource = (typeof SOA_DECISION_SOURCES)[number];

/** Why a control is included: the risk it treats, the law or party that requires it, or a business need. */
export type SoaReason = {
  kind: SoaReasonKind;
  /** A risk key ("RSK-12"), a catalog requirement key ("eu-ai-act:2024/Art. 9"), a party key, or free text. */
  ref: string;
  label: string;
  note: string;
};

/** What the draft suggests where it disagrees with a manual decision (the decision is kept). */
export type SoaProposal = {
  applicable: boolean | null;
  /** Every reason the draft found. */
  reasons: SoaReason[];
  /** The draft's reasons the manual decision does not cite. */
  missingReasons: SoaReason[];
  message: string;
};

/** One Annex A control of the loaded ISO/IEC 42001 catalog. */
export type AnnexAControl = {
  key: string;
  /** "A.6.2.4" */
  id: string;
  title: string;
  /** The Annex A topic it belongs to, e.g. "A.6" for A.6.2.4. */
  theme: string;
};

/** The Annex A topic of a control id: A.6.2.4 → A.6, A.10.3 → A.10. */
export function annexAThemeOf(controlId: string): string {
  return controlId.split(".").slice(0, 2).join(".");
}

/** Two reasons are the same justification when kind and reference match (labels and notes may be refreshed). */
export const reasonId = (r: Pick<SoaReason, "kind" | "ref">): string => `${r.kind}\u0000${r.ref}`;

const KIND_ORDER: Record<SoaReasonKind, number> = {
  risk_treatment: 0,
  legal: 1,
  interested_party: 2,
  business: 3,
};

/** Reasons in a stable order: by kind, then by reference with numbers compared as numbers (RSK-2 < RSK-12). */
export function sortReasons(reasons: readonly SoaReason[]): SoaReason[] {
  return [...reasons].sort(
    (a, b) => KIND_ORDER[a.kind] - KIND_ORDER[b.kind] || a.ref.localeCompare(b.ref, "en", { numeric: true }),
  );
}
