/**
 * Evidence in coverage (ISO/IEC 42001 7.5.3, 9.1): a control's claim to cover a requirement is
 * only as good as the evidence behind it. Evidence that expired or is not yet effective stops
 * counting, and the explanation names it.
 */
import {
  evidenceCounts,
  evidenceState,
  staleReason,
  type EvidenceDates,
  type EvidenceStanding,
} from "../evidence/evidence-state.js";

/** One evidence item linked to a control or a requirement, as the coverage engine needs it. */
export type CoverageEvidence = EvidenceDates & { key: string; title: string };

/** An item that does not count today, with the reason in words. */
export type StaleEvidence = {
  key: string;
  title: string;
  effectiveOn: string | null;
  validUntil: string | null;
  state: "expired" | "not_yet_effective";
  reason: string;
};

/** Where the evidence of one record stands: `stale` lists every item; `current` the keys that count. */
export type EvidenceSummary = { standing: EvidenceStanding; stale: StaleEvidence[]; current: string[] };

/** Shared by every record without evidence (no allocation in the engine's hot path). */
export const NO_EVIDENCE: EvidenceSummary = Object.freeze({
  standing: "none",
  stale: [],
  current: [],
}) as EvidenceSummary;

/**
 * The standing of a record from its linked evidence on `today` (same rule as core
 * `evidenceStanding`), with the items that do not count and why.
 */
export function summarizeEvidence(
  items: readonly CoverageEvidence[] | undefined,
  today: string,
): EvidenceSummary {
  if (!items || items.length === 0) return NO_EVIDENCE;
  const stale: StaleEvidence[] = [];
  const current: string[] = [];
  for (const e of items) {
    const state = evidenceState(e, today);
    if (evidenceCounts(state)) current.push(e.key);
    else
      stale.push({
        key: e.key,
        title: e.title,
        effectiveOn: e.effectiveOn,
        validUntil: e.validUntil,
        state: state as StaleEvidence["state"],
        reason: staleReason(e, today) ?? `evidence ${e.key} does not count`,
      });
  }
  return { standing: current.length > 0 ? "current" : "stale", stale, current };
}

/** The reasons of stale items joined for one sentence. */
export function staleReasonsText(stale: readonly StaleEvidence[]): string {
  return stale.map((s) => s.reason).join("; ");
}

/** Current evidence keys for an explanation: at most three, then how many more. */
export function currentEvidenceText(keys: readonly string[]): string {
  const shown = keys.slice(0, 3).join(", ");
  return keys.length > 3 ? `${shown} and ${keys.length - 3} more` : shown;
}
