/**
 * The link token opens one questionnaire and nothing else (ISO/IEC 42001 A.10.3): not another
 * route, not another campaign's file, not after expiry, revocation or reissue; user credentials never
 * open the portal; the portal is rate limited per client address.
 */
import { randomUUID } from "node:crypto";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PORTAL_LINK_HEADER } from "@openaims/core";
import { outboundMessages, vendorCampaigns } from "../../db/schema/index.js";
import { bearer, createTestApp, signIn, type TestApp } from "../../test-support/test-app.js";
import {
  campaignRow,
  createFixture,
  PDF,
  portal,
  send,
  sha256,
  upload,
  type Fixture,
} from "../../test-support/campaign-fixtures.js";

const INVALID = "this questionnaire link is no longer valid; ask your contact for a new one";
const fill = (url: string) => url.replace(/:[A-Za-z]+/g, () => randomUUID());

let t: TestApp;
let f: Fixture;
beforeAll(async () => {
  t = await createTestApp({ AIMS_PORTAL_RATE_LIMIT: 10_000 });
  f = await createFixture(t);
});
afterAll(async () => t?.close());

const expectInvalid = (res: {
  statusCode: number;
  json: () => { error: { code: string; message: string } };
}) => {
  expect(res.statusCode).toBe(401);
  expect(res.json().error).toMatchObject({ code: "UNAUTHENTICATED", message: INVALID });
};

