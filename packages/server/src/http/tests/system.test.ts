import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, bearer, TEST_PASSWORD, type TestApp } from "../../test-support/test-app.js";

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t?.close());

describe("system behaviour", () => {
  it("reports health without credentials", async () => {
    const res = await t.app.inject({ url: "/api/health" });
    expect(res.json()).toEqual({
      status: "ok",
      database: expect.stringMatching(/^(pglite|postgresql)$/),
      version: "test",
    });
  });

  it("sends security headers and a request id", async () => {
    const res = await t.app.inject({ url: "/api/health", headers: { "x-request-id": "trace-123" } });
    expect(res.headers["x-request-id"]).toBe("trace-123");
    expect(res.headers["x-content-type-options"]).toBe("nosniff");
    expect(res.headers["content-security-policy"]).toContain("default-src 'self'");
    expect(res.headers["x-frame-options"]).toBe("SAMEORIGIN");
  });

  it("serves the OpenAPI 3.1 document and the docs page publicly", async () => {
    const doc = (await t.app.inject({ url: "/api/openapi.json" })).json();
    expect(doc.openapi).toBe("3.1.0");
    expect(doc.paths["/api/v1/users"].get).toBeTruthy();
    expect(doc.paths["/api/v1/auth/login"].post.security).toEqual([]);
    expect(doc.paths["/api/v1/users"].get.security).toBeUndefined();
    const docs = await t.app.inject({ url: "/api/docs/" });
    expect(docs.statusCode).toBe(200);
    expect(docs.headers["content-type"]).toContain("text/html");
  });

  it("lists a page of users with a constant number of queries (no N+1)", async () => {
    const admin = bearer(t.tokens.admin);
    const unit = (
      await t.app.inject({
        method: "POST",
        url: "/api/v1/business-units",
        headers: admin,
        payload: { name: "N+1" },
      })
    ).json();
    for (let i = 0; i < 30; i++) {
      await t.app.inject({
        method: "POST",
        url: "/api/v1/users",
        headers: admin,
        payload: {
          email: `n${i}@example.org`,
          name: `N ${i}`,
          role: "viewer",
          password: TEST_PASSWORD,
          businessUnitIds: [unit.id],
        },
      });
    }
    t.takeQueries();
    const small = await t.app.inject({ url: "/api/v1/users?limit=5", headers: admin });
    const forSmall = t.takeQueries().length;
    const large = await t.app.inject({ url: "/api/v1/users?limit=35", headers: admin });
    const forLarge = t.takeQueries().length;
    expect(small.json().items).toHaveLength(5);
    expect(large.json().items).toHaveLength(35);
    expect(forLarge).toBe(forSmall);
    expect(forLarge).toBeLessThanOrEqual(8);
  });
});
