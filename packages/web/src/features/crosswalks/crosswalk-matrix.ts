/**
 * The crosswalk between two frameworks as a matrix: rows are requirements of `from`, columns
 * requirements of `to`, a cell holds the entry of that pair. Only requirements that appear in
 * an entry get a row or a column, so 280 pairs stay readable; both axes follow document order
 * and are grouped by their top-level requirement (NIST functions, ISO clauses and Annex A).
 */
import type { CrosswalkEntryView, CrosswalkSummary, Relationship, RequirementView } from "@openaims/core";
import { RELATIONSHIP_ORDER } from "./relationships";

export type AxisItem = { key: string; id: string; title: string; group: string };
export type AxisGroup = { id: string; title: string; span: number };

export type CrosswalkMatrix = {
  rows: AxisItem[];
  columns: AxisItem[];
  rowGroups: AxisGroup[];
  columnGroups: AxisGroup[];
  cells: ReadonlyMap<string, CrosswalkEntryView>;
  entryCount: number;
};

/** The key of the cell of a (row, column) pair. */
export function cellKey(rowKey: string, columnKey: string): string {
  return `${rowKey}\u0000${columnKey}`;
}

const natural = new Intl.Collator(undefined, { numeric: true, sensitivity: "base" });

type End = { key: string; id: string; title: string };

function buildAxis(ends: readonly End[], requirements: readonly RequirementView[] | undefined) {
  const byKey = new Map((requirements ?? []).map((r) => [r.key, r]));
  const byId = new Map((requirements ?? []).map((r) => [r.id, r]));
  const top = (id: string): RequirementView | undefined => {
    let node = byId.get(id);
    const seen = new Set<string>();
    while (node?.parent && byId.has(node.parent) && !seen.has(node.id)) {
      seen.add(node.id);
      node = byId.get(node.parent);
    }
    return node;
  };
  const unique = new Map<string, End>();
  for (const e of ends) if (!unique.has(e.key)) unique.set(e.key, e);
  const order = (e: End) => byKey.get(e.key)?.sortOrder ?? Number.MAX_SAFE_INTEGER;
  const items: AxisItem[] = [...unique.values()]
    .sort((a, b) => order(a) - order(b) || natural.compare(a.id, b.id))
    .map((e) => ({ key: e.key, id: e.id, title: e.title, group: top(e.id)?.id ?? "" }));
  const groups: AxisGroup[] = [];
  for (const item of items) {
    const last = groups[groups.length - 1];
    if (last && last.id === item.group) last.span++;
    else
      groups.push({ id: item.group, title: item.group ? (byId.get(item.group)?.title ?? "") : "", span: 1 });
  }
  return { items, groups };
}

/**
 * Builds the matrix of the entries whose relationship is in `relationships` (all when empty).
 * `fromRequirements` / `toRequirements` give document order and groups; without them the axes
 * sort by id and stay ungrouped.
 */
export function buildCrosswalkMatrix(
  entries: readonly CrosswalkEntryView[],
  fromRequirements?: readonly RequirementView[],
  toRequirements?: readonly RequirementView[],
  relationships: ReadonlySet<Relationship> = new Set(),
): CrosswalkMatrix {
  const kept = relationships.size ? entries.filter((e) => relationships.has(e.relationship)) : entries;
  const rows = buildAxis(
    kept.map((e) => e.from),
    fromRequirements,
  );
  const columns = buildAxis(
    kept.map((e) => e.to),
    toRequirements,
  );
  const cells = new Map<string, CrosswalkEntryView>();
  for (const e of kept) cells.set(cellKey(e.from.key, e.to.key), e);
  return {
    rows: rows.items,
    columns: columns.items,
    rowGroups: rows.groups,
    columnGroups: columns.groups,
    cells,
    entryCount: kept.length,
  };
}

/** How many entries have each relationship (for the filter chips). */
export function relationshipCounts(entries: readonly CrosswalkEntryView[]): Record<Relationship, number> {
  const counts = Object.fromEntries(RELATIONSHIP_ORDER.map((r) => [r, 0])) as Record<Relationship, number>;
  for (const e of entries) counts[e.relationship]++;
  return counts;
}

/** Frameworks at either end of a crosswalk, and the frameworks each one is mapped to. */
export function crosswalkPartners(summary: readonly CrosswalkSummary[]): Map<string, string[]> {
  const partners = new Map<string, Set<string>>();
  const add = (a: string, b: string) => {
    const set = partners.get(a) ?? new Set<string>();
    set.add(b);
    partners.set(a, set);
  };
  for (const c of summary) {
    add(c.from, c.to);
    add(c.to, c.from);
  }
  return new Map([...partners.entries()].map(([ref, set]) => [ref, [...set].sort()]));
}

export type ExplorerView = "matrix" | "list";

export type ExplorerState = {
  from: string | null;
  to: string | null;
  relationships: Relationship[];
  view: ExplorerView;
};

/**
 * The explorer's state from its URL (`?from=&to=&relationship=a,b&view=list`), falling back to
 * the first shipped crosswalk; a `to` that is not mapped to `from` is replaced by its first partner.
 */
export function explorerStateOf(
  params: URLSearchParams,
  summary: readonly CrosswalkSummary[],
  isRelationship: (value: string) => value is Relationship,
): ExplorerState {
  const partners = crosswalkPartners(summary);
  let from = params.get("from");
  let to = params.get("to");
  if (!from || !partners.has(from)) {
    from = summary[0]?.from ?? null;
    to = summary[0]?.to ?? null;
  }
  const ofFrom = from ? (partners.get(from) ?? []) : [];
  if (!to || !ofFrom.includes(to)) to = ofFrom[0] ?? null;
  const relationships = (params.get("relationship") ?? "")
    .split(",")
    .map((s) => s.trim())
    .filter(isRelationship);
  return { from, to, relationships, view: params.get("view") === "list" ? "list" : "matrix" };
}

/** The URL parameters of an explorer state (the inverse of explorerStateOf). */
export function explorerParams(state: ExplorerState): URLSearchParams {
  const out = new URLSearchParams();
  if (state.from) out.set("from", state.from);
  if (state.to) out.set("to", state.to);
  if (state.relationships.length) out.set("relationship", state.relationships.join(","));
  if (state.view !== "matrix") out.set("view", state.view);
  return out;
}

/** The matrix's entries row by row, columns in order (document order on both sides), for the list view. */
export function entriesInOrder(matrix: CrosswalkMatrix): CrosswalkEntryView[] {
  const out: CrosswalkEntryView[] = [];
  for (const row of matrix.rows) {
    for (const column of matrix.columns) {
      const entry = matrix.cells.get(cellKey(row.key, column.key));
      if (entry) out.push(entry);
    }
  }
  return out;
}
