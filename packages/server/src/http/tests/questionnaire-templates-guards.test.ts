/** Questionnaire templates: bad input, version conflicts, deletion after sending, roles. */
import { count, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Role } from "@openaims/core";
import { auditEvents, questionnaireTemplates, vendorCampaigns, vendors } from "../../db/schema/index.js";
import { bearer, createTestApp, type TestApp } from "../../test-support/test-app.js";

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t?.close());

const BASE = "/api/v1/questionnaire-templates";
async function call(role: Role, method: "GET" | "POST" | "PATCH" | "DELETE", url: string, payload?: object) {
  const res = await t.app.inject({ method, url, headers: bearer(t.tokens[role]), payload });
  return { status: res.statusCode, body: res.body ? res.json() : null };
}
const content = {
  sections: [
    {
      id: "s",
      title: "Security",
      questions: [
        {
          id: "enc",
          text: "Do you encrypt data at rest?",
          type: "yes_no",
          options: [
            { id: "yes", label: "Yes", score: 10 },
            { id: "no", label: "No" },
          ],
        },
      ],
    },
  ],
};
async function create(): Promise<{ id: string; key: string; version: number }> {
  const res = await call("contributor", "POST", BASE, { name: "Guarded", content });
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  return res.body;
}
const templateCount = async () =>
  (await t.database.db.select({ n: count() }).from(questionnaireTemplates))[0]!.n;
const auditCount = async () => (await t.database.db.select({ n: count() }).from(auditEvents))[0]!.n;
const rowOf = async (id: string) =>
  (await t.database.db.select().from(questionnaireTemplates).where(eq(questionnaireTemplates.id, id)))[0]!;

describe("bad input", () => {
  it("refuses malformed templates with 400 and stores nothing", async () => {
    const before = [await templateCount(), await auditCount()];
    const q = (extra: object) => ({
      sections: [{ id: "s", title: "S", questions: [{ id: "a", text: "A?", type: "text", ...extra }] }],
    });
    for (const body of [
      { name: "" },
      { name: "x", unknown: true },
      { name: "x", content: { sections: [] } },
      { name: "x", content: { sections: [{ id: "Bad Id", title: "S", questions: [] }] } },
      { name: "x", content: q({ type: "essay" }) },
      { name: "x", content: q({ weight: 11 }) },
      { name: "x", content: q({ weight: -1 }) },
      { name: "x", content: q({ options: [{ id: "o", label: "O", score: 11 }] }) },
      { name: "x", content: q({ extra: 1 }) },
      { name: "x", content: { ...content, ratingBands: { low: 40, medium: 60, high: 80 } } },
      { name: "x", content: q({ showIf: { questionId: "a", anyOf: [] } }) },
      { name: "x", ownerId: "not-a-uuid" },
    ])
      expect((await call("contributor", "POST", BASE, body)).status, JSON.stringify(body)).toBe(400);
    // an owner who is not a user
    const ghost = await call("contributor", "POST", BASE, {
      name: "x",
      ownerId: "00000000-0000-4000-8000-000000000000",
    });
    expect(ghost.status).toBe(400);
    expect(ghost.body.error.details.issues[0].path).toBe("ownerId");
    expect([await templateCount(), await auditCount()]).toEqual(before);
  });

  it("refuses a malformed edit with 400 and leaves the template as it was", async () => {
    const tpl = await create();
    const before = await rowOf(tpl.id);
    for (const body of [
      { name: "x" },
      { version: 1, status: "published" },
      { version: 1, content: { sections: [{ id: "s", title: "", questions: [] }] } },
      {
        version: 1,
        content: {
          sections: [
            { id: "s", title: "S", questions: [{ id: "a", text: "A", type: "text", required: "yes" }] },
          ],
        },
      },
      { version: 0, name: "x" },
    ])
      expect(
        (await call("contributor", "PATCH", `${BASE}/${tpl.id}`, body)).status,
        JSON.stringify(body),
      ).toBe(400);
    const tooMany = {
      sections: Array.from({ length: 3 }, (_, s) => ({
        id: `s${s}`,
        title: "S",
        questions: Array.from({ length: 70 }, (_, i) => ({ id: `q${s}-${i}`, text: "Q?", type: "text" })),
      })),
    };
    const long = await call("contributor", "PATCH", `${BASE}/${tpl.id}`, { version: 1, content: tooMany });
    expect(long.status).toBe(400);
    expect(long.body.error.details.issues[0].path).toBe("sections");
    expect(await rowOf(tpl.id)).toEqual(before);
  });

  it("answers 400 for a malformed id", async () => {
    expect((await call("viewer", "GET", `${BASE}/nope`)).status).toBe(400);
  });
});

describe("concurrency", () => {
  it("refuses a stale version with 409 VERSION_CONFLICT", async () => {
    const tpl = await create();
    expect(
      (await call("contributor", "PATCH", `${BASE}/${tpl.id}`, { version: 1, name: "First" })).status,
    ).toBe(200);
    const stale = await call("contributor", "PATCH", `${BASE}/${tpl.id}`, { version: 1, name: "Second" });
    expect(stale.status).toBe(409);
    expect(stale.body.error.code).toBe("VERSION_CONFLICT");
    const stalePublish = await call("manager", "POST", `${BASE}/${tpl.id}/publish`, { version: 1 });
    expect(stalePublish.body.error.code).toBe("VERSION_CONFLICT");
    const staleDelete = await call("contributor", "DELETE", `${BASE}/${tpl.id}?version=1`);
    expect(staleDelete.status).toBe(409);
    expect(await rowOf(tpl.id)).toMatchObject({ name: "First", version: 2, status: "draft" });
  });
});

