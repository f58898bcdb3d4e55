import { describe, expect, it } from "vitest";
import { cadenceText, defaultComparison, statusLine } from "./document-labels";

describe("document labels", () => {
  it("says which revision is in force whatever the status", () => {
    expect(statusLine({ status: "draft", effectiveRevision: null, pendingRevision: null })).toBe(
      "Draft; never approved",
    );
    expect(statusLine({ status: "draft", effectiveRevision: 2, pendingRevision: null })).toBe(
      "New draft; revision 2 in force",
    );
    expect(statusLine({ status: "in_review", effectiveRevision: 2, pendingRevision: 3 })).toBe(
      "Revision 3 waits for approval; revision 2 in force",
    );
    expect(statusLine({ status: "approved", effectiveRevision: 3, pendingRevision: null })).toBe(
      "Approved; revision 3 in force",
    );
  });

  it("words the review cadence", () => {
    expect(cadenceText(1)).toBe("every 1 month");
    expect(cadenceText(12)).toBe("every 12 months");
    expect(cadenceText(null)).toBe("no periodic review");
  });
});

describe("the comparison shown first", () => {
  it("compares the revision in force with a new draft, else the last two revisions", () => {
    expect(defaultComparison({ effectiveRevision: 2, hasChangesSinceEffective: true }, [1, 2])).toEqual({
      from: "2",
      to: "working",
    });
    expect(defaultComparison({ effectiveRevision: 2, hasChangesSinceEffective: false }, [3, 1, 2])).toEqual({
      from: "2",
      to: "3",
    });
    expect(defaultComparison({ effectiveRevision: null, hasChangesSinceEffective: true }, [1])).toEqual({
      from: "1",
      to: "working",
    });
    expect(defaultComparison({ effectiveRevision: null, hasChangesSinceEffective: true }, [])).toBeNull();
  });
});
