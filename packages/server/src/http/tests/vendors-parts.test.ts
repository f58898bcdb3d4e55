/** The parts of a vendor: contacts, certifications, AI systems, ratings, and evidence about it. */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { and, count, desc, eq } from "drizzle-orm";
import { addDays, nextReviewDate, utcDay, type EvidenceDetail, type Vendor } from "@openaims/core";
import {
  auditEvents,
  questionnaireTemplates,
  vendorCampaigns,
  vendorContacts,
  vendorRiskRatings,
} from "../../db/schema/index.js";
import { bearer, createTestApp, type TestApp } from "../../test-support/test-app.js";

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t?.close());

const url = "/api/v1/vendors";
type Role = keyof TestApp["tokens"];
const send = (
  method: "GET" | "POST" | "PATCH" | "PUT" | "DELETE",
  path: string,
  payload?: object,
  role: Role = "contributor",
) => t.app.inject({ method, url: path, headers: bearer(t.tokens[role]), payload });
const today = utcDay();

async function ok(res: Awaited<ReturnType<typeof send>>, status = 200): Promise<Vendor> {
  expect(res.statusCode, res.body).toBe(status);
  return res.json();
}
const add = async (body: object) => ok(await send("POST", url, body), 201);
const actionsOf = async (id: string) =>
  (
    await t.database.db
      .select({ action: auditEvents.action })
      .from(auditEvents)
      .where(and(eq(auditEvents.entityType, "vendor"), eq(auditEvents.entityId, id)))
      .orderBy(auditEvents.seq)
  ).map((a) => a.action);

/** A sent questionnaire, written directly: the campaigns slice owns the real flow. */
async function campaignFor(vendorId: string, contactId: string | null, key: string) {
  const [template] = await t.database.db
    .insert(questionnaireTemplates)
    .values({ key: `QT-${key}`, name: "T", status: "published", content: { sections: [] } })
    .returning();
  const [campaign] = await t.database.db
    .insert(vendorCampaigns)
    .values({
      key,
      vendorId,
      templateId: template!.id,
      templateVersion: 1,
      content: {},
      contactId,
      contactName: "Someone",
      contactEmail: "someone@example.org",
      status: "submitted",
      dueOn: addDays(today, 10),
      linkExpiresAt: new Date(Date.now() + 86_400_000),
      tokenHash: `hash-${key}`,
      score: 72,
      submittedAt: new Date("2030-01-02T10:00:00Z"),
    })
    .returning();
  return campaign!;
}

