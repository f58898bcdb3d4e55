import type { MappingView } from "@openaims/core";
import { describe, expect, it } from "vitest";
import { groupMappingsByFramework } from "./mapping-groups";

function mapping(frameworkRef: string, id: string, relationship: MappingView["relationship"]): MappingView {
  return {
    crosswalk: `a__${frameworkRef}`,
    other: { key: `${frameworkRef}/${id}`, frameworkRef, id, title: id },
    relationship,
    rationale: "because",
    confidence: "high",
    source: "OpenAIMS",
  };
}

describe("groupMappingsByFramework", () => {
  const mappings = [
    mapping("nist-ai-rmf:1.0", "MAP 1.10", "intersects-with"),
    mapping("eu-ai-act:2024", "Art. 15", "intersects-with"),
    mapping("nist-ai-rmf:1.0", "MAP 1.2", "intersects-with"),
    mapping("nist-ai-rmf:1.0", "GOVERN 1.1", "superset-of"),
  ];
  const names: Record<string, string> = { "nist-ai-rmf:1.0": "NIST AI RMF", "eu-ai-act:2024": "EU AI Act" };

  it("groups by the other framework, sorted by its name", () => {
    const groups = groupMappingsByFramework(mappings, (ref) => names[ref] ?? ref);
    expect(groups.map((g) => g.label)).toEqual(["EU AI Act", "NIST AI RMF"]);
    expect(groups[1]?.frameworkRef).toBe("nist-ai-rmf:1.0");
  });

  it("lists stronger relationships first, then ids in natural order", () => {
    const nist = groupMappingsByFramework(mappings).find((g) => g.frameworkRef === "nist-ai-rmf:1.0");
    expect(nist?.mappings.map((m) => m.other.id)).toEqual(["GOVERN 1.1", "MAP 1.2", "MAP 1.10"]);
  });

  it("is empty without mappings", () => {
    expect(groupMappingsByFramework([])).toEqual([]);
  });
});