describe("deleting", () => {
  it("deletes a template never sent, with an audit entry", async () => {
    const tpl = await create();
    const res = await call("contributor", "DELETE", `${BASE}/${tpl.id}?version=1`);
    expect(res.status).toBe(204);
    expect(
      await t.database.db.select().from(questionnaireTemplates).where(eq(questionnaireTemplates.id, tpl.id)),
    ).toEqual([]);
    const audit = await t.database.db
      .select({ action: auditEvents.action })
      .from(auditEvents)
      .where(eq(auditEvents.entityId, tpl.id));
    expect(audit.map((a) => a.action)).toEqual([
      "questionnaire_template.created",
      "questionnaire_template.deleted",
    ]);
    expect((await call("contributor", "DELETE", `${BASE}/${tpl.id}`)).status).toBe(404);
  });

  it("refuses to delete a template once a questionnaire was sent from it: retire it instead", async () => {
    const tpl = await create();
    await call("manager", "POST", `${BASE}/${tpl.id}/publish`, { version: 1 });
    const [vendor] = await t.database.db
      .insert(vendors)
      .values({ key: "VEN-900", name: "Acme Models", status: "active", criticality: "high" })
      .returning({ id: vendors.id });
    await t.database.db.insert(vendorCampaigns).values({
      key: "VQ-900",
      vendorId: vendor!.id,
      templateId: tpl.id,
      templateVersion: 2,
      content,
      contactName: "Ada",
      contactEmail: "ada@acme.example",
      status: "sent",
      dueOn: "2030-01-31",
      linkExpiresAt: new Date("2030-02-28T00:00:00Z"),
      tokenHash: "a".repeat(64),
    });
    const view = await call("viewer", "GET", `${BASE}/${tpl.id}`);
    expect(view.body.campaignCount).toBe(1);
    const list = await call("viewer", "GET", `${BASE}?status=published&limit=200`);
    expect(list.body.items.find((i: { id: string }) => i.id === tpl.id).campaignCount).toBe(1);

    const refused = await call("admin", "DELETE", `${BASE}/${tpl.id}`);
    expect(refused.status).toBe(409);
    expect(refused.body.error.message).toMatch(/retire it instead/);
    expect(await rowOf(tpl.id)).toMatchObject({ status: "published", version: 2 });
    expect((await call("manager", "POST", `${BASE}/${tpl.id}/retire`, { version: 2 })).status).toBe(200);
  });
});

describe("roles", () => {
  it("lets contributors build but not publish or retire; viewers and auditors only read", async () => {
    const tpl = await create();
    const contributorPublish = await call("contributor", "POST", `${BASE}/${tpl.id}/publish`, { version: 1 });
    expect(contributorPublish.status).toBe(403);
    for (const role of ["viewer", "auditor"] as const) {
      expect((await call(role, "GET", `${BASE}/${tpl.id}`)).status).toBe(200);
      expect((await call(role, "GET", `${BASE}/builtin`)).status).toBe(200);
      expect((await call(role, "POST", BASE, { name: "x" })).status).toBe(403);
      expect((await call(role, "PATCH", `${BASE}/${tpl.id}`, { version: 1, name: "x" })).status).toBe(403);
      expect((await call(role, "POST", `${BASE}/${tpl.id}/copy`, {})).status).toBe(403);
      expect((await call(role, "POST", `${BASE}/builtin/ai-vendor/adopt`, {})).status).toBe(403);
      expect((await call(role, "DELETE", `${BASE}/${tpl.id}`)).status).toBe(403);
    }
    expect(await rowOf(tpl.id)).toMatchObject({ status: "draft", version: 1, name: "Guarded" });
    expect((await call("manager", "POST", `${BASE}/${tpl.id}/publish`, { version: 1 })).status).toBe(200);
    expect((await call("contributor", "POST", `${BASE}/${tpl.id}/retire`, { version: 2 })).status).toBe(403);
  });

  it("refuses anonymous callers", async () => {
    expect((await t.app.inject({ method: "GET", url: BASE })).statusCode).toBe(401);
  });
});

describe("listing", () => {
  it("pages, filters by status and searches", async () => {
    const a = await create();
    await call("contributor", "PATCH", `${BASE}/${a.id}`, { version: 1, name: "Zebra screening" });
    const page = await call("viewer", "GET", `${BASE}?limit=1&sort=name&order=asc`);
    expect(page.status).toBe(200);
    expect(page.body.items).toHaveLength(1);
    expect(page.body.total).toBeGreaterThan(1);
    const found = await call("viewer", "GET", `${BASE}?q=zebra`);
    expect(found.body.items.map((i: { id: string }) => i.id)).toEqual([a.id]);
    const drafts = await call("viewer", "GET", `${BASE}?status=draft&limit=200`);
    expect(drafts.body.items.every((i: { status: string }) => i.status === "draft")).toBe(true);
    expect((await call("viewer", "GET", `${BASE}?limit=201`)).status).toBe(400);
    expect((await call("viewer", "GET", `${BASE}?status=archived`)).status).toBe(400);
  });
});
