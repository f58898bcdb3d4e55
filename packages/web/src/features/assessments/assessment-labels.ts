import type { Provenance, Rating } from "@openaims/core";
import type { AssessmentStatus } from "./assessments-api";

export const ASSESSMENTS_PATH = "/assessments";
export const assessmentPath = (id: string) => `${ASSESSMENTS_PATH}/${id}`;

export const STATUS_LABELS: Record<AssessmentStatus, { label: string; color: string }> = {
  draft: { label: "Draft", color: "gray" },
  in_review: { label: "In review", color: "yellow" },
  approved: { label: "Approved", color: "green" },
  superseded: { label: "Superseded", color: "gray" },
};

export const RATING_COLORS: Record<Rating, string> = {
  low: "green",
  medium: "yellow",
  high: "orange",
  critical: "red",
};

/** "pre-filled from IA-3" or "pre-filled from the AIS-2 record". */
export function provenanceText(p: Provenance): string {
  return "assessmentKey" in p
    ? `pre-filled from ${p.assessmentKey}`
    : `pre-filled from the ${p.aiSystemKey} record`;
}
