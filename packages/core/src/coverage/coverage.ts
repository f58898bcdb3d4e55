/**
 * "Assess once, comply many": each requirement's coverage comes from the controls linked to it
 * and from results propagated through crosswalks, with the path that explains it
 * (ISO/IEC 42001 6.1.3 — controls determined once, compared against every applicable framework).
 */
import type { Relationship } from "../catalogs/catalog-schema.js";
import { utcDay } from "../evidence/evidence-state.js";
import {
  currentEvidenceText,
  NO_EVIDENCE,
  staleReasonsText,
  summarizeEvidence,
  type CoverageEvidence,
  type EvidenceSummary,
} from "./coverage-evidence.js";

import { controlLimits, requirementLimit, type CoverageLimit, type Held } from "./coverage-limits.js";

export * from "./coverage-evidence.js";
export type { CoverageLimit } from "./coverage-limits.js";

export const IMPLEMENTATION_STATUSES = [
  "not_started",
  "planned",
  "partial",
  "implemented",
  "not_applicable",
] as const;
export type ImplementationStatus = (typeof IMPLEMENTATION_STATUSES)[number];

export type Strength = "full" | "partial";
export type CoverageStatus = Strength | "none";

export type CoverageRequirement = { key: string; frameworkRef: string; assessable: boolean };
export type CoverageEdge = { from: string; to: string; relationship: Relationship; crosswalk: string };
export type CoverageControl = {
  id: string;
  code: string;
  title: string;
  status: ImplementationStatus;
  links: { requirementKey: string; coverage: Strength }[];
  /** Evidence linked to the control; absent or empty: none. */
  evidence?: readonly CoverageEvidence[];
};

/** One step of a propagation path: `from` reaches `to` because `from <relationship> to`. */
export type PathStep = { from: string; to: string; relationship: Relationship; crosswalk: string };

export type CoverageSource = {
  controlId: string;
  controlCode: string;
  controlTitle: string;
  /** Where the control is linked (the start of the path). */
  linkedTo: string;
  linkCoverage: Strength;
  /** Empty when the control is linked to this requirement directly. */
  path: PathStep[];
  /** What the source contributes, after the evidence rule. */
  strength: Strength;
  /** What the control's status and link alone would contribute (differs when evidence is stale). */
  claimed: Strength;
  /** The control's evidence on the day of the computation. */
  evidence: EvidenceSummary;
};

export type RequirementCoverage = {
  key: string;
  status: CoverageStatus;
  sources: CoverageSource[];
  /** The status if every linked evidence counted; above `status` when stale evidence holds it back. */
  potential: CoverageStatus;
  /** Evidence linked to the requirement itself. */
  evidence: EvidenceSummary;
  /** Why stale evidence holds the status back (explained requirements only). */
  limitedBy: CoverageLimit[];
};

export const MAX_HOPS = 2;

/** What a covered `from` contributes to `to` for `from <relationship> to`. */
export function propagatedStrength(relationship: Relationship): Strength | null {
  switch (relationship) {
    case "equivalent-to":
    case "superset-of":
      return "full";
    case "subset-of":
    case "intersects-with":
      return "partial";
    case "no-relationship":
      return null;
  }
}

const INVERSE: Record<Relationship, Relationship> = {
  "equivalent-to": "equivalent-to",
  "subset-of": "superset-of",
  "superset-of": "subset-of",
  "intersects-with": "intersects-with",
  "no-relationship": "no-relationship",
};

/** What a control's status lets it contribute: a control that is not implemented covers nothing. */
export function controlContribution(status: ImplementationStatus, link: Strength): Strength | null {
  if (status === "implemented") return link;
  if (status === "partial") return "partial";
  return null;
}

/**
 * The contribution once the control's evidence is weighed (ISO/IEC 42001 9.1): with stale evidence
 * (linked, none counting) an implemented control gives at most `partial` and a partial one nothing.
 * No evidence and current evidence leave the contribution as the status gives it.
 */
export function evidencedContribution(
  status: ImplementationStatus,
  link: Strength,
  standing: EvidenceSummary["standing"],
): Strength | null {
  const claimed = controlContribution(status, link);
  if (standing !== "stale" || claimed === null) return claimed;
  return status === "implemented" ? "partial" : null;
}

/** A requirement whose own evidence is stale is covered at most partly. */
export function cappedByRequirementEvidence(
  status: CoverageStatus,
  standing: EvidenceSummary["standing"],
): CoverageStatus {
  return standing === "stale" && status === "full" ? "partial" : status;
}

const weaker = (a: Strength, b: Strength): Strength => (a === "full" && b === "full" ? "full" : "partial");
const rank = (s: CoverageStatus) => (s === "full" ? 2 : s === "partial" ? 1 : 0);
const stronger = (a: CoverageStatus, b: CoverageStatus): CoverageStatus => (rank(a) >= rank(b) ? a : b);

