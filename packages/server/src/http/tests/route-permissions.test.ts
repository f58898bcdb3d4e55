import { randomUUID } from "node:crypto";
import Fastify from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { canAccess, ROLES } from "@openaims/core";
import { collectRoutes } from "../auth-hooks.js";
import { createTestApp, bearer, type TestApp } from "../../test-support/test-app.js";

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t?.close());

const fill = (url: string) => url.replace(/:[A-Za-z]+/g, () => randomUUID());

describe("route permissions", () => {
  it("refuses to register an API route that declares no permission", async () => {
    const app = Fastify();
    collectRoutes(app);
    expect(() => app.get("/api/v1/unguarded", async () => "x")).toThrow(/declares no permission/);
    expect(() =>
      app.get("/api/v1/guarded", { config: { permission: "users:read" } }, async () => "x"),
    ).not.toThrow();
  });

  it("has every route in the OpenAPI document", async () => {
    const doc = (await t.app.inject({ url: "/api/openapi.json" })).json() as {
      paths: Record<string, Record<string, unknown>>;
    };
    const documented = new Set(
      Object.entries(doc.paths).flatMap(([path, ops]) =>
        Object.keys(ops).map((m) => `${m.toUpperCase()} ${path.replace(/\{(\w+)\}/g, ":$1")}`),
      ),
    );
    const apiRoutes = t.app.aimsRoutes.filter((r) => r.url.startsWith("/api/v1") || r.url === "/api/health");
    expect(apiRoutes.length).toBeGreaterThan(15);
    for (const r of apiRoutes) expect(documented, `${r.method} ${r.url}`).toContain(`${r.method} ${r.url}`);
  });

  it("answers 401 without credentials on every route but the public ones", async () => {
    for (const r of t.app.aimsRoutes) {
      const res = await t.app.inject({
        method: r.method as "GET",
        url: fill(r.url),
        payload: r.method === "GET" ? undefined : {},
      });
      if (r.permission === "public") expect(res.statusCode, `${r.method} ${r.url}`).not.toBe(401);
      else {
        expect(res.statusCode, `${r.method} ${r.url}`).toBe(401);
        expect(res.json().error.code).toBe("UNAUTHENTICATED");
      }
    }
  });

  it.each(ROLES)("allows and denies every route for role %s as the matrix says", async (role) => {
    for (const r of t.app.aimsRoutes) {
      // Signing out would end nothing for a token, but keep the token usable for the next routes.
      const res = await t.app.inject({
        method: r.method as "GET",
        url: fill(r.url),
        headers: bearer(t.tokens[role]),
        payload: r.method === "GET" ? undefined : {},
      });
      const label = `${role} ${r.method} ${r.url} -> ${res.statusCode} ${res.body.slice(0, 120)}`;
      // The vendor portal takes only its link token: a user's credentials are no credentials there.
      if (r.permission === "vendor-link") expect(res.statusCode, label).toBe(401);
      else if (canAccess(role, r.permission)) expect([401, 403, 500], label).not.toContain(res.statusCode);
      else {
        expect(res.statusCode, label).toBe(403);
        expect(res.json().error.code, label).toBe("FORBIDDEN");
      }
    }
  });

  it("gives an auditor 403 on every write", async () => {
    const writes = t.app.aimsRoutes.filter(
      (r) =>
        r.method !== "GET" &&
        r.permission !== "public" &&
        r.permission !== "authenticated" &&
        r.permission !== "vendor-link",
    );
    expect(writes.length).toBeGreaterThan(3);
    for (const r of writes) {
      const res = await t.app.inject({
        method: r.method as "POST",
        url: fill(r.url),
        headers: bearer(t.tokens.auditor),
        payload: {},
      });
      expect(res.statusCode, `${r.method} ${r.url}`).toBe(403);
    }
  });
});
