/**
 * The SoA draft (ISO/IEC 42001 6.1.3 b–d): controls determined in risk treatment, controls the
 * applicable laws call for, and controls interested parties require are proposed as applicable,
 * each with the reason. Manual decisions are never overwritten: the draft reports a proposal.
 */
import { canonicalJson } from "../audit/chain.js";
import {
  reasonId,
  sortReasons,
  type AnnexAControl,
  type SoaDecisionSource,
  type SoaProposal,
  type SoaReason,
} from "./soa-types.js";

/** Treatments that select controls (6.1.3 a–b); accepting or not yet deciding selects none. */
const SELECTING_TREATMENTS = new Set(["mitigate", "avoid", "transfer"]);

/** Whether a risk's treatment links justify controls: a selecting treatment on a risk that is not closed. */
export function isTreatingRisk(risk: { status: string; treatment: string }): boolean {
  return risk.status !== "closed" && SELECTING_TREATMENTS.has(risk.treatment);
}

/** A risk's treatment reaches an Annex A control directly or through one of the organization's controls. */
export type RiskTreatmentLink = {
  risk: { key: string; title: string; status: string; treatment: string };
  annexAKey: string;
  /** The organization's control linked to the Annex A requirement; null when the risk names it directly. */
  via: { code: string; title: string } | null;
};

/** A duty of an applicable law mapped to an Annex A control through a crosswalk. */
export type LegalLink = {
  /** Catalog requirement key of the duty, e.g. "eu-ai-act:2024/Art. 9". */
  obligationKey: string;
  /** Readable, e.g. "EU AI Act Art. 9 Risk management system". */
  obligationLabel: string;
  annexAKey: string;
  /** Crosswalk relationship read "<Annex A control> <relationship> <duty>". */
  relationship: string;
  /** Keys of (some of) the AI systems whose classification carries the duty. */
  systemKeys: string[];
  systemCount: number;
};

/** A requirement of an interested party (4.2) that the organization linked to an Annex A control. */
export type InterestedPartyLink = {
  partyKey: string;
  partyName: string;
  requirement: string;
  annexAKey: string;
};

/** The decision currently stored for a control. */
export type SoaDecision = {
  controlKey: string;
  applicable: boolean | null;
  reasons: SoaReason[];
  decisionSource: SoaDecisionSource | null;
  proposal: SoaProposal | null;
};

export type SoaDraftInput = {
  controls: readonly AnnexAControl[];
  riskLinks: readonly RiskTreatmentLink[];
  legalLinks: readonly LegalLink[];
  partyLinks?: readonly InterestedPartyLink[];
  entries: readonly SoaDecision[];
};

/** decided: undecided → applicable; updated: reasons refreshed; reverted: no reason left → undecided. */
export type SoaDraftChange = "none" | "decided" | "updated" | "reverted" | "proposal";

export type SoaDraftItem = {
  controlKey: string;
  controlId: string;
  /** What the sources say, whatever the stored decision. */
  derivedReasons: SoaReason[];
  applicable: boolean | null;
  reasons: SoaReason[];
  decisionSource: SoaDecisionSource | null;
  proposal: SoaProposal | null;
  change: SoaDraftChange;
};

export type SoaDraft = {
  items: SoaDraftItem[];
  counts: Record<Exclude<SoaDraftChange, "none">, number>;
};

function riskReasons(links: readonly RiskTreatmentLink[]): Map<string, SoaReason[]> {
  type Acc = { risk: RiskTreatmentLink["risk"]; direct: boolean; via: Map<string, string> };
  const byControl = new Map<string, Map<string, Acc>>();
  for (const l of links) {
    if (!isTreatingRisk(l.risk)) continue;
    const risks = byControl.get(l.annexAKey) ?? new Map<string, Acc>();
    byControl.set(l.annexAKey, risks);
    const acc = risks.get(l.risk.key) ?? { risk: l.risk, direct: false, via: new Map() };
    risks.set(l.risk.key, acc);
    if (l.via) acc.via.set(l.via.code, l.via.title);
    else acc.direct = true;
  }
  const out = new Map<string, SoaReason[]>();
  for (const [controlKey, risks] of byControl) {
    out.set(
      controlKey,
      [...risks.values()].map((a) => {
        const paths = [
          ...(a.direct ? ["chosen directly"] : []),
          ...(a.via.size
            ? [
                `through ${[...a.via]
                  .sort(([x], [y]) => x.localeCompare(y))
                  .map(([code, title]) => `${code} ${title}`)
                  .join(", ")}`,
              ]
            : []),
        ];
        return {
          kind: "risk_treatment" as const,
          ref: a.risk.key,
          label: a.risk.title,
          note: `treatment: ${a.risk.treatment}; ${paths.join(" and ")}`,
        };
      }),
    );
  }
  return out;
}

