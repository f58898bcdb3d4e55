/**
 * The requirement tree of a framework, built from the flat list the API pages out (each
 * requirement names its parent id), and the rows to show for what is expanded or searched.
 */
import type { RequirementView } from "@openaims/core";

export type RequirementTree = {
  roots: string[];
  childrenOf: ReadonlyMap<string, string[]>;
  byId: ReadonlyMap<string, RequirementView>;
};

export type TreeRow = {
  requirement: RequirementView;
  depth: number;
  hasChildren: boolean;
  isExpanded: boolean;
  /** Whether the row itself matches the search (ancestors of matches are shown too). */
  isMatch: boolean;
};

/** Document order (sortOrder) under each parent; a requirement whose parent is missing is a root. */
export function buildRequirementTree(requirements: readonly RequirementView[]): RequirementTree {
  const sorted = [...requirements].sort((a, b) => a.sortOrder - b.sortOrder);
  const byId = new Map(sorted.map((r) => [r.id, r]));
  const childrenOf = new Map<string, string[]>();
  const roots: string[] = [];
  for (const r of sorted) {
    if (r.parent !== null && r.parent !== r.id && byId.has(r.parent)) {
      const list = childrenOf.get(r.parent);
      if (list) list.push(r.id);
      else childrenOf.set(r.parent, [r.id]);
    } else roots.push(r.id);
  }
  return { roots, childrenOf, byId };
}

/** Ids of requirements whose id, title or summary contain every word of `q`; null when q is blank. */
export function matchingIds(requirements: readonly RequirementView[], q: string): Set<string> | null {
  const words = q.toLowerCase().split(/\s+/).filter(Boolean);
  if (words.length === 0) return null;
  const out = new Set<string>();
  for (const r of requirements) {
    const text = `${r.id} ${r.title} ${r.summary}`.toLowerCase();
    if (words.every((w) => text.includes(w))) out.add(r.id);
  }
  return out;
}

/** The chain of parents of a requirement, top first (for breadcrumbs). */
export function ancestorsOf(tree: RequirementTree, id: string): RequirementView[] {
  const out: RequirementView[] = [];
  const seen = new Set<string>([id]);
  let parent = tree.byId.get(id)?.parent ?? null;
  while (parent !== null && !seen.has(parent)) {
    const node = tree.byId.get(parent);
    if (!node) break;
    out.unshift(node);
    seen.add(parent);
    parent = node.parent;
  }
  return out;
}

/** Ids of every requirement that has children (for "Expand all"). */
export function expandableIds(tree: RequirementTree): string[] {
  return [...tree.childrenOf.keys()];
}

/**
 * The rows to render, depth first. Without a search, children show under expanded parents.
 * With a search, the matches show with all their ancestors, opened.
 */
export function visibleRows(
  tree: RequirementTree,
  expanded: ReadonlySet<string>,
  matches: ReadonlySet<string> | null,
): TreeRow[] {
  let shown: Set<string> | null = null;
  if (matches) {
    shown = new Set<string>();
    for (const id of matches) {
      shown.add(id);
      for (const a of ancestorsOf(tree, id)) shown.add(a.id);
    }
  }
  const rows: TreeRow[] = [];
  const visited = new Set<string>();
  const walk = (id: string, depth: number) => {
    const requirement = tree.byId.get(id);
    if (!requirement || visited.has(id) || (shown && !shown.has(id))) return;
    visited.add(id);
    const children = tree.childrenOf.get(id) ?? [];
    const isExpanded = shown ? true : expanded.has(id);
    rows.push({
      requirement,
      depth,
      hasChildren: children.length > 0,
      isExpanded,
      isMatch: matches ? matches.has(id) : false,
    });
    if (isExpanded) for (const child of children) walk(child, depth + 1);
  };
  for (const root of tree.roots) walk(root, 0);
  return rows;
}
