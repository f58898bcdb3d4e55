import type { CampaignComparison } from "@openaims/core";
import { describe, expect, it } from "vitest";
import { comparisonTable, parseIds } from "./compare-table";

const ID = (n: number) => `00000000-0000-4000-8000-00000000000${n}`;

const comparison: CampaignComparison = {
  sections: [
    { id: "gov", title: "Governance" },
    { id: "data", title: "Data protection" },
  ],
  vendors: [
    {
      vendor: { id: ID(1), key: "VEN-1", name: "Acme", riskRating: "low" },
      campaign: { id: ID(5), key: "VQ-1", templateName: "AI vendor", reviewedAt: "2026-01-02T10:00:00.000Z" },
      score: 85,
      rating: "low",
      sectionScores: [90, null],
    },
    {
      vendor: { id: ID(2), key: "VEN-2", name: "Beta", riskRating: null },
      campaign: null,
      score: null,
      rating: null,
      sectionScores: [null, null],
    },
  ],
};

describe("comparisonTable", () => {
  const { columns, rows } = comparisonTable(comparison);

  it("keeps the vendors as columns in order and marks who was assessed", () => {
    expect(columns.map((c) => [c.vendor.key, c.assessed])).toEqual([
      ["VEN-1", true],
      ["VEN-2", false],
    ]);
  });

  it("has overall score, rating, then one row per section", () => {
    expect(rows.map((r) => r.label)).toEqual([
      "Overall score",
      "Questionnaire rating",
      "Governance",
      "Data protection",
    ]);
  });

  it("colours scores by band, tells a section not asked apart from a vendor not assessed", () => {
    expect(rows[0]!.cells).toEqual([{ kind: "score", score: 85, color: "green" }, { kind: "not_assessed" }]);
    expect(rows[1]!.cells).toEqual([{ kind: "rating", rating: "low" }, { kind: "not_assessed" }]);
    expect(rows[2]!.cells).toEqual([{ kind: "score", score: 90, color: "green" }, { kind: "not_assessed" }]);
    expect(rows[3]!.cells).toEqual([{ kind: "not_asked" }, { kind: "not_assessed" }]);
  });
});

describe("parseIds", () => {
  it("drops blanks and repeats and keeps at most ten", () => {
    expect(parseIds(null)).toEqual([]);
    expect(parseIds(" a, b,,a ,")).toEqual(["a", "b"]);
    expect(parseIds(Array.from({ length: 12 }, (_, i) => `v${i}`).join(","))).toHaveLength(10);
  });
});
