/** Evidence under hostile input: impossible dates, odd ids and readers limited to one business unit. */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { EvidenceDetail } from "@openaims/core";
import { bearer, createTestApp, signIn, TEST_PASSWORD, type TestApp } from "../../test-support/test-app.js";
import { evidenceRowCounts, multipart, PDF } from "../../test-support/evidence.js";

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({}, { withCatalogs: true });
});
afterAll(async () => t?.close());

const url = "/api/v1/evidence";
type Headers = Record<string, string>;
const as = (who: keyof TestApp["tokens"] | Headers): Headers =>
  typeof who === "string" ? bearer(t.tokens[who]) : who;
const send = (
  method: "GET" | "POST" | "PATCH" | "DELETE",
  path: string,
  who: Parameters<typeof as>[0],
  payload?: object,
) => t.app.inject({ method, url: path, headers: as(who), payload });
async function created(path: string, body: object) {
  const res = await send("POST", path, "admin", body);
  expect(res.statusCode, res.body).toBe(201);
  return res.json() as { id: string; key: string };
}

describe("dates PostgreSQL or the date arithmetic cannot hold", () => {
  it("refuses year 0 and other days outside 1900–2999 with 400, storing nothing", async () => {
    const item = await created(url, { title: "Dated", url: "https://example.org/dated" });
    const before = await evidenceRowCounts(t.database);
    for (const day of ["0000-01-01", "0001-01-01", "1899-12-31", "3000-01-01"]) {
      for (const field of ["collectedOn", "effectiveOn", "validUntil"]) {
        const res = await send("POST", url, "contributor", {
          title: "t",
          url: "https://example.org/x",
          [field]: day,
        });
        expect(res.statusCode, `${field} ${day}: ${res.body}`).toBe(400);
        expect(res.json().error.details.issues[0].path).toContain(field);
        const patch = await send("PATCH", `${url}/${item.id}`, "contributor", { version: 1, [field]: day });
        expect(patch.statusCode, `PATCH ${field} ${day}`).toBe(400);
        const body = multipart({ title: "t", [field]: day }, { name: "a.pdf", bytes: PDF() });
        const upload = await t.app.inject({
          method: "POST",
          url: `${url}/files`,
          headers: { ...bearer(t.tokens.contributor), "content-type": body.contentType },
          payload: body.payload,
        });
        expect(upload.statusCode, `upload ${field} ${day}`).toBe(400);
      }
    }
    expect(await evidenceRowCounts(t.database)).toEqual(before);
    for (const day of ["1900-01-01", "2999-12-31"])
      expect(
        (await send("POST", url, "contributor", { title: "edge", url: "https://e.org", validUntil: day }))
          .statusCode,
      ).toBe(201);
  });
});

describe("record ids written in capitals", () => {
  it("stores a link under the record's id, so the record finds its evidence and a second link is a duplicate", async () => {
    const control = await created("/api/v1/controls", { code: "EVG-1", title: "Logging" });
    const item = await created(url, { title: "Log sample", url: "https://example.org/log" });
    const upper = control.id.toUpperCase();
    const res = await send("POST", `${url}/${item.id}/links`, "contributor", {
      targetType: "control",
      targetId: upper,
    });
    expect(res.statusCode, res.body).toBe(200);
    expect((res.json() as EvidenceDetail).links).toMatchObject([
      { targetId: control.id, label: "EVG-1 Logging" },
    ]);
    const page = (await send("GET", `${url}?targetType=control&targetId=${control.id}`, "viewer")).json();
    expect(page.items.map((i: EvidenceDetail) => i.id)).toEqual([item.id]);
    const again = await send("POST", `${url}/${item.id}/links`, "contributor", {
      targetType: "control",
      targetId: control.id,
    });
    expect(again.statusCode).toBe(409);
    const onCreate = await send("POST", url, "contributor", {
      title: "Both spellings",
      url: "https://example.org/both",
      links: [
        { targetType: "control", targetId: upper },
        { targetType: "control", targetId: control.id },
      ],
    });
    expect(onCreate.statusCode, onCreate.body).toBe(201);
    expect((onCreate.json() as EvidenceDetail).links).toHaveLength(1);
    const gone = await t.app.inject({
      method: "DELETE",
      url: `${url}/${item.id}/links?targetType=control&targetId=${upper}`,
      headers: bearer(t.tokens.contributor),
    });
    expect(gone.statusCode, gone.body).toBe(200);
    expect((gone.json() as EvidenceDetail).links).toEqual([]);
  });
});

describe("a reader limited to one business unit", () => {
  it("neither sees nor reaches the records of another unit through evidence links", async () => {
    const unitA = await created("/api/v1/business-units", { name: "Guards A" });
    const unitB = await created("/api/v1/business-units", { name: "Guards B" });
    const user = await send("POST", "/api/v1/users", "admin", {
      email: "evidence-guard@example.org",
      name: "Guard",
      role: "contributor",
      password: TEST_PASSWORD,
      businessUnitIds: [unitA.id],
    });
    expect(user.statusCode, user.body).toBe(201);
    const s = await signIn(t.app, "evidence-guard@example.org");
    const scoped = { cookie: s.cookie, "x-csrf-token": s.csrf };
    const riskB = await created("/api/v1/risks", {
      title: "Unit B secret risk",
      businessUnitId: unitB.id,
      inherentLikelihood: 3,
      inherentImpact: 3,
      residualLikelihood: 2,
      residualImpact: 2,
    });
    // Evidence of unit A, linked by an administrator to unit B's risk and to an organization-wide requirement.
    const item = await created(url, {
      title: "Shared log",
      url: "https://example.org/shared",
      businessUnitId: unitA.id,
    });
    for (const target of [
      { targetType: "risk", targetId: riskB.id },
      { targetType: "requirement", targetId: "iso-iec-42001:2023/A.6.2.4" },
    ])
      expect((await send("POST", `${url}/${item.id}/links`, "admin", target)).statusCode).toBe(200);

    // Linking to the other unit's risk is refused as if it did not exist.
    const mine = await created(url, {
      title: "Unit A log",
      url: "https://example.org/a",
      businessUnitId: unitA.id,
    });
    const link = await send("POST", `${url}/${mine.id}/links`, scoped, {
      targetType: "risk",
      targetId: riskB.id,
    });
    expect(link.statusCode).toBe(400);
    expect(link.json().error.message).toContain(`unknown risk ${riskB.id}`);

    // Reading the shared item shows only what the reader may see; the risk's id is not given away.
    const read = await send("GET", `${url}/${item.id}`, scoped);
    expect(read.statusCode).toBe(200);
    expect(read.body).not.toContain(riskB.id);
    expect((read.json() as EvidenceDetail).links.map((l) => l.targetType)).toEqual(["requirement"]);
    expect((await send("GET", `${url}/${item.id}`, "admin")).json().links).toHaveLength(2);

    // Asking which evidence supports the other unit's risk tells nothing either.
    const byTarget = (await send("GET", `${url}?targetType=risk&targetId=${riskB.id}`, scoped)).json();
    expect(byTarget).toEqual({ items: [], total: 0 });

    // Nor can the reader remove the link they cannot see.
    const unlink = await t.app.inject({
      method: "DELETE",
      url: `${url}/${item.id}/links?targetType=risk&targetId=${riskB.id}`,
      headers: scoped,
    });
    expect(unlink.statusCode).toBe(404);
    expect((await send("GET", `${url}/${item.id}`, "admin")).json().links).toHaveLength(2);
  });
});
