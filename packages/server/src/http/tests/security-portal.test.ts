/**
 * What portal.test.ts leaves out (decision 0004; ISO/IEC 42001 A.10.3): a link reaches a real
 * follow-up of another questionnaire no more than a made-up one, and the portal's uploads refuse
 * unsafe names and types as evidence uploads do — nothing is kept.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { bearer, createTestApp, type TestApp } from "../../test-support/test-app.js";
import {
  createFixture,
  PDF,
  portal,
  send,
  upload,
  type Fixture,
} from "../../test-support/campaign-fixtures.js";

let t: TestApp;
let f: Fixture;
beforeAll(async () => {
  t = await createTestApp({ AIMS_PORTAL_RATE_LIMIT: 10_000 });
  f = await createFixture(t);
});
afterAll(async () => t?.close());

describe("another questionnaire's follow-up", () => {
  it("is not found through this link, and stays unanswered", async () => {
    const theirs = await send(t, f);
    const answers = { iso: "no", policy: "Written down.", retention: "30d" };
    expect((await portal(t, theirs.link.token, "PUT", "answers", { answers })).statusCode).toBe(200);
    expect((await portal(t, theirs.link.token, "POST", "submit")).statusCode).toBe(200);
    const detail = await t.app.inject({
      url: `/api/v1/vendor-campaigns/${theirs.campaign.id}`,
      headers: bearer(t.tokens.manager),
    });
    const asked = await t.app.inject({
      method: "POST",
      url: `/api/v1/vendor-campaigns/${theirs.campaign.id}/follow-ups`,
      headers: bearer(t.tokens.manager),
      payload: { version: detail.json().version, questions: [{ question: "Who are your sub-processors?" }] },
    });
    expect(asked.statusCode, asked.body).toBe(200);
    const followUp = (await portal(t, theirs.link.token, "GET", "questionnaire")).json().followUps[0];

    const mine = await send(t, f);
    for (const headers of [{}, bearer(t.tokens.admin)]) {
      const res = await t.app.inject({
        method: "POST",
        url: `/api/v1/portal/follow-ups/${followUp.id}/answer`,
        headers: { ...headers, "x-vendor-link": mine.link.token },
        payload: { answer: "Nobody." },
      });
      expect(res.statusCode, res.body).toBe(404);
    }
    const after = (await portal(t, theirs.link.token, "GET", "questionnaire")).json().followUps[0];
    expect(after).toMatchObject({ id: followUp.id, answer: null });
    expect((await portal(t, mine.link.token, "GET", "questionnaire")).json().followUps).toEqual([]);
  });
});

describe("portal uploads", () => {
  it("refuse path-traversal names, folders, control characters, HTML, SVG and programs", async () => {
    const { link } = await send(t, f);
    expect((await portal(t, link.token, "PUT", "answers", { answers: { iso: "yes" } })).statusCode).toBe(200);
    const refused: [string, Buffer | string, number][] = [
      ["../../etc/passwd.pdf", PDF, 400],
      ["..\\..\\boot.pdf", PDF, 400],
      ["/etc/cert.pdf", PDF, 400],
      ["certs/iso.pdf", PDF, 400],
      ["cert.pdf\u0000.html", PDF, 400],
      ["logo.svg", "<svg onload=alert(1)></svg>", 415],
      ["cert.html", "<script>alert(1)</script>", 415],
      ["notes.txt", "<!doctype html><script>alert(1)</script>", 415],
      ["setup.exe", "MZ", 415],
      ["fake.pdf", "<html></html>", 415],
    ];
    for (const [name, bytes, status] of refused) {
      const res = await upload(t, link.token, "iso-cert", name, Buffer.from(bytes));
      expect(res.statusCode, `${JSON.stringify(name)} -> ${res.body}`).toBe(status);
    }
    expect((await portal(t, link.token, "GET", "questionnaire")).json().files).toEqual([]);
    expect((await upload(t, link.token, "iso-cert", "certificate.pdf", PDF)).statusCode).toBe(201);
  });
});
