import type { IntakeRequestView } from "@openaims/core";
import { describe, expect, it } from "vitest";
import { intakeTimeline, lastReachedIndex } from "./intake-timeline";

type Step = NonNullable<IntakeRequestView["approval"]>["steps"][number];
const step = (
  position: number,
  name: string,
  status: Step["status"],
  comment: string | null = null,
): Step => ({
  position,
  name,
  approverRole: "manager",
  approverUserId: null,
  status,
  decidedBy: status === "approved" || status === "rejected" ? "u-max" : null,
  decidedAt: status === "approved" || status === "rejected" ? `2026-11-0${position + 1}T10:00:00.000Z` : null,
  comment,
});

function request(
  status: IntakeRequestView["status"],
  steps: Step[],
  completedAt: string | null = null,
): Parameters<typeof intakeTimeline>[0] {
  return {
    status,
    createdAt: "2026-11-01T09:00:00.000Z",
    updatedAt: "2026-11-05T09:00:00.000Z",
    aiSystemId: status === "registered" ? "sys-1" : null,
    approval: {
      id: "a",
      subjectType: "intake_request",
      subjectId: "r",
      title: "INT-1",
      requesterId: "u-val",
      status: status === "rejected" ? "rejected" : status === "registered" ? "approved" : "pending",
      currentStep: 1,
      steps,
      createdAt: "2026-11-01T09:00:00.000Z",
      completedAt,
    },
  };
}

const summary = (r: Parameters<typeof intakeTimeline>[0]) =>
  intakeTimeline(r).map((s) => `${s.label}:${s.state}`);

describe("intakeTimeline", () => {
  it("shows a request in triage waiting for a manager", () => {
    const stages = intakeTimeline(
      request("triage", [step(1, "Triage", "pending"), step(2, "Assessment", "waiting")]),
    );
    expect(stages.map((s) => `${s.label}:${s.state}`)).toEqual([
      "Submitted:done",
      "Triage:current",
      "Assessment:upcoming",
      "Approved or rejected:upcoming",
      "Registered:upcoming",
    ]);
    expect(stages[1]!.detail).toBe("Waiting for a manager");
    expect(lastReachedIndex(stages)).toBe(1);
  });

  it("shows a registered request with each step's comment", () => {
    const stages = intakeTimeline(
      request(
        "registered",
        [step(1, "Triage", "approved", "Looks fine"), step(2, "Assessment", "approved")],
        "2026-11-03T10:00:00.000Z",
      ),
    );
    expect(stages.map((s) => `${s.label}:${s.state}`)).toEqual([
      "Submitted:done",
      "Triage:done",
      "Assessment:done",
      "Approved:done",
      "Registered:done",
    ]);
    expect(stages[1]!.detail).toBe("Looks fine");
    expect(stages[4]!.at).toBe("2026-11-03T10:00:00.000Z");
    expect(lastReachedIndex(stages)).toBe(4);
  });

  it("shows a rejection with its reason and skips what follows", () => {
    const r = request(
      "rejected",
      [step(1, "Triage", "rejected", "Duplicate of AIS-3"), step(2, "Assessment", "skipped")],
      "2026-11-02T10:00:00.000Z",
    );
    expect(summary(r)).toEqual([
      "Submitted:done",
      "Triage:failed",
      "Assessment:skipped",
      "Rejected:failed",
      "Registered:skipped",
    ]);
    expect(intakeTimeline(r)[3]!.detail).toBe("Duplicate of AIS-3");
  });

  it("shows a withdrawn request", () => {
    const r = request("withdrawn", [step(1, "Triage", "skipped"), step(2, "Assessment", "skipped")]);
    expect(summary(r).slice(-2)).toEqual(["Withdrawn:skipped", "Registered:skipped"]);
    expect(intakeTimeline(r)[3]!.at).toBe("2026-11-05T09:00:00.000Z");
  });

  it("copes with a request that has no approval yet", () => {
    expect(summary({ ...request("submitted", []), approval: null })).toEqual([
      "Submitted:done",
      "Approved or rejected:upcoming",
      "Registered:upcoming",
    ]);
  });
});
