import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, bearer, TEST_PASSWORD, type TestApp } from "../../test-support/test-app.js";

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t?.close());

type Case = {
  name: string;
  method: "GET" | "POST" | "PATCH" | "DELETE";
  url: string;
  body?: unknown;
  raw?: string;
  contentType?: string;
  status: number;
  code: string;
};

const unknownId = "0b9a2a5e-6a43-4c1e-9f6a-3f1f7e2d9c11";
const cases: Case[] = [
  {
    name: "malformed JSON",
    method: "POST",
    url: "/api/v1/business-units",
    raw: "{name:",
    status: 400,
    code: "MALFORMED_REQUEST",
  },
  {
    name: "wrong content type",
    method: "POST",
    url: "/api/v1/business-units",
    raw: "name=x",
    contentType: "text/plain",
    status: 415,
    code: "UNSUPPORTED_MEDIA_TYPE",
  },
  {
    name: "wrong type",
    method: "POST",
    url: "/api/v1/business-units",
    body: { name: 42 },
    status: 400,
    code: "VALIDATION_FAILED",
  },
  {
    name: "missing field",
    method: "POST",
    url: "/api/v1/users",
    body: { email: "a@b.org" },
    status: 400,
    code: "VALIDATION_FAILED",
  },
  {
    name: "too-long string",
    method: "POST",
    url: "/api/v1/business-units",
    body: { name: "x".repeat(201) },
    status: 400,
    code: "VALIDATION_FAILED",
  },
  {
    name: "NUL character",
    method: "POST",
    url: "/api/v1/business-units",
    body: { name: "a\u0000b" },
    status: 400,
    code: "VALIDATION_FAILED",
  },
  {
    name: "NUL in a search",
    method: "GET",
    url: "/api/v1/users?q=%00",
    status: 400,
    code: "VALIDATION_FAILED",
  },
  {
    name: "bad email",
    method: "POST",
    url: "/api/v1/users",
    body: { email: "nope", name: "n", role: "viewer", password: TEST_PASSWORD },
    status: 400,
    code: "VALIDATION_FAILED",
  },
  {
    name: "unknown role",
    method: "POST",
    url: "/api/v1/users",
    body: { email: "r@b.org", name: "n", role: "owner", password: TEST_PASSWORD },
    status: 400,
    code: "VALIDATION_FAILED",
  },
  { name: "unknown id", method: "GET", url: `/api/v1/users/${unknownId}`, status: 404, code: "NOT_FOUND" },
  {
    name: "unknown id on update",
    method: "PATCH",
    url: `/api/v1/business-units/${unknownId}`,
    body: { version: 1, name: "x" },
    status: 404,
    code: "NOT_FOUND",
  },
  {
    name: "id that is not a UUID",
    method: "GET",
    url: "/api/v1/users/42",
    status: 400,
    code: "VALIDATION_FAILED",
  },
  {
    name: "unknown field on update",
    method: "PATCH",
    url: `/api/v1/users/${unknownId}`,
    body: { version: 1, passwordHash: "x" },
    status: 400,
    code: "VALIDATION_FAILED",
  },
  {
    name: "negative offset",
    method: "GET",
    url: "/api/v1/audit-events?offset=-1",
    status: 400,
    code: "VALIDATION_FAILED",
  },
  {
    name: "bad date filter",
    method: "GET",
    url: "/api/v1/audit-events?from=yesterday",
    status: 400,
    code: "VALIDATION_FAILED",
  },
  {
    name: "unknown sort",
    method: "GET",
    url: "/api/v1/users?sort=password_hash",
    status: 400,
    code: "VALIDATION_FAILED",
  },
  { name: "unknown route", method: "GET", url: "/api/v1/nothing-here", status: 404, code: "NOT_FOUND" },
  {
    name: "token expiry out of range",
    method: "POST",
    url: "/api/v1/tokens",
    body: { name: "x", expiresInDays: 99999 },
    status: 400,
    code: "VALIDATION_FAILED",
  },
  {
    name: "huge body",
    method: "POST",
    url: "/api/v1/business-units",
    raw: JSON.stringify({ name: "x", description: "y".repeat(2_000_000) }),
    status: 413,
    code: "PAYLOAD_TOO_LARGE",
  },
];

describe("bad input gets a 4xx with the error body and changes nothing", () => {
  it.each(cases)("$name", async (c) => {
    const countBefore = (
      await t.app.inject({ url: "/api/v1/audit-events/verify", headers: bearer(t.tokens.admin) })
    ).json().checked;
    const res = await t.app.inject({
      method: c.method,
      url: c.url,
      headers: {
        ...bearer(t.tokens.admin),
        ...(c.raw !== undefined ? { "content-type": c.contentType ?? "application/json" } : {}),
      },
      ...(c.raw !== undefined
        ? { payload: c.raw }
        : c.body !== undefined
          ? { payload: c.body as object }
          : {}),
    });
    expect(res.statusCode, res.body).toBe(c.status);
    const body = res.json();
    expect(body.error.code).toBe(c.code);
    expect(typeof body.error.message).toBe("string");
    expect(body.error.message).not.toMatch(/postgres|drizzle|sql|syntax|stack|at .*\.js/i);
    const countAfter = (
      await t.app.inject({ url: "/api/v1/audit-events/verify", headers: bearer(t.tokens.admin) })
    ).json().checked;
    expect(countAfter).toBe(countBefore);
  });
});
