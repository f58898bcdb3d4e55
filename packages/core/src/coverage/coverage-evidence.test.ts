import { describe, expect, it } from "vitest";
import {
  buildAdjacency,
  computeCoverage,
  evidencedContribution,
  explainSource,
  scoreFrameworks,
  sortSources,
  type CoverageControl,
  type CoverageEdge,
  type CoverageEvidence,
  type CoverageRequirement,
} from "./coverage.js";
import { summarizeEvidence } from "./coverage-evidence.js";

// Evidence is judged on a fixed day so the tests never depend on the clock.
const TODAY = "2027-01-15";
const req = (key: string): CoverageRequirement => ({
  key,
  frameworkRef: key.split("/")[0]!,
  assessable: true,
});
const requirements = ["iso:1/A", "iso:1/B", "eu:1/P", "nist:1/X"].map(req);
const edges: CoverageEdge[] = [
  { from: "iso:1/A", to: "eu:1/P", relationship: "equivalent-to", crosswalk: "iso→eu" },
  { from: "nist:1/X", to: "iso:1/A", relationship: "subset-of", crosswalk: "nist→iso" },
];
const expired: CoverageEvidence = {
  key: "EV-3",
  title: "Bias test report",
  effectiveOn: "2026-01-01",
  validUntil: "2026-11-30",
};
const current: CoverageEvidence = {
  key: "EV-4",
  title: "Bias test report 2027",
  effectiveOn: "2026-12-01",
  validUntil: "2027-12-31",
};
const future: CoverageEvidence = {
  key: "EV-5",
  title: "Next audit",
  effectiveOn: "2027-03-01",
  validUntil: null,
};
const control = (
  status: CoverageControl["status"],
  evidence: CoverageEvidence[],
  coverage: "full" | "partial" = "full",
): CoverageControl => ({
  id: "c3",
  code: "CTL-3",
  title: "Bias testing",
  status,
  links: [{ requirementKey: "iso:1/A", coverage }],
  evidence,
});
const run = (controls: CoverageControl[], requirementEvidence?: Map<string, CoverageEvidence[]>) =>
  computeCoverage(requirements, buildAdjacency(edges), controls, {
    today: TODAY,
    ...(requirementEvidence ? { requirementEvidence } : {}),
  });

describe("evidence standing", () => {
  it("is none, current (one item counts) or stale (none counts), with the reasons", () => {
    expect(summarizeEvidence([], TODAY).standing).toBe("none");
    expect(summarizeEvidence([expired, current], TODAY)).toMatchObject({
      standing: "current",
      current: ["EV-4"],
    });
    const stale = summarizeEvidence([expired, future], TODAY);
    expect(stale.standing).toBe("stale");
    expect(stale.stale.map((s) => [s.key, s.state, s.reason])).toEqual([
      ["EV-3", "expired", 'evidence EV-3 "Bias test report" expired on 2026-11-30'],
      ["EV-5", "not_yet_effective", 'evidence EV-5 "Next audit" is not effective until 2027-03-01'],
    ]);
  });

  it.each([
    ["implemented", "full", "stale", "partial"],
    ["implemented", "partial", "stale", "partial"],
    ["partial", "full", "stale", null],
    ["implemented", "full", "current", "full"],
    ["implemented", "full", "none", "full"],
    ["partial", "full", "none", "partial"],
    ["planned", "full", "stale", null],
  ] as const)("a %s control with a %s link and %s evidence contributes %s", (status, link, standing, s) =>
    expect(evidencedContribution(status, link, standing)).toBe(s),
  );
});

