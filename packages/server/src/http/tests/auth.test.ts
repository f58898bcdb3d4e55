import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, bearer, signIn, TEST_PASSWORD, type TestApp } from "../../test-support/test-app.js";

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ AIMS_LOGIN_MAX_FAILURES: 3 });
});
afterAll(async () => t?.close());

describe("sessions", () => {
  it("signs in, reads me with permissions, and signs out", async () => {
    const { cookie, csrf } = await signIn(t.app, t.users.manager.email);
    const me = await t.app.inject({ url: "/api/v1/auth/me", headers: { cookie } });
    expect(me.statusCode).toBe(200);
    expect(me.json().user.email).toBe(t.users.manager.email);
    expect(me.json().permissions).toContain("records:approve");
    expect(me.json().csrfToken).toBe(csrf);
    const out = await t.app.inject({
      method: "POST",
      url: "/api/v1/auth/logout",
      headers: { cookie, "x-csrf-token": csrf },
    });
    expect(out.statusCode).toBe(204);
    expect((await t.app.inject({ url: "/api/v1/auth/me", headers: { cookie } })).statusCode).toBe(401);
  });

  it("sets an HttpOnly SameSite cookie", async () => {
    const res = await t.app.inject({
      method: "POST",
      url: "/api/v1/auth/login",
      payload: { email: t.users.viewer.email, password: TEST_PASSWORD },
    });
    const cookie = res.cookies.find((c) => c.name === "aims_session")!;
    expect(cookie.httpOnly).toBe(true);
    expect(cookie.sameSite).toBe("Lax");
  });

  it("refuses a cookie-authenticated write without the CSRF header", async () => {
    const { cookie, csrf } = await signIn(t.app, t.users.admin.email);
    const payload = { name: "Risk office" };
    const without = await t.app.inject({
      method: "POST",
      url: "/api/v1/business-units",
      headers: { cookie },
      payload,
    });
    expect(without.statusCode).toBe(403);
    expect(without.json().error.code).toBe("CSRF_FAILED");
    const wrong = await t.app.inject({
      method: "POST",
      url: "/api/v1/business-units",
      headers: { cookie, "x-csrf-token": "nope" },
      payload,
    });
    expect(wrong.statusCode).toBe(403);
    const ok = await t.app.inject({
      method: "POST",
      url: "/api/v1/business-units",
      headers: { cookie, "x-csrf-token": csrf },
      payload,
    });
    expect(ok.statusCode).toBe(201);
  });

  it("answers a wrong password and an unknown email alike, then rate-limits", async () => {
    const email = t.users.contributor.email;
    const wrong = await t.app.inject({
      method: "POST",
      url: "/api/v1/auth/login",
      payload: { email, password: "not the password" },
    });
    const unknown = await t.app.inject({
      method: "POST",
      url: "/api/v1/auth/login",
      payload: { email: "nobody@example.org", password: "x" },
    });
    expect(wrong.statusCode).toBe(401);
    expect(unknown.statusCode).toBe(401);
    expect(wrong.json().error.message).toBe(unknown.json().error.message);
    for (let i = 0; i < 2; i++)
      await t.app.inject({
        method: "POST",
        url: "/api/v1/auth/login",
        payload: { email, password: "still wrong" },
      });
    const limited = await t.app.inject({
      method: "POST",
      url: "/api/v1/auth/login",
      payload: { email, password: TEST_PASSWORD },
    });
    expect(limited.statusCode).toBe(429);
    expect(limited.json().error.code).toBe("RATE_LIMITED");
  });

  it("changes a password: the old one stops working and other sessions end", async () => {
    const email = t.users.auditor.email;
    const first = await signIn(t.app, email);
    const second = await signIn(t.app, email);
    const res = await t.app.inject({
      method: "POST",
      url: "/api/v1/auth/password",
      headers: { cookie: first.cookie, "x-csrf-token": first.csrf },
      payload: { currentPassword: TEST_PASSWORD, newPassword: "a brand new passphrase" },
    });
    expect(res.statusCode).toBe(204);
    expect(
      (await t.app.inject({ url: "/api/v1/auth/me", headers: { cookie: first.cookie } })).statusCode,
    ).toBe(200);
    expect(
      (await t.app.inject({ url: "/api/v1/auth/me", headers: { cookie: second.cookie } })).statusCode,
    ).toBe(401);
    const old = await t.app.inject({
      method: "POST",
      url: "/api/v1/auth/login",
      payload: { email, password: TEST_PASSWORD },
    });
    expect(old.statusCode).toBe(401);
    await signIn(t.app, email, "a brand new passphrase");
  });

  it("rejects a wrong current password and a short new one", async () => {
    const { cookie, csrf } = await signIn(t.app, t.users.viewer.email);
    const headers = { cookie, "x-csrf-token": csrf };
    const wrong = await t.app.inject({
      method: "POST",
      url: "/api/v1/auth/password",
      headers,
      payload: { currentPassword: "nope", newPassword: "long enough password" },
    });
    expect(wrong.statusCode).toBe(401);
    const short = await t.app.inject({
      method: "POST",
      url: "/api/v1/auth/password",
      headers,
      payload: { currentPassword: TEST_PASSWORD, newPassword: "short" },
    });
    expect(short.statusCode).toBe(400);
    expect(short.json().error.details.issues[0].path).toBe("body.newPassword");
  });
});

