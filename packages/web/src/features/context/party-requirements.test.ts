import type { InterestedParty, PartyRequirement } from "@openaims/core";
import { describe, expect, it } from "vitest";
import {
  draftsOf,
  emptyRequirement,
  linkedAnnexA,
  openRequirements,
  partiesSummary,
  requirementsBody,
  requirementsChanged,
  rowErrorsOf,
} from "./party-requirements";

const A = (id: string) => `iso-iec-42001:2023/${id}`;
const req = (id: string, text: string, addressed: boolean, how = "", annexA: string[] = []) => ({
  id,
  text,
  addressed,
  how,
  annexA,
});
const party = (key: string, name: string, requirements: ReturnType<typeof req>[]): InterestedParty => ({
  id: `id-${key}`,
  key,
  name,
  category: "regulator",
  description: "",
  requirements,
  requirementsAddressed: requirements.filter((r) => r.addressed).length,
  requirementsOpen: requirements.filter((r) => !r.addressed).length,
  createdAt: "2026-11-28T00:00:00.000Z",
  updatedAt: "2026-11-28T00:00:00.000Z",
  version: 1,
});

const regulators = party("IP-1", "Regulators", [
  req("a", "Register high-risk systems", false),
  req("b", "Report incidents", true, "Incident process", [A("A.8.4"), A("A.10.3")]),
  req("d", "Publish incident statistics", true, "Annual report", [A("A.8.4"), A("A.8.3")]),
]);
const staff = party("IP-2", "Staff", [req("c", "Be told when AI is used", true, "Intranet page")]);

describe("requirementsBody", () => {
  it("drops empty rows, trims, and keeps ids (new rows have none)", () => {
    expect(
      requirementsBody([
        { id: "a", text: " Register ", addressed: false, how: " ", annexA: [A("A.8.3")] },
        { text: "New one", addressed: true, how: "Policy", annexA: [] },
        { text: "   ", addressed: false, how: "", annexA: [A("A.2.2")] },
      ]),
    ).toEqual([
      { id: "a", text: "Register", addressed: false, how: "", annexA: [A("A.8.3")] },
      { text: "New one", addressed: true, how: "Policy", annexA: [] },
    ]);
  });

  it("tells whether the list changed", () => {
    const drafts = draftsOf(regulators.requirements);
    expect(requirementsChanged(regulators.requirements, drafts)).toBe(false);
    expect(requirementsChanged(regulators.requirements, [...drafts, emptyRequirement()])).toBe(false);
    drafts[0]!.addressed = true;
    expect(requirementsChanged(regulators.requirements, drafts)).toBe(true);
  });

  it("sees a change of the Annex A controls a requirement calls for, not a copy of them", () => {
    const drafts = draftsOf(regulators.requirements);
    drafts[1]!.annexA.push(A("A.6.2.8"));
    expect(regulators.requirements[1]!.annexA).toEqual([A("A.8.4"), A("A.10.3")]);
    expect(requirementsChanged(regulators.requirements, drafts)).toBe(true);
    const reordered = draftsOf(regulators.requirements);
    reordered[1]!.annexA.reverse();
    expect(requirementsChanged(regulators.requirements, reordered)).toBe(true);
  });

  it("reads stored requirements without links as linked to nothing", () => {
    const legacy = { id: "x", text: "Old", addressed: false, how: "" } as unknown as PartyRequirement;
    expect(draftsOf([legacy])[0]!.annexA).toEqual([]);
    expect(requirementsChanged([legacy], draftsOf([legacy]))).toBe(false);
  });
});

describe("Annex A links", () => {
  it("lists a party's linked controls once each, in reading order", () => {
    expect(linkedAnnexA(regulators)).toEqual([A("A.8.3"), A("A.8.4"), A("A.10.3")]);
    expect(linkedAnnexA(staff)).toEqual([]);
  });

  it("puts a server message under the row it names, skipping rows that were not sent", () => {
    const drafts = [
      { text: "   ", addressed: false, how: "", annexA: [] },
      { text: "Logs", addressed: false, how: "", annexA: [A("A.99.9")] },
    ];
    expect(
      rowErrorsOf(drafts, [
        { path: "requirements.0.annexA.0", message: "not an Annex A control" },
        { path: "name", message: "must not be empty" },
      ]),
    ).toEqual({ 1: "not an Annex A control" });
  });
});

describe("open requirements", () => {
  it("lists what is not yet addressed, with its party", () => {
    expect(openRequirements([regulators, staff])).toEqual([
      { partyId: "id-IP-1", partyKey: "IP-1", partyName: "Regulators", text: "Register high-risk systems" },
    ]);
  });

  it("counts requirements, addressed ones and parties with open ones", () => {
    expect(partiesSummary([regulators, staff])).toEqual({
      requirements: 4,
      addressed: 3,
      partiesWithOpen: 1,
    });
    expect(partiesSummary([])).toEqual({ requirements: 0, addressed: 0, partiesWithOpen: 0 });
  });
});
