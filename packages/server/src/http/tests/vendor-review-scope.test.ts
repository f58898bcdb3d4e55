/**
 * Business-unit scoping through a vendor (ISO/IEC 42001 A.10.3): what acceptance creates carries the
 * vendor's unit, so people limited to units see exactly what they should; another unit's campaign,
 * its files and its link actions do not exist for them; nor can a vendor be tied to an AI system they
 * cannot see.
 */
import { eq, inArray } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Role } from "@openaims/core";
import { evidence, risks, vendorAiSystems, vendorCampaigns, vendors } from "../../db/schema/index.js";
import { bearer, createTestApp, signIn, TEST_PASSWORD, type TestApp } from "../../test-support/test-app.js";
import { createFixture, PDF, portal, send, upload } from "../../test-support/campaign-fixtures.js";

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ AIMS_PORTAL_RATE_LIMIT: 100_000 });
});
afterAll(async () => t?.close());

type Method = "GET" | "POST" | "PUT";
const call = (role: Role, method: Method, url: string, payload?: object) =>
  t.app.inject({ method, url, headers: bearer(t.tokens[role]), payload });
async function made(url: string, payload: object): Promise<{ id: string; version: number }> {
  const res = await call("admin", "POST", url, payload);
  expect(res.statusCode, res.body).toBe(201);
  return res.json();
}
async function person(email: string, role: Role, unitId: string) {
  await made("/api/v1/users", {
    email,
    name: email,
    role,
    password: TEST_PASSWORD,
    businessUnitIds: [unitId],
  });
  const s = await signIn(t.app, email);
  return (method: Method, url: string, payload?: object) =>
    t.app.inject({ method, url, payload, headers: { cookie: s.cookie, "x-csrf-token": s.csrf } });
}

describe("a vendor of one business unit", () => {
  it("gives its unit to the evidence and risk made at acceptance; other units see none of it", async () => {
    const unitA = await made("/api/v1/business-units", { name: "Scope A" });
    const unitB = await made("/api/v1/business-units", { name: "Scope B" });
    const fx = await createFixture(t, "Unit B Models");
    await t.database.db.update(vendors).set({ businessUnitId: unitB.id }).where(eq(vendors.id, fx.vendorId));
    const inA = await person("scope-a@example.org", "contributor", unitA.id);
    const inB = await person("scope-b@example.org", "viewer", unitB.id);

    const s = await send(t, fx, "manager");
    expect((await portal(t, s.link.token, "PUT", "answers", { answers: { iso: "yes" } })).statusCode).toBe(
      200,
    );
    const file = await upload(t, s.link.token, "iso-cert", "certificate.pdf", PDF);
    expect(file.statusCode, file.body).toBe(201);
    const answers = { policy: "Reviewed.", retention: "1y" };
    expect((await portal(t, s.link.token, "PUT", "answers", { answers })).statusCode).toBe(200);
    expect((await portal(t, s.link.token, "POST", "submit")).statusCode).toBe(200);

    // Another unit's contributor: the campaign, its file and its link actions do not exist.
    const id = s.campaign.id;
    const version = (await call("manager", "GET", `/api/v1/vendor-campaigns/${id}`)).json().version;
    expect((await inA("GET", `/api/v1/vendor-campaigns/${id}/files/${file.json().id}`)).statusCode).toBe(404);
    for (const action of ["reissue-link", "revoke"])
      expect((await inA("POST", `/api/v1/vendor-campaigns/${id}/${action}`, { version })).statusCode).toBe(
        404,
      );
    const extend = await inA("POST", `/api/v1/vendor-campaigns/${id}/extend`, {
      version,
      linkExpiresAt: new Date(Date.now() + 40 * 86_400_000).toISOString(),
    });
    expect(extend.statusCode).toBe(404);
    const [row] = await t.database.db.select().from(vendorCampaigns).where(eq(vendorCampaigns.id, id));
    expect(row).toMatchObject({ version, status: "submitted" });

    let d = (
      await call("manager", "PUT", `/api/v1/vendor-campaigns/${id}/scores`, {
        version,
        overrides: { policy: 0.5 },
      })
    ).json();
    if (d.error) throw new Error(JSON.stringify(d));
    d = (
      await call("manager", "POST", `/api/v1/vendor-campaigns/${id}/accept`, {
        version: d.version,
        createRisk: true,
      })
    ).json();
    expect(d.status, JSON.stringify(d)).toBe("reviewed");
    const items = await t.database.db.select().from(evidence).where(inArray(evidence.id, d.evidenceIds));
    expect(items).toHaveLength(2);
    expect(items.every((e) => e.businessUnitId === unitB.id)).toBe(true);
    const [risk] = await t.database.db.select().from(risks).where(eq(risks.id, d.riskId));
    expect(risk!.businessUnitId).toBe(unitB.id);

    for (const evidenceId of d.evidenceIds as string[]) {
      expect((await inA("GET", `/api/v1/evidence/${evidenceId}`)).statusCode).toBe(404);
      expect((await inB("GET", `/api/v1/evidence/${evidenceId}`)).statusCode).toBe(200);
    }
    expect((await inA("GET", `/api/v1/risks/${d.riskId}`)).statusCode).toBe(404);
    expect((await inB("GET", `/api/v1/risks/${d.riskId}`)).statusCode).toBe(200);
    expect((await inB("GET", `/api/v1/vendor-campaigns/${id}`)).statusCode).toBe(200);
  });

  it("cannot be tied by a scoped contributor to an AI system of another unit", async () => {
    const unitA = await made("/api/v1/business-units", { name: "Link A" });
    const unitB = await made("/api/v1/business-units", { name: "Link B" });
    const inA = await person("link-a@example.org", "contributor", unitA.id);
    const vendor = await made("/api/v1/vendors", { name: "Unit A Supplier", businessUnitId: unitA.id });
    const hidden = await made("/api/v1/ai-systems", {
      name: "Unit B system",
      lifecycleStage: "design",
      businessUnitId: unitB.id,
    });
    const res = await inA("PUT", `/api/v1/vendors/${vendor.id}/ai-systems/${hidden.id}`, {
      component: "API",
    });
    expect(res.statusCode).toBe(404);
    expect(
      await t.database.db.select().from(vendorAiSystems).where(eq(vendorAiSystems.vendorId, vendor.id)),
    ).toEqual([]);
  });
});
