import { describe, expect, it } from "vitest";
import {
  buildAdjacency,
  computeCoverage,
  controlContribution,
  explainSource,
  propagatedStrength,
  scoreFrameworks,
  sortSources,
  type CoverageControl,
  type CoverageEdge,
  type CoverageRequirement,
} from "./coverage.js";

const req = (key: string, assessable = true): CoverageRequirement => ({
  key,
  frameworkRef: key.split("/")[0]!,
  assessable,
});
const requirements = ["iso:1/A", "iso:1/B", "nist:1/X", "nist:1/Y", "eu:1/P", "eu:1/Q", "gdpr:1/G"].map((k) =>
  req(k),
);
const edges: CoverageEdge[] = [
  { from: "nist:1/X", to: "iso:1/A", relationship: "subset-of", crosswalk: "nist→iso" },
  { from: "iso:1/A", to: "eu:1/P", relationship: "equivalent-to", crosswalk: "iso→eu" },
  { from: "iso:1/B", to: "eu:1/Q", relationship: "intersects-with", crosswalk: "iso→eu" },
  { from: "nist:1/Y", to: "iso:1/B", relationship: "no-relationship", crosswalk: "nist→iso" },
  { from: "eu:1/P", to: "gdpr:1/G", relationship: "superset-of", crosswalk: "eu→gdpr" },
];
const control = (status: CoverageControl["status"], links: CoverageControl["links"]): CoverageControl => ({
  id: "c1",
  code: "AIC-1",
  title: "Risk process",
  status,
  links,
});
const run = (controls: CoverageControl[]) => computeCoverage(requirements, buildAdjacency(edges), controls);

describe("propagation rules", () => {
  it.each([
    ["equivalent-to", "full"],
    ["superset-of", "full"],
    ["subset-of", "partial"],
    ["intersects-with", "partial"],
    ["no-relationship", null],
  ] as const)("%s propagates %s", (rel, s) => expect(propagatedStrength(rel)).toBe(s));

  it.each([
    ["implemented", "full", "full"],
    ["implemented", "partial", "partial"],
    ["partial", "full", "partial"],
    ["planned", "full", null],
    ["not_started", "full", null],
    ["not_applicable", "full", null],
  ] as const)("a %s control with a %s link contributes %s", (status, link, s) =>
    expect(controlContribution(status, link)).toBe(s),
  );
});

describe("computeCoverage", () => {
  it("covers the linked requirement and propagates with explanations, at most two hops", () => {
    const cov = run([control("implemented", [{ requirementKey: "iso:1/A", coverage: "full" }])]);
    expect(cov.get("iso:1/A")!.status).toBe("full");
    // X subset-of A: A covered fully means X is covered fully (A superset-of X).
    expect(cov.get("nist:1/X")!.status).toBe("full");
    expect(cov.get("nist:1/X")!.sources[0]!.path).toEqual([
      { from: "iso:1/A", to: "nist:1/X", relationship: "superset-of", crosswalk: "nist→iso" },
    ]);
    expect(cov.get("eu:1/P")!.status).toBe("full");
    // Two hops: A → P → G (P superset-of G) is full.
    expect(cov.get("gdpr:1/G")!.status).toBe("full");
    expect(cov.get("gdpr:1/G")!.sources[0]!.path).toHaveLength(2);
    expect(cov.get("iso:1/B")!.status).toBe("none");
  });

  it("never goes beyond two hops", () => {
    const cov = run([control("implemented", [{ requirementKey: "nist:1/X", coverage: "full" }])]);
    expect(cov.get("iso:1/A")!.status).toBe("partial"); // X subset-of A
    expect(cov.get("eu:1/P")!.status).toBe("partial"); // weakest link
    expect(cov.get("gdpr:1/G")!.status).toBe("none"); // three hops away
  });

  it("takes the weakest link along a path and the strongest path overall", () => {
    const cov = run([
      control("implemented", [{ requirementKey: "iso:1/B", coverage: "full" }]),
      {
        ...control("implemented", [{ requirementKey: "eu:1/Q", coverage: "full" }]),
        id: "c2",
        code: "AIC-2",
      },
    ]);
    const q = cov.get("eu:1/Q")!;
    expect(q.status).toBe("full");
    expect(sortSources(q.sources).map((s) => s.strength)).toEqual(["full", "partial"]);
    expect(cov.get("nist:1/Y")!.status).toBe("none"); // no-relationship never propagates
  });

  it("covers nothing when the control is not implemented, and reverts when it stops being implemented", () => {
    const links = [{ requirementKey: "iso:1/A", coverage: "full" as const }];
    expect([...run([control("implemented", links)]).values()].filter((c) => c.status !== "none").length).toBe(
      4,
    );
    expect([...run([control("planned", links)]).values()].every((c) => c.status === "none")).toBe(true);
  });

  it("gives the same statuses without explanations", () => {
    const controls = [
      control("implemented", [{ requirementKey: "iso:1/A", coverage: "full" }]),
      { ...control("partial", [{ requirementKey: "iso:1/B", coverage: "full" }]), id: "c2" },
    ];
    const full = run(controls);
    const fast = computeCoverage(requirements, buildAdjacency(edges), controls, { explain: false });
    for (const [key, c] of full) expect(fast.get(key)!.status, key).toBe(c.status);
    expect([...fast.values()].every((c) => c.sources.length === 0)).toBe(true);
  });

  it("ignores links to unknown requirements", () => {
    const cov = run([control("implemented", [{ requirementKey: "iso:1/ZZZ", coverage: "full" }])]);
    expect([...cov.values()].every((c) => c.status === "none")).toBe(true);
  });
});

describe("scores and explanations", () => {
  it("scores assessable requirements per framework", () => {
    const reqs = [...requirements, req("iso:1/group", false)];
    const cov = computeCoverage(reqs, buildAdjacency(edges), [
      control("implemented", [{ requirementKey: "iso:1/A", coverage: "full" }]),
    ]);
    const iso = scoreFrameworks(reqs, cov).find((s) => s.frameworkRef === "iso:1")!;
    expect(iso).toMatchObject({ assessable: 2, full: 1, partial: 0, none: 1, fullShare: 0.5 });
  });
  it("explains a propagated source in words", () => {
    const cov = run([control("implemented", [{ requirementKey: "iso:1/A", coverage: "full" }])]);
    expect(explainSource(cov.get("gdpr:1/G")!.sources[0]!)).toBe(
      "AIC-1 Risk process (full link to iso:1/A) → via iso:1/A equivalent-to eu:1/P; eu:1/P superset-of gdpr:1/G → full (no evidence linked)",
    );
  });
});
