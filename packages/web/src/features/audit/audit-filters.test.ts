import { describe, expect, it } from "vitest";
import { EMPTY_AUDIT_FILTERS, activeFilterCount, auditQueryOf } from "./audit-filters";

const paging = { limit: 25, offset: 50 };

describe("auditQueryOf", () => {
  it("leaves empty filters out", () => {
    expect(auditQueryOf(EMPTY_AUDIT_FILTERS, paging)).toEqual({
      ok: true,
      query: {
        limit: 25,
        offset: 50,
        order: "desc",
        entityType: undefined,
        entityId: undefined,
        actorId: undefined,
        from: undefined,
        to: undefined,
      },
    });
  });

  it("turns local date-times into ISO instants", () => {
    const r = auditQueryOf(
      { ...EMPTY_AUDIT_FILTERS, from: "2026-03-01T00:00", to: "2026-03-31T23:59" },
      paging,
    );
    expect(r.ok && r.query.from).toBe(new Date(2026, 2, 1, 0, 0).toISOString());
    expect(r.ok && r.query.to).toBe(new Date(2026, 2, 31, 23, 59).toISOString());
  });

  it("reports a malformed actor id and a reversed range on their fields", () => {
    const r = auditQueryOf(
      { ...EMPTY_AUDIT_FILTERS, actorId: "bob", from: "2026-03-31T00:00", to: "2026-03-01T00:00" },
      paging,
    );
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.fieldErrors.actorId).toBe("Must be a UUID");
    expect(r.fieldErrors.to).toBe("Must be after the start");
  });

  it("trims text filters", () => {
    const r = auditQueryOf({ ...EMPTY_AUDIT_FILTERS, entityType: " user ", order: "asc" }, paging);
    expect(r.ok && r.query.entityType).toBe("user");
    expect(r.ok && r.query.order).toBe("asc");
  });
});

describe("activeFilterCount", () => {
  it("counts set filters, not the order", () => {
    expect(activeFilterCount(EMPTY_AUDIT_FILTERS)).toBe(0);
    expect(
      activeFilterCount({ ...EMPTY_AUDIT_FILTERS, entityType: "user", actorId: "x", order: "asc" }),
    ).toBe(2);
  });
});
