import type { User } from "@openaims/core";
import { describe, expect, it } from "vitest";
import { createUserBody, isScopable, userChanges } from "./user-changes";

const U1 = "11111111-1111-4111-8111-111111111111";
const U2 = "22222222-2222-4222-8222-222222222222";

const user: User = {
  id: "33333333-3333-4333-8333-333333333333",
  key: "USR-2",
  email: "bo@example.com",
  name: "Bo",
  role: "contributor",
  businessUnitIds: [U1],
  isActive: true,
  lastLoginAt: null,
  createdAt: "2026-01-01T00:00:00.000Z",
  updatedAt: "2026-01-01T00:00:00.000Z",
  version: 4,
};

describe("isScopable", () => {
  it("follows the core's SCOPABLE_ROLES", () => {
    expect(isScopable("contributor")).toBe(true);
    expect(isScopable("viewer")).toBe(true);
    expect(isScopable("admin")).toBe(false);
    expect(isScopable("auditor")).toBe(false);
  });
});

describe("createUserBody", () => {
  const base = {
    name: "Cy",
    email: "cy@example.com",
    password: "long enough password",
    businessUnitIds: [U1],
  };
  it("keeps unit grants for a viewer", () => {
    expect(createUserBody({ ...base, role: "viewer" }).businessUnitIds).toEqual([U1]);
  });
  it("drops unit grants for a manager", () => {
    expect(createUserBody({ ...base, role: "manager" }).businessUnitIds).toEqual([]);
  });
});

describe("userChanges", () => {
  it("is null when nothing changed (unit order does not matter)", () => {
    expect(userChanges(user, { name: "Bo", role: "contributor", businessUnitIds: [U1] })).toBeNull();
    expect(
      userChanges(
        { ...user, businessUnitIds: [U1, U2] },
        { name: "Bo ", role: "contributor", businessUnitIds: [U2, U1] },
      ),
    ).toBeNull();
  });

  it("sends the version read and only the changed fields", () => {
    expect(userChanges(user, { name: "Bo Li", role: "contributor", businessUnitIds: [U1] })).toEqual({
      version: 4,
      name: "Bo Li",
    });
    expect(userChanges(user, { name: "Bo", role: "viewer", businessUnitIds: [U1, U2] })).toEqual({
      version: 4,
      role: "viewer",
      businessUnitIds: [U1, U2],
    });
  });

  it("clears unit grants when the role cannot be scoped", () => {
    expect(userChanges(user, { name: "Bo", role: "manager", businessUnitIds: [U1] })).toEqual({
      version: 4,
      role: "manager",
      businessUnitIds: [],
    });
  });
});
