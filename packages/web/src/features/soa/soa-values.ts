/** Pure helpers of the SoA page: the edit form's rules and readable references. */
import {
  evidenceCounts,
  reasonId,
  soaProblemOf,
  type SoaComparison,
  type SoaEntryView,
  type SoaReason,
} from "@openaims/core";
import { REASON_KIND_LABELS, applicabilityLabel } from "./soa-labels";

export type Applicability = "undecided" | "applicable" | "excluded";

export type EntryForm = {
  applicability: Applicability;
  reasons: SoaReason[];
  exclusionJustification: string;
  implementationStatus: SoaEntryView["implementationStatus"];
  notes: string;
};

export const toApplicability = (a: boolean | null): Applicability =>
  a === null ? "undecided" : a ? "applicable" : "excluded";
export const fromApplicability = (a: Applicability): boolean | null =>
  a === "undecided" ? null : a === "applicable";

export function formOf(e: SoaEntryView): EntryForm {
  return {
    applicability: toApplicability(e.applicable),
    reasons: e.reasons,
    exclusionJustification: e.exclusionJustification,
    implementationStatus: e.implementationStatus,
    notes: e.notes,
  };
}

/**
 * Messages by field, from the same core rule that blocks issuing (ISO/IEC 42001 6.1.3 d): an
 * exclusion needs its justification, an inclusion at least one reason. Undecided may be saved.
 */
export function entryFormErrors(e: SoaEntryView, f: EntryForm): Record<string, string> {
  const problem = soaProblemOf({
    controlKey: e.controlKey,
    controlId: e.controlId,
    applicable: fromApplicability(f.applicability),
    reasons: f.reasons,
    exclusionJustification: f.exclusionJustification,
    implementationStatus: f.implementationStatus,
  });
  if (problem?.code === "excluded_without_justification")
    return { exclusionJustification: "Explain why this control is excluded" };
  if (problem?.code === "applicable_without_reason")
    return { reasons: "Give at least one reason for including this control" };
  return {};
}

/** The body of the PATCH: only what changed, so notes alone do not turn into a manual decision. */
export function changesOf(e: SoaEntryView, f: EntryForm) {
  const applicable = fromApplicability(f.applicability);
  const body: {
    version: number;
    applicable?: boolean | null;
    reasons?: SoaReason[];
    exclusionJustification?: string;
    implementationStatus?: EntryForm["implementationStatus"];
    notes?: string;
  } = { version: e.version };
  if (applicable !== e.applicable) body.applicable = applicable;
  if (JSON.stringify(f.reasons) !== JSON.stringify(e.reasons)) body.reasons = f.reasons;
  if (f.exclusionJustification !== e.exclusionJustification)
    body.exclusionJustification = f.exclusionJustification;
  if (f.implementationStatus !== e.implementationStatus) body.implementationStatus = f.implementationStatus;
  if (f.notes !== e.notes) body.notes = f.notes;
  return body;
}

/** The form after taking the draft's proposal: applicable, with the reasons it found added. */
export function withProposal(f: EntryForm, proposal: NonNullable<SoaEntryView["proposal"]>): EntryForm {
  // Same identity of a reason as the server's comparison (core `reasonId`).
  const have = new Set(f.reasons.map(reasonId));
  return {
    ...f,
    applicability: "applicable",
    reasons: [...f.reasons, ...proposal.reasons.filter((r) => !have.has(reasonId(r)))],
  };
}

/** "eu-ai-act:2024/Art. 9" → "Art. 9"; other references unchanged. */
export function shortRef(ref: string): string {
  const slash = ref.indexOf("/");
  return /^[a-z0-9-]+:[^/]+\//.test(ref) ? ref.slice(slash + 1) : ref;
}

type Diff = SoaComparison["changes"][number];

/** Each change of one control as a short sentence. */
export function changeLines(d: Diff): string[] {
  const lines: string[] = [];
  if (d.applicable)
    lines.push(
      `Applicability: ${applicabilityLabel(d.applicable.from).label} → ${applicabilityLabel(d.applicable.to).label}`,
    );
  for (const r of d.reasonsAdded)
    lines.push(`Reason added: ${REASON_KIND_LABELS[r.kind]} ${shortRef(r.ref)}`);
  for (const r of d.reasonsRemoved)
    lines.push(`Reason removed: ${REASON_KIND_LABELS[r.kind]} ${shortRef(r.ref)}`);
  if (d.exclusionJustification)
    lines.push(
      `Exclusion justification: “${d.exclusionJustification.from || "—"}” → “${d.exclusionJustification.to || "—"}”`,
    );
  if (d.implementationStatus)
    lines.push(
      `Implementation: ${d.implementationStatus.from.replace("_", " ")} → ${d.implementationStatus.to.replace("_", " ")}`,
    );
  if (d.notes) lines.push("Notes changed");
  if (d.controlsAdded.length) lines.push(`Controls added: ${d.controlsAdded.join(", ")}`);
  if (d.controlsRemoved.length) lines.push(`Controls removed: ${d.controlsRemoved.join(", ")}`);
  return lines;
}

type EvidenceItem = SoaEntryView["evidence"][number];

/** "valid until 2026-11-30 · linked to A.6.2.4 and CTL-3": the dates and routes of one item. */
export function evidenceDetail(item: EvidenceItem, controlId: string): string {
  const when =
    item.state === "not_yet_effective" && item.effectiveOn
      ? `effective from ${item.effectiveOn}`
      : item.validUntil
        ? `valid until ${item.validUntil}`
        : "no expiry";
  const via = [...(item.direct ? [controlId] : []), ...item.controls];
  return `${when} · linked to ${via.join(", ")}`;
}

/** How many items count and how many do not, for a table cell. */
export function evidenceTally(items: readonly EvidenceItem[]): { counting: number; stale: number } {
  const counting = items.filter((e) => evidenceCounts(e.state)).length;
  return { counting, stale: items.length - counting };
}
