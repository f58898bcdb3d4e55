/**
 * Guards of questionnaire campaigns (ISO/IEC 42001 A.10.3): what sending refuses and keeps, a risk
 * started after acceptance, and business-unit scoping through the vendor.
 */
import { count, eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Role } from "@openaims/core";
import { outboundMessages, risks, vendorCampaigns, vendors } from "../../db/schema/index.js";
import { bearer, createTestApp, signIn, TEST_PASSWORD, type TestApp } from "../../test-support/test-app.js";
import {
  campaignRow,
  createFixture,
  inDays,
  portal,
  send,
  sha256,
  type Fixture,
} from "../../test-support/campaign-fixtures.js";

let t: TestApp;
let f: Fixture;
beforeAll(async () => {
  t = await createTestApp({ AIMS_PORTAL_RATE_LIMIT: 10_000 });
  f = await createFixture(t);
});
afterAll(async () => t?.close());

const call = (role: Role, method: "GET" | "POST" | "PUT", url: string, payload?: object) =>
  t.app.inject({ method, url, headers: bearer(t.tokens[role]), payload });
const detail = async (id: string) => {
  const res = await call("manager", "GET", `/api/v1/vendor-campaigns/${id}`);
  expect(res.statusCode, res.body).toBe(200);
  return res.json();
};
const campaignCount = async () => (await t.database.db.select({ n: count() }).from(vendorCampaigns))[0]!.n;

