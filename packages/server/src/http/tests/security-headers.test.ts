/**
 * Browser-facing hardening (ISO/IEC 42001 A.7.5; OWASP secure headers): a Content-Security-Policy
 * that allows no inline or foreign script, no framing by other sites, no MIME sniffing, no referrer,
 * on API answers, errors and the web app alike; and error bodies that never carry a stack trace,
 * a file path or SQL, whether the error is the client's (4xx) or ours (500).
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadConfig } from "../../config.js";
import { buildApp, type App } from "../app.js";
import { createTestDatabase } from "../../test-support/test-database.js";
import { bearer, createTestApp, type TestApp } from "../../test-support/test-app.js";
import type { Database } from "../../db/client.js";

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t?.close());

/** The directives of a CSP header, by name. */
function directives(csp: string): Map<string, string[]> {
  return new Map(
    csp
      .split(";")
      .map((d) => d.trim().split(/\s+/))
      .filter((d) => d[0])
      .map(([name, ...values]) => [name!.toLowerCase(), values]),
  );
}

describe("security headers", () => {
  const answers = () => [
    t.app.inject({ url: "/api/health" }),
    t.app.inject({ url: "/api/v1/auth/me" }),
    t.app.inject({ url: "/api/v1/ai-systems", headers: bearer(t.tokens.viewer) }),
    t.app.inject({ url: "/api/v1/no-such-route" }),
    t.app.inject({ url: "/governance/documents" }),
  ];

  it("sends a CSP without inline or foreign scripts, framing or plugins on every answer", async () => {
    for (const res of await Promise.all(answers())) {
      const label = `${res.raw.req.url} ${res.statusCode}`;
      const csp = directives(String(res.headers["content-security-policy"]));
      const scripts = csp.get("script-src") ?? csp.get("default-src");
      expect(scripts, label).toEqual(["'self'"]);
      expect(csp.get("default-src"), label).toEqual(["'self'"]);
      expect(csp.get("script-src-attr"), label).toEqual(["'none'"]);
      expect(csp.get("object-src"), label).toEqual(["'none'"]);
      expect(csp.get("base-uri"), label).toEqual(["'self'"]);
      expect(csp.get("form-action"), label).toEqual(["'self'"]);
      expect(["'self'", "'none'"], label).toContain(csp.get("frame-ancestors")?.join(" "));
      for (const [name, values] of csp)
        if (name.startsWith("script") || name === "default-src")
          expect(values.join(" "), `${label} ${name}`).not.toMatch(
            /unsafe-inline|unsafe-eval|\*|data:|http:/,
          );
    }
  });

  it("forbids sniffing, framing by other sites and sending the address as referrer", async () => {
    for (const res of await Promise.all(answers())) {
      const label = `${res.raw.req.url} ${res.statusCode}`;
      expect(res.headers["x-content-type-options"], label).toBe("nosniff");
      expect(["SAMEORIGIN", "DENY"], label).toContain(res.headers["x-frame-options"]);
      expect(res.headers["referrer-policy"], label).toBe("no-referrer");
      expect(res.headers["cross-origin-opener-policy"], label).toBe("same-origin");
      expect(res.headers["x-powered-by"], label).toBeUndefined();
    }
  });

  it("keeps portal answers out of shared caches", async () => {
    const res = await t.app.inject({
      url: "/api/v1/portal/questionnaire",
      headers: { "x-vendor-link": "x" },
    });
    expect(res.statusCode).toBe(401);
    expect(res.headers["cache-control"]).toBe("no-store");
  });
});

