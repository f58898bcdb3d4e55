/**
 * Editing the requirement links of a control: a reducer over draft links (add, remove, change
 * coverage or note), the body the API takes, and the links grouped by framework for display.
 */
import type { ControlLink } from "@openaims/core";
import { validationIssues } from "../../api/errors";

export type LinkCoverage = ControlLink["coverage"];

/** A link as the form holds it: the API's link plus what is shown of the requirement. */
export type LinkDraft = {
  requirementKey: string;
  frameworkRef: string;
  requirementId: string;
  title: string;
  coverage: LinkCoverage;
  note: string;
};

export type LinkAction =
  | { type: "add"; link: LinkDraft }
  | { type: "remove"; requirementKey: string }
  | { type: "setCoverage"; requirementKey: string; coverage: LinkCoverage }
  | { type: "setNote"; requirementKey: string; note: string };

/** The next links after an action; adding a linked requirement again updates its coverage and note. */
export function linksReducer(state: readonly LinkDraft[], action: LinkAction): LinkDraft[] {
  switch (action.type) {
    case "add": {
      const at = state.findIndex((l) => l.requirementKey === action.link.requirementKey);
      if (at < 0) return [...state, action.link];
      return state.map((l, i) =>
        i === at ? { ...l, coverage: action.link.coverage, note: action.link.note || l.note } : l,
      );
    }
    case "remove":
      return state.filter((l) => l.requirementKey !== action.requirementKey);
    case "setCoverage":
      return state.map((l) =>
        l.requirementKey === action.requirementKey ? { ...l, coverage: action.coverage } : l,
      );
    case "setNote":
      return state.map((l) => (l.requirementKey === action.requirementKey ? { ...l, note: action.note } : l));
  }
}

/** The `links` of a create or update body. */
export function linksOf(drafts: readonly LinkDraft[]): ControlLink[] {
  return drafts.map((l) => ({ requirementKey: l.requirementKey, coverage: l.coverage, note: l.note.trim() }));
}

/** Whether two link lists say the same thing, whatever their order. */
export function sameLinks(
  a: readonly Pick<ControlLink, "requirementKey" | "coverage" | "note">[],
  b: readonly Pick<ControlLink, "requirementKey" | "coverage" | "note">[],
): boolean {
  if (a.length !== b.length) return false;
  const byKey = new Map(b.map((l) => [l.requirementKey, l]));
  return a.every((l) => {
    const other = byKey.get(l.requirementKey);
    return other !== undefined && other.coverage === l.coverage && other.note.trim() === l.note.trim();
  });
}

export type LinkGroup = { frameworkRef: string; label: string; links: LinkDraft[] };

const natural = new Intl.Collator(undefined, { numeric: true, sensitivity: "base" });

/** Links by framework (sorted by framework name), requirements in natural id order. */
export function groupLinksByFramework(
  drafts: readonly LinkDraft[],
  labelOf: (frameworkRef: string) => string = (ref) => ref,
): LinkGroup[] {
  const groups = new Map<string, LinkDraft[]>();
  for (const l of drafts) groups.set(l.frameworkRef, [...(groups.get(l.frameworkRef) ?? []), l]);
  return [...groups.entries()]
    .map(([frameworkRef, links]) => ({
      frameworkRef,
      label: labelOf(frameworkRef),
      links: [...links].sort((x, y) => natural.compare(x.requirementId, y.requirementId)),
    }))
    .sort((x, y) => x.label.localeCompare(y.label));
}

/**
 * Messages of a refused save by requirement key: the server names links by position
 * (`links.0.requirementKey`, or `body.links.0.note` from schema validation).
 */
export function linkErrorsOf(error: unknown, drafts: readonly LinkDraft[]): Record<string, string> {
  const details = (error as { details?: unknown } | null)?.details;
  const out: Record<string, string> = {};
  for (const issue of validationIssues(details)) {
    const index = /^(?:body\.)?links\.(\d+)/.exec(issue.path)?.[1];
    const link = index === undefined ? undefined : drafts[Number(index)];
    if (link && !(link.requirementKey in out)) out[link.requirementKey] = issue.message;
  }
  return out;
}
