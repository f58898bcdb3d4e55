import { describe, expect, it } from "vitest";
import {
  frameworkRefOf,
  parseFrameworkRef,
  parseRequirementKey,
  requirementKey,
  type Crosswalk,
  type Framework,
  type Relationship,
  type Requirement,
} from "./catalog-schema.js";
import {
  findTextProblems,
  formatPath,
  inverseRelationship,
  invertCrosswalk,
  textProblem,
  validateCrosswalk,
  validateCrosswalkSet,
  validateFramework,
} from "./validate-catalog.js";

function req(
  id: string,
  parent: string | null,
  sortOrder: number,
  extra: Partial<Requirement> = {},
): Requirement {
  return {
    id,
    title: `Title ${id}`,
    summary: `Summary of ${id}.`,
    kind: parent === null ? "topic" : "control",
    assessable: parent !== null,
    parent,
    tags: {},
    sortOrder,
    ...extra,
  };
}

function framework(requirements: Requirement[], extra: Partial<Framework> = {}): Framework {
  return {
    id: "demo-standard",
    version: "2024",
    name: "Demo standard",
    publisher: "Demo body",
    kind: "standard",
    url: "https://example.org/demo",
    sources: ["unit test"],
    requirements,
    ...extra,
  };
}

const base = framework([req("A", null, 0), req("A.1", "A", 1), req("A.2", "A", 2)]);
const other = framework([req("X", null, 0), req("X.1", "X", 1)], { id: "other-law", version: "1.0" });

function crosswalk(entries: Crosswalk["entries"], extra: Partial<Crosswalk> = {}): Crosswalk {
  return { from: "demo-standard:2024", to: "other-law:1.0", entries, ...extra };
}

function entry(
  from: string,
  to: string,
  relationship: Relationship = "intersects-with",
): Crosswalk["entries"][number] {
  return { from, to, relationship, rationale: "Both ask for it.", confidence: "medium", source: "OpenAIMS" };
}

describe("validateFramework", () => {
  const cases: { name: string; input: unknown; problems: { path: string; match: RegExp }[] }[] = [
    { name: "a well-formed tree", input: base, problems: [] },
    {
      name: "a duplicate id",
      input: framework([req("A", null, 0), req("A.1", "A", 1), req("A.1", "A", 2)]),
      problems: [{ path: "requirements[2].id", match: /duplicate id "A\.1"/ }],
    },
    {
      name: "a missing parent",
      input: framework([req("A", null, 0), req("A.1", "B", 1)]),
      problems: [{ path: "requirements[1].parent", match: /parent "B" of "A\.1" does not exist/ }],
    },
    {
      name: "a two-node cycle",
      input: framework([req("A", "B", 0), req("B", "A", 1)]),
      problems: [{ path: "requirements[0].parent", match: /parent cycle: A -> B -> A/ }],
    },
    {
      name: "a requirement that is its own parent",
      input: framework([req("A", "A", 0)]),
      problems: [{ path: "requirements[0].parent", match: /parent cycle: A -> A/ }],
    },
    {
      name: "a control character in a summary",
      input: framework([req("A", null, 0, { summary: "bad\u0007bell" })]),
      problems: [{ path: "requirements[0].summary", match: /control character U\+0007/ }],
    },
    {
      name: "a line break in a title",
      input: framework([req("A", null, 0, { title: "two\nlines" })]),
      problems: [{ path: "requirements[0].title", match: /control character U\+000A/ }],
    },
    {
      name: "an unpaired surrogate",
      input: framework([req("A", null, 0, { title: "broken \ud800 text" })]),
      problems: [{ path: "requirements[0].title", match: /unpaired surrogate/ }],
    },
    {
      name: "a replacement character from a bad decode",
      input: framework([req("A", null, 0, { title: "caf\ufffd" })]),
      problems: [{ path: "requirements[0].title", match: /U\+FFFD/ }],
    },
    {
      name: "an unknown requirement kind",
      input: framework([req("A", null, 0, { kind: "paragraph" as Requirement["kind"] })]),
      problems: [{ path: "requirements[0].kind", match: /./ }],
    },
    {
      name: "an unknown role",
      input: framework([req("A", null, 0, { tags: { roles: ["operator" as "provider"] } })]),
      problems: [{ path: "requirements[0].tags.roles[0]", match: /./ }],
    },
    {
      name: "an unexpected property (typo)",
      input: framework([{ ...req("A", null, 0), parnet: null } as Requirement]),
      problems: [{ path: "requirements[0]", match: /parnet/ }],
    },
    {
      name: "a malformed framework id",
      input: framework([req("A", null, 0)], { id: "ISO 42001" }),
      problems: [{ path: "id", match: /kebab/ }],
    },
    {
      name: "an empty summary",
      input: framework([req("A", null, 0, { summary: "  " })]),
      problems: [{ path: "requirements[0].summary", match: /./ }],
    },
    {
      name: "a duplicate sort order",
      input: framework([req("A", null, 0), req("A.1", "A", 0)]),
      problems: [{ path: "requirements[1].sortOrder", match: /already used by "A"/ }],
    },
    {
      name: "a related id that does not exist",
      input: framework([req("A", null, 0, { tags: { related: ["Z"] } })]),
      problems: [{ path: "requirements[0].tags.related[0]", match: /"Z" does not exist/ }],
    },
    {
      name: "an assessable reference item",
      input: framework([req("A", null, 0), req("A.x", "A", 1, { kind: "reference", assessable: true })]),
      problems: [{ path: "requirements[1].assessable", match: /cannot be assessable/ }],
    },
    {
      name: "an end date before the start date",
      input: framework([req("A", null, 0)], { effectiveFrom: "2026-06-30", effectiveTo: "2026-01-01" }),
      problems: [{ path: "effectiveTo", match: /before effectiveFrom/ }],
    },
    {
      name: "an impossible calendar date",
      input: framework([req("A", null, 0, { effectiveFrom: "2025-02-30" })]),
      problems: [{ path: "requirements[0].effectiveFrom", match: /./ }],
    },
  ];

  it.each(cases)("reports $name", ({ input, problems }) => {
    const result = validateFramework(input);
    expect(result.ok).toBe(problems.length === 0);
    expect(result.problems).toHaveLength(problems.length);
    problems.forEach((expected, i) => {
      expect(result.problems[i]?.path).toBe(expected.path);
      expect(result.problems[i]?.message).toMatch(expected.match);
    });
  });

  it("returns the parsed framework when the shape is valid", () => {
    expect(validateFramework(base).value?.requirements).toHaveLength(3);
  });

  it("rejects something that is not a framework at all", () => {
    const result = validateFramework("not a framework");
    expect(result.ok).toBe(false);
    expect(result.problems[0]?.path).toBe("(root)");
  });
});

