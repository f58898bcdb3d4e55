/**
 * Defects found in review of the vendor register, portal and campaigns (ISO/IEC 42001 A.10.3):
 * input the database refuses, answers cached by proxies, a link reissued while a request waits, the
 * scoring key shown to the vendor, evidence kept by vendor records, and acceptance of a vendor with
 * many AI systems (the bounds are in vendor-review-bounds.test.ts).
 */
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEFAULT_RATING_BANDS, type Role } from "@openaims/core";
import {
  campaignAnswers,
  evidence,
  evidenceLinks,
  notifications,
  users,
  vendorAiSystems,
  vendorCampaigns,
  vendors,
} from "../../db/schema/index.js";
import { authenticateVendorLink, portalContext } from "../../services/portal/portal-auth.js";
import { savePortalAnswers } from "../../services/portal/portal-service.js";
import { bearer, createTestApp, type TestApp } from "../../test-support/test-app.js";
import {
  campaignRow,
  CONTENT,
  createFixture,
  portal,
  PDF,
  send,
  upload,
  type Fixture,
  type Sent,
} from "../../test-support/campaign-fixtures.js";

let t: TestApp;
let f: Fixture;
beforeAll(async () => {
  t = await createTestApp({ AIMS_PORTAL_RATE_LIMIT: 100_000 });
  f = await createFixture(t);
});
afterAll(async () => t?.close());

type Method = "GET" | "POST" | "PUT" | "DELETE";
const call = (role: Role, method: Method, url: string, payload?: object) =>
  t.app.inject({ method, url, headers: bearer(t.tokens[role]), payload });
const detail = async (id: string) => {
  const res = await call("manager", "GET", `/api/v1/vendor-campaigns/${id}`);
  expect(res.statusCode, res.body).toBe(200);
  return res.json();
};
const answerRows = async (campaignId: string) =>
  t.database.db.select().from(campaignAnswers).where(eq(campaignAnswers.campaignId, campaignId));

/** Answers everything required and submits. */
async function submitted(s: Sent, answers: object = { iso: "no", policy: "Reviewed.", retention: "30d" }) {
  expect((await portal(t, s.link.token, "PUT", "answers", { answers })).statusCode).toBe(200);
  const res = await portal(t, s.link.token, "POST", "submit");
  expect(res.statusCode, res.body).toBe(200);
  return detail(s.campaign.id);
}

describe("portal input", () => {
  it("refuses a text answer with control characters (NUL made the save a 500) and stores nothing", async () => {
    const s = await send(t, f);
    const version = (await campaignRow(t, s.campaign.id)).version;
    for (const policy of ["before\u0000after", "bell\u0007"]) {
      const res = await portal(t, s.link.token, "PUT", "answers", { answers: { policy } });
      expect(res.statusCode, res.body).toBe(400);
      expect(res.json().error).toMatchObject({
        code: "VALIDATION_FAILED",
        message: "answers.policy: must not contain control characters",
      });
    }
    expect(await answerRows(s.campaign.id)).toEqual([]);
    expect((await campaignRow(t, s.campaign.id)).version).toBe(version);
    const ok = await portal(t, s.link.token, "PUT", "answers", { answers: { policy: "Line one\nLine two" } });
    expect(ok.statusCode, ok.body).toBe(200);
  });
});

describe("caches", () => {
  it("are told never to store a portal answer, refused ones included", async () => {
    const s = await send(t, f);
    for (const res of [
      await portal(t, s.link.token, "GET", "questionnaire"),
      await portal(t, s.link.token, "PUT", "answers", { answers: { nope: "x" } }),
      await portal(t, "C".repeat(43), "GET", "questionnaire"),
    ]) {
      expect(res.headers["cache-control"], res.body).toBe("no-store");
      expect(String(res.headers.vary)).toMatch(/x-vendor-link/i);
    }
  });
});

describe("the scoring key", () => {
  it("is not shown to the vendor, only to the reviewer", async () => {
    const s = await send(t, f);
    const res = await portal(t, s.link.token, "GET", "questionnaire");
    expect(res.statusCode).toBe(200);
    const content = res.json().content;
    const questions = content.sections.flatMap((x: { questions: object[] }) => x.questions);
    expect(questions.map((q: { id: string }) => q.id)).toEqual(
      CONTENT.sections.flatMap((x) => x.questions.map((q) => q.id)),
    );
    expect(questions.every((q: { weight: number }) => q.weight === 0)).toBe(true);
    const options = questions.flatMap((q: { options: { score: number }[] }) => q.options);
    expect(options.length).toBeGreaterThan(0);
    expect(options.every((o: { score: number }) => o.score === 0)).toBe(true);
    expect(content.ratingBands).toEqual(DEFAULT_RATING_BANDS);
    // Conditions and labels stay: the portal still shows the right questions.
    expect(questions.find((q: { id: string }) => q.id === "iso-cert").showIf).toEqual({
      questionId: "iso",
      anyOf: ["yes"],
    });
    // The reviewer's copy is untouched.
    const d = await detail(s.campaign.id);
    expect(d.content.sections[0].questions[0].weight).toBe(2);
    expect(d.content.sections[0].questions[0].options[0].score).toBe(10);
  });
});

