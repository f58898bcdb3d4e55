/** The vendor register (ISO/IEC 42001 A.10.2, A.10.3): CRUD, validation, scoping, lists. */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { and, count, eq } from "drizzle-orm";
import { addDays, utcDay, type Vendor, type VendorSummary } from "@openaims/core";
import { auditEvents, vendors } from "../../db/schema/index.js";
import { bearer, createTestApp, signIn, TEST_PASSWORD, type TestApp } from "../../test-support/test-app.js";

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t?.close());

const url = "/api/v1/vendors";
type Headers = Record<string, string>;
type Who = keyof TestApp["tokens"] | Headers;
const as = (who: Who): Headers => (typeof who === "string" ? bearer(t.tokens[who]) : who);
const send = (
  method: "GET" | "POST" | "PATCH" | "PUT" | "DELETE",
  path: string,
  who: Who,
  payload?: object,
) => t.app.inject({ method, url: path, headers: as(who), payload });
const today = utcDay();

async function add(body: object, who: Who = "contributor"): Promise<Vendor> {
  const res = await send("POST", url, who, body);
  expect(res.statusCode, res.body).toBe(201);
  return res.json();
}
async function created(path: string, body: object) {
  const res = await send("POST", path, "admin", body);
  expect(res.statusCode, res.body).toBe(201);
  return res.json() as { id: string; key: string };
}
const vendorCount = async () => (await t.database.db.select({ n: count() }).from(vendors))[0]!.n;
const auditOf = (id: string) =>
  t.database.db
    .select({ action: auditEvents.action, after: auditEvents.after, before: auditEvents.before })
    .from(auditEvents)
    .where(and(eq(auditEvents.entityType, "vendor"), eq(auditEvents.entityId, id)))
    .orderBy(auditEvents.seq);