describe("validateCrosswalk", () => {
  const cases: { name: string; input: unknown; problems: { path: string; match: RegExp }[] }[] = [
    {
      name: "a valid crosswalk",
      input: crosswalk([entry("A.1", "X.1"), entry("A.2", "X.1", "subset-of")]),
      problems: [],
    },
    {
      name: "a dangling from end",
      input: crosswalk([entry("A.9", "X.1")]),
      problems: [{ path: "entries[0].from", match: /"A\.9" is not a requirement of demo-standard:2024/ }],
    },
    {
      name: "a dangling to end",
      input: crosswalk([entry("A.1", "X.9")]),
      problems: [{ path: "entries[0].to", match: /"X\.9" is not a requirement of other-law:1\.0/ }],
    },
    {
      name: "a duplicate pair",
      input: crosswalk([entry("A.1", "X.1"), entry("A.1", "X.1", "subset-of")]),
      problems: [{ path: "entries[1]", match: /duplicate pair A\.1 -> X\.1 \(first at entries\[0\]\)/ }],
    },
    {
      name: "a framework reference that does not match",
      input: crosswalk([], { to: "other-law:2.0" }),
      problems: [{ path: "to", match: /expected "other-law:1\.0"/ }],
    },
    {
      name: "an empty rationale",
      input: crosswalk([{ ...entry("A.1", "X.1"), rationale: " " }]),
      problems: [{ path: "entries[0].rationale", match: /./ }],
    },
    {
      name: "an unknown relationship",
      input: crosswalk([{ ...entry("A.1", "X.1"), relationship: "related" as Relationship }]),
      problems: [{ path: "entries[0].relationship", match: /./ }],
    },
    {
      name: "a malformed framework reference",
      input: crosswalk([], { from: "demo-standard" }),
      problems: [{ path: "from", match: /<frameworkId>:<version>/ }],
    },
  ];

  it.each(cases)("reports $name", ({ input, problems }) => {
    const result = validateCrosswalk(input, base, other);
    expect(result.ok).toBe(problems.length === 0);
    expect(result.problems.map((p) => p.path)).toEqual(problems.map((p) => p.path));
    problems.forEach((expected, i) => expect(result.problems[i]?.message).toMatch(expected.match));
  });

  it("checks inverse relationships inside a single-framework crosswalk", () => {
    const inside = crosswalk([entry("A.1", "A.2", "subset-of"), entry("A.2", "A.1", "subset-of")], {
      to: "demo-standard:2024",
    });
    const result = validateCrosswalk(inside, base, base);
    expect(result.ok).toBe(false);
    expect(result.problems).toEqual([
      { path: "entries[1].relationship", message: "subset-of is not the inverse of subset-of at entries[0]" },
    ]);
  });
});

