/**
 * Intake of a new AI use case: submitted → triage → assessment → approved or rejected → registered
 * (or withdrawn by the requester). The status follows the approval's progress.
 */
import type { ApprovalState, StepDefinition } from "../approvals/approval-rules.js";

export const INTAKE_STATUSES = [
  "submitted",
  "triage",
  "assessment",
  "approved",
  "rejected",
  "registered",
  "withdrawn",
] as const;
export type IntakeStatus = (typeof INTAKE_STATUSES)[number];

/** Default steps: a manager triages the screening, then a manager decides after assessment. */
export const DEFAULT_INTAKE_STEPS: StepDefinition[] = [
  { name: "Triage", approverRole: "manager", approverUserId: null },
  { name: "Assessment and approval", approverRole: "manager", approverUserId: null },
];

/** The intake status that matches an approval's state. */
export function intakeStatusOf(approval: ApprovalState): IntakeStatus {
  if (approval.status === "approved") return "approved";
  if (approval.status === "rejected") return "rejected";
  if (approval.status === "cancelled") return "withdrawn";
  return approval.currentStep === 1 ? "triage" : "assessment";
}

/** Tokens of a text for duplicate detection: lower-case words of 3+ letters, minus filler words. */
const STOP = new Set([
  "the",
  "and",
  "for",
  "with",
  "from",
  "that",
  "this",
  "our",
  "using",
  "use",
  "tool",
  "system",
  "model",
  "based",
]);
export function tokensOf(text: string): Set<string> {
  return new Set(
    text
      .toLowerCase()
      .split(/[^\p{L}\p{N}]+/u)
      .filter((w) => w.length >= 3 && !STOP.has(w)),
  );
}

export type SimilarityInput = { name: string; purpose: string; vendors: string[]; models: string[] };

/**
 * How alike two AI use cases are, 0–1: name words weigh most, then shared vendors and models, then
 * purpose words (users register "the same tool again and again" under new names).
 */
export function similarity(a: SimilarityInput, b: SimilarityInput): number {
  const jaccard = (x: Set<string>, y: Set<string>) => {
    if (x.size === 0 || y.size === 0) return 0;
    let shared = 0;
    for (const t of x) if (y.has(t)) shared++;
    return shared / (x.size + y.size - shared);
  };
  const names = jaccard(tokensOf(a.name), tokensOf(b.name));
  const vendors = jaccard(
    new Set(a.vendors.map((v) => v.toLowerCase().trim())),
    new Set(b.vendors.map((v) => v.toLowerCase().trim())),
  );
  const models = jaccard(
    new Set(a.models.map((v) => v.toLowerCase().trim())),
    new Set(b.models.map((v) => v.toLowerCase().trim())),
  );
  const purpose = jaccard(tokensOf(a.purpose), tokensOf(b.purpose));
  return Math.min(1, 0.45 * names + 0.2 * vendors + 0.15 * models + 0.2 * purpose + (names === 1 ? 0.2 : 0));
}
