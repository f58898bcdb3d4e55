/**
 * "Assess once, comply many": each requirement's coverage comes from the controls linked to it
 * and from results propagated through crosswalks, with the path that explains it
 * (ISO/IEC 42001 6.1.3 — controls determined once, compared against every applicable framework).
 */
import type { Relationship } from "../catalogs/catalog-schema.js";

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
  strength: Strength;
};

export type RequirementCoverage = { key: string; status: CoverageStatus; sources: CoverageSource[] };

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

const weaker = (a: Strength, b: Strength): Strength => (a === "full" && b === "full" ? "full" : "partial");
const rank = (s: CoverageStatus) => (s === "full" ? 2 : s === "partial" ? 1 : 0);

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

/**
 * Coverage of every requirement. Strength along a path is its weakest link; a requirement takes the
 * strongest of its sources. Each control link contributes its best path to every requirement it
 * reaches within MAX_HOPS crosswalk steps; reach maps are shared between links to the same start.
 */
export function computeCoverage(
  requirements: readonly CoverageRequirement[],
  adjacency: Map<string, PathStep[]>,
  controls: readonly CoverageControl[],
  options: { explain?: boolean | ((key: string) => boolean) } = {},
): Map<string, RequirementCoverage> {
  const explain = options.explain ?? true;
  // Explanations cost one object per (link, reached requirement): build them only where asked.
  const explains = typeof explain === "function" ? explain : () => explain;
  const result = new Map<string, RequirementCoverage>();
  for (const r of requirements) result.set(r.key, { key: r.key, status: "none", sources: [] });
  const reaches = new Map<string, Map<string, Reach>>();
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
  for (const control of controls) {
    for (const link of control.links) {
      const start = controlContribution(control.status, link.coverage);
      if (!start || !result.has(link.requirementKey)) continue;
      const base = {
        controlId: control.id,
        controlCode: control.code,
        controlTitle: control.title,
        linkedTo: link.requirementKey,
        linkCoverage: link.coverage,
      };
      let reach = reaches.get(link.requirementKey);
      if (!reach) reaches.set(link.requirementKey, (reach = reachFrom(link.requirementKey, adjacency)));
      if (explains(link.requirementKey)) credit(link.requirementKey, { ...base, path: [], strength: start });
      else raise(link.requirementKey, start);
      for (const [to, r] of reach) {
        if (explains(to)) credit(to, { ...base, path: r.path, strength: weaker(start, r.strength) });
        else raise(to, weaker(start, r.strength));
      }
    }
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
      };
      scores.set(r.frameworkRef, s);
    }
    s.assessable++;
    s[coverage.get(r.key)?.status ?? "none"]++;
  }
  for (const s of scores.values()) {
    s.fullShare = s.assessable ? s.full / s.assessable : 0;
    s.partialShare = s.assessable ? s.partial / s.assessable : 0;
  }
  return [...scores.values()].sort((a, b) => a.frameworkRef.localeCompare(b.frameworkRef));
}

/** A human-readable explanation of one source, e.g. for tooltips and exports. */
export function explainSource(source: CoverageSource): string {
  const head = `${source.controlCode} ${source.controlTitle} (${source.linkCoverage} link to ${source.linkedTo})`;
  if (source.path.length === 0) return `${head} → ${source.strength}`;
  const steps = source.path.map((s) => `${s.from} ${s.relationship} ${s.to}`).join("; ");
  return `${head} → via ${steps} → ${source.strength}`;
}
