import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, bearer, TEST_PASSWORD, type TestApp } from "../../test-support/test-app.js";

let t: TestApp;
let admin: ReturnType<typeof bearer>;
beforeAll(async () => {
  t = await createTestApp();
  admin = bearer(t.tokens.admin);
});
afterAll(async () => t?.close());

const newUser = (email: string, extra: object = {}) => ({
  email,
  name: `Name ${email}`,
  role: "viewer",
  password: TEST_PASSWORD,
  ...extra,
});

describe("users", () => {
  it("creates a user with a readable key and never returns the password hash", async () => {
    const res = await t.app.inject({
      method: "POST",
      url: "/api/v1/users",
      headers: admin,
      payload: newUser("Ada@Example.org"),
    });
    expect(res.statusCode).toBe(201);
    const user = res.json();
    expect(user.email).toBe("ada@example.org");
    expect(user.key).toMatch(/^USR-\d+$/);
    expect(user.version).toBe(1);
    expect(res.body).not.toMatch(/password|scrypt/i);
  });

  it("refuses a duplicate email with 409 and changes nothing", async () => {
    const before = (await t.app.inject({ url: "/api/v1/users?limit=1", headers: admin })).json().total;
    const res = await t.app.inject({
      method: "POST",
      url: "/api/v1/users",
      headers: admin,
      payload: newUser("ada@example.org"),
    });
    expect(res.statusCode).toBe(409);
    expect(res.json().error.code).toBe("ALREADY_EXISTS");
    expect((await t.app.inject({ url: "/api/v1/users?limit=1", headers: admin })).json().total).toBe(before);
  });

  it("pages, sorts and filters", async () => {
    for (const n of ["zed", "yan", "xia"])
      await t.app.inject({
        method: "POST",
        url: "/api/v1/users",
        headers: admin,
        payload: newUser(`${n}@page.test`, { name: n }),
      });
    const page = (
      await t.app.inject({ url: "/api/v1/users?q=page.test&sort=name&order=asc&limit=2", headers: admin })
    ).json();
    expect(page.total).toBe(3);
    expect(page.items.map((u: { name: string }) => u.name)).toEqual(["xia", "yan"]);
    const next = (
      await t.app.inject({
        url: "/api/v1/users?q=page.test&sort=name&order=asc&limit=2&offset=2",
        headers: admin,
      })
    ).json();
    expect(next.items.map((u: { name: string }) => u.name)).toEqual(["zed"]);
    const admins = (await t.app.inject({ url: "/api/v1/users?role=admin", headers: admin })).json();
    expect(admins.items.every((u: { role: string }) => u.role === "admin")).toBe(true);
    const byKey = (
      await t.app.inject({ url: "/api/v1/users?sort=key&order=desc&limit=1", headers: admin })
    ).json();
    expect(byKey.items[0].email).toBe("xia@page.test");
  });

  it("refuses a page larger than 200", async () => {
    const res = await t.app.inject({ url: "/api/v1/users?limit=201", headers: admin });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.details.issues[0].path).toBe("querystring.limit");
  });

  it("updates with the current version and answers 409 to a stale one", async () => {
    const user = (
      await t.app.inject({
        method: "POST",
        url: "/api/v1/users",
        headers: admin,
        payload: newUser("v@example.org"),
      })
    ).json();
    const first = await t.app.inject({
      method: "PATCH",
      url: `/api/v1/users/${user.id}`,
      headers: admin,
      payload: { version: 1, role: "contributor" },
    });
    expect(first.statusCode).toBe(200);
    expect(first.json()).toMatchObject({ role: "contributor", version: 2 });
    const stale = await t.app.inject({
      method: "PATCH",
      url: `/api/v1/users/${user.id}`,
      headers: admin,
      payload: { version: 1, name: "Lost update" },
    });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error.code).toBe("VERSION_CONFLICT");
    expect((await t.app.inject({ url: `/api/v1/users/${user.id}`, headers: admin })).json().name).not.toBe(
      "Lost update",
    );
  });

  it("limits a viewer to business units, but not an admin", async () => {
    const unit = (
      await t.app.inject({
        method: "POST",
        url: "/api/v1/business-units",
        headers: admin,
        payload: { name: "Lending" },
      })
    ).json();
    const ok = await t.app.inject({
      method: "POST",
      url: "/api/v1/users",
      headers: admin,
      payload: newUser("scoped@example.org", { businessUnitIds: [unit.id] }),
    });
    expect(ok.statusCode).toBe(201);
    expect(ok.json().businessUnitIds).toEqual([unit.id]);
    const bad = await t.app.inject({
      method: "POST",
      url: "/api/v1/users",
      headers: admin,
      payload: newUser("scoped2@example.org", { role: "admin", businessUnitIds: [unit.id] }),
    });
    expect(bad.statusCode).toBe(400);
    const unknown = await t.app.inject({
      method: "POST",
      url: "/api/v1/users",
      headers: admin,
      payload: newUser("scoped3@example.org", { businessUnitIds: ["00000000-0000-4000-8000-000000000000"] }),
    });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().error.details.issues[0].path).toBe("businessUnitIds");
  });

  it("keeps at least one active administrator", async () => {
    const solo = await createTestApp();
    try {
      const admins = (
        await solo.app.inject({ url: "/api/v1/users?role=admin", headers: bearer(solo.tokens.admin) })
      ).json().items;
      expect(admins).toHaveLength(1);
      const res = await solo.app.inject({
        method: "PATCH",
        url: `/api/v1/users/${admins[0].id}`,
        headers: bearer(solo.tokens.admin),
        payload: { version: admins[0].version, isActive: false },
      });
      expect(res.statusCode).toBe(422);
      expect(res.json().error.code).toBe("RULE_VIOLATION");
    } finally {
      await solo.close();
    }
  });
});

describe("business units", () => {
  it("creates, lists, renames with versioning and refuses duplicate names", async () => {
    const created = await t.app.inject({
      method: "POST",
      url: "/api/v1/business-units",
      headers: admin,
      payload: { name: "Claims", description: "Insurance claims" },
    });
    expect(created.statusCode).toBe(201);
    const unit = created.json();
    expect(unit.key).toMatch(/^BU-\d+$/);
    const dup = await t.app.inject({
      method: "POST",
      url: "/api/v1/business-units",
      headers: admin,
      payload: { name: "Claims" },
    });
    expect(dup.statusCode).toBe(409);
    const renamed = await t.app.inject({
      method: "PATCH",
      url: `/api/v1/business-units/${unit.id}`,
      headers: admin,
      payload: { version: 1, name: "Claims & Fraud" },
    });
    expect(renamed.json()).toMatchObject({ name: "Claims & Fraud", version: 2 });
    const stale = await t.app.inject({
      method: "PATCH",
      url: `/api/v1/business-units/${unit.id}`,
      headers: admin,
      payload: { version: 1, name: "X" },
    });
    expect(stale.statusCode).toBe(409);
    const list = (
      await t.app.inject({ url: "/api/v1/business-units?q=claims", headers: bearer(t.tokens.viewer) })
    ).json();
    expect(list.items.map((u: { name: string }) => u.name)).toEqual(["Claims & Fraud"]);
    expect(
      (await t.app.inject({ url: `/api/v1/business-units/${unit.id}`, headers: bearer(t.tokens.viewer) }))
        .statusCode,
    ).toBe(200);
  });
});
