/** The reasons stale evidence holds a requirement back, in words (ISO/IEC 42001 9.1). */
import type { CoverageStatus, Strength } from "./coverage.js";
import { staleReasonsText, type EvidenceSummary, type StaleEvidence } from "./coverage-evidence.js";

const rank = (s: CoverageStatus) => (s === "full" ? 2 : s === "partial" ? 1 : 0);

/** Why stale evidence holds a requirement below what its controls claim (ISO/IEC 42001 9.1). */
export type CoverageLimit = {
  kind: "control_evidence" | "requirement_evidence";
  /** The control whose evidence is stale; null for evidence linked to the requirement itself. */
  control: { id: string; code: string; title: string } | null;
  /** The status claimed without the evidence rule, and what is left of it. */
  from: Strength;
  to: CoverageStatus;
  evidence: StaleEvidence[];
  message: string;
};

/** A contribution stale evidence reduced (kept for the reasons of explained requirements). */
export type Held = {
  control: { id: string; code: string; title: string };
  claimed: Strength;
  actual: Strength | null;
  evidence: EvidenceSummary;
};

export function requirementLimit(evidence: EvidenceSummary): CoverageLimit {
  return {
    kind: "requirement_evidence",
    control: null,
    from: "full",
    to: "partial",
    evidence: evidence.stale,
    message: `evidence linked to this requirement no longer counts, so it is covered at most partly: ${staleReasonsText(evidence.stale)}`,
  };
}

/** One reason per control whose stale evidence keeps the requirement below what the control claims. */
export function controlLimits(list: readonly Held[], status: CoverageStatus): CoverageLimit[] {
  const byControl = new Map<string, Held>();
  for (const h of list) {
    const seen = byControl.get(h.control.id);
    if (!seen) byControl.set(h.control.id, { ...h });
    else {
      if (rank(h.claimed) > rank(seen.claimed)) seen.claimed = h.claimed;
      if (h.actual && (!seen.actual || rank(h.actual) > rank(seen.actual))) seen.actual = h.actual;
    }
  }
  return [...byControl.values()]
    .filter((h) => rank(h.claimed) > rank(status))
    .sort((a, b) => rank(b.claimed) - rank(a.claimed) || a.control.code.localeCompare(b.control.code))
    .map((h) => {
      const name = `${h.control.code} ${h.control.title}`;
      const what = h.actual
        ? `${name} counts only partly (it would cover this fully)`
        : `${name} no longer counts (it would cover this ${h.claimed === "full" ? "fully" : "partly"})`;
      return {
        kind: "control_evidence" as const,
        control: { id: h.control.id, code: h.control.code, title: h.control.title },
        from: h.claimed,
        to: h.actual ?? "none",
        evidence: h.evidence.stale,
        message: `${what}: ${staleReasonsText(h.evidence.stale)}`,
      };
    });
}
