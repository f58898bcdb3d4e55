/**
 * A questionnaire's whole life through the API (ISO/IEC 42001 A.10.3): sent as a link, answered in the
 * portal with a file, refused while incomplete, submitted, scored, followed up, resubmitted and
 * accepted, after which the vendor is rated, the answers and file are evidence, a risk exists and
 * the link is dead.
 */
import { and, count, eq, inArray, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Role } from "@openaims/core";
import {
  auditEvents,
  campaignFiles,
  evidence,
  evidenceLinks,
  notifications,
  risks,
  vendorRiskRatings,
  vendors,
} from "../../db/schema/index.js";
import { bearer, createTestApp, type TestApp } from "../../test-support/test-app.js";
import {
  campaignRow,
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
describe("answering, reviewing and accepting", () => {
  let sent: Sent;
  let fileId: string;
  beforeAll(async () => {
    sent = await send(t, f);
  });
  const token = () => sent.link.token;

  it("shows the vendor their questionnaire and nothing of the reviewer's", async () => {
    const res = await portal(t, token(), "GET", "questionnaire");
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json();
    expect(Object.keys(body).sort()).toEqual(
      [
        "answers",
        "campaignKey",
        "canEdit",
        "comments",
        "content",
        "contactName",
        "dueOn",
        "editableQuestionIds",
        "files",
        "followUps",
        "linkExpiresAt",
        "linkState",
        "organizationName",
        "progress",
        "status",
        "submittedAt",
        "vendorName",
      ].sort(),
    );
    expect(body).toMatchObject({
      organizationName: "OpenAIMS",
      vendorName: "Acme Models",
      campaignKey: sent.campaign.key,
      contactName: "Vera Vendor",
      status: "opened",
      linkState: "active",
      canEdit: true,
      progress: { answered: 0, visible: 4, required: 3, requiredAnswered: 0 },
    });
    expect(res.body).not.toContain(t.users.contributor.id);
    expect(res.body).not.toContain(f.vendorId);
    const row = await campaignRow(t, sent.campaign.id);
    expect(row.status).toBe("opened");
    expect(row.openedAt).not.toBeNull();
  });

  it("saves answers partially and refuses bad ones without changing anything", async () => {
    const ok = await portal(t, token(), "PUT", "answers", {
      answers: { iso: "yes", policy: "We review every model before release." },
      comments: { policy: "See our website." },
    });
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.json()).toMatchObject({
      status: "in_progress",
      answers: { iso: "yes", policy: "We review every model before release." },
      comments: { policy: "See our website." },
      progress: { visible: 5, answered: 2 },
    });
    const version = (await campaignRow(t, sent.campaign.id)).version;
    for (const [payload, message] of [
      [{ answers: { retention: "maybe" } }, /answers\.retention: "maybe" is not an option/],
      [{ answers: { nope: "x" } }, /answers\.nope: no question/],
      [{ answers: { "iso-cert": ["00000000-0000-4000-8000-000000000000"] } }, /upload files/],
      [{ answers: { policy: 42, retention: "30d" } }, /answers\.policy: must be text/],
      [{ answers: { "Bad Id": "x" } }, /answers/],
      [{ comments: { nope: "x" } }, /comments\.nope/],
      [{ answers: {}, extra: 1 }, /extra|Unrecognized/i],
    ] as const) {
      const res = await portal(t, token(), "PUT", "answers", payload);
      expect(res.statusCode, JSON.stringify(payload)).toBe(400);
      expect(res.json().error.message).toMatch(message);
    }
    const row = await campaignRow(t, sent.campaign.id);
    expect(row.version).toBe(version);
    const now = (await portal(t, token(), "GET", "questionnaire")).json();
    expect(now.answers).toEqual({ iso: "yes", policy: "We review every model before release." });
  });

  it("takes a file for a file question only, with the evidence upload checks", async () => {
    const res = await upload(t, token(), "iso-cert", "certificate.pdf", PDF);
    expect(res.statusCode, res.body).toBe(201);
    fileId = res.json().id;
    expect(res.json()).toMatchObject({
      questionId: "iso-cert",
      fileName: "certificate.pdf",
      contentType: "application/pdf",
    });
    const view = (await portal(t, token(), "GET", "questionnaire")).json();
    expect(view.answers["iso-cert"]).toEqual([fileId]);
    expect(view.files.map((x: { id: string }) => x.id)).toEqual([fileId]);
    expect(Object.keys(view.files[0]).sort()).toEqual([
      "contentType",
      "fileName",
      "id",
      "questionId",
      "sizeBytes",
      "uploadedAt",
    ]);
    expect((await upload(t, token(), "policy", "policy.pdf", PDF)).statusCode).toBe(400);
    expect((await upload(t, token(), "nope", "policy.pdf", PDF)).statusCode).toBe(400);
    expect(
      (await upload(t, token(), "iso-cert", "page.html", Buffer.from("<html><script>x</script>"))).statusCode,
    ).toBe(415);
    expect((await upload(t, token(), "iso-cert", "fake.pdf", Buffer.from("not a pdf"))).statusCode).toBe(415);
    expect((await upload(t, token(), "iso-cert", "../etc/passwd.pdf", PDF)).statusCode).toBe(400);
    const files = await t.database.db
      .select({ n: count() })
      .from(campaignFiles)
      .where(eq(campaignFiles.campaignId, sent.campaign.id));
    expect(files[0]!.n).toBe(1);
  });

  it("refuses to submit while a required question is unanswered, naming it", async () => {
    const res = await portal(t, token(), "POST", "submit");
    expect(res.statusCode).toBe(400);
    expect(res.json().error.details.missing).toEqual(["retention"]);
    expect(res.json().error.message).toContain("How long do you keep our data?");
    expect((await campaignRow(t, sent.campaign.id)).status).toBe("in_progress");
  });

  it("submits; the link then only reads and the sender is told", async () => {
    expect((await portal(t, token(), "PUT", "answers", { answers: { retention: "1y" } })).statusCode).toBe(
      200,
    );
    const res = await portal(t, token(), "POST", "submit");
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({
      status: "submitted",
      linkState: "read_only",
      canEdit: false,
      editableQuestionIds: [],
    });
    expect((await portal(t, token(), "GET", "questionnaire")).statusCode).toBe(200);
    const change = await portal(t, token(), "PUT", "answers", { answers: { retention: "30d" } });
    expect(change.statusCode).toBe(409);
    expect((await portal(t, token(), "DELETE", `files/${fileId}`)).statusCode).toBe(409);
    expect((await upload(t, token(), "iso-cert", "second.pdf", PDF)).statusCode).toBe(409);
    const told = await t.database.db
      .select()
      .from(notifications)
      .where(
        and(
          eq(notifications.userId, t.users.contributor.id),
          eq(notifications.kind, "vendor_campaign.submitted"),
        ),
      );
    expect(told.map((n) => n.link)).toContain(`/vendors/campaigns/${sent.campaign.id}`);
  });

  it("needs the reviewer's score for answers that cannot score themselves", async () => {
    const d = await detail(sent.campaign.id);
    expect(d.scoring).toMatchObject({ pending: 1, pendingQuestionIds: ["policy"] });
    expect(d.files).toHaveLength(1);
    const refused = await call("manager", "POST", `/api/v1/vendor-campaigns/${d.id}/accept`, {
      version: d.version,
    });
    expect(refused.statusCode).toBe(400);
    expect(refused.json().error.details.pending).toEqual(["policy"]);
    for (const overrides of [{ nope: 1 }, { notes: 0.5 }, { policy: 1.5 }]) {
      const res = await call("manager", "PUT", `/api/v1/vendor-campaigns/${d.id}/scores`, {
        version: d.version,
        overrides,
      });
      expect(res.statusCode, JSON.stringify(overrides)).toBe(400);
    }
    expect(
      (
        await call("contributor", "PUT", `/api/v1/vendor-campaigns/${d.id}/scores`, {
          version: d.version,
          overrides: { policy: 0.5 },
        })
      ).statusCode,
    ).toBe(403);
    const stale = await call("manager", "PUT", `/api/v1/vendor-campaigns/${d.id}/scores`, {
      version: d.version - 1,
      overrides: { policy: 0.5 },
    });
    expect(stale.statusCode).toBe(409);
    const scored = await call("manager", "PUT", `/api/v1/vendor-campaigns/${d.id}/scores`, {
      version: d.version,
      overrides: { policy: 0.5 },
      reviewNote: "Policy is thin.",
    });
    expect(scored.statusCode, scored.body).toBe(200);
    // iso yes (weight 2, 100%), policy 50% (weight 1), retention one year 50% (weight 1): 75.
    expect(scored.json().scoring).toMatchObject({
      pending: 0,
      score: 75,
      rating: "medium",
      overrides: { policy: 0.5 },
    });
    expect(scored.json().reviewNote).toBe("Policy is thin.");
  });

  it("reopens the link for follow-up questions and the answers they name", async () => {
    const d = await detail(sent.campaign.id);
    const bad = await call("manager", "POST", `/api/v1/vendor-campaigns/${d.id}/follow-ups`, {
      version: d.version,
      questions: [{ questionId: "nope", question: "?" }],
    });
    expect(bad.statusCode).toBe(400);
    const res = await call("manager", "POST", `/api/v1/vendor-campaigns/${d.id}/follow-ups`, {
      version: d.version,
      questions: [
        { questionId: "retention", question: "Can you keep our data for 30 days only?" },
        { question: "Who are your sub-processors?" },
      ],
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ status: "follow_up", linkState: "active", openFollowUps: 2 });
    const msg = res.json().messages.find((m: { kind: string }) => m.kind === "follow_up");
    expect(msg.body).toContain("Who are your sub-processors?");

    const view = (await portal(t, token(), "GET", "questionnaire")).json();
    expect(view).toMatchObject({ status: "follow_up", canEdit: true, editableQuestionIds: ["retention"] });
    expect(view.followUps).toHaveLength(2);
    const notNamed = await portal(t, token(), "PUT", "answers", { answers: { policy: "Changed." } });
    expect(notNamed.statusCode).toBe(400);
    expect(notNamed.json().error.message).toMatch(/answers\.policy: cannot be changed now/);
    const early = await portal(t, token(), "POST", "submit");
    expect(early.statusCode).toBe(400);
    expect(early.json().error.details.unansweredFollowUps).toHaveLength(2);

    expect((await portal(t, token(), "PUT", "answers", { answers: { retention: "30d" } })).statusCode).toBe(
      200,
    );
    for (const fu of view.followUps as { id: string; question: string }[]) {
      const a = await portal(t, token(), "POST", `follow-ups/${fu.id}/answer`, {
        answer: `Answer to: ${fu.question}`,
      });
      expect(a.statusCode, a.body).toBe(200);
    }
    expect(
      (await portal(t, token(), "POST", `follow-ups/${view.followUps[0].id}/answer`, { answer: "  " }))
        .statusCode,
    ).toBe(400);
    const again = await portal(t, token(), "POST", "submit");
    expect(again.statusCode, again.body).toBe(200);
    expect(again.json().status).toBe("submitted");
  });

  it("accepts: rates the vendor, keeps answers and file as evidence, starts a risk and kills the link", async () => {
    const d = await detail(sent.campaign.id);
    expect(d.scoring).toMatchObject({ pending: 0, score: 88, rating: "low" });
    const needsReason = await call("manager", "POST", `/api/v1/vendor-campaigns/${d.id}/accept`, {
      version: d.version,
      rating: "high",
    });
    expect(needsReason.statusCode).toBe(400);
    expect(needsReason.json().error.message).toMatch(/^reason:/);
    expect((await detail(d.id)).status).toBe("submitted");

    const res = await call("manager", "POST", `/api/v1/vendor-campaigns/${d.id}/accept`, {
      version: d.version,
      rating: "high",
      reason: "No ISO/IEC 42001 surveillance audit yet.",
      reviewNote: "Accepted with a risk.",
      createRisk: true,
    });
    expect(res.statusCode, res.body).toBe(200);
    const accepted = res.json();
    expect(accepted).toMatchObject({
      status: "reviewed",
      linkState: "closed",
      score: 88,
      rating: "high",
      reviewNote: "Accepted with a risk.",
    });
    expect(accepted.evidenceIds).toHaveLength(2);
    expect(accepted.files[0].evidenceId).toBe(accepted.evidenceIds[1]);

    const db = t.database.db;
    const [vendor] = await db.select().from(vendors).where(eq(vendors.id, f.vendorId));
    expect(vendor).toMatchObject({ riskRating: "high", lastScore: 88 });
    const history = await db
      .select()
      .from(vendorRiskRatings)
      .where(eq(vendorRiskRatings.vendorId, f.vendorId));
    expect(history).toHaveLength(1);
    expect(history[0]).toMatchObject({
      rating: "high",
      score: 88,
      source: "questionnaire",
      campaignId: d.id,
    });

    const items = await db.select().from(evidence).where(inArray(evidence.id, accepted.evidenceIds));
    expect(items.map((e) => e.source)).toEqual(["vendor_questionnaire", "vendor_questionnaire"]);
    const answersItem = items.find((e) => e.id === accepted.answersEvidenceId)!;
    expect(answersItem.title).toBe(`Answers to AI vendor questionnaire — Acme Models (${d.key})`);
    expect(answersItem.contentType).toMatch(/^text\/markdown/);
    const links = await db
      .select()
      .from(evidenceLinks)
      .where(inArray(evidenceLinks.evidenceId, accepted.evidenceIds));
    for (const id of accepted.evidenceIds)
      expect(
        links
          .filter((l) => l.evidenceId === id)
          .map((l) => `${l.targetType}:${l.targetId}`)
          .sort(),
      ).toEqual([`ai_system:${f.aiSystemId}`, `vendor:${f.vendorId}`]);
    const md = await t.app.inject({
      url: `/api/v1/evidence/${accepted.answersEvidenceId}/file`,
      headers: bearer(t.tokens.auditor),
    });
    expect(md.body).toContain("### Describe your AI policy");
    expect(md.body).toContain("30 days");
    expect(md.body).toContain("certificate.pdf");
    expect(md.body).toContain("Who are your sub-processors?");
    expect(md.body).toContain("### Anything else?\n\n_(no answer)_"); // every question shown, answered or not
    const [risk] = await db.select().from(risks).where(eq(risks.id, accepted.riskId));
    expect(risk!.title).toBe(`Supplier risk: Acme Models (${d.key}, rated high)`);
    expect(risk!.aiSystemId).toBe(f.aiSystemId);

    const dead = await portal(t, token(), "GET", "questionnaire");
    expect(dead.statusCode).toBe(401);
    expect(dead.json().error.message).toBe(
      "this questionnaire link is no longer valid; ask your contact for a new one",
    );
    expect(
      (await call("manager", "POST", `/api/v1/vendor-campaigns/${d.id}/risk`, { version: accepted.version }))
        .statusCode,
    ).toBe(409);
    expect(
      (
        await call("manager", "POST", `/api/v1/vendor-campaigns/${d.id}/revoke`, {
          version: accepted.version,
        })
      ).statusCode,
    ).toBe(409);
  });

  it("lets a reader download the vendor's file safely", async () => {
    const res = await call("viewer", "GET", `/api/v1/vendor-campaigns/${sent.campaign.id}/files/${fileId}`);
    expect(res.statusCode).toBe(200);
    expect(res.headers["content-disposition"]).toBe(
      `attachment; filename="certificate.pdf"; filename*=UTF-8''certificate.pdf`,
    );
    expect(res.headers["x-content-type-options"]).toBe("nosniff");
    expect(res.headers["content-security-policy"]).toBe("sandbox; default-src 'none'");
    expect(res.rawPayload.equals(PDF)).toBe(true);
  });

  it("audits every portal access as the link", async () => {
    const rows = await t.database.db
      .select({ action: auditEvents.action, actor: auditEvents.actorLabel, actorId: auditEvents.actorId })
      .from(auditEvents)
      .where(
        and(eq(auditEvents.entityId, sent.campaign.id), sql`${auditEvents.action} LIKE 'vendor_portal.%'`),
      );
    const actions = rows.map((r) => r.action);
    expect(new Set(rows.map((r) => r.actor))).toEqual(new Set([`system:vendor-link:${sent.campaign.key}`]));
    expect(rows.every((r) => r.actorId === null)).toBe(true);
    for (const a of ["viewed", "saved", "uploaded", "submitted", "follow_up_answered", "refused", "rejected"])
      expect(actions, a).toContain(`vendor_portal.${a}`);
    // 1 read, 1 save, 1 upload, 1 submit, then 1 read, 1 save (retention), 1 submit, 2 reads, 3 follow-up
    // calls (one refused by validation, so 2), 1 save, 1 submit, 1 refused read after acceptance.
    expect(actions.filter((a) => a === "vendor_portal.viewed").length).toBe(5);
    expect(actions.filter((a) => a === "vendor_portal.submitted").length).toBe(2);
    // Refused inputs are there too: 7 bad saves, 5 bad uploads, 2 early submits, 3 changes while
    // read-only, 1 save not allowed during follow-up, 1 empty follow-up answer.
    expect(actions.filter((a) => a === "vendor_portal.rejected").length).toBe(19);
  });
});

