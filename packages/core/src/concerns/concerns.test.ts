import { describe, expect, it } from "vitest";
import { applyConcernTriage, concernAccessOf, CONCERN_STATUSES, nextConcernStatuses } from "./index.js";
import { DomainError } from "../errors/domain-error.js";

const fresh = { status: "new" as const, severity: null, resolution: "" };

function ruleError(fn: () => unknown): DomainError {
  try {
    fn();
  } catch (e) {
    if (e instanceof DomainError) return e;
    throw e;
  }
  throw new Error("expected a rule violation");
}

describe("concern workflow", () => {
  it("moves new → triaged → investigating → resolved with a severity and a resolution", () => {
    const triaged = applyConcernTriage(fresh, { status: "triaged", severity: "high" });
    expect(triaged).toMatchObject({ status: "triaged", severity: "high", closedNow: false });
    const investigating = applyConcernTriage(triaged, { status: "investigating" });
    const resolved = applyConcernTriage(investigating, { status: "resolved", resolution: " Retrained. " });
    expect(resolved).toMatchObject({ status: "resolved", resolution: "Retrained.", closedNow: true });
  });

  it("refuses a transition that is not in the workflow and names the allowed next states", () => {
    const e = ruleError(() => applyConcernTriage(fresh, { status: "resolved", resolution: "x" }));
    expect(e.code).toBe("RULE_VIOLATION");
    expect(e.details).toMatchObject({ from: "new", to: "resolved", allowed: ["triaged", "dismissed"] });
    expect(e.message).toMatch(/next: triaged, dismissed/);
  });

  it("needs a severity once triaged and a resolution to close", () => {
    expect(ruleError(() => applyConcernTriage(fresh, { status: "triaged" })).message).toMatch(/severity/);
    expect(ruleError(() => applyConcernTriage(fresh, { status: "dismissed" })).message).toMatch(/resolution/);
    expect(
      applyConcernTriage(fresh, { status: "dismissed", resolution: "Duplicate of CON-1" }),
    ).toMatchObject({
      status: "dismissed",
      severity: null,
      closedNow: true,
    });
  });

  it("reopens a closed concern and clears its resolution", () => {
    const closed = { status: "resolved" as const, severity: "low" as const, resolution: "Fixed" };
    const reopened = applyConcernTriage(closed, { status: "investigating" });
    expect(reopened).toMatchObject({
      status: "investigating",
      resolution: "",
      reopened: true,
      closedNow: false,
    });
    expect(ruleError(() => applyConcernTriage(closed, { status: "new" })).code).toBe("RULE_VIOLATION");
  });

  it("lets a triager change the severity without a status change", () => {
    const triaged = { status: "triaged" as const, severity: "low" as const, resolution: "" };
    expect(applyConcernTriage(triaged, { severity: "critical" })).toMatchObject({
      status: "triaged",
      severity: "critical",
    });
    expect(ruleError(() => applyConcernTriage(triaged, { severity: null })).message).toMatch(/severity/);
  });

  it("offers no way back to new and reaches every other state", () => {
    const reachable = new Set(CONCERN_STATUSES.flatMap((s) => nextConcernStatuses(s)));
    expect(reachable.has("new")).toBe(false);
    expect([...reachable].sort()).toEqual(["dismissed", "investigating", "resolved", "triaged"]);
  });
});

describe("who sees which concerns", () => {
  it("gives managers and admins triage, auditors read-all and everyone else their own", () => {
    expect(concernAccessOf("admin")).toBe("triage");
    expect(concernAccessOf("manager")).toBe("triage");
    expect(concernAccessOf("auditor")).toBe("read_all");
    expect(concernAccessOf("contributor")).toBe("own");
    expect(concernAccessOf("viewer")).toBe("own");
  });
});