describe("vendor CRUD", () => {
  it("registers a vendor with defaults, a first review due today, and audits it", async () => {
    const v = await add({
      name: "  Acme Models ",
      website: "https://acme.example",
      dataShared: ["personal"],
    });
    expect(v).toMatchObject({
      key: expect.stringMatching(/^VEN-\d+$/),
      name: "Acme Models",
      status: "onboarding",
      criticality: "medium",
      website: "https://acme.example",
      dataShared: ["personal"],
      riskRating: null,
      lastScore: null,
      reviewCadenceMonths: 12,
      lastReviewedOn: null,
      nextReviewOn: today,
      reviewState: "due",
      contacts: [],
      certifications: [],
      aiSystems: [],
      latestCampaign: null,
      owner: null,
      businessUnit: null,
      version: 1,
    });
    expect(v.attention.map((a) => a.code)).toEqual(["no_contact", "personal_data_unassured"]);
    const read = await send("GET", `${url}/${v.id}`, "viewer");
    expect(read.statusCode).toBe(200);
    expect(read.json()).toEqual(v);
    const audit = await auditOf(v.id);
    expect(audit.map((a) => a.action)).toEqual(["vendor.created"]);
    expect(audit[0]!.after).toMatchObject({ key: v.key, name: "Acme Models" });
  });

  it("schedules the next review from the last one and the cadence, and moves it when they change", async () => {
    const v = await add({ name: "Cadence Co", lastReviewedOn: "2030-01-31", reviewCadenceMonths: 1 });
    expect(v.nextReviewOn).toBe("2030-02-28");
    const owner = t.users.manager;
    const res = await send("PATCH", `${url}/${v.id}`, "contributor", {
      version: 1,
      reviewCadenceMonths: 6,
      criticality: "critical",
      ownerId: owner.id,
      status: "active",
      contractStart: "2030-01-01",
      contractEnd: "2030-12-31",
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({
      nextReviewOn: "2030-07-31",
      criticality: "critical",
      status: "active",
      owner: { id: owner.id, name: owner.name },
      version: 2,
    });
    const explicit = await send("PATCH", `${url}/${v.id}`, "contributor", {
      version: 2,
      nextReviewOn: "2030-03-15",
    });
    expect(explicit.json()).toMatchObject({ nextReviewOn: "2030-03-15", reviewCadenceMonths: 6, version: 3 });
    const audit = await auditOf(v.id);
    expect(audit.map((a) => a.action)).toEqual(["vendor.created", "vendor.updated", "vendor.updated"]);
    expect(audit[1]!.before).toMatchObject({ criticality: "medium", version: 1 });
    expect(audit[1]!.after).toMatchObject({ criticality: "critical", version: 2 });
  });

  it("refuses bad input with 400 and changes nothing", async () => {
    const v = await add({ name: "Stable Vendor" });
    const before = await vendorCount();
    for (const bad of [
      {},
      { name: "" },
      { name: "x", status: "gone" },
      { name: "x", criticality: "extreme" },
      { name: "x", website: "javascript:alert(1)" },
      { name: "x", dataShared: ["none", "personal"] },
      { name: "x", dataShared: ["personal", "personal"] },
      { name: "x", dataShared: ["dna"] },
      { name: "x", contractStart: "2030-02-01", contractEnd: "2030-01-01" },
      { name: "x", lastReviewedOn: "2030-02-01", nextReviewOn: "2030-01-01" },
      { name: "x", reviewCadenceMonths: 0 },
      { name: "x", ownerId: crypto.randomUUID() },
      { name: "x", businessUnitId: crypto.randomUUID() },
      { name: "x", unknownField: 1 },
      { name: "x", riskRating: "low" },
      { name: "x", contractEnd: "0001-01-01" },
    ]) {
      const res = await send("POST", url, "contributor", bad);
      expect(res.statusCode, `${JSON.stringify(bad)} -> ${res.body}`).toBe(400);
    }
    expect(await vendorCount()).toBe(before);
    for (const bad of [
      { name: "y" },
      { version: 1, name: "" },
      { version: 1, contractEnd: "2000-01-01", contractStart: "2001-01-01" },
      { version: 1, riskRating: "low" },
      { version: 1, lastScore: 90 },
      { version: 1, key: "VEN-999" },
    ]) {
      const res = await send("PATCH", `${url}/${v.id}`, "contributor", bad);
      expect(res.statusCode, `${JSON.stringify(bad)} -> ${res.body}`).toBe(400);
    }
    const after = (await send("GET", `${url}/${v.id}`, "viewer")).json();
    expect(after).toMatchObject({ name: "Stable Vendor", version: 1, riskRating: null });
    expect((await send("GET", `${url}/not-a-uuid`, "viewer")).statusCode).toBe(400);
    expect((await send("GET", `${url}/${crypto.randomUUID()}`, "viewer")).statusCode).toBe(404);
  });

  it("answers 409 to a stale version and keeps the newer change", async () => {
    const v = await add({ name: "Racy Vendor" });
    expect(
      (await send("PATCH", `${url}/${v.id}`, "contributor", { version: 1, notes: "first" })).statusCode,
    ).toBe(200);
    const stale = await send("PATCH", `${url}/${v.id}`, "contributor", { version: 1, notes: "second" });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error.code).toBe("VERSION_CONFLICT");
    expect((await send("GET", `${url}/${v.id}`, "viewer")).json()).toMatchObject({
      notes: "first",
      version: 2,
    });
    const staleDelete = await send("DELETE", `${url}/${v.id}?version=1`, "contributor");
    expect(staleDelete.statusCode).toBe(409);
  });

  it("deletes a vendor without history, and refuses one with history: offboard it instead", async () => {
    const plain = await add({ name: "Mistake Ltd" });
    await send("POST", `${url}/${plain.id}/contacts`, "contributor", {
      name: "Ann",
      email: "ann@mistake.example",
    });
    const gone = await send("DELETE", `${url}/${plain.id}`, "contributor");
    expect(gone.statusCode, gone.body).toBe(204);
    expect((await send("GET", `${url}/${plain.id}`, "viewer")).statusCode).toBe(404);
    expect((await auditOf(plain.id)).map((a) => a.action).at(-1)).toBe("vendor.deleted");

    const kept = await add({ name: "History Inc" });
    const ev = await created("/api/v1/evidence", {
      title: "ISO 27001 certificate",
      url: "https://history.example/cert",
      links: [{ targetType: "vendor", targetId: kept.id }],
    });
    const refused = await send("DELETE", `${url}/${kept.id}`, "contributor");
    expect(refused.statusCode).toBe(409);
    expect(refused.json().error.message).toMatch(/1 evidence link.*offboard it instead/);

    const certified = await add({ name: "Certified GmbH" });
    await send("POST", `${url}/${certified.id}/certifications`, "contributor", {
      kind: "iso_27001",
      evidenceId: ev.id,
    });
    const refused2 = await send("DELETE", `${url}/${certified.id}`, "contributor");
    expect(refused2.statusCode).toBe(409);
    expect(refused2.json().error.message).toMatch(/1 certification with evidence/);
    expect((await send("GET", `${url}/${certified.id}`, "viewer")).statusCode).toBe(200);
  });

  it("lets viewers and auditors read but not write, and only managers rate", async () => {
    const v = await add({ name: "Perm Vendor" });
    for (const role of ["viewer", "auditor"] as const) {
      expect((await send("GET", `${url}/${v.id}`, role)).statusCode).toBe(200);
      expect((await send("PATCH", `${url}/${v.id}`, role, { version: 1, notes: "x" })).statusCode).toBe(403);
      expect((await send("POST", url, role, { name: "Nope" })).statusCode).toBe(403);
    }
    const rate = { version: 1, rating: "low", reason: "good answers" };
    expect((await send("POST", `${url}/${v.id}/rating`, "contributor", rate)).statusCode).toBe(403);
    expect((await send("POST", `${url}/${v.id}/rating`, "manager", rate)).statusCode).toBe(200);
  });
});

describe("a contributor limited to one business unit", () => {
  it("neither reads, changes nor links another unit's vendor, and creates only in their unit", async () => {
    const unitA = await created("/api/v1/business-units", { name: "Vendors A" });
    const unitB = await created("/api/v1/business-units", { name: "Vendors B" });
    const user = await send("POST", "/api/v1/users", "admin", {
      email: "vendor-scoped@example.org",
      name: "Scoped",
      role: "contributor",
      password: TEST_PASSWORD,
      businessUnitIds: [unitA.id],
    });
    expect(user.statusCode, user.body).toBe(201);
    const s = await signIn(t.app, "vendor-scoped@example.org");
    const scoped = { cookie: s.cookie, "x-csrf-token": s.csrf };
    const ofB = await add({ name: "Unit B Secret Vendor", businessUnitId: unitB.id }, "admin");
    const ofA = await add({ name: "Unit A Vendor", businessUnitId: unitA.id }, "admin");
    const shared = await add({ name: "Shared Vendor" }, "admin");
    const systemA = await created("/api/v1/ai-systems", {
      name: "Scoped System",
      lifecycleStage: "design",
      businessUnitId: unitA.id,
    });

    expect((await send("GET", `${url}/${ofB.id}`, scoped)).statusCode).toBe(404);
    expect((await send("PATCH", `${url}/${ofB.id}`, scoped, { version: 1, notes: "x" })).statusCode).toBe(
      404,
    );
    expect((await send("DELETE", `${url}/${ofB.id}`, scoped)).statusCode).toBe(404);
    expect(
      (await send("PUT", `${url}/${ofB.id}/ai-systems/${systemA.id}`, scoped, { component: "model" }))
        .statusCode,
    ).toBe(404);
    expect(
      (await send("POST", `${url}/${ofB.id}/contacts`, scoped, { name: "X", email: "x@b.example" }))
        .statusCode,
    ).toBe(404);
    expect((await send("GET", `${url}/${ofB.id}/rating-history`, scoped)).statusCode).toBe(404);
    expect((await send("POST", `${url}/${ofB.id}/review`, scoped, {})).statusCode).toBe(404);
    const evidenceLink = await send("POST", "/api/v1/evidence", scoped, {
      title: "Cert",
      url: "https://b.example/cert",
      businessUnitId: unitA.id,
      links: [{ targetType: "vendor", targetId: ofB.id }],
    });
    expect(evidenceLink.statusCode).toBe(400);
    expect(evidenceLink.json().error.message).toMatch(/unknown vendor/);
    expect((await send("GET", `${url}/${ofB.id}`, "admin")).json()).toMatchObject({
      version: 1,
      contacts: [],
    });
    const evidenceB = await created("/api/v1/evidence", {
      title: "Unit B certificate",
      url: "https://b.example/iso",
      businessUnitId: unitB.id,
    });
    const hiddenEvidence = await send("POST", `${url}/${ofA.id}/certifications`, scoped, {
      kind: "iso_27001",
      evidenceId: evidenceB.id,
    });
    expect(hiddenEvidence.statusCode).toBe(400);
    expect(hiddenEvidence.json().error.message).toMatch(/evidenceId: unknown evidence/);

    const list = (await send("GET", `${url}?q=Vendor&limit=200`, scoped)).json();
    const names = list.items.map((v: VendorSummary) => v.name);
    expect(names).toContain("Unit A Vendor");
    expect(names).toContain("Shared Vendor");
    expect(names).not.toContain("Unit B Secret Vendor");

    expect((await send("PATCH", `${url}/${ofA.id}`, scoped, { version: 1, notes: "ok" })).statusCode).toBe(
      200,
    );
    expect((await send("POST", url, scoped, { name: "In B", businessUnitId: unitB.id })).statusCode).toBe(
      403,
    );
    expect((await send("POST", url, scoped, { name: "In A", businessUnitId: unitA.id })).statusCode).toBe(
      201,
    );
    // Moving a vendor into a unit one has no grant for is refused too.
    expect(
      (await send("PATCH", `${url}/${ofA.id}`, scoped, { version: 2, businessUnitId: unitB.id })).statusCode,
    ).toBe(403);
    expect(shared.businessUnit).toBeNull();
  });
});

describe("the vendor list", () => {
  it("filters, sorts and pages", async () => {
    const tag = "ListTag";
    const unit = await created("/api/v1/business-units", { name: "List Unit" });
    const system = await created("/api/v1/ai-systems", { name: "List System", lifecycleStage: "design" });
    const a = await add({
      name: `${tag} Alpha`,
      criticality: "low",
      status: "active",
      nextReviewOn: addDays(today, 200),
    });
    const b = await add({
      name: `${tag} Bravo`,
      criticality: "critical",
      status: "active",
      businessUnitId: unit.id,
      nextReviewOn: addDays(today, -3),
    });
    const c = await add({
      name: `${tag} Charlie`,
      criticality: "high",
      status: "offboarded",
      nextReviewOn: addDays(today, 1),
    });
    expect(
      (await send("PUT", `${url}/${a.id}/ai-systems/${system.id}`, "contributor", { component: "model API" }))
        .statusCode,
    ).toBe(200);
    await send("POST", `${url}/${b.id}/rating`, "manager", {
      version: 1,
      rating: "high",
      reason: "weak answers",
    });
    await send("POST", `${url}/${a.id}/rating`, "manager", {
      version: 2,
      rating: "low",
      reason: "strong answers",
    });

    const keys = async (query: string) => {
      const res = await send("GET", `${url}?q=${tag}&${query}`, "viewer");
      expect(res.statusCode, res.body).toBe(200);
      return (res.json().items as VendorSummary[]).map((v) => v.name.replace(`${tag} `, ""));
    };
    expect(await keys("")).toEqual(["Alpha", "Bravo", "Charlie"]);
    expect(await keys("sort=name&order=desc")).toEqual(["Charlie", "Bravo", "Alpha"]);
    expect(await keys("sort=criticality&order=desc")).toEqual(["Bravo", "Charlie", "Alpha"]);
    expect(await keys("sort=riskRating")).toEqual(["Alpha", "Bravo", "Charlie"]); // unrated last
    expect(await keys("sort=riskRating&order=desc")).toEqual(["Bravo", "Alpha", "Charlie"]);
    expect(await keys("sort=nextReviewOn")).toEqual(["Bravo", "Charlie", "Alpha"]);
    expect(await keys("sort=key&order=desc")).toEqual(["Charlie", "Bravo", "Alpha"]);
    expect(await keys("sort=createdAt")).toEqual(["Alpha", "Bravo", "Charlie"]);
    expect(await keys("status=active")).toEqual(["Alpha", "Bravo"]);
    expect(await keys("criticality=high")).toEqual(["Charlie"]);
    expect(await keys("riskRating=unrated")).toEqual(["Charlie"]);
    expect(await keys("riskRating=high")).toEqual(["Bravo"]);
    expect(await keys(`businessUnitId=${unit.id}`)).toEqual(["Bravo"]);
    expect(await keys(`aiSystemId=${system.id}`)).toEqual(["Alpha"]);
    expect(await keys("reviewDue=true")).toEqual(["Bravo"]); // Charlie is offboarded
    expect(await keys("reviewDue=false")).toEqual(["Alpha", "Charlie"]);

    const page = (await send("GET", `${url}?q=${tag}&limit=2&offset=2`, "viewer")).json();
    expect(page.total).toBe(3);
    expect(page.items.map((v: VendorSummary) => v.name)).toEqual([`${tag} Charlie`]);
    const alpha = (await send("GET", `${url}?q=${tag}&limit=1`, "viewer")).json().items[0];
    expect(alpha).toMatchObject({ riskRating: "low", aiSystemCount: 1, contactCount: 0, reviewState: "ok" });
    const bravoItem = (await send("GET", `${url}?q=${tag}%20Bravo`, "viewer")).json().items[0];
    expect(bravoItem).toMatchObject({
      reviewState: "overdue",
      businessUnit: { id: unit.id, name: "List Unit" },
    });
    expect(bravoItem.attention.map((x: { code: string }) => x.code)).toEqual([
      "no_contact",
      "review_overdue",
    ]);
    expect(c.reviewState).toBe("not_scheduled");

    for (const bad of [
      "limit=0",
      "limit=201",
      "sort=website",
      "status=gone",
      "reviewDue=maybe",
      "aiSystemId=1",
    ])
      expect((await send("GET", `${url}?${bad}`, "viewer")).statusCode, bad).toBe(400);
  });

  it("answers a page in a fixed number of queries, whatever its size", async () => {
    for (let i = 0; i < 6; i++) await add({ name: `Query Count ${i}` });
    t.takeQueries();
    expect((await send("GET", `${url}?q=Query%20Count&limit=2`, "viewer")).statusCode).toBe(200);
    const small = t.takeQueries().length;
    expect((await send("GET", `${url}?q=Query%20Count&limit=6`, "viewer")).statusCode).toBe(200);
    expect(t.takeQueries().length).toBe(small);
  });
});
