import { RELATIONSHIPS } from "@openaims/core";
import { describe, expect, it } from "vitest";
import { RELATIONSHIP_INFO, RELATIONSHIP_ORDER, coverageEffect, isRelationship } from "./relationships";

describe("relationships", () => {
  it("describes every relationship of the core, once", () => {
    expect([...RELATIONSHIP_ORDER].sort()).toEqual([...RELATIONSHIPS].sort());
    for (const r of RELATIONSHIPS) expect(RELATIONSHIP_INFO[r].words).toMatch(/\.$/);
  });

  it.each([
    ["equivalent-to", "covering A covers B fully"],
    ["superset-of", "covering A covers B fully"],
    ["subset-of", "covering A covers B partially"],
    ["intersects-with", "covering A covers B partially"],
    ["no-relationship", "covering A does nothing for B"],
  ] as const)("%s: %s (from the core's rule)", (relationship, effect) => {
    expect(coverageEffect(relationship)).toBe(effect);
  });

  it("recognizes relationship names in URLs", () => {
    expect(isRelationship("subset-of")).toBe(true);
    expect(isRelationship("subset")).toBe(false);
  });
});
