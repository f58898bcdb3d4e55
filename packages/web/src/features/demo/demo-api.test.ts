import { describe, expect, it } from "vitest";
import { demoSummary } from "./demo-api";

const none = {
  businessUnits: 0,
  aiSystems: 0,
  controls: 0,
  risks: 0,
  evidence: 0,
  vendors: 0,
  documents: 0,
};

describe("demoSummary", () => {
  it("lists every kind with records, singular for one, with 'and' before the last", () => {
    expect(
      demoSummary({
        businessUnits: 5,
        aiSystems: 12,
        controls: 12,
        risks: 12,
        evidence: 8,
        vendors: 5,
        documents: 3,
      }),
    ).toBe(
      "5 business units, 12 AI systems, 12 risks, 12 controls, 8 evidence items, 5 vendors and 3 draft documents",
    );
    expect(demoSummary({ ...none, aiSystems: 1, vendors: 2 })).toBe("1 AI system and 2 vendors");
    expect(demoSummary({ ...none, evidence: 1 })).toBe("1 evidence item");
    expect(demoSummary(none)).toBe("no records");
  });
});
