import type { InterestedParty } from "@openaims/core";
import { describe, expect, it } from "vitest";
import {
  draftsOf,
  openRequirements,
  partiesSummary,
  requirementsBody,
  requirementsChanged,
} from "./party-requirements";

const req = (id: string, text: string, addressed: boolean, how = "") => ({ id, text, addressed, how });
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
  req("b", "Report incidents", true, "Incident process"),
]);
const staff = party("IP-2", "Staff", [req("c", "Be told when AI is used", true, "Intranet page")]);

describe("requirementsBody", () => {
  it("drops empty rows, trims, and keeps ids (new rows have none)", () => {
    expect(
      requirementsBody([
        { id: "a", text: " Register ", addressed: false, how: " " },
        { text: "New one", addressed: true, how: "Policy" },
        { text: "   ", addressed: false, how: "" },
      ]),
    ).toEqual([
      { id: "a", text: "Register", addressed: false, how: "" },
      { text: "New one", addressed: true, how: "Policy" },
    ]);
  });

  it("tells whether the list changed", () => {
    const drafts = draftsOf(regulators.requirements);
    expect(requirementsChanged(regulators.requirements, drafts)).toBe(false);
    expect(
      requirementsChanged(regulators.requirements, [...drafts, { text: "", addressed: false, how: "" }]),
    ).toBe(false);
    drafts[0]!.addressed = true;
    expect(requirementsChanged(regulators.requirements, drafts)).toBe(true);
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
      requirements: 3,
      addressed: 2,
      partiesWithOpen: 1,
    });
    expect(partiesSummary([])).toEqual({ requirements: 0, addressed: 0, partiesWithOpen: 0 });
  });
});