/** Both directions of every crosswalk entry, indexed by the requirement they leave from. */
export function buildAdjacency(edges: readonly CoverageEdge[]): Map<string, PathStep[]> {
  const out = new Map<string, PathStep[]>();
  const add = (step: PathStep) => {
    if (propagatedStrength(step.relationship) === null) return;
    const list = out.get(step.from);
    if (list) list.push(step);
    else out.set(step.from, [step]);
  };
  for (const e of edges) {
    add({ from: e.from, to: e.to, relationship: e.relationship, crosswalk: e.crosswalk });
    add({ from: e.to, to: e.from, relationship: INVERSE[e.relationship], crosswalk: e.crosswalk });
  }
  return out;
}

type Reach = { strength: Strength; path: PathStep[] };

/**
 * Best route from `start` to every requirement within MAX_HOPS (2) crosswalk steps, assuming the
 * start is fully covered: the strongest path wins, then the shorter one.
 */
export function reachFrom(start: string, adjacency: Map<string, PathStep[]>): Map<string, Reach> {
  const best = new Map<string, Reach>();
  // Hot path (hub requirements have hundreds of two-step routes): compare first, allocate only a winner.
  const offer = (to: string, strength: Strength, first: PathStep, second: PathStep | null) => {
    if (to === start) return;
    const current = best.get(to);
    const hops = second ? 2 : 1;
    if (
      current &&
      (rank(strength) < rank(current.strength) ||
        (strength === current.strength && hops >= current.path.length))
    )
      return;
    best.set(to, { strength, path: second ? [first, second] : [first] });
  };
  const firstHops = adjacency.get(start) ?? [];
  for (const step of firstHops) offer(step.to, propagatedStrength(step.relationship)!, step, null);
  for (const first of firstHops) {
    const s1 = propagatedStrength(first.relationship)!;
    for (const second of adjacency.get(first.to) ?? []) {
      offer(second.to, weaker(s1, propagatedStrength(second.relationship)!), first, second);
    }
  }
  return best;
}

export type CoverageOptions = {
  /** Which requirements get sources and reasons (all by default); statuses are the same either way. */
  explain?: boolean | ((key: string) => boolean);
  /** The UTC day (YYYY-MM-DD) on which evidence is judged; today by default. */
  today?: string;
  /** Evidence linked to requirements themselves, by requirement key. */
  requirementEvidence?: ReadonlyMap<string, readonly CoverageEvidence[]>;
};

/**
 * Coverage of every requirement. Strength along a path is its weakest link; a requirement takes the
 * strongest of its sources. Each control link contributes its best path to every requirement it
 * reaches within MAX_HOPS crosswalk steps; reach maps are shared between links to the same start.
 * Stale evidence reduces a control's contribution before it propagates, and caps a requirement whose
 * own evidence is stale at `partial` (ISO/IEC 42001 9.1).
 */
