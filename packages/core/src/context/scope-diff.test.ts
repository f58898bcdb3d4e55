import { describe, expect, it } from "vitest";
import { diffScopes, type ScopeSnapshot } from "./scope-diff.js";

const base: ScopeSnapshot = {
  description: "All AI used in customer service",
  businessUnitIds: ["bu-1", "bu-2"],
  aiSystemIds: ["ai-1"],
  exclusions: [{ item: "Research lab", justification: "No production use" }],
  boundaries: "EU operations",
  reassessBy: "2027-01-31",
};

describe("diffScopes", () => {
  it("finds nothing between identical versions", () => {
    const d = diffScopes(base, { ...base, businessUnitIds: ["bu-2", "bu-1"] });
    expect(d.isSame).toBe(true);
    expect(d.businessUnits).toEqual({ added: [], removed: [] });
  });

  it.each([
    [
      "a business unit added and one removed",
      { businessUnitIds: ["bu-2", "bu-3"] },
      { businessUnits: { added: ["bu-3"], removed: ["bu-1"] } },
    ],
    [
      "an AI system added",
      { aiSystemIds: ["ai-1", "ai-2", "ai-3"] },
      { aiSystems: { added: ["ai-2", "ai-3"], removed: [] } },
    ],
    ["every AI system removed", { aiSystemIds: [] }, { aiSystems: { added: [], removed: ["ai-1"] } }],
    [
      "an exclusion added",
      {
        exclusions: [
          { item: "Research lab", justification: "No production use" },
          { item: "HR pilot", justification: "Ends in March" },
        ],
      },
      {
        exclusions: {
          added: [{ item: "HR pilot", justification: "Ends in March" }],
          removed: [],
          changed: [],
        },
      },
    ],
    [
      "an exclusion removed",
      { exclusions: [] },
      {
        exclusions: {
          added: [],
          removed: [{ item: "Research lab", justification: "No production use" }],
          changed: [],
        },
      },
    ],
    [
      "a justification reworded (item matched ignoring case and spaces)",
      { exclusions: [{ item: " research LAB", justification: "Sandbox only" }] },
      {
        exclusions: {
          added: [],
          removed: [],
          changed: [{ item: " research LAB", before: "No production use", after: "Sandbox only" }],
        },
      },
    ],
    [
      "text fields changed",
      { boundaries: "EU and UK operations", reassessBy: null },
      {
        changedFields: [
          { field: "boundaries", before: "EU operations", after: "EU and UK operations" },
          { field: "reassessBy", before: "2027-01-31", after: null },
        ],
      },
    ],
  ] as const)("reports %s", (_label, change, expected) => {
    const d = diffScopes(base, { ...base, ...change });
    expect(d).toMatchObject(expected);
    expect(d.isSame).toBe(false);
  });

  it("is symmetric: swapping the versions swaps added and removed", () => {
    const next = { ...base, businessUnitIds: ["bu-3"], exclusions: [] };
    const forward = diffScopes(base, next);
    const backward = diffScopes(next, base);
    expect(backward.businessUnits).toEqual({
      added: forward.businessUnits.removed,
      removed: forward.businessUnits.added,
    });
    expect(backward.exclusions.added).toEqual(forward.exclusions.removed);
  });
});
