import { describe, expect, it } from "vitest";
import { addDays, evidenceStanding, evidenceState, staleReason } from "./evidence-state.js";

const today = "2026-12-02";

describe("evidenceState", () => {
  it("is current without dates, expiring within 30 days, expired after validUntil", () => {
    expect(evidenceState({ effectiveOn: null, validUntil: null }, today)).toBe("current");
    expect(evidenceState({ effectiveOn: null, validUntil: "2027-01-15" }, today)).toBe("current");
    expect(evidenceState({ effectiveOn: null, validUntil: "2027-01-01" }, today)).toBe("expiring");
    expect(evidenceState({ effectiveOn: null, validUntil: today }, today)).toBe("expiring");
    expect(evidenceState({ effectiveOn: null, validUntil: "2026-12-01" }, today)).toBe("expired");
  });

  it("is not yet effective before its effective date", () => {
    expect(evidenceState({ effectiveOn: "2026-12-03", validUntil: null }, today)).toBe("not_yet_effective");
    expect(evidenceState({ effectiveOn: today, validUntil: null }, today)).toBe("current");
  });
});

describe("evidenceStanding", () => {
  it("is none, current when one item counts, stale when none does", () => {
    const expired = { effectiveOn: null, validUntil: "2026-11-30" };
    const valid = { effectiveOn: null, validUntil: "2027-06-30" };
    expect(evidenceStanding([], today)).toBe("none");
    expect(evidenceStanding([expired, valid], today)).toBe("current");
    expect(evidenceStanding([expired], today)).toBe("stale");
  });
});

describe("staleReason and addDays", () => {
  it("says why in words", () => {
    expect(
      staleReason({ key: "EV-3", title: "Bias test", effectiveOn: null, validUntil: "2026-11-30" }, today),
    ).toBe('evidence EV-3 "Bias test" expired on 2026-11-30');
    expect(staleReason({ key: "EV-4", title: "X", effectiveOn: null, validUntil: null }, today)).toBeNull();
  });

  it("crosses month and year ends", () => {
    expect(addDays("2026-12-31", 1)).toBe("2027-01-01");
    expect(addDays("2028-03-01", -1)).toBe("2028-02-29");
  });
});