describe("a link reissued while a request waits", () => {
  it("does not let the old token write once the new one is issued", async () => {
    const s = await send(t, f);
    // Authenticated with the old token (as the request's preParsing hook does)…
    const link = await authenticateVendorLink(t.database.db, s.link.token, null);
    // …then the link is reissued before the request's transaction locks the campaign.
    const re = await call("contributor", "POST", `/api/v1/vendor-campaigns/${s.campaign.id}/reissue-link`, {
      version: s.campaign.version,
    });
    expect(re.statusCode, re.body).toBe(200);
    await expect(
      savePortalAnswers(portalContext(t.database.db, link, null), link, { answers: { policy: "stale" } }),
    ).rejects.toMatchObject({ code: "UNAUTHENTICATED" });
    expect(await answerRows(s.campaign.id)).toEqual([]);
    // The link never puts its hash into the audit trail or the error.
    const fresh = await portal(t, re.json().link.token, "PUT", "answers", { answers: { policy: "fresh" } });
    expect(fresh.statusCode).toBe(200);
  });
});

describe("a file answer changed during follow-up", () => {
  it("loses the reviewer's score for it, like any other changed answer", async () => {
    const s = await send(t, f);
    // A scored file question: the reviewer judges the document itself.
    await t.database.db
      .update(vendorCampaigns)
      .set({
        content: {
          sections: [
            {
              id: "s",
              title: "Proof",
              questions: [
                { id: "report", text: "Upload your bias test report", type: "file", required: true },
              ],
            },
          ],
        },
      })
      .where(eq(vendorCampaigns.id, s.campaign.id));
    expect((await upload(t, s.link.token, "report", "report.pdf", PDF)).statusCode).toBe(201);
    expect((await portal(t, s.link.token, "POST", "submit")).statusCode).toBe(200);
    let d = await detail(s.campaign.id);
    d = (
      await call("manager", "PUT", `/api/v1/vendor-campaigns/${d.id}/scores`, {
        version: d.version,
        overrides: { report: 1 },
      })
    ).json();
    expect(d.scoring).toMatchObject({ pending: 0, score: 100 });
    d = (
      await call("manager", "POST", `/api/v1/vendor-campaigns/${d.id}/follow-ups`, {
        version: d.version,
        questions: [{ questionId: "report", question: "This report is from 2019; send the current one." }],
      })
    ).json();
    expect(d.status).toBe("follow_up");
    const newer = await upload(t, s.link.token, "report", "report-2026.pdf", PDF);
    expect(newer.statusCode, newer.body).toBe(201);
    const view = (await portal(t, s.link.token, "GET", "questionnaire")).json();
    await portal(t, s.link.token, "POST", `follow-ups/${view.followUps[0].id}/answer`, {
      answer: "Attached the 2026 report.",
    });
    expect((await portal(t, s.link.token, "POST", "submit")).statusCode).toBe(200);
    const after = await detail(s.campaign.id);
    expect(after.scoring.overrides).toEqual({});
    expect(after.scoring.pendingQuestionIds).toEqual(["report"]);
    const accept = await call("manager", "POST", `/api/v1/vendor-campaigns/${d.id}/accept`, {
      version: after.version,
    });
    expect(accept.statusCode).toBe(400);
    expect(accept.json().error.message).toMatch(/score these answers first: report/);
  });
});

