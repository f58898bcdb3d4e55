import { describe, expect, it } from "vitest";
import { diffRecords, displayValue, eventSubject } from "./audit-diff";

describe("diffRecords", () => {
  it("marks added fields on a creation", () => {
    expect(diffRecords(null, { name: "Bo", isActive: true })).toEqual([
      { field: "name", before: null, after: "Bo", change: "added" },
      { field: "isActive", before: null, after: "true", change: "added" },
    ]);
  });

  it("marks changed, same and removed fields on an update", () => {
    expect(
      diffRecords(
        { name: "Bo", role: "viewer", note: "x", version: 1 },
        { name: "Bo", role: "manager", version: 2 },
      ),
    ).toEqual([
      { field: "name", before: "Bo", after: "Bo", change: "same" },
      { field: "role", before: "viewer", after: "manager", change: "changed" },
      { field: "version", before: "1", after: "2", change: "changed" },
      { field: "note", before: "x", after: null, change: "removed" },
    ]);
  });

  it("compares nested values by their JSON", () => {
    const rows = diffRecords({ businessUnitIds: ["a"] }, { businessUnitIds: ["a", "b"] });
    expect(rows[0]?.change).toBe("changed");
    expect(diffRecords({ ids: ["a"] }, { ids: ["a"] })[0]?.change).toBe("same");
  });

  it("keeps a field set to null distinct from a missing one", () => {
    expect(diffRecords({ lastLoginAt: null }, { lastLoginAt: "2026-01-01" })).toEqual([
      { field: "lastLoginAt", before: "null", after: "2026-01-01", change: "changed" },
    ]);
  });

  it("handles non-object states as one value", () => {
    expect(diffRecords("old", "new")).toEqual([
      { field: "value", before: "old", after: "new", change: "changed" },
    ]);
    expect(diffRecords(null, null)).toEqual([]);
  });
});

describe("displayValue", () => {
  it("shows strings raw and the rest as JSON", () => {
    expect(displayValue("a")).toBe("a");
    expect(displayValue(3)).toBe("3");
    expect(displayValue(null)).toBe("null");
    expect(displayValue(undefined)).toBeNull();
  });
});

describe("eventSubject", () => {
  it("names the record from after, else before", () => {
    expect(eventSubject({ before: null, after: { key: "USR-2", name: "Bo", email: "bo@example.com" } })).toBe(
      "USR-2 · Bo · bo@example.com",
    );
    expect(eventSubject({ before: { name: "Claims" }, after: null })).toBe("Claims");
    expect(eventSubject({ before: null, after: null })).toBe("");
  });
});
