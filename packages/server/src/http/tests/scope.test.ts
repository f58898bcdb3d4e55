import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Role } from "@openaims/core";
import { aiSystems, auditEvents, jobs, notifications } from "../../db/schema/index.js";
import { scopeReminderHandler } from "../../services/context/scope-reminder.js";
import { createTestApp, bearer, type TestApp } from "../../test-support/test-app.js";

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({}, { withCatalogs: true });
});
afterAll(async () => t?.close());

async function call(role: Role, method: "GET" | "POST" | "PATCH" | "PUT", url: string, payload?: object) {
  const res = await t.app.inject({ method, url, headers: bearer(t.tokens[role]), payload });
  return { status: res.statusCode, body: res.json() };
}
const get = (url: string, role: Role = "viewer") => call(role, "GET", url);

async function auditActions(entityId: string): Promise<string[]> {
  const rows = await t.database.db
    .select({ action: auditEvents.action })
    .from(auditEvents)
    .where(eq(auditEvents.entityId, entityId))
    .orderBy(auditEvents.seq);
  return rows.map((r) => r.action);
}

let systemCounter = 0;
async function insertAiSystem(name: string): Promise<string> {
  const [row] = await t.database.db
    .insert(aiSystems)
    .values({
      key: `AIS-900${++systemCounter}`,
      name,
      lifecycleStage: "deployed",
      profile: {},
      euRiskClass: "minimal",
      classification: {},
      classifiedAt: new Date(),
    })
    .returning();
  return row!.id;
}

