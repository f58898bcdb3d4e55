import { describe, expect, it } from "vitest";
import { matchesSoaFilter, soaProblems, soaSummary, type SoaCheckedEntry } from "./soa-checks.js";
import { annexAThemeOf } from "./soa-types.js";

const e = (over: Partial<SoaCheckedEntry>): SoaCheckedEntry => ({
  controlKey: "k",
  controlId: "A.2.2",
  applicable: null,
  reasons: [],
  exclusionJustification: "",
  implementationStatus: "not_started",
  ...over,
});
const risk = [{ kind: "risk_treatment" as const, ref: "RSK-1" }];

describe("soaProblems", () => {
  it.each([
    ["undecided", e({}), "undecided"],
    ["excluded without a justification", e({ applicable: false }), "excluded_without_justification"],
    [
      "excluded with blanks only",
      e({ applicable: false, exclusionJustification: "  \n" }),
      "excluded_without_justification",
    ],
    ["excluded with a justification", e({ applicable: false, exclusionJustification: "no suppliers" }), null],
    ["applicable without a reason", e({ applicable: true }), "applicable_without_reason"],
    ["applicable with a reason", e({ applicable: true, reasons: risk }), null],
    [
      "applicable, stale exclusion text ignored",
      e({ applicable: true, reasons: risk, exclusionJustification: "x" }),
      null,
    ],
  ] as const)("%s", (_name, entry, code) => {
    const problems = soaProblems([entry]);
    expect(problems.map((p) => p.code)).toEqual(code ? [code] : []);
    if (code) expect(problems[0]!.message).toMatch(/^A\.2\.2: /);
  });
});

describe("soaSummary", () => {
  it("counts each state once", () => {
    expect(
      soaSummary([
        e({ applicable: true, reasons: risk, implementationStatus: "implemented" }),
        e({ applicable: true, reasons: risk, implementationStatus: "partial" }),
        e({ applicable: true }),
        e({ applicable: false, exclusionJustification: "not used" }),
        e({ applicable: false }),
        e({ applicable: false, implementationStatus: "implemented" }),
        e({}),
      ]),
    ).toEqual({
      total: 7,
      applicable: 3,
      excluded: 3,
      undecided: 1,
      implemented: 1,
      excludedWithoutJustification: 2,
      applicableWithoutReason: 1,
    });
  });
});

describe("annexAThemeOf", () => {
  it.each([
    ["A.2.2", "A.2"],
    ["A.6.1.2", "A.6"],
    ["A.6.2.4", "A.6"],
    ["A.10.4", "A.10"],
  ])("%s -> %s", (id, theme) => expect(annexAThemeOf(id)).toBe(theme));
});

describe("matchesSoaFilter", () => {
  const row = {
    controlId: "A.6.2.4",
    title: "AI system verification and validation",
    theme: "A.6",
    applicable: true,
    implementationStatus: "planned" as const,
    reasons: [{ kind: "risk_treatment" as const, ref: "RSK-12", label: "Biased ranking", note: "" }],
    notes: "",
    exclusionJustification: "",
  };
  it.each([
    [{}, true],
    [{ theme: "A.6" }, true],
    [{ theme: "A.7" }, false],
    [{ applicable: "true" }, true],
    [{ applicable: "false" }, false],
    [{ applicable: "undecided" }, false],
    [{ status: "planned" }, true],
    [{ status: "implemented" }, false],
    [{ reasonKind: "risk_treatment" }, true],
    [{ reasonKind: "legal" }, false],
    [{ q: "VALIDATION" }, true],
    [{ q: "rsk-12" }, true],
    [{ q: "biased" }, true],
    [{ q: "supplier" }, false],
  ] as const)("%j -> %s", (filter, expected) => {
    expect(matchesSoaFilter(row, filter)).toBe(expected);
  });
  it("finds undecided and excluded rows", () => {
    expect(matchesSoaFilter({ ...row, applicable: null }, { applicable: "undecided" })).toBe(true);
    expect(matchesSoaFilter({ ...row, applicable: false }, { applicable: "false" })).toBe(true);
  });
});