describe("API tokens", () => {
  it("creates a token shown once, lists it without the secret, and revokes it", async () => {
    const headers = bearer(t.tokens.contributor);
    const created = await t.app.inject({
      method: "POST",
      url: "/api/v1/tokens",
      headers,
      payload: { name: "pipeline", expiresInDays: 30 },
    });
    expect(created.statusCode).toBe(201);
    const { token, id } = created.json();
    expect(token).toMatch(/^aims_/);
    const list = await t.app.inject({ url: "/api/v1/tokens", headers });
    expect(list.json().items.map((i: { id: string }) => i.id)).toContain(id);
    expect(list.body).not.toContain(token);
    expect((await t.app.inject({ url: "/api/v1/auth/me", headers: bearer(token) })).statusCode).toBe(200);
    const revoked = await t.app.inject({ method: "DELETE", url: `/api/v1/tokens/${id}`, headers });
    expect(revoked.statusCode).toBe(204);
    const after = await t.app.inject({ url: "/api/v1/auth/me", headers: bearer(token) });
    expect(after.statusCode).toBe(401);
  });

  it("does not let one user revoke another user's token", async () => {
    const created = await t.app.inject({
      method: "POST",
      url: "/api/v1/tokens",
      headers: bearer(t.tokens.viewer),
      payload: { name: "mine" },
    });
    const res = await t.app.inject({
      method: "DELETE",
      url: `/api/v1/tokens/${created.json().id}`,
      headers: bearer(t.tokens.admin),
    });
    expect(res.statusCode).toBe(404);
  });

  it("rejects a malformed Authorization header and an unknown token", async () => {
    expect(
      (await t.app.inject({ url: "/api/v1/auth/me", headers: { authorization: "Basic abc" } })).statusCode,
    ).toBe(401);
    expect((await t.app.inject({ url: "/api/v1/auth/me", headers: bearer("aims_unknown") })).statusCode).toBe(
      401,
    );
  });

  it("stops a deactivated user's token and sessions", async () => {
    const create = await t.app.inject({
      method: "POST",
      url: "/api/v1/users",
      headers: bearer(t.tokens.admin),
      payload: { email: "leaver@example.org", name: "Leaver", role: "contributor", password: TEST_PASSWORD },
    });
    const user = create.json();
    const session = await signIn(t.app, "leaver@example.org");
    const tok = await t.app.inject({
      method: "POST",
      url: "/api/v1/tokens",
      headers: { cookie: session.cookie, "x-csrf-token": session.csrf },
      payload: { name: "x" },
    });
    const token = tok.json().token;
    const off = await t.app.inject({
      method: "PATCH",
      url: `/api/v1/users/${user.id}`,
      headers: bearer(t.tokens.admin),
      payload: { version: user.version, isActive: false },
    });
    expect(off.statusCode).toBe(200);
    expect((await t.app.inject({ url: "/api/v1/auth/me", headers: bearer(token) })).statusCode).toBe(401);
    expect(
      (await t.app.inject({ url: "/api/v1/auth/me", headers: { cookie: session.cookie } })).statusCode,
    ).toBe(401);
    const login = await t.app.inject({
      method: "POST",
      url: "/api/v1/auth/login",
      payload: { email: "leaver@example.org", password: TEST_PASSWORD },
    });
    expect(login.statusCode).toBe(403);
    expect(login.json().error.code).toBe("ACCOUNT_DISABLED");
  });
});