export function computeCoverage(
  requirements: readonly CoverageRequirement[],
  adjacency: Map<string, PathStep[]>,
  controls: readonly CoverageControl[],
  options: CoverageOptions = {},
): Map<string, RequirementCoverage> {
  const explain = options.explain ?? true;
  // Explanations cost one object per (link, reached requirement): build them only where asked.
  const explains = typeof explain === "function" ? explain : () => explain;
  const today = options.today ?? utcDay();
  const result = new Map<string, RequirementCoverage>();
  for (const r of requirements)
    result.set(r.key, {
      key: r.key,
      status: "none",
      sources: [],
      potential: "none",
      evidence: NO_EVIDENCE,
      limitedBy: [],
    });
  const reaches = new Map<string, Map<string, Reach>>();
  const held = new Map<string, Held[]>();
  const raise = (key: string, strength: Strength) => {
    const entry = result.get(key);
    if (entry && rank(strength) > rank(entry.status)) entry.status = strength;
  };
  const credit = (key: string, source: CoverageSource) => {
    const entry = result.get(key);
    if (!entry) return;
    entry.sources.push(source);
    if (rank(source.strength) > rank(entry.status)) entry.status = source.strength;
  };
  // `potential` collects reduced claims only; it is merged with the status at the end.
  const hold = (key: string, h: Held, explained: boolean) => {
    const entry = result.get(key);
    if (!entry) return;
    if (rank(h.claimed) > rank(entry.potential)) entry.potential = h.claimed;
    if (!explained) return;
    const list = held.get(key);
    if (list) list.push(h);
    else held.set(key, [h]);
  };
  for (const control of controls) {
    const evidence = control.evidence?.length ? summarizeEvidence(control.evidence, today) : NO_EVIDENCE;
    for (const link of control.links) {
      const claimed = controlContribution(control.status, link.coverage);
      if (!claimed || !result.has(link.requirementKey)) continue;
      const start = evidencedContribution(control.status, link.coverage, evidence.standing);
      const base = {
        controlId: control.id,
        controlCode: control.code,
        controlTitle: control.title,
        linkedTo: link.requirementKey,
        linkCoverage: link.coverage,
        evidence,
      };
      let reach = reaches.get(link.requirementKey);
      if (!reach) reaches.set(link.requirementKey, (reach = reachFrom(link.requirementKey, adjacency)));
      if (start === claimed) {
        // Hot path: evidence changes nothing.
        if (explains(link.requirementKey))
          credit(link.requirementKey, { ...base, path: [], strength: start, claimed: start });
        else raise(link.requirementKey, start);
        for (const [to, r] of reach) {
          const s = weaker(start, r.strength);
          if (explains(to)) credit(to, { ...base, path: r.path, strength: s, claimed: s });
          else raise(to, s);
        }
        continue;
      }
      // Stale evidence: the reduced contribution is what propagates.
      const visit = (to: string, path: PathStep[], claimedAt: Strength, actualAt: Strength | null) => {
        const explained = explains(to);
        if (actualAt) {
          if (explained) credit(to, { ...base, path, strength: actualAt, claimed: claimedAt });
          else raise(to, actualAt);
        }
        if (claimedAt !== actualAt)
          hold(to, { control, claimed: claimedAt, actual: actualAt, evidence }, explained);
      };
      visit(link.requirementKey, [], claimed, start);
      for (const [to, r] of reach)
        visit(to, r.path, weaker(claimed, r.strength), start && weaker(start, r.strength));
    }
  }
  for (const entry of result.values()) entry.potential = stronger(entry.potential, entry.status);
  for (const [key, items] of options.requirementEvidence ?? []) {
    const entry = result.get(key);
    if (!entry || items.length === 0) continue;
    entry.evidence = summarizeEvidence(items, today);
    entry.status = cappedByRequirementEvidence(entry.status, entry.evidence.standing);
    if (entry.evidence.standing === "stale" && entry.potential === "full" && explains(key))
      entry.limitedBy.push(requirementLimit(entry.evidence));
  }
  for (const [key, list] of held) {
    const entry = result.get(key)!;
    entry.limitedBy.push(...controlLimits(list, entry.status));
  }
  return result;
}

/** Sources strongest first, then shortest path, then by control code (for display). */
export function sortSources(sources: readonly CoverageSource[]): CoverageSource[] {
  return [...sources].sort(
    (a, b) =>
      rank(b.strength) - rank(a.strength) ||
      a.path.length - b.path.length ||
      a.controlCode.localeCompare(b.controlCode),
  );
}

export type FrameworkScore = {
  frameworkRef: string;
  assessable: number;
  full: number;
  partial: number;
  none: number;
  /** Share of assessable requirements fully covered, 0–1. */
  fullShare: number;
  partialShare: number;
  /** Assessable requirements that stale evidence keeps below what their controls claim. */
  heldBack: number;
};

/** Per framework: how many assessable requirements are covered fully, partially or not at all. */
export function scoreFrameworks(
  requirements: readonly CoverageRequirement[],
  coverage: Map<string, RequirementCoverage>,
): FrameworkScore[] {
  const scores = new Map<string, FrameworkScore>();
  for (const r of requirements) {
    if (!r.assessable) continue;
    let s = scores.get(r.frameworkRef);
    if (!s) {
      s = {
        frameworkRef: r.frameworkRef,
        assessable: 0,
        full: 0,
        partial: 0,
        none: 0,
        fullShare: 0,
        partialShare: 0,
        heldBack: 0,
      };
      scores.set(r.frameworkRef, s);
    }
    s.assessable++;
    const c = coverage.get(r.key);
    s[c?.status ?? "none"]++;
    if (c && rank(c.potential) > rank(c.status)) s.heldBack++;
  }
  for (const s of scores.values()) {
    s.fullShare = s.assessable ? s.full / s.assessable : 0;
    s.partialShare = s.assessable ? s.partial / s.assessable : 0;
  }
  return [...scores.values()].sort((a, b) => a.frameworkRef.localeCompare(b.frameworkRef));
}

/**
 * A human-readable explanation of one source, e.g. for tooltips and exports, ending with what its
 * evidence says: `CTL-3 Bias testing (full link to …) → partial: evidence EV-3 "…" expired on …`.
 */
export function explainSource(source: CoverageSource): string {
  const head = `${source.controlCode} ${source.controlTitle} (${source.linkCoverage} link to ${source.linkedTo})`;
  const steps = source.path.map((s) => `${s.from} ${s.relationship} ${s.to}`).join("; ");
  const route = source.path.length === 0 ? head : `${head} → via ${steps}`;
  const said = `${route} → ${source.strength}`;
  const evidence = source.evidence;
  if (evidence.standing === "stale") return `${said}: ${staleReasonsText(evidence.stale)}`;
  if (evidence.standing === "current")
    return `${said} (current evidence ${currentEvidenceText(evidence.current)})`;
  return `${said} (no evidence linked)`;
}
