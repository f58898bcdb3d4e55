/** Competence, training records, gaps and AI literacy over HTTP (ISO/IEC 42001 7.2; EU AI Act Art. 4). */
import { count } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  addDays,
  utcDay,
  type Competence,
  type OrgRole,
  type PersonGaps,
  type Role,
  type RoleCompetenceSummary,
} from "@openaims/core";
import { evidence, trainingRecords } from "../../db/schema/index.js";
import { bearer, createTestApp, signIn, TEST_PASSWORD, type TestApp } from "../../test-support/test-app.js";

let t: TestApp;
type Res = { status: number; body: any }; // eslint-disable-line @typescript-eslint/no-explicit-any

async function call(
  role: Role,
  method: "GET" | "POST" | "PATCH" | "PUT" | "DELETE",
  url: string,
  payload?: object,
): Promise<Res> {
  const res = await t.app.inject({ method, url, headers: bearer(t.tokens[role]), payload });
  return { status: res.statusCode, body: res.body ? res.json() : null };
}
const get = (url: string, role: Role = "viewer") => call(role, "GET", url);
const manager = (method: "POST" | "PATCH" | "PUT" | "DELETE", url: string, payload?: object) =>
  call("manager", method, url, payload);
const recordCount = async () => (await t.database.db.select({ n: count() }).from(trainingRecords))[0]!.n;

const TODAY = utcDay();
const daysAgo = (n: number) => addDays(TODAY, -n);

let literacy: Competence;
let mlops: Competence;
let privacy: Competence;
let lead: OrgRole;
let engineer: OrgRole;
let unitA: { id: string };
let unitB: { id: string };
let evidenceA: string;
let evidenceB: string;

let evidenceCount = 0;
/** Evidence straight into the table: this file tests the link, not the evidence feature. */
async function insertEvidence(title: string, businessUnitId: string) {
  const [row] = await t.database.db
    .insert(evidence)
    .values({
      key: `EV-T${++evidenceCount}`,
      title,
      kind: "link",
      url: "https://example.org/cert",
      collectedOn: TODAY,
      businessUnitId,
    })
    .returning({ id: evidence.id });
  return row!.id;
}

beforeAll(async () => {
  t = await createTestApp();
  unitA = (await call("admin", "POST", "/api/v1/business-units", { name: "Lending" })).body;
  unitB = (await call("admin", "POST", "/api/v1/business-units", { name: "Hiring" })).body;
  evidenceA = await insertEvidence("Certificate A", unitA.id);
  evidenceB = await insertEvidence("Certificate B", unitB.id);
});
afterAll(async () => t?.close());

