import type { ScopeVersion } from "@openaims/core";
import { describe, expect, it } from "vitest";
import { exclusionsOf, scopeApprovalBlocker, scopeChanges, scopeValuesOf } from "./scope-values";

const draft: ScopeVersion = {
  id: "0b51c316-b23c-4b58-9ef7-cd7968b52df2",
  number: 2,
  status: "draft",
  description: "All AI systems",
  businessUnitIds: ["bu-1"],
  aiSystemIds: [],
  exclusions: [{ item: "R&D lab", justification: "sandbox only" }],
  boundaries: "",
  reassessBy: "2027-06-30",
  createdBy: "u-max",
  approvedBy: null,
  approvedAt: null,
  createdAt: "2026-11-28T00:00:00.000Z",
  updatedAt: "2026-11-28T00:00:00.000Z",
  version: 3,
};

describe("scopeChanges", () => {
  it("is null when nothing changed", () => {
    expect(scopeChanges(draft, scopeValuesOf(draft))).toBeNull();
  });

  it("sends the changed lists, exclusions and date, with the version read", () => {
    const values = scopeValuesOf(draft);
    values.aiSystemIds = ["ais-1"];
    values.exclusions.push(
      { item: " Pilot ", justification: " ends in May " },
      { item: "", justification: "" },
    );
    values.reassessBy = "";
    expect(scopeChanges(draft, values)).toEqual({
      version: 3,
      aiSystemIds: ["ais-1"],
      exclusions: [
        { item: "R&D lab", justification: "sandbox only" },
        { item: "Pilot", justification: "ends in May" },
      ],
      reassessBy: null,
    });
  });

  it("keeps a half-filled exclusion so the server can say what is missing", () => {
    expect(exclusionsOf([{ item: "Chatbot", justification: " " }])).toEqual([
      { item: "Chatbot", justification: "" },
    ]);
  });
});

describe("scopeApprovalBlocker", () => {
  const manager = { userId: "u-ann", canApprove: true };
  it("lets another manager approve a draft", () => {
    expect(scopeApprovalBlocker(draft, manager)).toBeNull();
  });

  it("refuses the drafter, roles without approval, and versions that are not drafts", () => {
    expect(scopeApprovalBlocker(draft, { userId: "u-max", canApprove: true })).toMatch(
      /you drafted this version/,
    );
    expect(scopeApprovalBlocker(draft, { userId: "u-val", canApprove: false })).toMatch(
      /does not include approving/,
    );
    expect(scopeApprovalBlocker({ ...draft, status: "approved" }, manager)).toMatch(/only a draft/);
  });
});
