/**
 * Evidence in the Statement of Applicability (ISO/IEC 42001 6.1.3 d–e, 7.5.3, 9.1): what backs the
 * claim that an Annex A control is implemented, from evidence linked to the Annex A requirement
 * itself and to the organization's controls linked to it.
 */
import {
  evidenceCounts,
  evidenceState,
  type EvidenceDates,
  type EvidenceStanding,
  type EvidenceState,
} from "../evidence/evidence-state.js";
import type { SoaImplementationStatus } from "./soa-types.js";

export type SoaEvidenceItem = {
  id: string;
  key: string;
  title: string;
  /** Where it stood when the entry was read (frozen in an issued version). */
  state: EvidenceState;
  effectiveOn: string | null;
  validUntil: string | null;
  /** Linked to the Annex A requirement itself. */
  direct: boolean;
  /** Codes of the organization's controls it is linked to. */
  controls: string[];
};

/** Evidence linked to an entry through one route: the requirement itself or a control (by code). */
export type SoaEvidenceLink = {
  via: { kind: "requirement" } | { kind: "control"; code: string };
  evidence: EvidenceDates & { id: string; key: string; title: string };
};

/** One item per evidence record, with every route that links it, ordered by key (EV-2 < EV-12). */
export function soaEvidenceOf(links: readonly SoaEvidenceLink[], today: string): SoaEvidenceItem[] {
  const byId = new Map<string, SoaEvidenceItem>();
  for (const { via, evidence: e } of links) {
    let item = byId.get(e.id);
    if (!item) {
      item = {
        id: e.id,
        key: e.key,
        title: e.title,
        state: evidenceState(e, today),
        effectiveOn: e.effectiveOn,
        validUntil: e.validUntil,
        direct: false,
        controls: [],
      };
      byId.set(e.id, item);
    }
    if (via.kind === "requirement") item.direct = true;
    else if (!item.controls.includes(via.code)) item.controls.push(via.code);
  }
  return [...byId.values()].sort((a, b) => a.key.localeCompare(b.key, "en", { numeric: true }));
}

/** none: nothing linked; current: at least one item counts; stale: items linked, none counts. */
export function soaEvidenceStanding(items: readonly Pick<SoaEvidenceItem, "state">[]): EvidenceStanding {
  if (items.length === 0) return "none";
  return items.some((e) => evidenceCounts(e.state)) ? "current" : "stale";
}

/** Why one item does not count, in the same words as coverage explanations; null when it counts. */
export function soaEvidenceReason(
  e: Pick<SoaEvidenceItem, "key" | "title" | "state" | "effectiveOn" | "validUntil">,
): string | null {
  if (e.state === "expired") return `evidence ${e.key} "${e.title}" expired on ${e.validUntil}`;
  if (e.state === "not_yet_effective")
    return `evidence ${e.key} "${e.title}" is not effective until ${e.effectiveOn}`;
  return null;
}

export const SOA_WARNING_CODES = ["stale_evidence"] as const;
export type SoaWarningCode = (typeof SOA_WARNING_CODES)[number];
/** Worth fixing, but does not block issuing: the decisions of the SoA stand, their backing has lapsed. */
export type SoaWarning = { controlKey: string; controlId: string; code: SoaWarningCode; message: string };

/** An applicable control marked implemented whose evidence is all stale (ISO/IEC 42001 9.1). */
export function soaWarningOf(e: {
  controlKey: string;
  controlId: string;
  applicable: boolean | null;
  implementationStatus: SoaImplementationStatus;
  evidence: readonly SoaEvidenceItem[];
}): SoaWarning | null {
  if (e.applicable !== true || e.implementationStatus !== "implemented") return null;
  if (soaEvidenceStanding(e.evidence) !== "stale") return null;
  const reasons = e.evidence.flatMap((item) => soaEvidenceReason(item) ?? []).join("; ");
  return {
    controlKey: e.controlKey,
    controlId: e.controlId,
    code: "stale_evidence",
    message: `${e.controlId}: marked implemented, but none of its evidence counts: ${reasons}`,
  };
}

/** Every warning, in the order given. */
export function soaWarnings(entries: readonly Parameters<typeof soaWarningOf>[0][]): SoaWarning[] {
  return entries.flatMap((e) => soaWarningOf(e) ?? []);
}