describe("the reviewer's list and comparison", () => {
  it("filters by link state and status and compares vendors side by side", async () => {
    const s = await send(t, f);
    const list = await call(
      "viewer",
      "GET",
      `/api/v1/vendor-campaigns?vendorId=${f.vendorId}&linkState=active&limit=200`,
    );
    expect(list.statusCode, list.body).toBe(200);
    expect(list.json().items.map((i: { id: string }) => i.id)).toContain(s.campaign.id);
    expect(list.json().items.every((i: { linkState: string }) => i.linkState === "active")).toBe(true);
    const closed = await call("viewer", "GET", `/api/v1/vendor-campaigns?linkState=closed&sort=score`);
    expect(closed.json().items.map((i: { status: string }) => i.status)).toEqual(["reviewed"]);
    expect((await call("viewer", "GET", "/api/v1/vendor-campaigns?linkState=nope")).statusCode).toBe(400);

    const other = await createFixture(t, "Beta Labs");
    const cmp = await call(
      "viewer",
      "GET",
      `/api/v1/vendor-campaigns/compare?vendorIds=${f.vendorId},${other.vendorId}`,
    );
    expect(cmp.statusCode, cmp.body).toBe(200);
    expect(cmp.json().sections).toEqual([
      { id: "gov", title: "Governance" },
      { id: "data", title: "Data handling" },
    ]);
    expect(cmp.json().vendors[0]).toMatchObject({ score: 88, rating: "high", sectionScores: [83, 100] });
    expect(cmp.json().vendors[1]).toMatchObject({ campaign: null, score: null, sectionScores: [null, null] });
    expect(
      (await call("viewer", "GET", `/api/v1/vendor-campaigns/compare?vendorIds=${f.vendorId}`)).statusCode,
    ).toBe(400);
  });
});