/** Signs of internals in a body: stack frames, source paths, SQL, driver or framework wording. */
const INTERNALS =
  /\bat [\w.<>]+ \(|node_modules|\.ts:\d+|\.js:\d+|\/work\/|\bSELECT\b|\bINSERT\b|\bUPDATE\b|\bFROM\b|constraint|relation "|syntax error|FST_|ZodError|stack/i;

describe("error bodies", () => {
  it("carry only code, message and details for client errors", async () => {
    const headers = { ...bearer(t.tokens.contributor), "content-type": "application/json" };
    const cases = [
      t.app.inject({ method: "POST", url: "/api/v1/ai-systems", headers, payload: "{not json" }),
      t.app.inject({ method: "POST", url: "/api/v1/ai-systems", headers, payload: "" }),
      t.app.inject({ method: "POST", url: "/api/v1/ai-systems", headers, payload: { name: 42 } }),
      t.app.inject({ url: "/api/v1/ai-systems/not-a-uuid", headers }),
      t.app.inject({ url: `/api/v1/ai-systems/${crypto.randomUUID()}`, headers }),
      t.app.inject({ url: "/api/v1/ai-systems?limit=100000&sort=password", headers }),
      t.app.inject({ method: "DELETE", url: "/api/v1/users", headers }),
      t.app.inject({ url: "/api/v1/users", headers: bearer(t.tokens.viewer) }),
      t.app.inject({ url: "/api/v1/auth/me", headers: { authorization: "Basic abc" } }),
      t.app.inject({
        method: "POST",
        url: "/api/v1/ai-systems",
        headers: { ...bearer(t.tokens.contributor), "content-type": "text/plain" },
        payload: "x",
      }),
    ];
    for (const res of await Promise.all(cases)) {
      const label = `${res.raw.req.method} ${res.raw.req.url} -> ${res.statusCode} ${res.body}`;
      expect(res.statusCode, label).toBeGreaterThanOrEqual(400);
      expect(res.statusCode, label).toBeLessThan(500);
      expect(Object.keys(res.json()), label).toEqual(["error"]);
      expect(Object.keys(res.json().error).sort(), label).toEqual(
        expect.arrayContaining(["code", "message"]),
      );
      expect(res.body, label).not.toMatch(INTERNALS);
    }
  });

  it("treats quotes and SQL in a search as text", async () => {
    const made = await t.app.inject({
      method: "POST",
      url: "/api/v1/ai-systems",
      headers: bearer(t.tokens.contributor),
      payload: { name: "Quoted system", lifecycleStage: "design" },
    });
    expect(made.statusCode).toBe(201);
    const res = await t.app.inject({
      url: `/api/v1/ai-systems?q=${encodeURIComponent("' OR 1=1 --")}`,
      headers: bearer(t.tokens.viewer),
    });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ items: [], total: 0 });
  });

  describe("for an unexpected failure", () => {
    let database: Database;
    let app: App;
    beforeAll(async () => {
      database = await createTestDatabase();
      app = await buildApp({
        database,
        config: loadConfig({}, { AIMS_JOBS: false }),
        version: "test",
        logger: false,
        webDist: "/nonexistent",
      });
      // A route that fails as a broken query would: the message names SQL, the stack our files.
      app.get("/api/v1/test-failure", { config: { permission: "public" } }, async () => {
        const error = new Error('insert into "users" ("email") values ($1) violates foreign key constraint');
        throw Object.assign(error, { code: "23503", detail: "Key (id)=(42) is not present in table users." });
      });
      await app.ready();
    });
    afterAll(async () => {
      await app?.close();
      await database?.close();
    });

    it("answers 500 quoting the request id and nothing else", async () => {
      const res = await app.inject({ url: "/api/v1/test-failure", headers: { "x-request-id": "req-42" } });
      expect(res.statusCode).toBe(500);
      expect(res.json()).toEqual({
        error: { code: "INTERNAL", message: expect.stringContaining("req-42") },
      });
      expect(res.body).not.toMatch(INTERNALS);
      expect(res.body).not.toMatch(/foreign key|users|42\)/);
      expect(res.headers["x-request-id"]).toBe("req-42");
      expect(res.headers["content-security-policy"]).toBeDefined();
    });
  });
});