describe("vendor contacts", () => {
  it("makes the first contact primary, keeps at most one primary, and refuses a second same e-mail", async () => {
    const v = await add({ name: "Contact Co" });
    const first = await ok(
      await send("POST", `${url}/${v.id}/contacts`, { name: "Ann", email: "Ann@Contact.example" }),
      201,
    );
    expect(first.contacts).toEqual([
      { id: expect.any(String), name: "Ann", email: "ann@contact.example", title: "", isPrimary: true },
    ]);
    expect(first.version).toBe(2);
    expect(first.attention.map((a) => a.code)).not.toContain("no_contact");
    const second = await ok(
      await send("POST", `${url}/${v.id}/contacts`, {
        name: "Bob",
        email: "bob@contact.example",
        title: "CISO",
      }),
      201,
    );
    expect(second.contacts.map((c) => [c.name, c.isPrimary])).toEqual([
      ["Ann", true],
      ["Bob", false],
    ]);
    const bob = second.contacts.find((c) => c.name === "Bob")!;
    const promoted = await ok(await send("PATCH", `${url}/${v.id}/contacts/${bob.id}`, { isPrimary: true }));
    expect(promoted.contacts.map((c) => [c.name, c.isPrimary])).toEqual([
      ["Bob", true],
      ["Ann", false],
    ]);
    const third = await ok(
      await send("POST", `${url}/${v.id}/contacts`, {
        name: "Cy",
        email: "cy@contact.example",
        isPrimary: true,
      }),
      201,
    );
    expect(third.contacts.filter((c) => c.isPrimary).map((c) => c.name)).toEqual(["Cy"]);

    const dup = await send("POST", `${url}/${v.id}/contacts`, {
      name: "Ann 2",
      email: "ANN@contact.example",
    });
    expect(dup.statusCode).toBe(409);
    const rename = await send("PATCH", `${url}/${v.id}/contacts/${bob.id}`, { email: "ann@contact.example" });
    expect(rename.statusCode).toBe(409);
    for (const bad of [
      { name: "X" },
      { name: "X", email: "not-mail" },
      { name: "", email: "x@y.example" },
      { name: "X", email: "x@y.example", extra: 1 },
    ])
      expect((await send("POST", `${url}/${v.id}/contacts`, bad)).statusCode, JSON.stringify(bad)).toBe(400);
    const [n] = await t.database.db
      .select({ n: count() })
      .from(vendorContacts)
      .where(eq(vendorContacts.vendorId, v.id));
    expect(n!.n).toBe(3);
    expect(
      (await send("PATCH", `${url}/${v.id}/contacts/${crypto.randomUUID()}`, { title: "x" })).statusCode,
    ).toBe(404);
    expect(await actionsOf(v.id)).toEqual([
      "vendor.created",
      "vendor.contact_added",
      "vendor.contact_added",
      "vendor.contact_updated",
      "vendor.contact_added",
    ]);
  });

  it("removes a contact, but not one a questionnaire was sent to, and shows the latest questionnaire", async () => {
    const v = await add({ name: "Campaign Co" });
    const withContacts = await ok(
      await send("POST", `${url}/${v.id}/contacts`, { name: "Dee", email: "dee@c.example" }),
      201,
    );
    const dee = withContacts.contacts[0]!;
    const campaign = await campaignFor(v.id, dee.id, "VQ-901");
    const refused = await send("DELETE", `${url}/${v.id}/contacts/${dee.id}`);
    expect(refused.statusCode).toBe(409);
    expect(refused.json().error.message).toMatch(/received questionnaire VQ-901/);
    const read = await ok(await send("GET", `${url}/${v.id}`, undefined, "viewer"));
    expect(read.contacts).toHaveLength(1);
    expect(read.latestCampaign).toEqual({
      id: campaign.id,
      key: "VQ-901",
      status: "submitted",
      score: 72,
      submittedAt: "2030-01-02T10:00:00.000Z",
      reviewedAt: null,
    });
    const deleteVendor = await send("DELETE", `${url}/${v.id}`);
    expect(deleteVendor.statusCode).toBe(409);
    expect(deleteVendor.json().error.message).toMatch(/1 questionnaire.*offboard it instead/);

    const other = await ok(
      await send("POST", `${url}/${v.id}/contacts`, { name: "Eve", email: "eve@c.example" }),
      201,
    );
    const eve = other.contacts.find((c) => c.name === "Eve")!;
    const removed = await ok(await send("DELETE", `${url}/${v.id}/contacts/${eve.id}`));
    expect(removed.contacts.map((c) => c.name)).toEqual(["Dee"]);
    expect((await send("DELETE", `${url}/${v.id}/contacts/${eve.id}`)).statusCode).toBe(404);
  });
});

