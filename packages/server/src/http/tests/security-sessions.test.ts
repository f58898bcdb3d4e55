/**
 * Sign-in security (ISO/IEC 42001 A.7.5 information security of the AIMS records; OWASP session
 * management): a fresh session id at every sign-in, sign-out that ends the session on the server,
 * CSRF on every cookie-authenticated change, cookie flags, the sign-in rate limit and password hashes.
 */
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { aiSystems, apiTokens, sessions, users } from "../../db/schema/index.js";
import { bearer, createTestApp, signIn, TEST_PASSWORD, type TestApp } from "../../test-support/test-app.js";

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ AIMS_LOGIN_MAX_FAILURES: 3 });
});
afterAll(async () => t?.close());

const login = (email: string, password: string, headers: Record<string, string> = {}, ip = "127.0.0.1") =>
  t.app.inject({
    method: "POST",
    url: "/api/v1/auth/login",
    payload: { email, password },
    headers,
    remoteAddress: ip,
  });
const me = (cookie: string) => t.app.inject({ url: "/api/v1/auth/me", headers: { cookie } });
const cookieOf = (res: { cookies: { name: string; value: string }[] }) =>
  res.cookies.find((c) => c.name === "aims_session")!.value;

describe("session fixation", () => {
  it("never adopts a session id chosen before sign-in", async () => {
    const planted = "attacker-chosen-session-id";
    const res = await login(t.users.manager.email, TEST_PASSWORD, { cookie: `aims_session=${planted}` });
    expect(res.statusCode).toBe(200);
    expect(cookieOf(res)).not.toBe(planted);
    expect((await me(`aims_session=${planted}`)).statusCode).toBe(401);
    expect((await me(`aims_session=${cookieOf(res)}`)).statusCode).toBe(200);
  });

  it("ends the session the browser carried when someone signs in over it", async () => {
    const before = await signIn(t.app, t.users.viewer.email);
    const res = await login(t.users.admin.email, TEST_PASSWORD, { cookie: before.cookie });
    expect(res.statusCode).toBe(200);
    expect(`aims_session=${cookieOf(res)}`).not.toBe(before.cookie);
    expect((await me(before.cookie)).statusCode).toBe(401);
    expect((await me(`aims_session=${cookieOf(res)}`)).json().user.email).toBe(t.users.admin.email);
  });

  it("ends the session on the server at sign-out, so a copied cookie is worthless", async () => {
    const s = await signIn(t.app, t.users.auditor.email);
    const count = async () =>
      (await t.database.db.select().from(sessions).where(eq(sessions.userId, t.users.auditor.id))).length;
    const open = await count();
    const out = await t.app.inject({
      method: "POST",
      url: "/api/v1/auth/logout",
      headers: { cookie: s.cookie, "x-csrf-token": s.csrf },
    });
    expect(out.statusCode).toBe(204);
    const cleared = out.cookies.find((c) => c.name === "aims_session")!;
    expect(cleared.value).toBe("");
    expect(await count()).toBe(open - 1);
    expect((await me(s.cookie)).statusCode).toBe(401);
    const replay = await t.app.inject({
      method: "POST",
      url: "/api/v1/tokens",
      headers: { cookie: s.cookie, "x-csrf-token": s.csrf },
      payload: { name: "after sign-out" },
    });
    expect(replay.statusCode).toBe(401);
  });
});

describe("CSRF", () => {
  it("refuses cookie-authenticated changes without the session's own token, changing nothing", async () => {
    const system = (
      await t.app.inject({
        method: "POST",
        url: "/api/v1/ai-systems",
        headers: bearer(t.tokens.manager),
        payload: { name: "CSRF target", lifecycleStage: "design" },
      })
    ).json();
    const mine = await signIn(t.app, t.users.manager.email);
    const other = await signIn(t.app, t.users.manager.email);
    const tokensBefore = (await t.database.db.select().from(apiTokens)).length;
    const attempts: [string, string, object][] = [
      ["PATCH", `/api/v1/ai-systems/${system.id}`, { version: system.version, purpose: "Hijacked" }],
      ["POST", "/api/v1/tokens", { name: "stolen" }],
      ["POST", "/api/v1/auth/password", { currentPassword: TEST_PASSWORD, newPassword: "attacker pass 1" }],
    ];
    for (const [method, url, payload] of attempts)
      for (const csrf of [undefined, "", "wrong", other.csrf, mine.csrf.toUpperCase()]) {
        const headers: Record<string, string> = { cookie: mine.cookie };
        if (csrf !== undefined) headers["x-csrf-token"] = csrf;
        const res = await t.app.inject({ method: method as "POST", url, headers, payload });
        expect(res.statusCode, `${method} ${url} csrf=${csrf}`).toBe(403);
        expect(res.json().error.code).toBe("CSRF_FAILED");
      }
    const [row] = await t.database.db.select().from(aiSystems).where(eq(aiSystems.id, system.id));
    expect(row).toMatchObject({ version: system.version, purpose: "" });
    expect((await t.database.db.select().from(apiTokens)).length).toBe(tokensBefore);
    // Reading needs no token; a change with the right one goes through.
    expect((await me(mine.cookie)).statusCode).toBe(200);
    const ok = await t.app.inject({
      method: "PATCH",
      url: `/api/v1/ai-systems/${system.id}`,
      headers: { cookie: mine.cookie, "x-csrf-token": mine.csrf },
      payload: { version: system.version, purpose: "Changed by its owner" },
    });
    expect(ok.statusCode, ok.body).toBe(200);
  });

  it("needs no CSRF token for a bearer token, which a browser never sends by itself", async () => {
    const res = await t.app.inject({
      method: "POST",
      url: "/api/v1/ai-systems",
      headers: bearer(t.tokens.contributor),
      payload: { name: "Made by a pipeline", lifecycleStage: "design" },
    });
    expect(res.statusCode, res.body).toBe(201);
  });
});