describe("inverseRelationship", () => {
  it.each<[Relationship, Relationship]>([
    ["subset-of", "superset-of"],
    ["superset-of", "subset-of"],
    ["equivalent-to", "equivalent-to"],
    ["intersects-with", "intersects-with"],
    ["no-relationship", "no-relationship"],
  ])("%s reads back as %s", (relationship, inverse) => {
    expect(inverseRelationship(relationship)).toBe(inverse);
    expect(inverseRelationship(inverseRelationship(relationship))).toBe(relationship);
  });

  it("inverts a whole crosswalk", () => {
    const inverted = invertCrosswalk(crosswalk([entry("A.1", "X.1", "subset-of")]));
    expect(inverted.from).toBe("other-law:1.0");
    expect(inverted.entries[0]).toMatchObject({ from: "X.1", to: "A.1", relationship: "superset-of" });
    expect(validateCrosswalk(inverted, other, base).ok).toBe(true);
  });
});

describe("validateCrosswalkSet", () => {
  const forward = crosswalk([entry("A.1", "X.1", "subset-of")]);

  it.each([
    { name: "consistent opposite files", reverse: "superset-of" as Relationship, ok: true },
    { name: "contradicting opposite files", reverse: "subset-of" as Relationship, ok: false },
  ])("accepts or rejects $name", ({ reverse, ok }) => {
    const backward: Crosswalk = {
      from: "other-law:1.0",
      to: "demo-standard:2024",
      entries: [entry("X.1", "A.1", reverse)],
    };
    const result = validateCrosswalkSet([forward, backward]);
    expect(result.ok).toBe(ok);
    if (!ok) expect(result.problems[0]?.path).toBe("crosswalks[1].entries[0].relationship");
  });

  it("rejects two files for the same direction", () => {
    const result = validateCrosswalkSet([forward, forward]);
    expect(result.problems).toEqual([
      { path: "crosswalks[1]", message: expect.stringMatching(/second crosswalk/) as unknown as string },
    ]);
  });
});

describe("keys and references", () => {
  it.each([
    ["iso-iec-42001:2023/A.6.2.4", { frameworkRef: "iso-iec-42001:2023", requirementId: "A.6.2.4" }],
    ["nist-ai-rmf:1.0/GOVERN 1.1", { frameworkRef: "nist-ai-rmf:1.0", requirementId: "GOVERN 1.1" }],
    [
      "colorado-ai-act:sb24-205/6-1-1703(3)",
      { frameworkRef: "colorado-ai-act:sb24-205", requirementId: "6-1-1703(3)" },
    ],
    ["iso-iec-42001/A.6.2.4", null],
    ["iso-iec-42001:2023", null],
    ["iso-iec-42001:2023/", null],
  ])("parses %s", (key, expected) => {
    expect(parseRequirementKey(key)).toEqual(expected);
  });

  it("round-trips a key and a framework reference", () => {
    const ref = frameworkRefOf({ id: "eu-ai-act", version: "2024" });
    expect(ref).toBe("eu-ai-act:2024");
    expect(parseFrameworkRef(ref)).toEqual({ id: "eu-ai-act", version: "2024" });
    expect(parseRequirementKey(requirementKey(ref, "Art. 27"))).toEqual({
      frameworkRef: ref,
      requirementId: "Art. 27",
    });
  });
});

describe("text checks", () => {
  it.each([
    ["plain text — with dashes, accents é and emoji 🙂", null],
    ["tab\there", /U\+0009/],
    ["C1 \u0085 next line", /U\+0085/],
    ["separator \u2028", /separator/],
    ["\ufeffBOM", /byte-order mark/],
    ["low \udc00 surrogate", /unpaired surrogate/],
  ])("judges %j", (value, expected) => {
    const message = textProblem(value);
    if (expected === null) expect(message).toBeNull();
    else expect(message).toMatch(expected);
  });

  it("walks nested values and formats paths", () => {
    expect(findTextProblems({ a: [{ b: "ok" }, { b: "x\u0000" }] })).toEqual([
      { path: "a[1].b", message: "control character U+0000 at position 1" },
    ]);
    expect(formatPath([])).toBe("(root)");
  });
});
