import { describe, expect, it } from "vitest";
import {
  effectiveRaci,
  raciWarnings,
  sortResponsibilities,
  type RaciAssigneeFacts,
  type RaciAssignment,
} from "./raci.js";

const facts: Record<string, RaciAssigneeFacts> = {
  "user:ada": { name: "Ada", isActive: true },
  "user:bob": { name: "Bob", isActive: true },
  "user:gone": { name: "Gone", isActive: false },
  "org_role:lead": { name: "AI governance lead", memberCount: 1 },
  "org_role:ml": { name: "ML engineer", memberCount: 3 },
  "org_role:empty": { name: "Data steward", memberCount: 0 },
};
const factsOf = (a: Pick<RaciAssignment, "assigneeType" | "assigneeId">) =>
  facts[`${a.assigneeType}:${a.assigneeId}`];
const user = (id: string, responsibility: RaciAssignment["responsibility"]): RaciAssignment => ({
  assigneeType: "user",
  assigneeId: id,
  responsibility,
});
const role = (id: string, responsibility: RaciAssignment["responsibility"]): RaciAssignment => ({
  assigneeType: "org_role",
  assigneeId: id,
  responsibility,
});
const codes = (list: RaciAssignment[]) => raciWarnings(list, factsOf).map((w) => w.code);

describe("raciWarnings", () => {
  it.each([
    ["an empty row", [], ["no_accountable", "no_responsible"]],
    ["one accountable, one responsible", [user("ada", "A"), role("lead", "R")], []],
    ["the same person accountable and responsible", [user("ada", "A"), user("ada", "R")], []],
    [
      "only consulted and informed",
      [user("ada", "C"), role("ml", "I")],
      ["no_accountable", "no_responsible"],
    ],
    ["accountable but no one responsible", [user("ada", "A"), user("bob", "C")], ["no_responsible"]],
    ["two accountable", [user("ada", "A"), user("bob", "A"), user("bob", "R")], ["several_accountable"]],
    [
      "an accountable role with several members",
      [role("ml", "A"), user("ada", "R")],
      ["shared_accountability"],
    ],
    ["a responsible role nobody holds", [user("ada", "A"), role("empty", "R")], ["empty_role"]],
    ["a deactivated person in charge", [user("gone", "A"), user("ada", "R")], ["inactive_person"]],
    ["a deactivated person only informed", [user("ada", "A"), user("ada", "R"), user("gone", "I")], []],
  ] as const)("%s", (_label, list, expected) => {
    expect(codes([...list])).toEqual(expected);
  });

  it("names who is accountable when there are several, and says it once per assignee", () => {
    const warnings = raciWarnings(
      [user("ada", "A"), role("lead", "A"), role("empty", "A"), role("empty", "R")],
      factsOf,
    );
    expect(warnings.find((w) => w.code === "several_accountable")?.message).toBe(
      "3 are accountable (Ada, AI governance lead, Data steward); there should be exactly one",
    );
    expect(warnings.filter((w) => w.code === "empty_role").map((w) => w.message)).toEqual([
      "the role Data steward is accountable and responsible but no one holds it",
    ]);
    expect(raciWarnings([], factsOf).map((w) => w.message)).toEqual([
      "no one is accountable",
      "no one is responsible",
    ]);
  });
});

describe("effectiveRaci", () => {
  const rows = [
    { ...user("ada", "A"), subjectId: "p1" },
    { ...role("lead", "R"), subjectId: "p1" },
    { ...role("ml", "C"), subjectId: "p2" },
    { ...user("bob", "I"), subjectId: "p3" },
  ];
  it("includes direct assignments and those of the roles a person holds", () => {
    expect(effectiveRaci("ada", ["lead"], rows).map((r) => [r.subjectId, r.responsibility, r.via])).toEqual([
      ["p1", "A", { type: "direct" }],
      ["p1", "R", { type: "role", roleId: "lead" }],
    ]);
    expect(effectiveRaci("carl", [], rows)).toEqual([]);
  });
});

describe("sortResponsibilities", () => {
  it("orders letters R, A, C, I and drops repeats", () => {
    expect(sortResponsibilities(["I", "A", "R", "A"])).toEqual(["R", "A", "I"]);
  });
});
