import { describe, expect, it } from "vitest";
import { changeSentences, diffClassifications, historyWithChanges } from "./classification-diff";
import type { ClassificationHistoryEntry, ClassificationResult } from "./inventory-api";

const finding = (code: string, conclusion = code) => ({ code, conclusion, reason: "r", provision: "p" });

const minimal: ClassificationResult = {
  rulesVersion: "1.0.0",
  asOf: "2026-11-01",
  euRiskClass: "minimal-risk",
  euRoles: ["deployer"],
  frameworks: [
    {
      frameworkRef: "iso-iec-42001:2023",
      roles: [],
      riskClass: null,
      obligations: ["iso/8.2"],
      findings: [],
    },
    {
      frameworkRef: "eu-ai-act:2024",
      roles: ["deployer"],
      riskClass: "minimal-risk",
      obligations: ["eu/Art. 4"],
      findings: [finding("eu.scope"), finding("eu.risk_class", "EU risk class: minimal-risk")],
    },
  ],
  notes: [finding("eu.annex_iii.check.employment", "Check Annex III point 4")],
};

const high: ClassificationResult = {
  ...minimal,
  asOf: "2026-11-02",
  euRiskClass: "high-risk",
  frameworks: [
    minimal.frameworks[0]!,
    {
      ...minimal.frameworks[1]!,
      riskClass: "high-risk",
      obligations: ["eu/Art. 4", "eu/Art. 26(1)"],
      findings: [
        finding("eu.scope"),
        finding("eu.high_risk.annex_iii.employment", "High-risk: Annex III point 4"),
        finding("eu.risk_class", "EU risk class: high-risk"),
      ],
    },
    {
      frameworkRef: "gdpr:2016",
      roles: ["controller"],
      riskClass: null,
      obligations: ["gdpr/Art. 35"],
      findings: [],
    },
  ],
  notes: [],
};

describe("diffClassifications", () => {
  it("lists what changed from one result to the next", () => {
    const diff = diffClassifications(minimal, high);
    expect(diff.riskClass).toEqual({ before: "minimal-risk", after: "high-risk" });
    expect(diff.frameworks).toEqual({ added: ["gdpr:2016"], removed: [] });
    expect(diff.obligations).toEqual({ added: ["eu/Art. 26(1)", "gdpr/Art. 35"], removed: [] });
    expect(diff.findings.added.map((f) => f.code)).toEqual(["eu.high_risk.annex_iii.employment"]);
    expect(diff.findings.removed.map((f) => f.code)).toEqual(["eu.annex_iii.check.employment"]);
    expect(diff.euRoles).toEqual({ added: [], removed: [] });
    expect(diff.rulesVersion).toBeNull();
    expect(diff.isSame).toBe(false);
  });

  it("says when nothing but the date changed", () => {
    expect(diffClassifications(minimal, { ...minimal, asOf: "2027-01-01" }).isSame).toBe(true);
    expect(diffClassifications(minimal, { ...minimal, rulesVersion: "1.1.0" }).isSame).toBe(false);
  });

  it("writes the changes as sentences, with framework names", () => {
    const sentences = changeSentences(diffClassifications(minimal, high), (ref) =>
      ref.split(":")[0]!.toUpperCase(),
    );
    expect(sentences).toEqual([
      "EU risk class: minimal-risk → high-risk",
      "Now applies: GDPR",
      "Obligations: 2 added, 0 removed",
      "New finding: High-risk: Annex III point 4",
      "Finding dropped: Check Annex III point 4",
    ]);
  });
});

describe("historyWithChanges", () => {
  it("compares each entry with the one before it (entries newest first)", () => {
    const entry = (id: string, result: ClassificationResult): ClassificationHistoryEntry => ({
      id,
      at: `2026-11-0${id}T00:00:00.000Z`,
      rulesVersion: result.rulesVersion,
      euRiskClass: result.euRiskClass,
      trigger: "profile changed",
      result,
    });
    const rows = historyWithChanges([entry("2", high), entry("1", minimal)]);
    expect(rows[0]!.changes?.riskClass?.after).toBe("high-risk");
    expect(rows[1]!.changes).toBeNull();
  });
});
