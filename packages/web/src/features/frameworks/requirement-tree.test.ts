import type { RequirementView } from "@openaims/core";
import { describe, expect, it } from "vitest";
import {
  ancestorsOf,
  buildRequirementTree,
  expandableIds,
  matchingIds,
  visibleRows,
} from "./requirement-tree";

function req(
  id: string,
  parent: string | null,
  sortOrder: number,
  title = id,
  summary = "",
): RequirementView {
  return {
    key: `x:1/${id}`,
    frameworkRef: "x:1",
    id,
    title,
    summary,
    kind: parent ? "control" : "clause",
    assessable: parent !== null,
    parent,
    tags: {},
    effectiveFrom: null,
    citation: null,
    sortOrder,
  };
}

// Given out of document order, as a page boundary might.
const REQS = [
  req("A.2", "A", 4, "Policies", "AI policy"),
  req("A", null, 3, "Annex A"),
  req("4", null, 0, "Context"),
  req("4.1", "4", 1, "Understanding the organization", "internal and external issues"),
  req("4.2", "4", 2, "Interested parties"),
  req("A.2.2", "A.2", 5, "AI policy", "document the AI policy"),
  req("orphan", "missing", 6, "Orphan"),
];
const tree = buildRequirementTree(REQS);
const ids = (rows: { requirement: RequirementView }[]) => rows.map((r) => r.requirement.id);

describe("buildRequirementTree", () => {
  it("puts children under parents in document order; orphans at the top", () => {
    expect(tree.roots).toEqual(["4", "A", "orphan"]);
    expect(tree.childrenOf.get("4")).toEqual(["4.1", "4.2"]);
    expect(tree.childrenOf.get("A.2")).toEqual(["A.2.2"]);
    expect(expandableIds(tree).sort()).toEqual(["4", "A", "A.2"]);
  });

  it("survives a requirement that names itself as parent", () => {
    const t = buildRequirementTree([req("x", "x", 0)]);
    expect(t.roots).toEqual(["x"]);
    expect(ids(visibleRows(t, new Set(["x"]), null))).toEqual(["x"]);
  });
});

describe("visibleRows", () => {
  it("shows only the top level when nothing is expanded", () => {
    expect(ids(visibleRows(tree, new Set(), null))).toEqual(["4", "A", "orphan"]);
  });

  it("opens expanded parents with depth", () => {
    const rows = visibleRows(tree, new Set(["A", "A.2"]), null);
    expect(ids(rows)).toEqual(["4", "A", "A.2", "A.2.2", "orphan"]);
    expect(rows.map((r) => r.depth)).toEqual([0, 0, 1, 2, 0]);
    expect(rows[0]).toMatchObject({ hasChildren: true, isExpanded: false });
    expect(rows[3]).toMatchObject({ hasChildren: false });
  });

  it("does not open a child whose parent is collapsed", () => {
    expect(ids(visibleRows(tree, new Set(["A.2"]), null))).toEqual(["4", "A", "orphan"]);
  });

  it("shows matches with their ancestors, opened, when searching", () => {
    const matches = matchingIds(REQS, "ai POLICY");
    expect(matches).toEqual(new Set(["A.2", "A.2.2"]));
    const rows = visibleRows(tree, new Set(), matches);
    expect(ids(rows)).toEqual(["A", "A.2", "A.2.2"]);
    expect(rows.map((r) => r.isMatch)).toEqual([false, true, true]);
  });
});

describe("matchingIds", () => {
  it("searches ids, titles and summaries; blank means no search", () => {
    expect(matchingIds(REQS, "4.1")).toEqual(new Set(["4.1"]));
    expect(matchingIds(REQS, "external")).toEqual(new Set(["4.1"]));
    expect(matchingIds(REQS, "  ")).toBeNull();
    expect(matchingIds(REQS, "nothing like this")).toEqual(new Set());
  });
});

describe("ancestorsOf", () => {
  it("lists the parents top first", () => {
    expect(ancestorsOf(tree, "A.2.2").map((r) => r.id)).toEqual(["A", "A.2"]);
    expect(ancestorsOf(tree, "4")).toEqual([]);
    expect(ancestorsOf(tree, "orphan")).toEqual([]);
  });
});
