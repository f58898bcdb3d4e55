/**
 * Two people edit one record from the same version (architecture rule 5, no lost updates): the
 * first PATCH wins, the second gets 409 VERSION_CONFLICT and the first change stays intact. Sent
 * one after the other and also at the same moment (on PostgreSQL the latter truly race).
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { bearer, createTestApp, type TestApp } from "../../test-support/test-app.js";

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t?.close());

type Method = "GET" | "POST" | "PATCH";
type Row = { id: string; version: number } & Record<string, unknown>;
const call = (role: "manager" | "contributor", method: Method, url: string, payload?: object) =>
  t.app.inject({ method, url, headers: bearer(t.tokens[role]), payload });

async function created(url: string, body: object): Promise<Row> {
  const res = await call("manager", "POST", url, body);
  expect(res.statusCode, res.body).toBe(201);
  return res.json() as Row;
}

/** Each kind of record: where it lives, how to create it, and the field two people change. */
const kinds = [
  { kind: "AI system", url: "/api/v1/ai-systems", body: { name: "Shared system" }, field: "name" },
  {
    kind: "risk",
    url: "/api/v1/risks",
    body: {
      title: "Shared risk",
      inherentLikelihood: 3,
      inherentImpact: 3,
      residualLikelihood: 2,
      residualImpact: 2,
    },
    field: "title",
  },
  {
    kind: "document",
    url: "/api/v1/documents",
    body: { title: "Shared policy", kind: "policy" },
    field: "title",
  },
  { kind: "vendor", url: "/api/v1/vendors", body: { name: "Shared vendor" }, field: "name" },
] as const;

describe.each(kinds)("two people editing one $kind", ({ url, body, field }) => {
  it("keeps the first change and refuses the second with VERSION_CONFLICT", async () => {
    const record = await created(url, body);
    const read = (await call("contributor", "GET", `${url}/${record.id}`)).json() as Row;
    const first = await call("manager", "PATCH", `${url}/${record.id}`, {
      version: read.version,
      [field]: "Changed by the first",
    });
    expect(first.statusCode, first.body).toBe(200);
    const second = await call("contributor", "PATCH", `${url}/${record.id}`, {
      version: read.version,
      [field]: "Changed by the second",
    });
    expect(second.statusCode, second.body).toBe(409);
    expect(second.json().error.code).toBe("VERSION_CONFLICT");
    const after = (await call("manager", "GET", `${url}/${record.id}`)).json() as Row;
    expect(after[field]).toBe("Changed by the first");
    expect(after.version).toBe((first.json() as Row).version);
  });

  it("lets exactly one of two simultaneous edits through", async () => {
    const record = await created(url, body);
    const results = await Promise.all(
      (["manager", "contributor"] as const).map((role) =>
        call(role, "PATCH", `${url}/${record.id}`, { version: record.version, [field]: `By ${role}` }),
      ),
    );
    const winners = results.filter((r) => r.statusCode === 200);
    expect(winners, results.map((r) => r.body).join("\n")).toHaveLength(1);
    const loser = results.find((r) => r.statusCode !== 200)!;
    expect(loser.statusCode).toBe(409);
    expect(loser.json().error.code).toBe("VERSION_CONFLICT");
    const after = (await call("manager", "GET", `${url}/${record.id}`)).json() as Row;
    expect(after[field]).toBe((winners[0]!.json() as Row)[field]);
    const audited = await t.database.query(
      "SELECT count(*) AS n FROM audit_events WHERE entity_id = $1 AND action LIKE '%updated'",
      [record.id],
    );
    expect(Number(audited[0]!.n)).toBe(1);
  });
});