function legalReasons(links: readonly LegalLink[]): Map<string, SoaReason[]> {
  const out = new Map<string, Map<string, SoaReason>>();
  for (const l of links) {
    const reasons = out.get(l.annexAKey) ?? new Map<string, SoaReason>();
    out.set(l.annexAKey, reasons);
    if (reasons.has(l.obligationKey)) continue;
    const shown = [...l.systemKeys].sort((a, b) => a.localeCompare(b, "en", { numeric: true }));
    const more = l.systemCount - shown.length;
    reasons.set(l.obligationKey, {
      kind: "legal",
      ref: l.obligationKey,
      label: l.obligationLabel,
      note: `applies to ${shown.join(", ")}${more > 0 ? ` and ${more} more` : ""}; the control ${l.relationship} the duty`,
    });
  }
  return new Map([...out].map(([k, v]) => [k, [...v.values()]]));
}

function partyReasons(links: readonly InterestedPartyLink[]): Map<string, SoaReason[]> {
  const out = new Map<string, SoaReason[]>();
  for (const l of links) {
    const list = out.get(l.annexAKey) ?? [];
    out.set(l.annexAKey, list);
    const existing = list.find((r) => r.ref === l.partyKey);
    if (existing) existing.note = `${existing.note}; ${l.requirement}`;
    else list.push({ kind: "interested_party", ref: l.partyKey, label: l.partyName, note: l.requirement });
  }
  return out;
}

/** Stored JSON comes back with its keys reordered (jsonb), so compare canonical forms. */
const same = (a: unknown, b: unknown) => canonicalJson(a) === canonicalJson(b);
const sameReasons = (a: readonly SoaReason[], b: readonly SoaReason[]) =>
  same(sortReasons(a), sortReasons(b));

const refsOf = (reasons: readonly SoaReason[]) => reasons.map((r) => r.ref).join(", ");

/** What the draft would suggest for a manual decision, or null when it has nothing to add. */
function proposalFor(entry: SoaDecision, derived: SoaReason[]): SoaProposal | null {
  if (derived.length === 0) return null;
  const cited = new Set(entry.reasons.map(reasonId));
  const missing = derived.filter((r) => !cited.has(reasonId(r)));
  if (entry.applicable === false)
    return {
      applicable: true,
      reasons: derived,
      missingReasons: missing,
      message: `excluded by hand, but the draft finds reasons to apply it: ${refsOf(derived)}`,
    };
  if (missing.length === 0) return null;
  return {
    applicable: true,
    reasons: derived,
    missingReasons: missing,
    message: `the draft finds reasons the entry does not cite: ${refsOf(missing)}`,
  };
}

/**
 * Recomputes the draft. Entries nobody decided by hand follow the sources: applicable with the
 * reasons found, or back to undecided when none is left. Manual decisions stay as they are and
 * get a proposal when the sources disagree (a new reason, or reasons for an excluded control).
 */
export function deriveSoaDraft(input: SoaDraftInput): SoaDraft {
  const risk = riskReasons(input.riskLinks);
  const legal = legalReasons(input.legalLinks);
  const party = partyReasons(input.partyLinks ?? []);
  const entries = new Map(input.entries.map((e) => [e.controlKey, e]));
  const counts = { decided: 0, updated: 0, reverted: 0, proposal: 0 };
  const items = input.controls.map((control): SoaDraftItem => {
    const derived = sortReasons([
      ...(risk.get(control.key) ?? []),
      ...(legal.get(control.key) ?? []),
      ...(party.get(control.key) ?? []),
    ]);
    const entry: SoaDecision = entries.get(control.key) ?? {
      controlKey: control.key,
      applicable: null,
      reasons: [],
      decisionSource: null,
      proposal: null,
    };
    const base = { controlKey: control.key, controlId: control.id, derivedReasons: derived };
    if (entry.decisionSource === "manual" && entry.applicable !== null) {
      const proposal = proposalFor(entry, derived);
      const changed = !same(proposal, entry.proposal);
      if (changed && proposal) counts.proposal++;
      return {
        ...base,
        applicable: entry.applicable,
        reasons: entry.reasons,
        decisionSource: "manual",
        proposal,
        change: changed ? "proposal" : "none",
      };
    }
    if (derived.length === 0) {
      const wasDerived = entry.applicable !== null || entry.reasons.length > 0;
      if (wasDerived) counts.reverted++;
      return {
        ...base,
        applicable: null,
        reasons: [],
        decisionSource: null,
        proposal: null,
        change: wasDerived ? "reverted" : "none",
      };
    }
    const change: SoaDraftChange =
      entry.applicable !== true ? "decided" : sameReasons(entry.reasons, derived) ? "none" : "updated";
    if (change !== "none") counts[change]++;
    return { ...base, applicable: true, reasons: derived, decisionSource: "derived", proposal: null, change };
  });
  return { items, counts };
}
