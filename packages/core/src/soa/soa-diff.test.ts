import { describe, expect, it } from "vitest";
import { diffSoa, type SoaComparable } from "./soa-diff.js";

const base: SoaComparable = {
  controlKey: "iso/A.6.2.4",
  controlId: "A.6.2.4",
  title: "Verification and validation",
  applicable: true,
  reasons: [{ kind: "risk_treatment", ref: "RSK-1", label: "Bias", note: "" }],
  exclusionJustification: "",
  implementationStatus: "planned",
  notes: "",
  controls: [{ code: "BIAS-01" }],
};
const other: SoaComparable = { ...base, controlKey: "iso/A.7.4", controlId: "A.7.4", title: "Data quality" };

describe("diffSoa", () => {
  it.each([
    { name: "no change", to: {}, expected: null },
    {
      name: "label or note of a reason refreshed only",
      to: { reasons: [{ kind: "risk_treatment", ref: "RSK-1", label: "Bias (renamed)", note: "x" }] },
      expected: null,
    },
    {
      name: "excluded with a justification",
      to: { applicable: false, exclusionJustification: "no ML in scope" },
      expected: {
        applicable: { from: true, to: false },
        exclusionJustification: { from: "", to: "no ML in scope" },
      },
    },
    {
      name: "a reason replaced",
      to: { reasons: [{ kind: "legal", ref: "eu-ai-act:2024/Art. 9", label: "", note: "" }] },
      expected: {
        applicable: null,
        reasonsAdded: [expect.objectContaining({ ref: "eu-ai-act:2024/Art. 9" })],
        reasonsRemoved: [expect.objectContaining({ ref: "RSK-1" })],
      },
    },
    {
      name: "implementation progressed, notes written",
      to: { implementationStatus: "implemented", notes: "done" },
      expected: {
        implementationStatus: { from: "planned", to: "implemented" },
        notes: { from: "", to: "done" },
      },
    },
    {
      name: "implementing controls changed",
      to: { controls: [{ code: "VAL-02" }, { code: "BIAS-01" }, { code: "A-00" }] },
      expected: { controlsAdded: ["A-00", "VAL-02"], controlsRemoved: [] },
    },
  ])("$name", ({ to, expected }) => {
    const diff = diffSoa([base, other], [{ ...base, ...to } as SoaComparable, other]);
    if (expected === null) expect(diff).toEqual([]);
    else {
      expect(diff).toHaveLength(1);
      expect(diff[0]).toMatchObject({ controlId: "A.6.2.4", ...expected });
    }
  });

  it("reports controls only on one side as decided or undecided", () => {
    const diff = diffSoa([other], [base]);
    expect(diff.map((d) => [d.controlId, d.applicable])).toEqual([
      ["A.6.2.4", { from: null, to: true }],
      ["A.7.4", { from: true, to: null }],
    ]);
  });
});