describe("evidence a vendor record keeps", () => {
  it("is refused deletion (a 500 before) while a certification rests on it", async () => {
    const ev = await call("manager", "POST", "/api/v1/evidence", {
      title: "ISO/IEC 27001 certificate",
      url: "https://vendor.example/iso27001",
    });
    expect(ev.statusCode, ev.body).toBe(201);
    const id = ev.json().id as string;
    const cert = await call("manager", "POST", `/api/v1/vendors/${f.vendorId}/certifications`, {
      kind: "iso_27001",
      evidenceId: id,
    });
    expect(cert.statusCode, cert.body).toBe(201);
    const del = await call("manager", "DELETE", `/api/v1/evidence/${id}?version=${ev.json().version}`);
    expect(del.statusCode, del.body).toBe(422);
    expect(del.json().error.message).toMatch(/proof of a vendor certification/);
    expect(await t.database.db.select().from(evidence).where(eq(evidence.id, id))).toHaveLength(1);
  });

  it("keeps an accepted questionnaire's answers even once unlinked", async () => {
    const s = await send(t, f);
    let d = await submitted(s);
    d = (
      await call("manager", "PUT", `/api/v1/vendor-campaigns/${d.id}/scores`, {
        version: d.version,
        overrides: { policy: 1 },
      })
    ).json();
    const acc = await call("manager", "POST", `/api/v1/vendor-campaigns/${d.id}/accept`, {
      version: d.version,
    });
    expect(acc.statusCode, acc.body).toBe(200);
    const evId = acc.json().answersEvidenceId as string;
    const links = (await call("manager", "GET", `/api/v1/evidence/${evId}`)).json().links;
    for (const l of links)
      expect(
        (
          await call(
            "manager",
            "DELETE",
            `/api/v1/evidence/${evId}/links?targetType=${l.targetType}&targetId=${l.targetId}`,
          )
        ).statusCode,
      ).toBe(200);
    const version = (await call("manager", "GET", `/api/v1/evidence/${evId}`)).json().version;
    const del = await call("manager", "DELETE", `/api/v1/evidence/${evId}?version=${version}`);
    expect(del.statusCode, del.body).toBe(422);
    expect(del.json().error.message).toMatch(/record of an accepted vendor questionnaire/);
    expect((await detail(d.id)).answersEvidenceId).toBe(evId);
  });
});

describe("acceptance", () => {
  it("clears the vendor's last score when the accepted questionnaire scored nothing", async () => {
    const fx = await createFixture(t, "Unscored Ltd");
    await t.database.db.update(vendors).set({ lastScore: 91 }).where(eq(vendors.id, fx.vendorId));
    const s = await send(t, fx);
    // A questionnaire with nothing scored: the reviewer rates it by hand.
    await t.database.db
      .update(vendorCampaigns)
      .set({
        content: {
          sections: [
            {
              id: "s",
              title: "Only words",
              questions: [{ id: "about", text: "Tell us about you", type: "text", weight: 0 }],
            },
          ],
        },
      })
      .where(eq(vendorCampaigns.id, s.campaign.id));
    const d = await submitted(s, { about: "We make models." });
    const acc = await call("manager", "POST", `/api/v1/vendor-campaigns/${d.id}/accept`, {
      version: d.version,
      rating: "medium",
      reason: "Nothing in it scores; rated on the answers.",
    });
    expect(acc.statusCode, acc.body).toBe(200);
    const [v] = await t.database.db.select().from(vendors).where(eq(vendors.id, fx.vendorId));
    expect(v).toMatchObject({ riskRating: "medium", lastScore: null });
  });

  it("keeps the evidence on every AI system of a vendor that supplies more than 50", async () => {
    const fx = await createFixture(t, "Hyperscaler");
    const systems = [fx.aiSystemId];
    for (let i = 0; i < 55; i++) {
      const res = await call("manager", "POST", "/api/v1/ai-systems", {
        name: `Hosted system ${i}`,
        lifecycleStage: "design",
      });
      expect(res.statusCode, res.body).toBe(201);
      systems.push(res.json().id);
    }
    await t.database.db
      .insert(vendorAiSystems)
      .values(systems.slice(1).map((aiSystemId) => ({ vendorId: fx.vendorId, aiSystemId })));
    const s = await send(t, fx);
    let d = await submitted(s);
    d = (
      await call("manager", "PUT", `/api/v1/vendor-campaigns/${d.id}/scores`, {
        version: d.version,
        overrides: { policy: 1 },
      })
    ).json();
    const acc = await call("manager", "POST", `/api/v1/vendor-campaigns/${d.id}/accept`, {
      version: d.version,
    });
    expect(acc.statusCode, acc.body).toBe(200);
    const links = await t.database.db
      .select()
      .from(evidenceLinks)
      .where(eq(evidenceLinks.evidenceId, acc.json().answersEvidenceId));
    expect(
      links
        .filter((l) => l.targetType === "ai_system")
        .map((l) => l.targetId)
        .sort(),
    ).toEqual([...systems].sort());
    expect(links.filter((l) => l.targetType === "vendor")).toHaveLength(1);
  });

  it("tells the managers of a submission when its sender was deactivated", async () => {
    const s = await send(t, f, "contributor");
    await t.database.db.update(users).set({ isActive: false }).where(eq(users.id, t.users.contributor.id));
    try {
      await submitted(s);
      const rows = await t.database.db
        .select()
        .from(notifications)
        .where(eq(notifications.link, `/vendors/campaigns/${s.campaign.id}`));
      expect(rows).toHaveLength(1);
      expect(rows[0]).toMatchObject({ userId: null, role: "manager", kind: "vendor_campaign.submitted" });
    } finally {
      await t.database.db.update(users).set({ isActive: true }).where(eq(users.id, t.users.contributor.id));
    }
  });
});
