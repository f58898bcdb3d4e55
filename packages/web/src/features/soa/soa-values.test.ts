import { describe, expect, it } from "vitest";
import type { SoaEntryView } from "@openaims/core";
import {
  changeLines,
  changesOf,
  entryFormErrors,
  evidenceDetail,
  evidenceTally,
  formOf,
  shortRef,
  withProposal,
} from "./soa-values";

const entry: SoaEntryView = {
  controlKey: "iso-iec-42001:2023/A.6.2.4",
  controlId: "A.6.2.4",
  title: "AI system verification and validation",
  theme: "A.6",
  themeTitle: "AI system life cycle",
  applicable: true,
  decisionSource: "derived",
  reasons: [{ kind: "risk_treatment", ref: "RSK-1", label: "Bias", note: "" }],
  exclusionJustification: "",
  implementationStatus: "planned",
  notes: "",
  controls: [],
  risks: [],
  riskCount: 0,
  evidence: [],
  proposal: null,
  version: 3,
  updatedAt: null,
  updatedBy: null,
};

describe("entryFormErrors", () => {
  it.each([
    [{ applicability: "undecided" }, {}],
    [{ applicability: "applicable" }, {}],
    [{ applicability: "applicable", reasons: [] }, { reasons: expect.stringMatching(/reason/) }],
    [{ applicability: "excluded" }, { exclusionJustification: expect.stringMatching(/excluded/) }],
    [{ applicability: "excluded", exclusionJustification: "vendor validates" }, {}],
  ] as const)("%j -> %j", (change, expected) => {
    const form = {
      ...formOf(entry),
      ...change,
      reasons: [...("reasons" in change ? change.reasons : entry.reasons)],
    };
    expect(entryFormErrors(entry, form as ReturnType<typeof formOf>)).toEqual(expected);
  });
});

describe("changesOf", () => {
  it("sends only what changed, so a note alone stays a note", () => {
    expect(changesOf(entry, { ...formOf(entry), notes: "tested in CI" })).toEqual({
      version: 3,
      notes: "tested in CI",
    });
    expect(
      changesOf(entry, { ...formOf(entry), applicability: "excluded", exclusionJustification: "x" }),
    ).toEqual({ version: 3, applicable: false, exclusionJustification: "x" });
  });
});

describe("withProposal", () => {
  it("includes the control and adds the reasons not yet cited", () => {
    const f = withProposal(
      { ...formOf(entry), applicability: "excluded" },
      {
        applicable: true,
        reasons: [
          { kind: "risk_treatment", ref: "RSK-1", label: "Bias", note: "" },
          { kind: "legal", ref: "eu-ai-act:2024/Art. 9", label: "EU AI Act Art. 9", note: "" },
        ],
        missingReasons: [],
        message: "",
      },
    );
    expect(f.applicability).toBe("applicable");
    expect(f.reasons.map((r) => r.ref)).toEqual(["RSK-1", "eu-ai-act:2024/Art. 9"]);
  });
});

describe("shortRef", () => {
  it.each([
    ["eu-ai-act:2024/Art. 9", "Art. 9"],
    ["colorado-ai-act:sb24-205/6-1-1703(3)(a)", "6-1-1703(3)(a)"],
    ["RSK-12", "RSK-12"],
    ["customer contract / SLA", "customer contract / SLA"],
  ])("%s -> %s", (ref, expected) => expect(shortRef(ref)).toBe(expected));
});

describe("changeLines", () => {
  it("says each change of a control in words", () => {
    expect(
      changeLines({
        controlKey: "k",
        controlId: "A.6.2.4",
        title: "V&V",
        applicable: { from: null, to: false },
        reasonsAdded: [{ kind: "legal", ref: "eu-ai-act:2024/Art. 9", label: "", note: "" }],
        reasonsRemoved: [],
        exclusionJustification: { from: "", to: "vendor validates" },
        implementationStatus: { from: "not_started", to: "implemented" },
        notes: null,
        controlsAdded: [],
        controlsRemoved: ["VAL-01"],
      }),
    ).toEqual([
      "Applicability: Undecided → Excluded",
      "Reason added: Legal requirement Art. 9",
      "Exclusion justification: “—” → “vendor validates”",
      "Implementation: not started → implemented",
      "Controls removed: VAL-01",
    ]);
  });
});

describe("evidence of an entry", () => {
  const item = (over: Partial<SoaEntryView["evidence"][number]>): SoaEntryView["evidence"][number] => ({
    id: "00000000-0000-4000-8000-000000000001",
    key: "EV-3",
    title: "Bias test report",
    state: "expired",
    effectiveOn: "2026-01-01",
    validUntil: "2026-11-30",
    direct: false,
    controls: ["CTL-3"],
    ...over,
  });
  it("says the dates and where it is linked", () => {
    expect(evidenceDetail(item({}), "A.6.2.4")).toBe("valid until 2026-11-30 · linked to CTL-3");
    expect(evidenceDetail(item({ direct: true, controls: ["CTL-3", "CTL-4"] }), "A.6.2.4")).toBe(
      "valid until 2026-11-30 · linked to A.6.2.4, CTL-3, CTL-4",
    );
    expect(
      evidenceDetail(
        item({ state: "not_yet_effective", effectiveOn: "2027-03-01", validUntil: null }),
        "A.6.2.4",
      ),
    ).toBe("effective from 2027-03-01 · linked to CTL-3");
    expect(evidenceDetail(item({ state: "current", validUntil: null }), "A.6.2.4")).toBe(
      "no expiry · linked to CTL-3",
    );
  });
  it("counts expiring evidence as counting, expired and future evidence as stale", () => {
    expect(
      evidenceTally([
        item({ state: "current" }),
        item({ state: "expiring" }),
        item({ state: "expired" }),
        item({ state: "not_yet_effective" }),
      ]),
    ).toEqual({ counting: 2, stale: 2 });
  });
});
