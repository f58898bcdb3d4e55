/**
 * Bounds found missing in review (ISO/IEC 42001 A.10.3): a link needs no account, so one campaign's
 * uploads, follow-up questions and messages are bounded; a vendor's page lists all its contacts and
 * certifications, so those are bounded too. Each limit refuses without changing anything.
 */
import { count, eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  CAMPAIGN_UPLOAD_BUDGET_FILES,
  MAX_CAMPAIGN_MESSAGES_SHOWN,
  MAX_FILES_PER_CAMPAIGN,
  MAX_FOLLOW_UPS_PER_CAMPAIGN,
  MAX_VENDOR_AI_SYSTEMS,
  MAX_VENDOR_CERTIFICATIONS,
  MAX_VENDOR_CONTACTS,
  type Role,
} from "@openaims/core";
import {
  campaignFiles,
  campaignFollowUps,
  outboundMessages,
  vendorAiSystems,
  vendorCertifications,
  vendorContacts,
} from "../../db/schema/index.js";
import { bearer, createTestApp, type TestApp } from "../../test-support/test-app.js";
import {
  createFixture,
  PDF,
  portal,
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

type Method = "GET" | "POST" | "PUT";
const call = (role: Role, method: Method, url: string, payload?: object) =>
  t.app.inject({ method, url, headers: bearer(t.tokens[role]), payload });
const detail = async (id: string) => {
  const res = await call("manager", "GET", `/api/v1/vendor-campaigns/${id}`);
  expect(res.statusCode, res.body).toBe(200);
  return res.json();
};

/** Answers everything required and submits. */
async function submitted(s: Sent) {
  const answers = { iso: "no", policy: "Reviewed.", retention: "30d" };
  expect((await portal(t, s.link.token, "PUT", "answers", { answers })).statusCode).toBe(200);
  const res = await portal(t, s.link.token, "POST", "submit");
  expect(res.statusCode, res.body).toBe(200);
  return detail(s.campaign.id);
}

describe("bounds of one campaign", () => {
  it("caps the total size of a campaign's uploads", async () => {
    const small = await createTestApp({ AIMS_EVIDENCE_MAX_BYTES: 1024, AIMS_PORTAL_RATE_LIMIT: 100_000 });
    try {
      const fx = await createFixture(small);
      const { link, campaign } = await send(small, fx);
      await portal(small, link.token, "PUT", "answers", { answers: { iso: "yes" } });
      const file = Buffer.concat([PDF, Buffer.alloc(1024 - PDF.length, 0x20)]);
      for (let i = 0; i < CAMPAIGN_UPLOAD_BUDGET_FILES; i++) {
        const res = await upload(small, link.token, "iso-cert", `cert-${i}.pdf`, file);
        expect(res.statusCode, res.body).toBe(201);
      }
      const over = await upload(small, link.token, "iso-cert", "one-more.pdf", PDF);
      expect(over.statusCode, over.body).toBe(413);
      expect(over.json().error.code).toBe("PAYLOAD_TOO_LARGE");
      const [held] = await small.database.db
        .select({ n: count() })
        .from(campaignFiles)
        .where(eq(campaignFiles.campaignId, campaign.id));
      expect(held!.n).toBe(CAMPAIGN_UPLOAD_BUDGET_FILES);
    } finally {
      await small.close();
    }
  });

  it("caps the number of files of a campaign, across questions", async () => {
    const s = await send(t, f);
    await portal(t, s.link.token, "PUT", "answers", { answers: { iso: "yes" } });
    // Files held under other (older) question ids, as a template may have many file questions.
    await t.database.db.insert(campaignFiles).values(
      Array.from({ length: MAX_FILES_PER_CAMPAIGN }, (_, i) => ({
        campaignId: s.campaign.id,
        questionId: `old-${Math.floor(i / 10)}`,
        fileName: `f${i}.pdf`,
        contentType: "application/pdf",
        sizeBytes: 1,
        sha256: "0".repeat(64),
        content: Buffer.from("x"),
      })),
    );
    const res = await upload(t, s.link.token, "iso-cert", "cert.pdf", PDF);
    expect(res.statusCode, res.body).toBe(400);
    expect(res.json().error.message).toMatch(`at most ${MAX_FILES_PER_CAMPAIGN} files per questionnaire`);
    const [held] = await t.database.db
      .select({ n: count() })
      .from(campaignFiles)
      .where(eq(campaignFiles.campaignId, s.campaign.id));
    expect(held!.n).toBe(MAX_FILES_PER_CAMPAIGN);
  });

  it("caps the follow-up questions of a campaign", async () => {
    const s = await send(t, f);
    const d = await submitted(s);
    await t.database.db.insert(campaignFollowUps).values(
      Array.from({ length: MAX_FOLLOW_UPS_PER_CAMPAIGN - 1 }, (_, i) => ({
        campaignId: s.campaign.id,
        question: `Earlier question ${i}`,
        answer: "Answered.",
        askedAt: new Date(Date.now() - 86_400_000),
      })),
    );
    const res = await call("manager", "POST", `/api/v1/vendor-campaigns/${d.id}/follow-ups`, {
      version: d.version,
      questions: [{ question: "One more?" }, { question: "And another?" }],
    });
    expect(res.statusCode, res.body).toBe(400);
    expect(res.json().error.message).toMatch(/^questions: a questionnaire takes at most 100 follow-up/);
    const after = await detail(d.id);
    expect(after).toMatchObject({ status: "submitted", version: d.version });
    expect(after.followUps).toHaveLength(MAX_FOLLOW_UPS_PER_CAMPAIGN - 1);
    const one = await call("manager", "POST", `/api/v1/vendor-campaigns/${d.id}/follow-ups`, {
      version: d.version,
      questions: [{ question: "The last one?" }],
    });
    expect(one.statusCode, one.body).toBe(200);
  });

  it("shows only the latest messages on the campaign's page", async () => {
    const s = await send(t, f);
    const base = Date.now() + 60_000;
    await t.database.db.insert(outboundMessages).values(
      Array.from({ length: MAX_CAMPAIGN_MESSAGES_SHOWN + 10 }, (_, i) => ({
        campaignId: s.campaign.id,
        kind: "reminder",
        toEmail: "vera@vendor.example",
        subject: `Reminder ${i}`,
        body: "…",
        status: "manual",
        createdAt: new Date(base + i * 1000),
      })),
    );
    const d = await detail(s.campaign.id);
    expect(d.messages).toHaveLength(MAX_CAMPAIGN_MESSAGES_SHOWN);
    expect(d.messages[0].subject).toBe(`Reminder ${MAX_CAMPAIGN_MESSAGES_SHOWN + 9}`);
  });
});

describe("bounds of one vendor", () => {
  it("caps its contacts and certifications (its page lists them all)", async () => {
    const fx = await createFixture(t, "Many Parts");
    await t.database.db.insert(vendorContacts).values(
      Array.from({ length: MAX_VENDOR_CONTACTS - 1 }, (_, i) => ({
        vendorId: fx.vendorId,
        name: `Person ${i}`,
        email: `p${i}@many.example`,
      })),
    );
    await t.database.db
      .insert(vendorCertifications)
      .values(
        Array.from({ length: MAX_VENDOR_CERTIFICATIONS }, () => ({ vendorId: fx.vendorId, kind: "other" })),
      );
    const version = (await call("manager", "GET", `/api/v1/vendors/${fx.vendorId}`)).json().version;
    const contact = await call("manager", "POST", `/api/v1/vendors/${fx.vendorId}/contacts`, {
      name: "One too many",
      email: "late@many.example",
    });
    expect(contact.statusCode, contact.body).toBe(400);
    expect(contact.json().error.message).toMatch(`at most ${MAX_VENDOR_CONTACTS} contacts`);
    const cert = await call("manager", "POST", `/api/v1/vendors/${fx.vendorId}/certifications`, {
      kind: "iso_42001",
    });
    expect(cert.statusCode, cert.body).toBe(400);
    expect(cert.json().error.message).toMatch(`at most ${MAX_VENDOR_CERTIFICATIONS} certifications`);
    const after = (await call("manager", "GET", `/api/v1/vendors/${fx.vendorId}`)).json();
    expect(after.version).toBe(version);
    expect(after.contacts).toHaveLength(MAX_VENDOR_CONTACTS);
    expect(after.certifications).toHaveLength(MAX_VENDOR_CERTIFICATIONS);
  });

  it("caps the AI systems it supplies; relabelling one it already supplies still works", async () => {
    const fx = await createFixture(t, "Many Systems");
    const made = (await t.database.db.execute(sql`
      INSERT INTO ai_systems (key, name, lifecycle_stage, profile, eu_risk_class, classification, classified_at)
      SELECT 'AIS-' || (100000 + g), 'Bulk system ' || g, 'design', '{}'::jsonb, 'minimal', '{}'::jsonb, now()
      FROM generate_series(1, ${MAX_VENDOR_AI_SYSTEMS - 1}) AS g RETURNING id`)) as unknown as {
      rows: { id: string }[];
    };
    await t.database.db
      .insert(vendorAiSystems)
      .values(made.rows.map((r) => ({ vendorId: fx.vendorId, aiSystemId: r.id })));
    const extra = await call("manager", "POST", "/api/v1/ai-systems", {
      name: "One more",
      lifecycleStage: "design",
    });
    expect(extra.statusCode, extra.body).toBe(201);
    const refused = await call(
      "manager",
      "PUT",
      `/api/v1/vendors/${fx.vendorId}/ai-systems/${extra.json().id}`,
      {
        component: "late",
      },
    );
    expect(refused.statusCode, refused.body).toBe(400);
    expect(refused.json().error.message).toMatch(`at most ${MAX_VENDOR_AI_SYSTEMS} AI systems`);
    const relabel = await call(
      "manager",
      "PUT",
      `/api/v1/vendors/${fx.vendorId}/ai-systems/${fx.aiSystemId}`,
      {
        component: "model API v2",
      },
    );
    expect(relabel.statusCode, relabel.body).toBe(200);
    const [held] = await t.database.db
      .select({ n: count() })
      .from(vendorAiSystems)
      .where(eq(vendorAiSystems.vendorId, fx.vendorId));
    expect(held?.n).toBe(MAX_VENDOR_AI_SYSTEMS);
  });
});