describe("token confinement", () => {
  it("opens no route but the portal's, whether sent as the link header or as a bearer token", async () => {
    const { link, campaign } = await send(t, f);
    expect((await portal(t, link.token, "GET", "questionnaire")).statusCode).toBe(200);
    // Opening moves the status (and version) once; reading again leaves the reviewer's version alone.
    const opened = await campaignRow(t, campaign.id);
    expect(opened).toMatchObject({ status: "opened", version: campaign.version + 1 });
    expect((await portal(t, link.token, "GET", "questionnaire")).statusCode).toBe(200);
    const reread = await campaignRow(t, campaign.id);
    expect(reread.version).toBe(opened.version);
    expect(reread.lastAccessAt!.getTime()).toBeGreaterThanOrEqual(opened.lastAccessAt!.getTime());
    const others = t.app.aimsRoutes.filter(
      (r) => r.permission !== "vendor-link" && r.permission !== "public",
    );
    expect(others.length).toBeGreaterThan(50);
    for (const r of others) {
      for (const headers of [{ [PORTAL_LINK_HEADER]: link.token }, bearer(link.token)]) {
        const res = await t.app.inject({
          method: r.method as "GET",
          url: fill(r.url),
          headers,
          payload: r.method === "GET" ? undefined : {},
        });
        expect(res.statusCode, `${r.method} ${r.url} ${Object.keys(headers)[0]}`).toBe(401);
      }
    }
  });

  it("is never opened by a user's token or session, whatever their role", async () => {
    const routes = t.app.aimsRoutes.filter((r) => r.permission === "vendor-link");
    expect(routes.map((r) => `${r.method} ${r.url}`).sort()).toEqual(
      [
        "DELETE /api/v1/portal/files/:fileId",
        "GET /api/v1/portal/questionnaire",
        "POST /api/v1/portal/files",
        "POST /api/v1/portal/follow-ups/:followUpId/answer",
        "POST /api/v1/portal/submit",
        "PUT /api/v1/portal/answers",
      ].sort(),
    );
    const session = await signIn(t.app, t.users.admin.email);
    for (const r of routes) {
      for (const headers of [
        bearer(t.tokens.admin),
        bearer(t.tokens.manager),
        { cookie: session.cookie, "x-csrf-token": session.csrf },
      ]) {
        const res = await t.app.inject({
          method: r.method as "GET",
          url: fill(r.url),
          headers,
          payload: r.method === "GET" ? undefined : {},
        });
        expectInvalid(res);
      }
    }
  });

  it("refuses unknown, malformed, expired, revoked and replaced tokens with the same answer", async () => {
    expectInvalid(await portal(t, "A".repeat(43), "GET", "questionnaire"));
    expectInvalid(await portal(t, "not a token", "GET", "questionnaire"));
    expectInvalid(await t.app.inject({ url: "/api/v1/portal/questionnaire" }));

    const expiring = await send(t, f);
    await t.database.db
      .update(vendorCampaigns)
      .set({ linkExpiresAt: new Date(Date.now() - 1000) })
      .where(eq(vendorCampaigns.id, expiring.campaign.id));
    expectInvalid(await portal(t, expiring.link.token, "GET", "questionnaire"));
    expectInvalid(await portal(t, expiring.link.token, "PUT", "answers", { answers: { policy: "x" } }));
    const list = await t.app.inject({
      url: `/api/v1/vendor-campaigns?linkState=expired&limit=200`,
      headers: bearer(t.tokens.viewer),
    });
    expect(list.json().items.map((i: { id: string }) => i.id)).toContain(expiring.campaign.id);

    const revoked = await send(t, f);
    const r1 = await t.app.inject({
      method: "POST",
      url: `/api/v1/vendor-campaigns/${revoked.campaign.id}/revoke`,
      headers: bearer(t.tokens.contributor),
      payload: { version: revoked.campaign.version },
    });
    expect(r1.statusCode, r1.body).toBe(200);
    expect(r1.json()).toMatchObject({ status: "revoked", linkState: "revoked" });
    expectInvalid(await portal(t, revoked.link.token, "GET", "questionnaire"));

    const reissued = await send(t, f);
    const r2 = await t.app.inject({
      method: "POST",
      url: `/api/v1/vendor-campaigns/${reissued.campaign.id}/reissue-link`,
      headers: bearer(t.tokens.contributor),
      payload: { version: reissued.campaign.version },
    });
    expect(r2.statusCode, r2.body).toBe(200);
    const fresh = r2.json().link.token as string;
    expect(fresh).not.toBe(reissued.link.token);
    expectInvalid(await portal(t, reissued.link.token, "GET", "questionnaire"));
    expect((await portal(t, fresh, "GET", "questionnaire")).statusCode).toBe(200);
    const row = await campaignRow(t, reissued.campaign.id);
    expect(row.tokenHash).toBe(sha256(fresh));
    const stored = JSON.stringify([
      row,
      await t.database.db.select().from(outboundMessages).where(eq(outboundMessages.campaignId, row.id)),
    ]);
    expect(stored).not.toContain(fresh);
    expect(stored).not.toContain(reissued.link.token);
  });

  it("reaches only its own campaign's files and follow-ups", async () => {
    const mine = await send(t, f);
    const theirs = await send(t, f);
    expect(
      (await portal(t, theirs.link.token, "PUT", "answers", { answers: { iso: "yes" } })).statusCode,
    ).toBe(200);
    const up = await upload(t, theirs.link.token, "iso-cert", "cert.pdf", PDF);
    expect(up.statusCode, up.body).toBe(201);
    const theirFile = up.json().id;
    expect((await portal(t, mine.link.token, "DELETE", `files/${theirFile}`)).statusCode).toBe(404);
    expect(
      (await portal(t, mine.link.token, "POST", `follow-ups/${randomUUID()}/answer`, { answer: "x" }))
        .statusCode,
    ).toBe(404);
    expect((await portal(t, theirs.link.token, "DELETE", `files/${theirFile}`)).statusCode).toBe(204);
    const view = (await portal(t, theirs.link.token, "GET", "questionnaire")).json();
    expect(view.files).toEqual([]);
    expect(view.answers["iso-cert"]).toBeUndefined();
  });

  it("lets writers extend a link and refuses a date in the past", async () => {
    const s = await send(t, f);
    const later = new Date(Date.now() + 40 * 86_400_000).toISOString();
    const res = await t.app.inject({
      method: "POST",
      url: `/api/v1/vendor-campaigns/${s.campaign.id}/extend`,
      headers: bearer(t.tokens.contributor),
      payload: { version: s.campaign.version, linkExpiresAt: later },
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().linkExpiresAt).toBe(later);
    const bad = await t.app.inject({
      method: "POST",
      url: `/api/v1/vendor-campaigns/${s.campaign.id}/extend`,
      headers: bearer(t.tokens.contributor),
      payload: { version: res.json().version, linkExpiresAt: new Date(Date.now() - 1000).toISOString() },
    });
    expect(bad.statusCode).toBe(400);
    expect((await campaignRow(t, s.campaign.id)).linkExpiresAt.toISOString()).toBe(later);
  });
});

describe("rate limit", () => {
  it("answers 429 in the standard error shape after the limit, refused links counted too", async () => {
    const limited = await createTestApp({ AIMS_PORTAL_RATE_LIMIT: 5 });
    try {
      const fx = await createFixture(limited);
      const { link } = await send(limited, fx);
      for (let i = 0; i < 4; i++)
        expect((await portal(limited, link.token, "GET", "questionnaire")).statusCode).toBe(200);
      expect((await portal(limited, "B".repeat(43), "GET", "questionnaire")).statusCode).toBe(401);
      const res = await portal(limited, link.token, "GET", "questionnaire");
      expect(res.statusCode).toBe(429);
      expect(res.json().error.code).toBe("RATE_LIMITED");
      expect(res.json().error.message).toMatch(/too many requests to the questionnaire portal/);
      expect(Number(res.headers["retry-after"])).toBeGreaterThan(0);
      // The rest of the API is not affected.
      expect(
        (
          await limited.app.inject({
            url: "/api/v1/vendor-campaigns",
            headers: bearer(limited.tokens.viewer),
          })
        ).statusCode,
      ).toBe(200);
    } finally {
      await limited.close();
    }
  });
});

describe("upload limits", () => {
  it("refuses a file over AIMS_EVIDENCE_MAX_BYTES with 413 and keeps nothing", async () => {
    const small = await createTestApp({ AIMS_EVIDENCE_MAX_BYTES: 2048 });
    try {
      const fx = await createFixture(small);
      const { link, campaign } = await send(small, fx);
      await portal(small, link.token, "PUT", "answers", { answers: { iso: "yes" } });
      const big = Buffer.concat([PDF, Buffer.alloc(4096, 0x20)]);
      const res = await upload(small, link.token, "iso-cert", "big.pdf", big);
      expect(res.statusCode).toBe(413);
      expect(res.json().error.code).toBe("PAYLOAD_TOO_LARGE");
      const view = (await portal(small, link.token, "GET", "questionnaire")).json();
      expect(view.files).toEqual([]);
      expect((await campaignRow(small, campaign.id)).status).toBe("in_progress");
      expect((await upload(small, link.token, "iso-cert", "ok.pdf", PDF)).statusCode).toBe(201);
    } finally {
      await small.close();
    }
  });
});