describe("vendor certifications", () => {
  it("shows each certification's state and attaches only evidence you may see", async () => {
    const v = await add({ name: "Cert Co", dataShared: ["personal"], status: "active" });
    const ev = (
      await send("POST", "/api/v1/evidence", { title: "SOC 2 report", url: "https://cert.example/soc2" })
    ).json();
    const a = await ok(
      await send("POST", `${url}/${v.id}/certifications`, {
        kind: "iso_42001",
        expiresOn: addDays(today, -1),
      }),
      201,
    );
    await send("POST", `${url}/${v.id}/certifications`, {
      kind: "iso_27001",
      expiresOn: addDays(today, 10),
      issuer: "BSI",
    });
    await send("POST", `${url}/${v.id}/certifications`, {
      kind: "soc2_type2",
      expiresOn: addDays(today, 200),
      evidenceId: ev.id,
    });
    const all = await ok(
      await send("POST", `${url}/${v.id}/certifications`, {
        kind: "other",
        label: "CSA STAR",
        issuedOn: "2020-01-01",
      }),
      201,
    );
    expect(all.certifications.map((c) => [c.kind, c.state])).toEqual([
      ["iso_27001", "expiring"],
      ["iso_42001", "expired"],
      ["other", "no_expiry"],
      ["soc2_type2", "valid"],
    ]);
    expect(all.certifications.find((c) => c.kind === "soc2_type2")!.evidence).toEqual({
      id: ev.id,
      key: ev.key,
      title: "SOC 2 report",
    });
    expect(all.certifications.find((c) => c.kind === "iso_27001")!.issuer).toBe("BSI");
    expect(all.attention.map((x) => x.code)).toEqual(["no_contact", "certification_expired"]);
    expect(all.version).toBe(5);

    const expired = a.certifications[0]!;
    const renewed = await ok(
      await send("PATCH", `${url}/${v.id}/certifications/${expired.id}`, { expiresOn: addDays(today, 365) }),
    );
    expect(renewed.certifications.find((c) => c.id === expired.id)!.state).toBe("valid");
    expect(renewed.attention.map((x) => x.code)).toEqual(["no_contact"]);

    for (const bad of [
      { kind: "pci" },
      { kind: "iso_27001", issuedOn: "2030-02-01", expiresOn: "2030-01-01" },
      { kind: "iso_27001", evidenceId: crypto.randomUUID() },
      { kind: "iso_27001", evidenceId: "nope" },
    ])
      expect((await send("POST", `${url}/${v.id}/certifications`, bad)).statusCode, JSON.stringify(bad)).toBe(
        400,
      );
    expect(
      (await send("PATCH", `${url}/${v.id}/certifications/${expired.id}`, { issuedOn: addDays(today, 400) }))
        .statusCode,
    ).toBe(400);
    const after = await ok(await send("GET", `${url}/${v.id}`, undefined, "viewer"));
    expect(after.certifications).toHaveLength(4);
    expect(after.version).toBe(renewed.version);

    const removed = await ok(await send("DELETE", `${url}/${v.id}/certifications/${expired.id}`));
    expect(removed.certifications).toHaveLength(3);
    expect((await send("DELETE", `${url}/${v.id}/certifications/${expired.id}`)).statusCode).toBe(404);
  });
});

describe("the AI systems a vendor supplies", () => {
  it("links, relabels and unlinks an AI system, and refuses an unknown one", async () => {
    const v = await add({ name: "Model Supplier" });
    const system = (
      await send("POST", "/api/v1/ai-systems", { name: "Chat Helper", lifecycleStage: "design" }, "admin")
    ).json();
    const linked = await ok(
      await send("PUT", `${url}/${v.id}/ai-systems/${system.id}`, { component: "LLM API" }),
    );
    expect(linked.aiSystems).toEqual([
      { id: system.id, key: system.key, name: "Chat Helper", component: "LLM API" },
    ]);
    const again = await ok(
      await send("PUT", `${url}/${v.id}/ai-systems/${system.id}`, { component: "LLM API and hosting" }),
    );
    expect(again.aiSystems).toEqual([expect.objectContaining({ component: "LLM API and hosting" })]);
    expect((await send("PUT", `${url}/${v.id}/ai-systems/${crypto.randomUUID()}`, {})).statusCode).toBe(404);
    expect((await send("PUT", `${url}/${v.id}/ai-systems/${system.id}`, { component: 5 })).statusCode).toBe(
      400,
    );
    const unlinked = await ok(await send("DELETE", `${url}/${v.id}/ai-systems/${system.id}`));
    expect(unlinked.aiSystems).toEqual([]);
    expect((await send("DELETE", `${url}/${v.id}/ai-systems/${system.id}`)).statusCode).toBe(404);
    expect(await actionsOf(v.id)).toEqual([
      "vendor.created",
      "vendor.ai_system_linked",
      "vendor.ai_system_linked",
      "vendor.ai_system_unlinked",
    ]);
  });
});