describe("AIMS scope (4.3)", () => {
  let unitA: string;
  let unitB: string;
  let systemA: string;
  let v1: string;
  let v2: string;
  beforeAll(async () => {
    unitA = (await call("admin", "POST", "/api/v1/business-units", { name: "Scope Retail" })).body.id;
    unitB = (await call("admin", "POST", "/api/v1/business-units", { name: "Scope Lab" })).body.id;
    systemA = await insertAiSystem("Scope chatbot");
  });

  it("starts empty, edits a draft and refuses bad references and unjustified exclusions", async () => {
    expect((await get("/api/v1/scope/current")).status).toBe(404);
    expect((await call("manager", "POST", "/api/v1/scope/versions", { from: "current" })).status).toBe(422);
    const draft = await call("manager", "POST", "/api/v1/scope/versions", {});
    expect(draft.status).toBe(201);
    expect(draft.body).toMatchObject({ number: 1, status: "draft", createdBy: t.users.manager.id });
    v1 = draft.body.id;
    const url = `/api/v1/scope/versions/${v1}`;
    const noWhy = await call("manager", "PATCH", url, {
      version: 1,
      exclusions: [{ item: "Lab", justification: " " }],
    });
    expect(noWhy.status).toBe(400);
    expect(noWhy.body.error.details.issues[0].path).toBe("body.exclusions.0.justification");
    const unknown = await call("manager", "PATCH", url, { version: 1, aiSystemIds: [systemA, unitA] });
    expect(unknown.status).toBe(400);
    expect(unknown.body.error.details.issues[0].path).toBe("aiSystemIds.1");
    const edited = await call("manager", "PATCH", url, {
      version: 1,
      description: "Customer-facing AI",
      businessUnitIds: [unitA, unitB],
      exclusions: [{ item: "Research sandbox", justification: "No production data or users" }],
      boundaries: "EU operations",
      reassessBy: "2099-03-01",
    });
    expect(edited.status).toBe(200);
    expect(edited.body).toMatchObject({ version: 2, businessUnitIds: [unitA, unitB] });
  });

  it("lets only someone other than the author approve, then freezes the version and queues the reminder", async () => {
    const url = `/api/v1/scope/versions/${v1}/approve`;
    const own = await call("manager", "POST", url, { version: 2 });
    expect(own.status).toBe(403);
    expect(own.body.error.message).toMatch(/drafted/);
    expect((await call("contributor", "POST", url, { version: 2 })).status).toBe(403);
    expect((await call("admin", "POST", url, { version: 1 })).status).toBe(409);
    const approved = await call("admin", "POST", url, { version: 2 });
    expect(approved.status).toBe(200);
    expect(approved.body).toMatchObject({ status: "approved", approvedBy: t.users.admin.id, version: 3 });
    expect((await get("/api/v1/scope/current")).body.id).toBe(v1);
    const edit = await call("manager", "PATCH", `/api/v1/scope/versions/${v1}`, {
      version: 3,
      boundaries: "x",
    });
    expect(edit.status).toBe(422);
    expect((await call("admin", "POST", url, { version: 3 })).status).toBe(422);
    const [job] = await t.database.db
      .select()
      .from(jobs)
      .where(eq(jobs.uniqueKey, `scope-reminder:${v1}`));
    expect(job).toMatchObject({ kind: "scope.reassessment_reminder", payload: { scopeVersionId: v1 } });
    expect(job!.runAt.toISOString()).toBe("2099-03-01T09:00:00.000Z");
  });

  it("copies the approved version into a new draft; approving it supersedes the previous one", async () => {
    const copy = await call("admin", "POST", "/api/v1/scope/versions", { from: "current" });
    expect(copy.body).toMatchObject({
      number: 2,
      status: "draft",
      businessUnitIds: [unitA, unitB],
      reassessBy: "2099-03-01",
    });
    v2 = copy.body.id;
    await call("admin", "PATCH", `/api/v1/scope/versions/${v2}`, {
      version: 1,
      businessUnitIds: [unitA],
      aiSystemIds: [systemA],
      exclusions: [
        { item: "research sandbox", justification: "Synthetic data only" },
        { item: "HR pilot", justification: "Ends before the audit" },
      ],
      boundaries: "EU and UK operations",
    });
    const approved = await call("manager", "POST", `/api/v1/scope/versions/${v2}/approve`, { version: 2 });
    expect(approved.status).toBe(200);
    expect((await get(`/api/v1/scope/versions/${v1}`)).body.status).toBe("superseded");
    expect((await get("/api/v1/scope/current")).body.id).toBe(v2);
    const list = await get("/api/v1/scope/versions");
    expect(list.body.items.map((v: { number: number; status: string }) => [v.number, v.status])).toEqual([
      [2, "approved"],
      [1, "superseded"],
    ]);
    expect(await auditActions(v1)).toEqual([
      "scope_version.created",
      "scope_version.updated",
      "scope_version.approved",
      "scope_version.superseded",
    ]);
  });

  it("compares two versions", async () => {
    const res = await get(`/api/v1/scope/compare?a=${v1}&b=${v2}`);
    expect(res.status).toBe(200);
    expect(res.body.a).toMatchObject({ number: 1, status: "superseded" });
    expect(res.body.businessUnits).toEqual({
      added: [],
      removed: [{ id: unitB, key: expect.any(String), name: "Scope Lab" }],
    });
    expect(res.body.aiSystems.added).toEqual([{ id: systemA, key: "AIS-9001", name: "Scope chatbot" }]);
    expect(res.body.exclusions).toEqual({
      added: [{ item: "HR pilot", justification: "Ends before the audit" }],
      removed: [],
      changed: [
        { item: "research sandbox", before: "No production data or users", after: "Synthetic data only" },
      ],
    });
    expect(res.body.changedFields).toEqual([
      { field: "boundaries", before: "EU operations", after: "EU and UK operations" },
    ]);
    expect(res.body.isSame).toBe(false);
    expect((await get(`/api/v1/scope/compare?a=${v1}&b=${v1}`)).body.isSame).toBe(true);
    expect((await get(`/api/v1/scope/compare?a=${v1}`)).status).toBe(400);
  });

  it("reminds managers once, and only while the version is still approved", async () => {
    const reminders = () =>
      t.database.db
        .select()
        .from(notifications)
        .where(and(eq(notifications.kind, "scope.reassessment_due"), eq(notifications.role, "manager")));
    await scopeReminderHandler(t.database.db, { scopeVersionId: v1 });
    expect(await reminders()).toHaveLength(0);
    await scopeReminderHandler(t.database.db, { scopeVersionId: v2 });
    await scopeReminderHandler(t.database.db, { scopeVersionId: v2 });
    const rows = await reminders();
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ link: "/context/scope", title: expect.stringContaining("version 2") });
    await expect(scopeReminderHandler(t.database.db, { nope: 1 })).rejects.toThrow();
    // The reminder reaches every manager's inbox until it is marked read.
    const inbox = async () =>
      (await t.app.inject({ url: "/api/v1/inbox", headers: bearer(t.tokens.manager) })).json();
    const item = (await inbox()).items.find((i: { kind: string }) => i.kind === "notification");
    expect(item).toMatchObject({ title: expect.stringContaining("version 2"), link: "/context/scope" });
    expect(
      (
        await t.app.inject({
          method: "POST",
          url: `/api/v1/inbox/notifications/${item.id}/read`,
          headers: bearer(t.tokens.viewer),
        })
      ).statusCode,
    ).toBe(404);
    expect(
      (
        await t.app.inject({
          method: "POST",
          url: `/api/v1/inbox/notifications/${item.id}/read`,
          headers: bearer(t.tokens.manager),
        })
      ).statusCode,
    ).toBe(204);
    expect((await inbox()).items.some((i: { id: string }) => i.id === item.id)).toBe(false);
  });
});
