import type { CrosswalkEntryView, CrosswalkSummary, RequirementView } from "@openaims/core";
import { describe, expect, it } from "vitest";
import {
  buildCrosswalkMatrix,
  cellKey,
  crosswalkPartners,
  entriesInOrder,
  explorerParams,
  explorerStateOf,
  relationshipCounts,
} from "./crosswalk-matrix";
import { isRelationship } from "./relationships";

function req(ref: string, id: string, parent: string | null, sortOrder: number, title = id): RequirementView {
  return {
    key: `${ref}/${id}`,
    frameworkRef: ref,
    id,
    title,
    summary: "",
    kind: "clause",
    assessable: parent !== null,
    parent,
    tags: {},
    effectiveFrom: null,
    citation: null,
    sortOrder,
  };
}

const NIST = "nist-ai-rmf:1.0";
const ISO = "iso-iec-42001:2023";
const end = (ref: string, id: string) => ({ key: `${ref}/${id}`, id, title: id });
function entry(
  from: string,
  to: string,
  relationship: CrosswalkEntryView["relationship"],
): CrosswalkEntryView {
  return {
    from: end(NIST, from),
    to: end(ISO, to),
    relationship,
    rationale: "r",
    confidence: "high",
    source: "s",
  };
}

const nistReqs = [
  req(NIST, "GOVERN", null, 0, "Govern"),
  req(NIST, "GOVERN 1", "GOVERN", 1),
  req(NIST, "GOVERN 1.1", "GOVERN 1", 2),
  req(NIST, "GOVERN 1.2", "GOVERN 1", 3),
  req(NIST, "MAP", null, 4, "Map"),
  req(NIST, "MAP 1.1", "MAP", 5),
];
const isoReqs = [
  req(ISO, "4", null, 0, "Context"),
  req(ISO, "4.1", "4", 1),
  req(ISO, "4.2", "4", 2),
  req(ISO, "A", null, 3, "Annex A"),
  req(ISO, "A.10", "A", 4),
  req(ISO, "A.2", "A", 5),
];
const entries = [
  entry("MAP 1.1", "A.2", "intersects-with"),
  entry("GOVERN 1.1", "4.1", "intersects-with"),
  entry("GOVERN 1.1", "A.10", "subset-of"),
  entry("GOVERN 1.2", "4.1", "no-relationship"),
];

describe("buildCrosswalkMatrix", () => {
  it("has rows and columns only for requirements with entries, in document order", () => {
    const m = buildCrosswalkMatrix(entries, nistReqs, isoReqs);
    expect(m.rows.map((r) => r.id)).toEqual(["GOVERN 1.1", "GOVERN 1.2", "MAP 1.1"]);
    expect(m.columns.map((c) => c.id)).toEqual(["4.1", "A.10", "A.2"]);
    expect(m.entryCount).toBe(4);
    expect(m.cells.get(cellKey(`${NIST}/GOVERN 1.1`, `${ISO}/A.10`))?.relationship).toBe("subset-of");
    expect(m.cells.has(cellKey(`${NIST}/MAP 1.1`, `${ISO}/4.1`))).toBe(false);
  });

  it("groups both axes by their top-level requirement", () => {
    const m = buildCrosswalkMatrix(entries, nistReqs, isoReqs);
    expect(m.rowGroups).toEqual([
      { id: "GOVERN", title: "Govern", span: 2 },
      { id: "MAP", title: "Map", span: 1 },
    ]);
    expect(m.columnGroups).toEqual([
      { id: "4", title: "Context", span: 1 },
      { id: "A", title: "Annex A", span: 2 },
    ]);
  });

  it("keeps only the chosen relationships, dropping rows and columns left empty", () => {
    const m = buildCrosswalkMatrix(entries, nistReqs, isoReqs, new Set(["subset-of", "no-relationship"]));
    expect(m.rows.map((r) => r.id)).toEqual(["GOVERN 1.1", "GOVERN 1.2"]);
    expect(m.columns.map((c) => c.id)).toEqual(["4.1", "A.10"]);
    expect(m.entryCount).toBe(2);
  });

  it("sorts by id in natural order, ungrouped, before the requirements are loaded", () => {
    const m = buildCrosswalkMatrix(entries);
    expect(m.columns.map((c) => c.id)).toEqual(["4.1", "A.2", "A.10"]);
    expect(m.columnGroups).toEqual([{ id: "", title: "", span: 3 }]);
  });

  it("lists the entries in document order for the flow view", () => {
    const m = buildCrosswalkMatrix(entries, nistReqs, isoReqs);
    expect(entriesInOrder(m).map((e) => `${e.from.id}>${e.to.id}`)).toEqual([
      "GOVERN 1.1>4.1",
      "GOVERN 1.1>A.10",
      "GOVERN 1.2>4.1",
      "MAP 1.1>A.2",
    ]);
  });

  it("is empty for no entries", () => {
    const m = buildCrosswalkMatrix([]);
    expect(m).toMatchObject({ rows: [], columns: [], rowGroups: [], columnGroups: [], entryCount: 0 });
  });
});

describe("relationshipCounts", () => {
  it("counts each relationship, zero for the absent ones", () => {
    expect(relationshipCounts(entries)).toEqual({
      "equivalent-to": 0,
      "superset-of": 0,
      "subset-of": 1,
      "intersects-with": 2,
      "no-relationship": 1,
    });
  });
});

const summary: CrosswalkSummary[] = [
  {
    ref: `${NIST}__${ISO}`,
    from: NIST,
    to: ISO,
    title: null,
    isCustom: false,
    entryCount: 280,
    byRelationship: {},
  },
  {
    ref: `${ISO}__gdpr:2016`,
    from: ISO,
    to: "gdpr:2016",
    title: null,
    isCustom: false,
    entryCount: 36,
    byRelationship: {},
  },
];

describe("crosswalkPartners", () => {
  it("pairs frameworks both ways", () => {
    const p = crosswalkPartners(summary);
    expect(p.get(ISO)).toEqual(["gdpr:2016", NIST]);
    expect(p.get(NIST)).toEqual([ISO]);
    expect(p.get("gdpr:2016")).toEqual([ISO]);
  });
});

describe("explorerStateOf", () => {
  const state = (query: string) => explorerStateOf(new URLSearchParams(query), summary, isRelationship);

  it("reads the pair, the relationships and the view from the URL", () => {
    expect(state(`from=${ISO}&to=${NIST}&relationship=subset-of,bogus,superset-of&view=list`)).toEqual({
      from: ISO,
      to: NIST,
      relationships: ["subset-of", "superset-of"],
      view: "list",
    });
  });

  it("falls back to the first crosswalk, and to a partner of from", () => {
    expect(state("")).toMatchObject({ from: NIST, to: ISO, relationships: [], view: "matrix" });
    expect(state("from=gdpr:2016&to=nist-ai-rmf:1.0")).toMatchObject({ from: "gdpr:2016", to: ISO });
    expect(explorerStateOf(new URLSearchParams(), [], isRelationship)).toMatchObject({
      from: null,
      to: null,
    });
  });

  it("writes back the same state", () => {
    const s = state(`from=${ISO}&to=${NIST}&relationship=subset-of&view=list`);
    expect(explorerParams(s).toString()).toBe(
      "from=iso-iec-42001%3A2023&to=nist-ai-rmf%3A1.0&relationship=subset-of&view=list",
    );
    expect(explorerParams({ ...s, relationships: [], view: "matrix" }).toString()).toBe(
      "from=iso-iec-42001%3A2023&to=nist-ai-rmf%3A1.0",
    );
  });
});