describe("vendor risk rating", () => {
  it("rates by hand with a reason, keeps the history newest first, and refuses a rating without reason", async () => {
    const v = await add({ name: "Rated Co", criticality: "critical" });
    expect(v.attention.map((a) => a.code)).toContain("critical_unrated");
    for (const bad of [
      { version: 1, rating: "low" },
      { version: 1, rating: "low", reason: "   " },
      { version: 1, rating: "fine", reason: "x" },
      { rating: "low", reason: "x" },
    ])
      expect(
        (await send("POST", `${url}/${v.id}/rating`, bad, "manager")).statusCode,
        JSON.stringify(bad),
      ).toBe(400);
    const first = await ok(
      await send(
        "POST",
        `${url}/${v.id}/rating`,
        { version: 1, rating: "high", reason: "no SOC 2" },
        "manager",
      ),
    );
    expect(first).toMatchObject({ riskRating: "high", lastScore: null, version: 2 });
    expect(first.attention.map((a) => a.code)).not.toContain("critical_unrated");
    expect(
      (await send("POST", `${url}/${v.id}/rating`, { version: 1, rating: "low", reason: "x" }, "manager"))
        .statusCode,
    ).toBe(409);
    await ok(
      await send(
        "POST",
        `${url}/${v.id}/rating`,
        { version: 2, rating: "medium", reason: "SOC 2 received" },
        "manager",
      ),
    );

    const history = await send("GET", `${url}/${v.id}/rating-history`, undefined, "viewer");
    expect(history.statusCode).toBe(200);
    expect(history.json()).toMatchObject({
      total: 2,
      items: [
        { rating: "medium", reason: "SOC 2 received", source: "manual", campaignId: null, score: null },
        { rating: "high", reason: "no SOC 2", source: "manual", actorLabel: t.users.manager.email },
      ],
    });
    const paged = (
      await send("GET", `${url}/${v.id}/rating-history?limit=1&offset=1`, undefined, "viewer")
    ).json();
    expect(paged.items.map((i: { rating: string }) => i.rating)).toEqual(["high"]);
    const [rows] = await t.database.db
      .select({ n: count() })
      .from(vendorRiskRatings)
      .where(eq(vendorRiskRatings.vendorId, v.id));
    expect(rows!.n).toBe(2);
    expect(await actionsOf(v.id)).toEqual(["vendor.created", "vendor.rated", "vendor.rated"]);
  });
});

describe("evidence about a vendor", () => {
  it("links evidence to a vendor you may see and refuses an unknown vendor", async () => {
    const v = await add({ name: "Evidence Co" });
    const item = (
      await send("POST", "/api/v1/evidence", { title: "DPA signed", url: "https://e.example/dpa" })
    ).json();
    const linked = await send("POST", `/api/v1/evidence/${item.id}/links`, {
      targetType: "vendor",
      targetId: v.id,
    });
    expect(linked.statusCode, linked.body).toBe(200);
    expect((linked.json() as EvidenceDetail).links).toMatchObject([
      { targetType: "vendor", targetId: v.id, label: `${v.key} Evidence Co` },
    ]);
    const byVendor = (
      await send("GET", `/api/v1/evidence?targetType=vendor&targetId=${v.id}`, undefined, "viewer")
    ).json();
    expect(byVendor.items.map((i: EvidenceDetail) => i.id)).toEqual([item.id]);
    const unknown = await send("POST", `/api/v1/evidence/${item.id}/links`, {
      targetType: "vendor",
      targetId: crypto.randomUUID(),
    });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().error.message).toMatch(/unknown vendor/);
  });
});

describe("vendor reviews", () => {
  it("records a review: last reviewed today, the next review a cadence later, the note audited", async () => {
    const v = await add({ name: "Reviewed Vendor", reviewCadenceMonths: 3 });
    const reviewed = await ok(await send("POST", `${url}/${v.id}/review`, { version: 1, note: "all fine" }));
    expect(reviewed).toMatchObject({
      lastReviewedOn: today,
      nextReviewOn: nextReviewDate(today, 3),
      reviewState: "ok",
      version: 2,
    });
    expect((await send("POST", `${url}/${v.id}/review`, { version: 1 })).statusCode).toBe(409);
    const [last] = await t.database.db
      .select({ action: auditEvents.action, after: auditEvents.after })
      .from(auditEvents)
      .where(and(eq(auditEvents.entityType, "vendor"), eq(auditEvents.entityId, v.id)))
      .orderBy(desc(auditEvents.seq))
      .limit(1);
    expect(last).toMatchObject({ action: "vendor.reviewed", after: { reviewNote: "all fine", version: 2 } });
  });
});
