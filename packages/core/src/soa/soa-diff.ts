/**
 * Differences between two Statements of Applicability (issued versions or the working copy), so an
 * approver sees what changed since the last approved version (ISO/IEC 42001 6.1.3, 7.5.3 control of changes).
 */
import { reasonId, type SoaReason } from "./soa-types.js";

export type SoaComparable = {
  controlKey: string;
  controlId: string;
  title: string;
  applicable: boolean | null;
  reasons: readonly SoaReason[];
  exclusionJustification: string;
  implementationStatus: string;
  notes: string;
  /** The organization's controls implementing it (by code). */
  controls: readonly { code: string }[];
};

export type SoaValueChange<T> = { from: T; to: T } | null;

export type SoaEntryDiff = {
  controlKey: string;
  controlId: string;
  title: string;
  applicable: SoaValueChange<boolean | null>;
  reasonsAdded: SoaReason[];
  reasonsRemoved: SoaReason[];
  exclusionJustification: SoaValueChange<string>;
  implementationStatus: SoaValueChange<string>;
  notes: SoaValueChange<string>;
  controlsAdded: string[];
  controlsRemoved: string[];
};

const change = <T>(from: T, to: T): SoaValueChange<T> => (from === to ? null : { from, to });

const EMPTY: Omit<SoaComparable, "controlKey" | "controlId" | "title"> = {
  applicable: null,
  reasons: [],
  exclusionJustification: "",
  implementationStatus: "not_started",
  notes: "",
  controls: [],
};

/** What changed for one control from `a` to `b`, or null when nothing did. */
export function diffSoaEntry(
  a: SoaComparable | undefined,
  b: SoaComparable | undefined,
): SoaEntryDiff | null {
  const head = (b ?? a)!;
  const from = { ...EMPTY, ...a };
  const to = { ...EMPTY, ...b };
  const fromReasons = new Set(from.reasons.map(reasonId));
  const toReasons = new Set(to.reasons.map(reasonId));
  const fromCodes = new Set(from.controls.map((c) => c.code));
  const toCodes = new Set(to.controls.map((c) => c.code));
  const d: SoaEntryDiff = {
    controlKey: head.controlKey,
    controlId: head.controlId,
    title: head.title,
    applicable: change(from.applicable, to.applicable),
    reasonsAdded: to.reasons.filter((r) => !fromReasons.has(reasonId(r))),
    reasonsRemoved: from.reasons.filter((r) => !toReasons.has(reasonId(r))),
    exclusionJustification: change(from.exclusionJustification, to.exclusionJustification),
    implementationStatus: change(from.implementationStatus, to.implementationStatus),
    notes: change(from.notes, to.notes),
    controlsAdded: [...toCodes].filter((c) => !fromCodes.has(c)).sort(),
    controlsRemoved: [...fromCodes].filter((c) => !toCodes.has(c)).sort(),
  };
  const changed =
    d.applicable ||
    d.exclusionJustification ||
    d.implementationStatus ||
    d.notes ||
    d.reasonsAdded.length ||
    d.reasonsRemoved.length ||
    d.controlsAdded.length ||
    d.controlsRemoved.length;
  return changed ? d : null;
}

/** Per-control changes from `a` to `b`, in the order of `b` (controls only in `a` come last). */
export function diffSoa(a: readonly SoaComparable[], b: readonly SoaComparable[]): SoaEntryDiff[] {
  const before = new Map(a.map((e) => [e.controlKey, e]));
  const after = new Set(b.map((e) => e.controlKey));
  return [
    ...b.map((e) => diffSoaEntry(before.get(e.controlKey), e)),
    ...a.filter((e) => !after.has(e.controlKey)).map((e) => diffSoaEntry(e, undefined)),
  ].filter((d): d is SoaEntryDiff => d !== null);
}
