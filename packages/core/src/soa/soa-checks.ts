/**
 * Completeness of the Statement of Applicability (ISO/IEC 42001 6.1.3 d): every Annex A control is
 * decided, every inclusion and every exclusion is justified. Issuing a version needs no problem left.
 */
import type { SoaImplementationStatus, SoaReason, SoaReasonKind } from "./soa-types.js";

export type SoaCheckedEntry = {
  controlKey: string;
  controlId: string;
  applicable: boolean | null;
  reasons: readonly Pick<SoaReason, "kind" | "ref">[];
  exclusionJustification: string;
  implementationStatus: SoaImplementationStatus;
};

export const SOA_PROBLEM_CODES = [
  "undecided",
  "excluded_without_justification",
  "applicable_without_reason",
] as const;
export type SoaProblemCode = (typeof SOA_PROBLEM_CODES)[number];
export type SoaProblem = { controlKey: string; controlId: string; code: SoaProblemCode; message: string };

export type SoaSummary = {
  total: number;
  applicable: number;
  excluded: number;
  undecided: number;
  /** Applicable controls whose implementation is complete. */
  implemented: number;
  excludedWithoutJustification: number;
  applicableWithoutReason: number;
};

const hasText = (s: string) => s.trim().length > 0;

/** Why an entry cannot go into an issued SoA, or null when it can. */
export function soaProblemOf(e: SoaCheckedEntry): SoaProblem | null {
  const at = { controlKey: e.controlKey, controlId: e.controlId };
  if (e.applicable === null)
    return { ...at, code: "undecided", message: `${e.controlId}: decide whether it applies` };
  if (!e.applicable && !hasText(e.exclusionJustification))
    return {
      ...at,
      code: "excluded_without_justification",
      message: `${e.controlId}: explain why the control is excluded`,
    };
  if (e.applicable && e.reasons.length === 0)
    return {
      ...at,
      code: "applicable_without_reason",
      message: `${e.controlId}: give at least one reason for including it`,
    };
  return null;
}

/** Every entry that blocks issuing, in the order given. */
export function soaProblems(entries: readonly SoaCheckedEntry[]): SoaProblem[] {
  return entries.flatMap((e) => soaProblemOf(e) ?? []);
}

/** Counts for the summary cards. */
export function soaSummary(
  entries: readonly Omit<SoaCheckedEntry, "controlKey" | "controlId">[],
): SoaSummary {
  const s: SoaSummary = {
    total: entries.length,
    applicable: 0,
    excluded: 0,
    undecided: 0,
    implemented: 0,
    excludedWithoutJustification: 0,
    applicableWithoutReason: 0,
  };
  for (const e of entries) {
    if (e.applicable === null) s.undecided++;
    else if (e.applicable) {
      s.applicable++;
      if (e.implementationStatus === "implemented") s.implemented++;
      if (e.reasons.length === 0) s.applicableWithoutReason++;
    } else {
      s.excluded++;
      if (!hasText(e.exclusionJustification)) s.excludedWithoutJustification++;
    }
  }
  return s;
}

export type SoaFilter = {
  theme?: string | undefined;
  applicable?: "true" | "false" | "undecided" | undefined;
  status?: SoaImplementationStatus | undefined;
  reasonKind?: SoaReasonKind | undefined;
  q?: string | undefined;
};

/** The list filters of the SoA table; the text search looks at id, title, reasons and notes. */
export function matchesSoaFilter(
  e: {
    controlId: string;
    title: string;
    theme: string;
    applicable: boolean | null;
    implementationStatus: SoaImplementationStatus;
    reasons: readonly SoaReason[];
    notes: string;
    exclusionJustification: string;
  },
  f: SoaFilter,
): boolean {
  if (f.theme && e.theme !== f.theme) return false;
  if (f.applicable === "undecided" && e.applicable !== null) return false;
  if (f.applicable === "true" && e.applicable !== true) return false;
  if (f.applicable === "false" && e.applicable !== false) return false;
  if (f.status && e.implementationStatus !== f.status) return false;
  if (f.reasonKind && !e.reasons.some((r) => r.kind === f.reasonKind)) return false;
  const q = f.q?.trim().toLowerCase();
  if (q) {
    const text = [
      e.controlId,
      e.title,
      e.notes,
      e.exclusionJustification,
      ...e.reasons.flatMap((r) => [r.ref, r.label]),
    ]
      .join("\n")
      .toLowerCase();
    if (!text.includes(q)) return false;
  }
  return true;
}