describe("competences", () => {
  it("creates competences, refuses a duplicate name with 409 and a stale version with 409", async () => {
    const created = await manager("POST", "/api/v1/competences", {
      name: "AI literacy basics",
      aiLiteracy: true,
      validityMonths: 12,
    });
    expect(created.status).toBe(201);
    literacy = created.body;
    expect(literacy).toMatchObject({
      key: expect.stringMatching(/^COMP-\d+$/),
      aiLiteracy: true,
      validityMonths: 12,
    });
    mlops = (
      await manager("POST", "/api/v1/competences", {
        name: "MLOps",
        description: "Deploy and monitor models",
      })
    ).body;
    privacy = (
      await manager("POST", "/api/v1/competences", { name: "Privacy by design", validityMonths: 24 })
    ).body;
    expect(mlops).toMatchObject({
      aiLiteracy: false,
      validityMonths: null,
      description: "Deploy and monitor models",
    });

    const dup = await manager("POST", "/api/v1/competences", { name: "mlops" });
    expect(dup.status).toBe(409);
    expect(dup.body.error.code).toBe("ALREADY_EXISTS");
    expect(dup.body.error.message).toBe('a competence named "mlops" already exists (' + mlops.key + ")");
    const renameClash = await manager("PATCH", `/api/v1/competences/${privacy.id}`, {
      version: 1,
      name: "MLOps",
    });
    expect(renameClash.status).toBe(409);

    const edited = await manager("PATCH", `/api/v1/competences/${privacy.id}`, {
      version: 1,
      description: "GDPR Art. 25",
    });
    expect(edited.body).toMatchObject({ version: 2, validityMonths: 24, description: "GDPR Art. 25" });
    const stale = await manager("PATCH", `/api/v1/competences/${privacy.id}`, {
      version: 1,
      validityMonths: 6,
    });
    expect(stale.status).toBe(409);
    expect(stale.body.error.code).toBe("VERSION_CONFLICT");
    expect((await get(`/api/v1/competences/${privacy.id}`)).body.validityMonths).toBe(24);
    privacy = edited.body;

    expect((await manager("POST", "/api/v1/competences", { name: "X", validityMonths: 0 })).status).toBe(400);
    const lit = (await get("/api/v1/competences?aiLiteracy=true")).body;
    expect(lit.items.map((c: Competence) => c.name)).toEqual(["AI literacy basics"]);
    expect((await call("viewer", "POST", "/api/v1/competences", { name: "Y" })).status).toBe(403);
  });

  it("sets the competences roles require, with the role's version", async () => {
    lead = (
      await manager("POST", "/api/v1/org-roles", {
        name: "AI governance lead",
        memberIds: [t.users.contributor.id],
      })
    ).body;
    engineer = (
      await manager("POST", "/api/v1/org-roles", {
        name: "ML engineer",
        memberIds: [t.users.contributor.id, t.users.viewer.id],
      })
    ).body;
    const set = await manager("PUT", `/api/v1/org-roles/${lead.id}/competences`, {
      version: 1,
      competenceIds: [literacy.id, privacy.id],
    });
    expect(set.status).toBe(200);
    expect(set.body.version).toBe(2);
    expect(set.body.competences.map((c: Competence) => c.name)).toEqual([
      "AI literacy basics",
      "Privacy by design",
    ]);
    const stale = await manager("PUT", `/api/v1/org-roles/${lead.id}/competences`, {
      version: 1,
      competenceIds: [],
    });
    expect(stale.status).toBe(409);
    const unknown = await manager("PUT", `/api/v1/org-roles/${engineer.id}/competences`, {
      version: 1,
      competenceIds: [mlops.id, "00000000-0000-4000-8000-000000000000"],
    });
    expect(unknown.status).toBe(400);
    expect((await get(`/api/v1/org-roles/${engineer.id}`)).body.competences).toEqual([]);
    await manager("PUT", `/api/v1/org-roles/${engineer.id}/competences`, {
      version: 1,
      competenceIds: [literacy.id, mlops.id],
    });
    expect((await get(`/api/v1/competences/${literacy.id}`)).body.requiredByRoles).toBe(2);
  });
});

