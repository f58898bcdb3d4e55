/**
 * Display of coverage as the server computed it: shares as percentages, the bar segments of a
 * framework score, and requirement keys in words. No coverage rule is computed here.
 */
import { parseRequirementKey } from "@openaims/core";
import type { CoverageStatus, EvidenceStanding, FrameworkScore } from "./coverage-api";

export const COVERAGE_STATUS_INFO: Record<CoverageStatus, { label: string; color: string }> = {
  full: { label: "Covered", color: "green" },
  partial: { label: "Partly covered", color: "yellow" },
  none: { label: "Not covered", color: "gray" },
};

/** 0.0429 → "4%"; a share above zero never shows as "0%". */
export function percentText(share: number): string {
  if (!Number.isFinite(share) || share <= 0) return "0%";
  if (share < 0.005) return "<1%";
  if (share > 0.995 && share < 1) return ">99%";
  return `${Math.round(share * 100)}%`;
}

export type ScoreSegment = {
  status: CoverageStatus;
  count: number;
  value: number;
  label: string;
  color: string;
};

/** The full / partial / none sections of a framework's bar, as percentages of its assessable requirements. */
export function scoreSegments(score: FrameworkScore): ScoreSegment[] {
  const of = (n: number) => (score.assessable ? (n / score.assessable) * 100 : 0);
  return (["full", "partial", "none"] as const).map((status) => ({
    status,
    count: score[status],
    value: of(score[status]),
    label: COVERAGE_STATUS_INFO[status].label,
    color: COVERAGE_STATUS_INFO[status].color,
  }));
}

/** "3 of 70 covered fully, 15 partly" for a card. */
export function scoreSentence(score: FrameworkScore): string {
  return `${score.full} of ${score.assessable} covered fully, ${score.partial} partly`;
}

/** "iso-iec-42001:2023/4.1" → { framework: "ISO/IEC 42001", id: "4.1" } with the frameworks' names. */
export function describeKey(
  key: string,
  labelOf: (frameworkRef: string) => string,
): { frameworkRef: string; framework: string; id: string } {
  const parsed = parseRequirementKey(key);
  if (!parsed) return { frameworkRef: "", framework: "", id: key };
  return {
    frameworkRef: parsed.frameworkRef,
    framework: labelOf(parsed.frameworkRef),
    id: parsed.requirementId,
  };
}

/** The evidence standing of a control or requirement, as a badge says it. */
export const EVIDENCE_STANDING_INFO: Record<
  EvidenceStanding,
  { label: string; color: string; hint: string }
> = {
  none: { label: "No evidence", color: "gray", hint: "No evidence is linked; the status alone counts." },
  current: { label: "Evidence current", color: "green", hint: "At least one linked item counts today." },
  stale: {
    label: "Stale evidence",
    color: "red",
    hint: "Every linked item has expired or is not yet effective, so it counts for less.",
  },
};

const RANK: Record<CoverageStatus, number> = { none: 0, partial: 1, full: 2 };

/** Whether stale evidence keeps a requirement below what its controls claim (as the server computed). */
export function isHeldBack(r: { status: CoverageStatus; potential: CoverageStatus }): boolean {
  return RANK[r.potential] > RANK[r.status];
}

/** "2 requirements held back by stale evidence", or null when none are. */
export function heldBackSentence(score: Pick<FrameworkScore, "heldBack">): string | null {
  if (!score.heldBack) return null;
  return `${score.heldBack} requirement${score.heldBack === 1 ? "" : "s"} held back by stale evidence`;
}
