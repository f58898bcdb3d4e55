/** Roles and the RACI matrix over HTTP (ISO/IEC 42001 5.3, A.3.2), on PGlite and PostgreSQL. */
import { count, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { OrgRole, PersonRaci, RaciMatrix, RaciRow, Role } from "@openaims/core";
import { auditEvents, orgRoles, raciAssignments } from "../../db/schema/index.js";
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
const rowOf = (m: RaciMatrix, subjectId: string) => m.items.find((r) => r.subjectId === subjectId)!;
const warningCodes = (r: RaciRow) => r.warnings.map((w) => w.code);
const raciCount = async () => (await t.database.db.select({ n: count() }).from(raciAssignments))[0]!.n;

let unitA: { id: string };
let unitB: { id: string };
let systemA: { id: string; key: string };
let systemB: { id: string; key: string };
let lead: OrgRole;
let ml: OrgRole;

beforeAll(async () => {
  t = await createTestApp();
  unitA = (await call("admin", "POST", "/api/v1/business-units", { name: "Lending" })).body;
  unitB = (await call("admin", "POST", "/api/v1/business-units", { name: "Hiring" })).body;
  systemA = (await manager("POST", "/api/v1/ai-systems", { name: "Credit scorer", businessUnitId: unitA.id }))
    .body;
  systemB = (await manager("POST", "/api/v1/ai-systems", { name: "CV ranker", businessUnitId: unitB.id }))
    .body;
});
afterAll(async () => t?.close());

describe("organization roles", () => {
  it("creates a role with members, renames it with the version it read and refuses a stale version", async () => {
    const created = await manager("POST", "/api/v1/org-roles", {
      name: "AI governance lead",
      description: "Owns the AIMS day to day",
      memberIds: [t.users.manager.id],
    });
    expect(created.status).toBe(201);
    lead = created.body;
    expect(lead).toMatchObject({ key: expect.stringMatching(/^ROLE-\d+$/), version: 1 });
    expect(lead.members.map((m) => m.name)).toEqual(["manager user"]);

    const renamed = await manager("PATCH", `/api/v1/org-roles/${lead.id}`, { version: 1, name: "AIMS lead" });
    expect(renamed.body).toMatchObject({
      name: "AIMS lead",
      description: "Owns the AIMS day to day",
      version: 2,
    });
    const stale = await manager("PATCH", `/api/v1/org-roles/${lead.id}`, { version: 1, name: "Other" });
    expect(stale.status).toBe(409);
    expect(stale.body.error.code).toBe("VERSION_CONFLICT");
    lead = renamed.body;
    expect((await get(`/api/v1/org-roles/${lead.id}`)).body.name).toBe("AIMS lead");
  });

  it("refuses a duplicate name (any case), an unknown member and an empty name, changing nothing", async () => {
    const before = (await t.database.db.select({ n: count() }).from(orgRoles))[0]!.n;
    const dup = await manager("POST", "/api/v1/org-roles", { name: "aims LEAD" });
    expect(dup.status).toBe(409);
    expect(dup.body.error.message).toContain('a role named "aims LEAD" already exists');
    const unknown = await manager("POST", "/api/v1/org-roles", {
      name: "Data steward",
      memberIds: ["00000000-0000-4000-8000-000000000000"],
    });
    expect(unknown.status).toBe(400);
    expect(unknown.body.error.message).toContain("memberIds.0: unknown user");
    expect((await manager("POST", "/api/v1/org-roles", { name: "  " })).status).toBe(400);
    expect((await t.database.db.select({ n: count() }).from(orgRoles))[0]!.n).toBe(before);
  });

  it("adds and removes members idempotently, auditing only real changes", async () => {
    ml = (await manager("POST", "/api/v1/org-roles", { name: "ML engineer" })).body;
    const url = `/api/v1/org-roles/${ml.id}/members`;
    for (const userId of [t.users.contributor.id, t.users.viewer.id, t.users.viewer.id])
      expect((await manager("POST", url, { userId })).status).toBe(200);
    const after = await get(`/api/v1/org-roles/${ml.id}`);
    expect(after.body.members.map((m: { name: string }) => m.name)).toEqual([
      "contributor user",
      "viewer user",
    ]);
    await manager("DELETE", `${url}/${t.users.viewer.id}`);
    const removedTwice = await manager("DELETE", `${url}/${t.users.viewer.id}`);
    expect(removedTwice.body.members).toHaveLength(1);
    const actions = await t.database.db
      .select({ action: auditEvents.action })
      .from(auditEvents)
      .where(eq(auditEvents.entityId, ml.id));
    expect(actions.map((a) => a.action)).toEqual([
      "org_role.created",
      "org_role.member_added",
      "org_role.member_added",
      "org_role.member_removed",
    ]);
    expect((await manager("POST", url, { userId: "00000000-0000-4000-8000-000000000000" })).status).toBe(400);
    expect(
      (
        await manager("POST", "/api/v1/org-roles/00000000-0000-4000-8000-000000000000/members", {
          userId: t.users.viewer.id,
        })
      ).status,
    ).toBe(404);
  });

  it("lets viewers and auditors read roles but not change them", async () => {
    expect((await get("/api/v1/org-roles?q=engineer")).body.items.map((r: OrgRole) => r.name)).toEqual([
      "ML engineer",
    ]);
    expect((await call("auditor", "POST", "/api/v1/org-roles", { name: "X" })).status).toBe(403);
    expect((await call("viewer", "PUT", "/api/v1/raci/cells", {})).status).toBe(403);
  });
});

describe("RACI matrix", () => {
  const cell = (
    subjectId: string,
    assigneeType: "user" | "org_role",
    assigneeId: string,
    responsibilities: string[],
    subjectType = "process",
  ) => ({
    subjectType,
    subjectId,
    assigneeType,
    assigneeId,
    responsibilities,
  });

  it("lists the processes first, then the AI systems, with every role as a column and warnings per row", async () => {
    const res = await get("/api/v1/raci?limit=200");
    expect(res.status).toBe(200);
    const m = res.body as RaciMatrix;
    expect(m.total).toBe(26);
    expect(m.items[0]).toMatchObject({ subjectType: "process", subjectId: "context", label: "4" });
    expect(m.items.slice(-2).map((r) => r.label)).toEqual([systemA.key, systemB.key]);
    expect(
      m.columns.filter((c) => c.assigneeType === "org_role").map((c) => [c.name, c.memberCount]),
    ).toEqual([
      ["AIMS lead", 1],
      ["ML engineer", 1],
    ]);
    expect(rowOf(m, "internal-audit").warnings.map((w) => w.message)).toEqual([
      "no one is accountable",
      "no one is responsible",
    ]);
  });

  it("sets a cell idempotently and clears the warnings once one party is accountable and one responsible", async () => {
    const first = await manager(
      "PUT",
      "/api/v1/raci/cells",
      cell("internal-audit", "org_role", lead.id, ["A"]),
    );
    expect(first.status).toBe(200);
    expect(warningCodes(first.body)).toEqual(["no_responsible"]);
    const again = await manager(
      "PUT",
      "/api/v1/raci/cells",
      cell("internal-audit", "org_role", lead.id, ["A"]),
    );
    expect(again.body.cells).toHaveLength(1);
    const done = await manager(
      "PUT",
      "/api/v1/raci/cells",
      cell("internal-audit", "user", t.users.contributor.id, ["R", "C"]),
    );
    expect(done.body.warnings).toEqual([]);
    expect(done.body.cells.map((c: { responsibility: string }) => c.responsibility)).toEqual(["R", "A", "C"]);
    const matrix = (await get("/api/v1/raci?q=audit")).body as RaciMatrix;
    expect(matrix.items.map((r) => r.subjectId)).toEqual(["internal-audit"]);
    expect(matrix.columns.some((c) => c.assigneeType === "user" && c.name === "contributor user")).toBe(true);
    const audited = await t.database.db
      .select({ action: auditEvents.action })
      .from(auditEvents)
      .where(eq(auditEvents.entityId, "internal-audit"));
    expect(audited).toHaveLength(2);
  });

  it("warns when two are accountable and when an accountable role has no one in it", async () => {
    await manager(
      "PUT",
      "/api/v1/raci/cells",
      cell("management-review", "user", t.users.manager.id, ["A", "R"]),
    );
    const two = await manager(
      "PUT",
      "/api/v1/raci/cells",
      cell("management-review", "user", t.users.admin.id, ["A"]),
    );
    expect(two.body.warnings.map((w: { message: string }) => w.message)).toEqual([
      "2 are accountable (admin user, manager user); there should be exactly one",
    ]);
    const empty = (await manager("POST", "/api/v1/org-roles", { name: "Ethics board" })).body as OrgRole;
    const res = await manager(
      "PUT",
      "/api/v1/raci/cells",
      cell("ai-policy", "org_role", empty.id, ["A", "R"]),
    );
    expect(warningCodes(res.body)).toEqual(["empty_role"]);
  });

  it("refuses unknown processes, systems, assignees and letters with 400 and no change", async () => {
    const before = await raciCount();
    const cases: [object, string][] = [
      [cell("no-such-process", "user", t.users.manager.id, ["A"]), 'unknown AIMS process "no-such-process"'],
      [cell("not-a-uuid", "user", t.users.manager.id, ["A"], "ai_system"), "unknown AI system"],
      [
        cell("00000000-0000-4000-8000-000000000000", "user", t.users.manager.id, ["A"], "ai_system"),
        "unknown AI system",
      ],
      [cell("context", "user", "00000000-0000-4000-8000-000000000000", ["A"]), "unknown user"],
      [cell("context", "org_role", t.users.manager.id, ["A"]), "unknown role"],
    ];
    for (const [body, message] of cases) {
      const res = await manager("PUT", "/api/v1/raci/cells", body);
      expect(res.status, JSON.stringify(body)).toBe(400);
      expect(res.body.error.message).toContain(message);
    }
    for (const bad of [
      { ...cell("context", "user", t.users.manager.id, ["X"]) },
      { ...cell("context", "user", t.users.manager.id, ["A", "A"]) },
      { ...cell("context", "user", t.users.manager.id, ["A"]), assigneeType: "team" },
    ])
      expect((await manager("PUT", "/api/v1/raci/cells", bad)).status).toBe(400);
    expect(await raciCount()).toBe(before);
  });

  it("shows a person what they carry directly and through the roles they hold", async () => {
    await manager("PUT", "/api/v1/raci/cells", cell(systemA.id, "org_role", ml.id, ["R"], "ai_system"));
    await manager("PUT", "/api/v1/raci/cells", cell(systemA.id, "org_role", lead.id, ["I"], "ai_system"));
    // The contributor is in ML engineer; make them hold the lead role too.
    await manager("POST", `/api/v1/org-roles/${lead.id}/members`, { userId: t.users.contributor.id });
    const res = await get(`/api/v1/raci/people/${t.users.contributor.id}`);
    expect(res.status).toBe(200);
    expect(res.body.roles.map((r: { name: string }) => r.name)).toEqual(["AIMS lead", "ML engineer"]);
    const items = (res.body as PersonRaci).items.map((i) => [
      i.label,
      i.responsibility,
      i.via.type === "role" ? i.via.role.name : "direct",
    ]);
    expect(items).toEqual([
      ["9.2", "R", "direct"],
      ["9.2", "A", "AIMS lead"],
      ["9.2", "C", "direct"],
      [systemA.key, "R", "ML engineer"],
      [systemA.key, "I", "AIMS lead"],
    ]);
    expect(res.body.counts).toEqual({ R: 2, A: 1, C: 1, I: 1 });
    const onlyA = await get(`/api/v1/raci/people/${t.users.contributor.id}?responsibility=A`);
    expect(onlyA.body).toMatchObject({ total: 1, items: [{ subjectId: "internal-audit" }] });
    expect((await get("/api/v1/raci/people/00000000-0000-4000-8000-000000000000")).status).toBe(404);
  });

  it("limits a unit-scoped contributor to the AI systems of their units", async () => {
    await call("admin", "POST", "/api/v1/users", {
      email: "hiring-only@example.org",
      name: "Hiring only",
      role: "contributor",
      password: TEST_PASSWORD,
      businessUnitIds: [unitB.id],
    });
    const { cookie, csrf } = await signIn(t.app, "hiring-only@example.org");
    const headers = { cookie, "x-csrf-token": csrf };
    const matrix = (
      await t.app.inject({ url: "/api/v1/raci?subjectType=ai_system", headers })
    ).json() as RaciMatrix;
    expect(matrix.items.map((r) => r.label)).toEqual([systemB.key]);
    const person = (
      await t.app.inject({ url: `/api/v1/raci/people/${t.users.contributor.id}`, headers })
    ).json();
    expect(person.items.map((i: { label: string }) => i.label)).not.toContain(systemA.key);
    const before = await raciCount();
    const write = await t.app.inject({
      method: "PUT",
      url: "/api/v1/raci/cells",
      headers,
      payload: cell(systemA.id, "user", t.users.manager.id, ["A"], "ai_system"),
    });
    expect(write.statusCode).toBe(400);
    const own = await t.app.inject({
      method: "PUT",
      url: "/api/v1/raci/cells",
      headers,
      payload: cell(systemB.id, "user", t.users.manager.id, ["A"], "ai_system"),
    });
    expect(own.statusCode).toBe(200);
    expect(await raciCount()).toBe(before + 1);
  });

  it("filters AI systems by business unit and pages across processes and systems", async () => {
    const inA = (await get(`/api/v1/raci?subjectType=ai_system&businessUnitId=${unitA.id}`))
      .body as RaciMatrix;
    expect(inA.items.map((r) => r.label)).toEqual([systemA.key]);
    expect(rowOf(inA, systemA.id).warnings.map((w) => w.code)).toEqual(["no_accountable"]);
    const tail = (await get("/api/v1/raci?offset=23&limit=2")).body as RaciMatrix;
    expect(tail.items.map((r) => r.subjectType)).toEqual(["process", "ai_system"]);
    expect(tail.total).toBe(26);
  });

  it("reads a page of the matrix and a person's view in a fixed number of queries (no N+1)", async () => {
    const queriesFor = async (url: string) => {
      t.takeQueries();
      expect((await get(url)).status).toBe(200);
      return t.takeQueries().length;
    };
    // 26 rows, several roles and people: a query per row or per person would exceed these bounds.
    expect(await queriesFor("/api/v1/raci?limit=200")).toBeLessThanOrEqual(9);
    expect(await queriesFor(`/api/v1/raci/people/${t.users.contributor.id}`)).toBeLessThanOrEqual(7);
    expect(await queriesFor("/api/v1/competence/gaps?limit=200")).toBeLessThanOrEqual(9);
    expect(await queriesFor("/api/v1/competence/roles?limit=200")).toBeLessThanOrEqual(9);
  });

  it("deletes a role with its assignments, naming the version read", async () => {
    const role = (await manager("POST", "/api/v1/org-roles", { name: "Temporary" })).body as OrgRole;
    await manager("PUT", "/api/v1/raci/cells", cell("data", "org_role", role.id, ["C"]));
    expect((await manager("DELETE", `/api/v1/org-roles/${role.id}?version=9`)).status).toBe(409);
    expect((await manager("DELETE", `/api/v1/org-roles/${role.id}?version=1`)).status).toBe(204);
    const m = (await get("/api/v1/raci?q=data")).body as RaciMatrix;
    expect(rowOf(m, "data").cells).toEqual([]);
    expect((await get(`/api/v1/org-roles/${role.id}`)).status).toBe(404);
  });
});
