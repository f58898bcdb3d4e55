/**
 * Every vendor, questionnaire, campaign and portal route against malformed input (ISO/IEC 42001
 * A.10.3 records must not break on bad data): wrong types, nulls, huge and control-laden strings,
 * impossible dates and numbers, unknown fields and junk query strings. None may answer 5xx or show
 * database internals; `createTestApp` also fails the file on any 5xx.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PORTAL_LINK_HEADER } from "@openaims/core";
import { bearer, createTestApp, type TestApp } from "../../test-support/test-app.js";
import { createFixture, send, type Fixture } from "../../test-support/campaign-fixtures.js";

let t: TestApp;
let f: Fixture;
beforeAll(async () => {
  t = await createTestApp({ AIMS_PORTAL_RATE_LIMIT: 100_000 });
  f = await createFixture(t);
});
afterAll(async () => t?.close());

const NOT_OBJECTS: unknown[] = [null, [], "x", 1, true];
const BAD_BODIES: unknown[] = [
  ...NOT_OBJECTS,
  {},
  { version: -1 },
  { version: 1e300 },
  { version: "1" },
  { version: 1, unknownField: 1 },
  { name: "\u0000" },
  { name: "a".repeat(100_000) },
  { dueOn: "0000-01-01", version: 1 },
  { dueOn: "9999-12-31" },
  { linkValidDays: -5, dueOn: "2031-01-01" },
  { linkExpiresAt: "0000-01-01T00:00:00Z", version: 1 },
  { linkExpiresAt: "+275760-09-13T00:00:00Z", version: 1 },
  { overrides: { a: 2 }, version: 1 },
  { overrides: { a: null }, version: 1 },
  { questions: [{ question: "\u0000" }], version: 1 },
  { rating: "none", version: 1 },
  { component: null },
  { email: "a\r\nb@x.y", name: "x" },
  { kind: "iso_42001", expiresOn: "2020-13-01" },
  { answers: { policy: "\u0000" } },
  { answers: { policy: { deep: [[[[1]]]] } } },
  { answer: "\u0000" },
];
const BAD_QUERIES = [
  "?limit=0",
  "?limit=201",
  "?offset=-1",
  "?sort=__proto__",
  "?q=%00",
  `?vendorIds=${"a,".repeat(300)}`,
  "?vendorIds=",
  "?status=bogus",
  "?linkState=x",
  "?version=abc",
  "?riskRating=x",
  "?reviewDue=maybe",
];
const SQL_WORDS = /\b(select|insert|update|violates|relation|column|constraint|syntax error)\b/i;

describe("malformed input on every route of the vendor slice", () => {
  it("gets a 4xx in the standard error shape (or a 2xx), never a 5xx or database internals", async () => {
    const s = await send(t, f);
    const fill = (url: string) =>
      url
        .replace(
          ":id",
          url.includes("vendor-campaigns")
            ? s.campaign.id
            : url.includes("vendors")
              ? f.vendorId
              : f.templateId,
        )
        .replace(":contactId", f.contactId)
        .replace(":aiSystemId", f.aiSystemId)
        .replace(/:[A-Za-z]+/g, "00000000-0000-4000-8000-000000000000");
    const routes = t.app.aimsRoutes.filter((r) => /vendor|questionnaire|portal/.test(r.url));
    expect(routes.length).toBeGreaterThan(35);
    const problems: string[] = [];
    for (const r of routes) {
      const reads = r.method === "GET" || r.method === "DELETE";
      for (const payload of reads ? [undefined] : BAD_BODIES)
        for (const qs of reads ? ["", ...BAD_QUERIES] : [""]) {
          const headers =
            r.permission === "vendor-link" ? { [PORTAL_LINK_HEADER]: s.link.token } : bearer(t.tokens.admin);
          const res = await t.app.inject({
            method: r.method as "GET",
            url: fill(r.url) + qs,
            ...(payload === undefined
              ? { headers }
              : {
                  headers: { ...headers, "content-type": "application/json" },
                  payload: JSON.stringify(payload),
                }),
          });
          const what = `${r.method} ${r.url}${qs} ${JSON.stringify(payload)?.slice(0, 60)}`;
          if (res.statusCode >= 500) problems.push(`${what} -> ${res.statusCode}`);
          if (res.statusCode >= 400) {
            const body = res.json() as { error?: { code?: string; message?: string } };
            if (typeof body.error?.code !== "string") problems.push(`${what}: not the error shape`);
            if (SQL_WORDS.test(body.error?.message ?? "")) problems.push(`${what}: ${body.error?.message}`);
          }
          // Copying or adopting a template takes an optional body: null is "no body".
          const optionalBody = payload === null && /\/(copy|adopt)$/.test(r.url);
          if (payload !== undefined && NOT_OBJECTS.includes(payload) && !optionalBody && res.statusCode < 400)
            problems.push(`${what} accepted a body that is not an object`);
        }
    }
    expect(problems).toEqual([]);
  }, 300_000);
});
