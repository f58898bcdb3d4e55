import { describe, expect, it } from "vitest";
import { cancel, decide, decisionBlocker, startApproval } from "./approval-rules.js";
import { intakeStatusOf, similarity } from "../intake/intake-workflow.js";

const steps = [
  { name: "Triage", approverRole: "manager" as const, approverUserId: null },
  { name: "Sign-off", approverRole: null, approverUserId: "u-ciso" },
];
const manager = { userId: "u-mgr", role: "manager" as const };
const at = "2026-11-28T10:00:00.000Z";

describe("approval engine", () => {
  it("walks the steps in order to approval", () => {
    let s = startApproval("u-req", steps);
    expect(intakeStatusOf(s)).toBe("triage");
    s = decide(s, manager, "approve", "", at);
    expect(s).toMatchObject({ status: "pending", currentStep: 2 });
    expect(intakeStatusOf(s)).toBe("assessment");
    expect(decisionBlocker(s, manager)).toMatch(/assigned to another person/);
    s = decide(s, { userId: "u-ciso", role: "viewer" }, "approve", "fine", at);
    expect(s.status).toBe("approved");
    expect(s.steps.map((x) => x.status)).toEqual(["approved", "approved"]);
    expect(intakeStatusOf(s)).toBe("approved");
  });
  it("never lets the requester decide, even with the right role", () => {
    const s = startApproval("u-mgr", steps);
    expect(() => decide(s, manager, "approve", "", at)).toThrow(/your own request/);
  });
  it("needs the step's role", () => {
    const s = startApproval("u-req", steps);
    expect(decisionBlocker(s, { userId: "u-x", role: "contributor" })).toMatch(/needs a manager/);
  });
  it("rejects with a reason only and skips the rest", () => {
    const s = startApproval("u-req", steps);
    expect(() => decide(s, manager, "reject", "  ", at)).toThrow(/reason/);
    const r = decide(s, manager, "reject", "duplicate of AIS-3", at);
    expect(r.status).toBe("rejected");
    expect(r.steps.map((x) => x.status)).toEqual(["rejected", "skipped"]);
    expect(() => decide(r, manager, "approve", "", at)).toThrow(/already rejected/);
  });
  it("lets only the requester withdraw", () => {
    const s = startApproval("u-req", steps);
    expect(() => cancel(s, "u-mgr")).toThrow(/only the requester/);
    expect(intakeStatusOf(cancel(s, "u-req"))).toBe("withdrawn");
  });
  it("refuses a step with both or no approvers", () => {
    expect(() => startApproval("u", [{ name: "x", approverRole: "manager", approverUserId: "u2" }])).toThrow(
      /exactly one/,
    );
    expect(() => startApproval("u", [])).toThrow(/at least one/);
  });
});

describe("duplicate detection", () => {
  const base = {
    name: "Resume screening assistant",
    purpose: "Rank job applicants for recruiters",
    vendors: ["HireCo"],
    models: ["gpt-4o"],
  };
  it.each([
    [{ ...base }, 0.9],
    [{ ...base, name: "CV screening assistant" }, 0.5],
    [
      { name: "Invoice OCR", purpose: "Read supplier invoices", vendors: ["ScanIt"], models: ["tesseract"] },
      0,
    ],
  ])("scores %j at least/around %d", (other, min) => {
    const score = similarity(base, other);
    if (min === 0) expect(score).toBeLessThan(0.1);
    else expect(score).toBeGreaterThanOrEqual(min);
  });
});
