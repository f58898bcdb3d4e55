import { describe, expect, it } from "vitest";
import {
  soaEvidenceOf,
  soaEvidenceStanding,
  soaWarnings,
  type SoaEvidenceItem,
  type SoaEvidenceLink,
} from "./soa-evidence.js";

const TODAY = "2027-01-15";
const ev = (id: string, key: string, validUntil: string | null, effectiveOn: string | null = null) => ({
  id,
  key,
  title: `Record ${key}`,
  effectiveOn,
  validUntil,
});
const expired = ev("1", "EV-12", "2026-11-30");
const current = ev("2", "EV-2", "2027-12-31");
const future = ev("3", "EV-3", null, "2027-02-01");

describe("soaEvidenceOf", () => {
  it("merges the routes of one record, judges its state and orders by key", () => {
    const links: SoaEvidenceLink[] = [
      { via: { kind: "control", code: "CTL-1" }, evidence: expired },
      { via: { kind: "requirement" }, evidence: expired },
      { via: { kind: "control", code: "CTL-2" }, evidence: expired },
      { via: { kind: "control", code: "CTL-1" }, evidence: current },
      { via: { kind: "control", code: "CTL-1" }, evidence: future },
    ];
    expect(soaEvidenceOf(links, TODAY).map((e) => [e.key, e.state, e.direct, e.controls])).toEqual([
      ["EV-2", "current", false, ["CTL-1"]],
      ["EV-3", "not_yet_effective", false, ["CTL-1"]],
      ["EV-12", "expired", true, ["CTL-1", "CTL-2"]],
    ]);
  });
});

describe("soaEvidenceStanding and warnings", () => {
  const items = (...list: ReturnType<typeof ev>[]): SoaEvidenceItem[] =>
    soaEvidenceOf(
      list.map((evidence) => ({ via: { kind: "requirement" }, evidence })),
      TODAY,
    );
  const entry = (over: Partial<Parameters<typeof soaWarnings>[0][number]>) => ({
    controlKey: "iso/A.6.2.4",
    controlId: "A.6.2.4",
    applicable: true as boolean | null,
    implementationStatus: "implemented" as const,
    evidence: items(expired),
    ...over,
  });

  it("none, current when one item counts, stale when none does", () => {
    expect(soaEvidenceStanding([])).toBe("none");
    expect(soaEvidenceStanding(items(expired, current))).toBe("current");
    expect(soaEvidenceStanding(items(expired, future))).toBe("stale");
  });

  it("warns for an applicable, implemented control whose evidence is all stale, with the reasons", () => {
    const [w] = soaWarnings([entry({ evidence: items(expired, future) })]);
    expect(w).toMatchObject({ controlId: "A.6.2.4", code: "stale_evidence" });
    expect(w!.message).toBe(
      'A.6.2.4: marked implemented, but none of its evidence counts: evidence EV-3 "Record EV-3" is not effective until 2027-02-01; evidence EV-12 "Record EV-12" expired on 2026-11-30',
    );
  });

  it.each([
    ["one item still counts", { evidence: items(expired, current) }],
    ["no evidence at all", { evidence: [] }],
    ["not applicable", { applicable: false }],
    ["undecided", { applicable: null }],
    ["only partly implemented", { implementationStatus: "partial" as const }],
  ])("does not warn when %s", (_name, over) => {
    expect(soaWarnings([entry(over)])).toEqual([]);
  });
});