describe("sending a questionnaire", () => {
  it("returns the link once, keeps only its hash and queues an invitation without it", async () => {
    const sent = await send(t, f, "contributor", { message: "Please answer before the renewal." });
    expect(sent.link.url).toBe(`http://127.0.0.1:4000/portal#${sent.link.token}`);
    expect(sent.link.token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(sent.campaign).toMatchObject({
      key: expect.stringMatching(/^VQ-\d+$/),
      status: "sent",
      linkState: "active",
    });
    const row = await campaignRow(t, sent.campaign.id);
    expect(row.tokenHash).toBe(sha256(sent.link.token));
    expect(row).toMatchObject({
      templateVersion: 1,
      contactEmail: "vera@vendor.example",
      sentById: t.users.contributor.id,
    });
    expect(JSON.stringify(row)).not.toContain(sent.link.token);
    // Default link life: until 14 days after the due date.
    expect(row.linkExpiresAt.toISOString()).toBe(new Date(`${inDays(25)}T00:00:00Z`).toISOString());
    const messages = await t.database.db
      .select()
      .from(outboundMessages)
      .where(eq(outboundMessages.campaignId, sent.campaign.id));
    expect(messages).toHaveLength(1);
    expect(messages[0]).toMatchObject({
      kind: "invitation",
      status: "manual",
      toEmail: "vera@vendor.example",
    });
    expect(messages[0]!.body).toContain("[link sent separately]");
    expect(messages[0]!.body).toContain("Please answer before the renewal.");
    expect(JSON.stringify(messages)).not.toContain(sent.link.token);
    // The token is nowhere in the database, audit trail included.
    const hits = await t.database.db.execute(
      sql`SELECT count(*)::int AS n FROM audit_events WHERE before::text LIKE ${`%${sent.link.token}%`} OR after::text LIKE ${`%${sent.link.token}%`}`,
    );
    expect((hits as unknown as { rows: { n: number }[] }).rows[0]!.n).toBe(0);
  });

  it("refuses bad requests with 4xx and stores nothing", async () => {
    const before = await campaignCount();
    const base = {
      vendorId: f.vendorId,
      templateId: f.templateId,
      contactId: f.contactId,
      dueOn: inDays(10),
    };
    const cases: [object, number, RegExp][] = [
      [{ ...base, dueOn: inDays(0) }, 400, /dueOn: must be a date after today/],
      [{ ...base, dueOn: "2031-02-30" }, 400, /dueOn/],
      [{ ...base, dueOn: inDays(200) }, 400, /dueOn: must be within 180 days/],
      [{ ...base, linkValidDays: 181 }, 400, /linkValidDays/],
      [{ ...base, linkValidDays: 3 }, 400, /linkValidDays: the link would stop working before/],
      [{ ...base, contactId: f.otherContactId }, 400, /contactId: not a contact of vendor/],
      [{ ...base, templateId: f.draftTemplateId }, 409, /draft; publish it first/],
      [{ ...base, vendorId: "00000000-0000-4000-8000-000000000000" }, 404, /vendor/],
      [{ ...base, tokenHash: "x" }, 400, /tokenHash|Unrecognized/i],
    ];
    for (const [payload, status, message] of cases) {
      const res = await call("manager", "POST", "/api/v1/vendor-campaigns", payload);
      expect(res.statusCode, JSON.stringify(payload)).toBe(status);
      expect(res.json().error.message).toMatch(message);
    }
    expect((await call("viewer", "POST", "/api/v1/vendor-campaigns", base)).statusCode).toBe(403);
    expect(await campaignCount()).toBe(before);
  });
});

describe("a risk started after acceptance", () => {
  it("is created once, on a reviewed campaign only", async () => {
    const s = await send(t, f);
    const early = await call("manager", "POST", `/api/v1/vendor-campaigns/${s.campaign.id}/risk`, {
      version: s.campaign.version,
    });
    expect(early.statusCode).toBe(409);
    const answers = { iso: "no", policy: "None yet.", retention: "forever" };
    expect((await portal(t, s.link.token, "PUT", "answers", { answers })).statusCode).toBe(200);
    expect((await portal(t, s.link.token, "POST", "submit")).statusCode).toBe(200);
    let d = await detail(s.campaign.id);
    d = (
      await call("manager", "PUT", `/api/v1/vendor-campaigns/${d.id}/scores`, {
        version: d.version,
        overrides: { policy: 0 },
      })
    ).json();
    const accepted = await call("manager", "POST", `/api/v1/vendor-campaigns/${d.id}/accept`, {
      version: d.version,
    });
    expect(accepted.statusCode, accepted.body).toBe(200);
    expect(accepted.json()).toMatchObject({ score: 0, rating: "critical", riskId: null });
    const risk = await call("manager", "POST", `/api/v1/vendor-campaigns/${d.id}/risk`, {
      version: accepted.json().version,
    });
    expect(risk.statusCode, risk.body).toBe(201);
    expect(risk.json().risk.title).toBe(`Supplier risk: Acme Models (${d.key}, rated critical)`);
    const [row] = await t.database.db.select().from(risks).where(eq(risks.id, risk.json().riskId));
    expect(row!.description).toContain("- Are you certified to ISO/IEC 42001? (0%)");
    const again = await call("manager", "POST", `/api/v1/vendor-campaigns/${d.id}/risk`, {
      version: risk.json().version,
    });
    expect(again.statusCode).toBe(409);
  });
});

describe("business-unit scoping", () => {
  it("hides another unit's vendor campaigns from a scoped contributor", async () => {
    const unit = async (name: string) => {
      const res = await call("admin", "POST", "/api/v1/business-units", { name });
      expect(res.statusCode, res.body).toBe(201);
      return res.json().id as string;
    };
    const [unitA, unitB] = [await unit("Campaigns A"), await unit("Campaigns B")];
    const hidden = await createFixture(t, "Gamma Unit B");
    await t.database.db.update(vendors).set({ businessUnitId: unitB }).where(eq(vendors.id, hidden.vendorId));
    const s = await send(t, hidden, "manager");
    const user = await call("admin", "POST", "/api/v1/users", {
      email: "campaign-scope@example.org",
      name: "Scoped",
      role: "contributor",
      password: TEST_PASSWORD,
      businessUnitIds: [unitA],
    });
    expect(user.statusCode, user.body).toBe(201);
    const session = await signIn(t.app, "campaign-scope@example.org");
    const scoped = (method: "GET" | "POST", url: string, payload?: object) =>
      t.app.inject({
        method,
        url,
        payload,
        headers: { cookie: session.cookie, "x-csrf-token": session.csrf },
      });

    const list = await scoped("GET", "/api/v1/vendor-campaigns?limit=200");
    expect(list.statusCode).toBe(200);
    expect(list.json().items.map((i: { id: string }) => i.id)).not.toContain(s.campaign.id);
    expect(list.json().items.length).toBeGreaterThan(0); // unit-less vendors' campaigns stay visible
    expect((await scoped("GET", `/api/v1/vendor-campaigns/${s.campaign.id}`)).statusCode).toBe(404);
    expect(
      (await scoped("POST", `/api/v1/vendor-campaigns/${s.campaign.id}/revoke`, { version: 1 })).statusCode,
    ).toBe(404);
    const resend = await scoped("POST", "/api/v1/vendor-campaigns", {
      vendorId: hidden.vendorId,
      templateId: hidden.templateId,
      contactId: hidden.contactId,
      dueOn: inDays(10),
    });
    expect(resend.statusCode).toBe(404);
    const cmp = await scoped(
      "GET",
      `/api/v1/vendor-campaigns/compare?vendorIds=${f.vendorId},${hidden.vendorId}`,
    );
    expect(cmp.statusCode).toBe(404);
    expect((await campaignRow(t, s.campaign.id)).status).toBe("sent");
  });
});