describe("training records and gaps", () => {
  it("shows every required competence as missing for a person who holds two roles", async () => {
    const res = await get(`/api/v1/competence/gaps?userId=${t.users.contributor.id}`);
    expect(res.status).toBe(200);
    const person = res.body.items[0] as PersonGaps;
    expect(person.roles.map((r) => r.name)).toEqual(["AI governance lead", "ML engineer"]);
    expect(person.items.map((i) => [i.competence.name, i.status, i.requiredBy.map((r) => r.name)])).toEqual([
      ["AI literacy basics", "missing", ["AI governance lead", "ML engineer"]],
      ["MLOps", "missing", ["ML engineer"]],
      ["Privacy by design", "missing", ["AI governance lead"]],
    ]);
    expect(person.counts).toEqual({ met: 0, expiring: 0, expired: 0, missing: 3 });
  });

  it("records training; an expired one (validity default) stays a gap, a current one closes it", async () => {
    const expired = await manager("POST", "/api/v1/training-records", {
      userId: t.users.contributor.id,
      competenceId: literacy.id,
      course: "AI literacy 101",
      completedOn: daysAgo(400),
    });
    expect(expired.status).toBe(201);
    expect(expired.body).toMatchObject({
      expiresOn: null,
      status: "expired",
      effectiveExpiresOn: expect.any(String),
    });
    await manager("POST", "/api/v1/training-records", {
      userId: t.users.contributor.id,
      competenceId: mlops.id,
      course: "MLOps bootcamp",
      completedOn: daysAgo(10),
    });
    await manager("POST", "/api/v1/training-records", {
      userId: t.users.contributor.id,
      competenceId: privacy.id,
      course: "Privacy refresher",
      completedOn: daysAgo(100),
      expiresOn: addDays(TODAY, 12),
      evidenceId: evidenceA,
    });
    let person = (await get(`/api/v1/competence/gaps?userId=${t.users.contributor.id}`)).body
      .items[0] as PersonGaps;
    const statuses = Object.fromEntries(person.items.map((i) => [i.competence.name, i.status]));
    expect(statuses).toEqual({
      "AI literacy basics": "expired",
      MLOps: "met",
      "Privacy by design": "expiring",
    });
    expect(person.items[0]!.competence.name).toBe("AI literacy basics");

    await manager("POST", "/api/v1/training-records", {
      userId: t.users.contributor.id,
      competenceId: literacy.id,
      course: "AI literacy 2026",
      completedOn: TODAY,
    });
    person = (await get(`/api/v1/competence/gaps?userId=${t.users.contributor.id}`)).body
      .items[0] as PersonGaps;
    expect(person.counts).toEqual({ met: 2, expiring: 1, expired: 0, missing: 0 });
  });

  it("refuses bad training records with 400 and no change", async () => {
    const before = await recordCount();
    const base = {
      userId: t.users.viewer.id,
      competenceId: mlops.id,
      course: "Course",
      completedOn: daysAgo(5),
    };
    const cases: [object, string][] = [
      [{ ...base, userId: "00000000-0000-4000-8000-000000000000" }, "unknown user"],
      [{ ...base, competenceId: "00000000-0000-4000-8000-000000000000" }, "unknown competence"],
      [{ ...base, evidenceId: "00000000-0000-4000-8000-000000000000" }, "unknown evidence"],
      [{ ...base, completedOn: addDays(TODAY, 3) }, "must not be in the future"],
      [{ ...base, expiresOn: daysAgo(6) }, "must not be before the completion date"],
      [{ ...base, completedOn: "2026-02-30" }, "must be a date"],
      [{ ...base, course: "" }, "must not be empty"],
    ];
    for (const [body, message] of cases) {
      const res = await manager("POST", "/api/v1/training-records", body);
      expect(res.status, JSON.stringify(body)).toBe(400);
      expect(JSON.stringify(res.body.error)).toContain(message);
    }
    expect(await recordCount()).toBe(before);
  });

  it("updates a record with the version it read and hides evidence outside a reader's units", async () => {
    const list = (await get(`/api/v1/training-records?userId=${t.users.contributor.id}&q=privacy`)).body;
    expect(list.total).toBe(1);
    const record = list.items[0];
    expect(record.evidence).toMatchObject({ id: evidenceA, title: "Certificate A" });
    const patched = await manager("PATCH", `/api/v1/training-records/${record.id}`, {
      version: 1,
      note: "Passed with distinction",
    });
    expect(patched.body).toMatchObject({
      version: 2,
      note: "Passed with distinction",
      course: "Privacy refresher",
    });
    const stale = await manager("PATCH", `/api/v1/training-records/${record.id}`, { version: 1, note: "x" });
    expect(stale.status).toBe(409);
    const badDates = await manager("PATCH", `/api/v1/training-records/${record.id}`, {
      version: 2,
      expiresOn: daysAgo(200),
    });
    expect(badDates.status).toBe(400);

    await call("admin", "POST", "/api/v1/users", {
      email: "hiring-contributor@example.org",
      name: "Hiring contributor",
      role: "contributor",
      password: TEST_PASSWORD,
      businessUnitIds: [unitB.id],
    });
    const { cookie, csrf } = await signIn(t.app, "hiring-contributor@example.org");
    const headers = { cookie, "x-csrf-token": csrf };
    const seen = (await t.app.inject({ url: `/api/v1/training-records/${record.id}`, headers })).json();
    expect(seen).toMatchObject({ evidenceId: evidenceA, evidence: null });
    // Changing the note keeps the link it cannot see; linking evidence of another unit is refused.
    const kept = await t.app.inject({
      method: "PATCH",
      url: `/api/v1/training-records/${record.id}`,
      headers,
      payload: { version: 2, note: "ok" },
    });
    expect(kept.statusCode).toBe(200);
    const foreign = await t.app.inject({
      method: "POST",
      url: "/api/v1/training-records",
      headers,
      payload: {
        userId: t.users.viewer.id,
        competenceId: mlops.id,
        course: "C",
        completedOn: daysAgo(1),
        evidenceId: evidenceA,
      },
    });
    expect(foreign.statusCode).toBe(400);
    const own = await t.app.inject({
      method: "POST",
      url: "/api/v1/training-records",
      headers,
      payload: {
        userId: t.users.viewer.id,
        competenceId: mlops.id,
        course: "C",
        completedOn: daysAgo(1),
        evidenceId: evidenceB,
      },
    });
    expect(own.statusCode).toBe(201);
  });

  it("summarizes each role: members × required competences with counts", async () => {
    const res = await get("/api/v1/competence/roles");
    expect(res.status).toBe(200);
    const ml = res.body.items.find((r: { role: OrgRole }) => r.role.name === "ML engineer");
    expect(ml.competences.map((c: Competence) => c.name)).toEqual(["AI literacy basics", "MLOps"]);
    const summary = ml as RoleCompetenceSummary;
    expect(summary.members.map((m) => [m.user.name, m.statuses[literacy.id], m.statuses[mlops.id]])).toEqual([
      ["contributor user", "met", "met"],
      ["viewer user", "missing", "met"],
    ]);
    expect(ml.counts).toEqual({ met: 3, expiring: 0, expired: 0, missing: 1 });
    expect(ml.membersComplete).toBe(1);
    const gaps = (await get(`/api/v1/competence/gaps?roleId=${engineer.id}`)).body;
    expect(gaps.items.map((p: PersonGaps) => p.user.name)).toEqual(["contributor user", "viewer user"]);
  });

  it("reports the AI-literacy share over role holders or over all active users", async () => {
    const holders = (await get("/api/v1/competence/ai-literacy")).body;
    expect(holders).toMatchObject({
      population: "role_holders",
      total: 2,
      literate: 1,
      share: 0.5,
      withoutTotal: 1,
    });
    expect(holders.without).toEqual([
      { user: expect.objectContaining({ name: "viewer user" }), status: "missing" },
    ]);
    expect(holders.competences.map((c: Competence) => c.name)).toEqual(["AI literacy basics"]);
    const everyone = (await get("/api/v1/competence/ai-literacy?population=active_users&limit=2")).body;
    expect(everyone.population).toBe("active_users");
    expect(everyone.literate).toBe(1);
    expect(everyone.total).toBeGreaterThanOrEqual(6);
    expect(everyone.withoutTotal).toBe(everyone.total - 1);
    expect(everyone.without).toHaveLength(2);
    expect((await get("/api/v1/competence/ai-literacy?population=all")).status).toBe(400);
  });

  it("refuses to delete a competence that training records prove, and deletes records with their version", async () => {
    const refused = await manager("DELETE", `/api/v1/competences/${mlops.id}?version=1`);
    expect(refused.status).toBe(409);
    expect(refused.body.error.message).toContain("training record");
    const records = (await get(`/api/v1/training-records?competenceId=${mlops.id}&limit=200`)).body.items;
    for (const r of records)
      expect((await manager("DELETE", `/api/v1/training-records/${r.id}?version=${r.version}`)).status).toBe(
        204,
      );
    expect((await manager("DELETE", `/api/v1/competences/${mlops.id}?version=1`)).status).toBe(204);
    const role = (await get(`/api/v1/org-roles/${engineer.id}`)).body;
    expect(role.competences.map((c: Competence) => c.name)).toEqual(["AI literacy basics"]);
  });
});
