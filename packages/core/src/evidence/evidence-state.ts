/**
 * When evidence counts (ISO/IEC 42001 7.5.3 documented information kept current; 9.1 results
 * retained as evidence). Dates are calendar days (YYYY-MM-DD) in UTC; `validUntil` is the last day
 * the evidence holds.
 */

/** Days before `validUntil` from which evidence is "expiring" and its owner is reminded. */
export const EVIDENCE_EXPIRY_WARNING_DAYS = 30;

export const EVIDENCE_STATES = ["current", "expiring", "expired", "not_yet_effective"] as const;
export type EvidenceState = (typeof EVIDENCE_STATES)[number];

export type EvidenceDates = { effectiveOn: string | null; validUntil: string | null };

/** Today's calendar day in UTC (YYYY-MM-DD). */
export function utcDay(now: Date = new Date()): string {
  return now.toISOString().slice(0, 10);
}

/** The day `days` after `day` (YYYY-MM-DD). */
export function addDays(day: string, days: number): string {
  const d = new Date(`${day.slice(0, 10)}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return utcDay(d);
}

/** Where one evidence item stands on `today`. */
export function evidenceState(e: EvidenceDates, today: string): EvidenceState {
  if (e.effectiveOn && e.effectiveOn > today) return "not_yet_effective";
  if (e.validUntil && e.validUntil < today) return "expired";
  if (e.validUntil && e.validUntil <= addDays(today, EVIDENCE_EXPIRY_WARNING_DAYS)) return "expiring";
  return "current";
}

/** Whether evidence in this state counts toward coverage (expiring evidence still holds). */
export function evidenceCounts(state: EvidenceState): boolean {
  return state === "current" || state === "expiring";
}

/** Why evidence does not count, in words for explanations; null when it counts. */
export function staleReason(e: EvidenceDates & { key: string; title: string }, today: string): string | null {
  const state = evidenceState(e, today);
  if (state === "expired") return `evidence ${e.key} "${e.title}" expired on ${e.validUntil}`;
  if (state === "not_yet_effective")
    return `evidence ${e.key} "${e.title}" is not effective until ${e.effectiveOn}`;
  return null;
}

/**
 * The evidence standing of a record (a control, a requirement) from all evidence linked to it:
 * `none` when nothing is linked, `current` when at least one item counts, `stale` when items are
 * linked but none counts — the record's claim is then no longer backed (ISO/IEC 42001 9.1).
 */
export type EvidenceStanding = "none" | "current" | "stale";

export function evidenceStanding(items: readonly EvidenceDates[], today: string): EvidenceStanding {
  if (items.length === 0) return "none";
  return items.some((e) => evidenceCounts(evidenceState(e, today))) ? "current" : "stale";
}
