import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { bearer, createTestApp, signIn, TEST_PASSWORD, type TestApp } from "../../test-support/test-app.js";

let t: TestApp;
/** Queries of the first read of the SoA, compared with a later one. */
const h = { queries: 0 };
beforeAll(async () => {
  t = await createTestApp({}, { withCatalogs: true });
});
afterAll(async () => t?.close());

type Entry = { controlId: string; applicable: boolean | null; version: number; notes: string };
type Role = keyof TestApp["tokens"];
const get = (url: string, role: Role = "viewer") => t.app.inject({ url, headers: bearer(t.tokens[role]) });
const entry = async (id: string) => (await get(`/api/v1/soa/${id}`)).json() as Entry;
const patch = (id: string, payload: object, role: Role = "contributor") =>
  t.app.inject({ method: "PATCH", url: `/api/v1/soa/${id}`, headers: bearer(t.tokens[role]), payload });

/** A user of a role signed in by cookie (a second manager, a scoped contributor…). */
async function signedIn(email: string, role: string, businessUnitIds: string[] = []) {
  const res = await t.app.inject({
    method: "POST",
    url: "/api/v1/users",
    headers: bearer(t.tokens.admin),
    payload: { email, name: email, role, password: TEST_PASSWORD, businessUnitIds },
  });
  expect(res.statusCode, res.body).toBe(201);
  const s = await signIn(t.app, email);
  const headers = { cookie: s.cookie, "x-csrf-token": s.csrf };
  return (method: "GET" | "PATCH" | "POST", url: string, payload?: object) =>
    t.app.inject({ method, url, headers, payload });
}

/** Decides every control so a version can be issued. */
async function completeSoa() {
  const all = (await get("/api/v1/soa")).json() as { items: Entry[] };
  for (const e of all.items) {
    const res = await patch(e.controlId, {
      version: e.version,
      applicable: true,
      reasons: [{ kind: "business", ref: "AI policy commitment" }],
    });
    expect(res.statusCode, res.body).toBe(200);
  }
}