describe("coverage with evidence", () => {
  it("an implemented control with a full link and only expired evidence covers partly, and says why", () => {
    const cov = run([control("implemented", [expired])]);
    const a = cov.get("iso:1/A")!;
    expect(a.status).toBe("partial");
    expect(a.potential).toBe("full");
    expect(a.sources[0]).toMatchObject({ strength: "partial", claimed: "full" });
    expect(a.sources[0]!.evidence.standing).toBe("stale");
    expect(explainSource(a.sources[0]!)).toBe(
      'CTL-3 Bias testing (full link to iso:1/A) → partial: evidence EV-3 "Bias test report" expired on 2026-11-30',
    );
    expect(a.limitedBy).toHaveLength(1);
    expect(a.limitedBy[0]).toMatchObject({
      kind: "control_evidence",
      control: { code: "CTL-3" },
      from: "full",
      to: "partial",
    });
    expect(a.limitedBy[0]!.message).toBe(
      'CTL-3 Bias testing counts only partly (it would cover this fully): evidence EV-3 "Bias test report" expired on 2026-11-30',
    );
  });

  it("one expired and one current item: the control still covers fully", () => {
    const a = run([control("implemented", [expired, current])]).get("iso:1/A")!;
    expect(a.status).toBe("full");
    expect(a.limitedBy).toEqual([]);
    expect(explainSource(a.sources[0]!)).toBe(
      "CTL-3 Bias testing (full link to iso:1/A) → full (current evidence EV-4)",
    );
  });

  it("evidence that is not yet effective does not count either", () => {
    expect(run([control("implemented", [future])]).get("iso:1/A")!.status).toBe("partial");
  });

  it("a partial control with stale evidence covers nothing, and the requirement says why", () => {
    const a = run([control("partial", [expired])]).get("iso:1/A")!;
    expect(a.status).toBe("none");
    expect(a.sources).toEqual([]);
    expect(a.potential).toBe("partial");
    expect(a.limitedBy[0]).toMatchObject({ from: "partial", to: "none" });
    expect(a.limitedBy[0]!.message).toContain("CTL-3 Bias testing no longer counts");
    expect(a.limitedBy[0]!.message).toContain("expired on 2026-11-30");
  });

  it("propagates the reduced strength through crosswalks", () => {
    const cov = run([control("implemented", [expired])]);
    // A equivalent-to P: full would have propagated as full; the stale control reaches P only partly.
    const p = cov.get("eu:1/P")!;
    expect(p.status).toBe("partial");
    expect(p.sources[0]!.path).toHaveLength(1);
    expect(p.sources[0]!.strength).toBe("partial");
    expect(p.limitedBy[0]!.message).toContain("EV-3");
    // A superset-of X: likewise reduced.
    expect(cov.get("nist:1/X")!.status).toBe("partial");
    // The same statuses without explanations.
    const fast = computeCoverage(requirements, buildAdjacency(edges), [control("implemented", [expired])], {
      explain: false,
      today: TODAY,
    });
    for (const [key, c] of cov) expect(fast.get(key)!.status, key).toBe(c.status);
    expect(fast.get("eu:1/P")!.limitedBy).toEqual([]);
  });

  it("a partial control with stale evidence propagates nothing", () => {
    const cov = run([control("partial", [expired])]);
    expect([...cov.values()].every((c) => c.status === "none")).toBe(true);
  });

  it("without evidence nothing changes, and the explanation says so", () => {
    const cov = run([control("implemented", [])]);
    expect(cov.get("iso:1/A")!.status).toBe("full");
    expect(cov.get("eu:1/P")!.status).toBe("full");
    expect(cov.get("iso:1/A")!.potential).toBe("full");
    expect(explainSource(cov.get("iso:1/A")!.sources[0]!)).toBe(
      "CTL-3 Bias testing (full link to iso:1/A) → full (no evidence linked)",
    );
  });

  it("a current control is not held back by another control's stale evidence", () => {
    const cov = run([
      control("implemented", [expired]),
      { ...control("implemented", [current]), id: "c4", code: "CTL-4" },
    ]);
    const a = cov.get("iso:1/A")!;
    expect(a.status).toBe("full");
    expect(a.limitedBy).toEqual([]);
    expect(sortSources(a.sources).map((s) => `${s.controlCode}:${s.strength}`)).toEqual([
      "CTL-4:full",
      "CTL-3:partial",
    ]);
  });

  it("stale evidence linked to the requirement itself caps it at partial, with the reason", () => {
    const cov = run([control("implemented", [current])], new Map([["iso:1/A", [expired]]]));
    const a = cov.get("iso:1/A")!;
    expect(a.status).toBe("partial");
    expect(a.potential).toBe("full");
    expect(a.evidence.standing).toBe("stale");
    expect(a.limitedBy).toEqual([
      expect.objectContaining({
        kind: "requirement_evidence",
        control: null,
        from: "full",
        to: "partial",
        message:
          'evidence linked to this requirement no longer counts, so it is covered at most partly: evidence EV-3 "Bias test report" expired on 2026-11-30',
      }),
    ]);
    // Crosswalks propagate control results, not the requirement's own evidence.
    expect(cov.get("eu:1/P")!.status).toBe("full");
  });

  it("current requirement evidence, or stale evidence under partial coverage, changes nothing", () => {
    expect(run([control("implemented", [])], new Map([["iso:1/A", [current]]])).get("iso:1/A")!.status).toBe(
      "full",
    );
    const partial = run([control("partial", [])], new Map([["iso:1/A", [expired]]])).get("iso:1/A")!;
    expect(partial.status).toBe("partial");
    expect(partial.limitedBy).toEqual([]);
  });

  it("judges evidence on the given day: the same data before and after validUntil", () => {
    const controls = [control("implemented", [expired])];
    const before = computeCoverage(requirements, buildAdjacency(edges), controls, { today: "2026-11-30" });
    const after = computeCoverage(requirements, buildAdjacency(edges), controls, { today: "2026-12-01" });
    expect(before.get("iso:1/A")!.status).toBe("full");
    expect(after.get("iso:1/A")!.status).toBe("partial");
  });

  it("scores count the requirements stale evidence holds back", () => {
    const cov = run([control("implemented", [expired])]);
    const iso = scoreFrameworks(requirements, cov).find((s) => s.frameworkRef === "iso:1")!;
    expect(iso).toMatchObject({ full: 0, partial: 1, none: 1, heldBack: 1 });
    const fresh = scoreFrameworks(requirements, run([control("implemented", [current])]));
    expect(fresh.find((s) => s.frameworkRef === "iso:1")).toMatchObject({ full: 1, heldBack: 0 });
  });
});
