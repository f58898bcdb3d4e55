import { describe, expect, it } from "vitest";
import { canAccess, canActInBusinessUnit, PERMISSIONS, ROLES, roleHas, type Permission } from "./matrix.js";

describe("permission matrix", () => {
  it("gives the admin every permission", () => {
    for (const p of Object.keys(PERMISSIONS) as Permission[]) expect(roleHas("admin", p)).toBe(true);
  });
  it("lets an auditor read everything, including the audit trail, and write nothing", () => {
    expect(roleHas("auditor", "audit:read")).toBe(true);
    expect(roleHas("auditor", "records:read")).toBe(true);
    for (const p of Object.keys(PERMISSIONS) as Permission[])
      if (/:(write|approve)$/.test(p)) expect(roleHas("auditor", p)).toBe(false);
  });
  it.each([
    ["manager", "records:approve", true],
    ["manager", "users:write", false],
    ["contributor", "records:write", true],
    ["contributor", "records:approve", false],
    ["viewer", "records:read", true],
    ["viewer", "records:write", false],
    ["viewer", "audit:read", false],
  ] as const)("%s / %s -> %s", (role, p, allowed) => expect(roleHas(role, p)).toBe(allowed));
  it("handles public and authenticated routes", () => {
    expect(canAccess(null, "public")).toBe(true);
    expect(canAccess(null, "authenticated")).toBe(false);
    for (const r of ROLES) expect(canAccess(r, "authenticated")).toBe(true);
  });
  it("limits contributors and viewers to granted business units only", () => {
    expect(canActInBusinessUnit({ role: "viewer", businessUnitIds: [] }, "u1")).toBe(true);
    expect(canActInBusinessUnit({ role: "viewer", businessUnitIds: ["u1"] }, "u1")).toBe(true);
    expect(canActInBusinessUnit({ role: "viewer", businessUnitIds: ["u1"] }, "u2")).toBe(false);
    expect(canActInBusinessUnit({ role: "contributor", businessUnitIds: ["u1"] }, null)).toBe(false);
    expect(canActInBusinessUnit({ role: "manager", businessUnitIds: ["u1"] }, "u2")).toBe(true);
  });
});