describe("statement of applicability guards", () => {
  it("answers hostile control ids, bodies and version numbers with a 4xx", async () => {
    for (const id of ["A.99", "A.99.1", "..%2Fx", "A.2.2%2F..%2FA.3.2", "a.2.2", "A.2", "constructor"]) {
      expect((await get(`/api/v1/soa/${id}`)).statusCode, id).toBe(404);
      expect((await patch(id, { version: 1, notes: "x" })).statusCode, id).toBe(404);
    }
    for (const id of ["A".repeat(41), "%00"])
      expect((await get(`/api/v1/soa/${id}`)).statusCode, id).toBe(400);
    const e = await entry("A.2.2");
    for (const body of [
      {
        version: e.version,
        reasons: Array.from({ length: 101 }, (_, i) => ({ kind: "business", ref: `r${i}` })),
      },
      { version: e.version, reasons: [{ kind: "whim", ref: "x" }] },
      { version: e.version, reasons: [{ kind: "business", ref: "x".repeat(301) }] },
      { version: e.version, reasons: "all of them" },
      { version: e.version, notes: "x".repeat(4001) },
      { version: e.version, notes: { deep: { er: 1 } } },
      { version: e.version, applicable: "yes" },
      { version: "1", notes: "x" },
      { version: e.version, controlKey: "iso-iec-42001:2023/A.3.2" },
      { version: e.version, decisionSource: "derived" },
    ]) {
      const res = await patch("A.2.2", body);
      expect(res.statusCode, JSON.stringify(body).slice(0, 100)).toBe(400);
    }
    expect((await entry("A.2.2")).version).toBe(e.version);
    for (const q of [
      "from=abc",
      "from=0",
      "from=1&to=working2",
      "from=1&to=-1",
      "from=1.5",
      "",
      "from=99999999",
    ])
      expect((await get(`/api/v1/soa/versions/compare?${q}`)).statusCode, q).toBe(400);
    expect((await get("/api/v1/soa/versions/compare?from=7")).statusCode).toBe(404);
    for (const n of ["x", "0", "1.5", "-1"])
      expect((await get(`/api/v1/soa/versions/${n}`)).statusCode, n).toBe(400);
    expect((await get("/api/v1/soa/versions/3")).statusCode).toBe(404);
    for (const q of ["applicable=maybe", "status=done", "reasonKind=whim", `q=${"x".repeat(201)}`])
      expect((await get(`/api/v1/soa?${q}`)).statusCode, q).toBe(400);
    expect((await get(`/api/v1/soa?q=${encodeURIComponent("%_\\'")}`)).statusCode).toBe(200);
  });

  it("refuses stale versions, unknown controls, bad input and readers, and audits the edit", async () => {
    const current = await entry("A.2.2");
    const stale = await patch("A.2.2", { version: current.version + 5, notes: "x" });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error.code).toBe("VERSION_CONFLICT");
    expect((await patch("A.99.1", { version: 1, notes: "x" })).statusCode).toBe(404);
    expect((await patch("A.2.2", { version: 1, implementationStatus: "done" })).statusCode).toBe(400);
    expect((await patch("A.2.2", { version: 1, colour: "red" })).statusCode).toBe(400);
    expect(
      (await patch("A.2.2", { version: current.version, reasons: [{ kind: "business", ref: "  " }] }))
        .statusCode,
    ).toBe(400);
    const byViewer = await patch("A.2.2", { version: current.version, notes: "x" }, "viewer");
    expect(byViewer.statusCode).toBe(403);
    const notes = await patch("A.2.2", { version: current.version, notes: "reviewed" });
    expect(notes.json()).toMatchObject({
      notes: "reviewed",
      version: current.version + 1,
      decisionSource: null,
    });
    const one = await get("/api/v1/soa/A.2.2");
    expect(one.json()).toMatchObject({ controlId: "A.2.2", notes: "reviewed" });
    const trail = (
      await get(
        `/api/v1/audit-events?entityType=soa_entry&entityId=${encodeURIComponent("iso-iec-42001:2023/A.2.2")}`,
        "auditor",
      )
    ).json();
    expect(trail.items.map((e: { action: string }) => e.action)).toEqual(["soa_entry.updated"]);
  });

  it("reads the working SoA in the same number of queries, empty or fully decided", async () => {
    h.queries = 0;
    t.takeQueries();
    expect((await get("/api/v1/soa")).statusCode).toBe(200);
    h.queries = t.takeQueries().length;
    expect(h.queries).toBeLessThan(12);
  });

  it("lets one of two concurrent edits of an entry through and answers 409 to the other", async () => {
    // A.3.2 has never been written: both requests create its row first.
    const e = await entry("A.3.2");
    const results = await Promise.all([
      patch("A.3.2", { version: e.version, notes: "from Ana" }),
      patch("A.3.2", { version: e.version, notes: "from Ben" }),
    ]);
    expect(results.map((r) => r.statusCode).sort()).toEqual([200, 409]);
    expect((await entry("A.3.2")).version).toBe(e.version + 1);
  });

  it("keeps the organization-wide SoA out of reach of a contributor limited to a business unit", async () => {
    const unit = await t.app.inject({
      method: "POST",
      url: "/api/v1/business-units",
      headers: bearer(t.tokens.admin),
      payload: { name: "Retail" },
    });
    const call = await signedIn("soa-scoped@example.org", "contributor", [unit.json().id]);
    expect((await call("GET", "/api/v1/soa")).statusCode).toBe(200);
    const e = await entry("A.4.2");
    const res = await call("PATCH", "/api/v1/soa/A.4.2", { version: e.version, applicable: false });
    expect(res.statusCode).toBe(403);
    expect((await call("POST", "/api/v1/soa/derive")).statusCode).toBe(403);
    expect((await entry("A.4.2")).version).toBe(e.version);
  });

  it("lets only another approver decide an issued version, and audits issue and decision", async () => {
    await completeSoa();
    const managerA = await signedIn("soa-manager-a@example.org", "manager");
    const issued = await managerA("POST", "/api/v1/soa/versions", { note: "first" });
    expect(issued.statusCode, issued.body).toBe(201);
    const decide = "/api/v1/soa/versions/1/decision";
    for (const role of ["viewer", "contributor", "auditor"] as const) {
      const res = await t.app.inject({
        method: "POST",
        url: decide,
        headers: bearer(t.tokens[role]),
        payload: { decision: "approve" },
      });
      expect(res.statusCode, role).toBe(403);
    }
    const own = await managerA("POST", decide, { decision: "approve" });
    expect(own.statusCode).toBe(403);
    const rejected = await t.app.inject({
      method: "POST",
      url: decide,
      headers: bearer(t.tokens.manager),
      payload: { decision: "reject", comment: "A.6 needs evidence" },
    });
    expect(rejected.statusCode, rejected.body).toBe(200);
    expect(rejected.json()).toMatchObject({ number: 1, status: "rejected" });
    const again = await t.app.inject({
      method: "POST",
      url: decide,
      headers: bearer(t.tokens.manager),
      payload: { decision: "approve" },
    });
    expect(again.statusCode).toBe(422);
    const trail = (
      await get(`/api/v1/audit-events?entityType=soa_version&order=asc&limit=50`, "auditor")
    ).json();
    const actions = trail.items.map((a: { action: string }) => a.action);
    expect(actions).toEqual(expect.arrayContaining(["soa_version.issued", "soa_version.rejected"]));

    // A second version, then a comparison either way round.
    const second = await managerA("POST", "/api/v1/soa/versions", { note: "second" });
    expect(second.statusCode, second.body).toBe(201);
    for (const q of ["from=2&to=1", "from=1&to=2", "from=2&to=2", "from=1"])
      expect((await get(`/api/v1/soa/versions/compare?${q}`)).statusCode, q).toBe(200);
    expect((await get("/api/v1/soa/versions/compare?from=1&to=3")).statusCode).toBe(404);
  });

  it("reads the decided SoA in as many queries as the empty one", async () => {
    t.takeQueries();
    const decided = (await get("/api/v1/soa")).json() as { summary: { undecided: number } };
    expect(decided.summary.undecided).toBe(0);
    expect(t.takeQueries().length).toBe(h.queries);
  });
});