describe("the session cookie", () => {
  it("is HttpOnly, SameSite=Lax, Path=/ and lives as long as a session; not Secure by default", async () => {
    const res = await login(t.users.contributor.email, TEST_PASSWORD);
    const cookie = res.cookies.find((c) => c.name === "aims_session")!;
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: "Lax", path: "/" });
    expect(cookie.secure).toBeFalsy();
    expect(cookie.maxAge).toBe(t.config.AIMS_SESSION_HOURS * 3600);
    expect(cookie.value).toMatch(/^[A-Za-z0-9_-]{43}$/);
  });

  it("is Secure when AIMS_COOKIE_SECURE=true", async () => {
    const secure = await createTestApp({ AIMS_COOKIE_SECURE: true });
    try {
      const res = await secure.app.inject({
        method: "POST",
        url: "/api/v1/auth/login",
        payload: { email: secure.users.viewer.email, password: TEST_PASSWORD },
      });
      const header = String(res.headers["set-cookie"]);
      expect(header).toMatch(/; Secure/);
      expect(header).toMatch(/; HttpOnly/);
      expect(header).toMatch(/; SameSite=Lax/);
      expect(header).toMatch(/; Path=\//);
    } finally {
      await secure.close();
    }
  });
});

describe("sign-in rate limit", () => {
  it("locks an account after AIMS_LOGIN_MAX_FAILURES and an address after five times as many", async () => {
    const email = t.users.auditor.email;
    for (let i = 0; i < 3; i++)
      expect((await login(email, "wrong password", {}, "10.0.0.1")).statusCode).toBe(401);
    // The right password from anywhere is refused while the account is locked.
    for (const ip of ["10.0.0.1", "10.0.0.2"]) {
      const res = await login(email, TEST_PASSWORD, {}, ip);
      expect(res.statusCode).toBe(429);
      expect(res.json().error.code).toBe("RATE_LIMITED");
    }
    // One address guessing many accounts: 15 failures lock the address, not the accounts elsewhere.
    for (let i = 0; i < 15; i++) await login(`nobody-${i}@example.org`, "guess", {}, "10.0.0.9");
    expect((await login(t.users.manager.email, TEST_PASSWORD, {}, "10.0.0.9")).statusCode).toBe(429);
    expect((await login(t.users.manager.email, TEST_PASSWORD, {}, "10.0.0.8")).statusCode).toBe(200);
  });
});

describe("password hashes", () => {
  /** OWASP Password Storage Cheat Sheet: scrypt N=2^17, r=8, p=1, or one of the equivalents it lists. */
  const OWASP_SCRYPT = [
    { N: 2 ** 17, p: 1 },
    { N: 2 ** 16, p: 2 },
    { N: 2 ** 15, p: 3 },
    { N: 2 ** 14, p: 5 },
    { N: 2 ** 13, p: 10 },
  ];

  it("stores scrypt with parameters at or above OWASP guidance, a random salt, never the password", async () => {
    const rows = await t.database.db.select({ hash: users.passwordHash }).from(users);
    expect(rows.length).toBeGreaterThan(3);
    for (const { hash } of rows) {
      expect(hash).not.toContain(TEST_PASSWORD);
      const [scheme, n, r, p, salt, key] = hash.split("$");
      expect(scheme).toBe("scrypt");
      expect(Number(r)).toBeGreaterThanOrEqual(8);
      expect(
        OWASP_SCRYPT.some((o) => Number(n) >= o.N && Number(p) >= o.p),
        hash,
      ).toBe(true);
      expect(Buffer.from(salt!, "base64").length).toBeGreaterThanOrEqual(16);
      expect(Buffer.from(key!, "base64").length).toBeGreaterThanOrEqual(32);
    }
    expect(new Set(rows.map((r) => r.hash.split("$")[4])).size).toBe(rows.length);
  });

  it("upgrades a hash made with older parameters at the next sign-in", async () => {
    const weak = "scrypt$16384$8$1$";
    const [user] = await t.database.db.select().from(users).where(eq(users.id, t.users.contributor.id));
    const { scryptSync } = await import("node:crypto");
    const salt = Buffer.alloc(16, 7);
    const key = scryptSync(TEST_PASSWORD.normalize("NFKC"), salt, 32, { N: 16384, r: 8, p: 1 });
    const old = `${weak}${salt.toString("base64")}$${key.toString("base64")}`;
    await t.database.db.update(users).set({ passwordHash: old }).where(eq(users.id, user!.id));
    expect((await login(user!.email, TEST_PASSWORD, {}, "10.0.0.20")).statusCode).toBe(200);
    const [after] = await t.database.db.select().from(users).where(eq(users.id, user!.id));
    expect(after!.passwordHash).not.toBe(old);
    expect(after!.passwordHash.startsWith("scrypt$32768$8$3$")).toBe(true);
    expect((await login(user!.email, TEST_PASSWORD, {}, "10.0.0.21")).statusCode).toBe(200);
  });
});
