import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Role } from "@openaims/core";
import { auditEvents } from "../../db/schema/index.js";
import { createTestApp, bearer, type TestApp } from "../../test-support/test-app.js";

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({}, { withCatalogs: true });
});
afterAll(async () => t?.close());

const ISO = "iso-iec-42001:2023";
const FAIRNESS = `${ISO}/C.2.fairness`;
const PRIVACY = `${ISO}/C.2.privacy`;

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

describe("context issues (4.1)", () => {
  const issue = (extra: object = {}) => ({
    kind: "external",
    category: "regulatory",
    title: "EU AI Act",
    ...extra,
  });

  it("creates, reads and updates an issue with the Annex C objectives it threatens", async () => {
    const created = await call(
      "contributor",
      "POST",
      "/api/v1/context/issues",
      issue({ threatenedObjectives: [FAIRNESS] }),
    );
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      key: expect.stringMatching(/^ISS-\d+$/),
      status: "open",
      version: 1,
    });
    expect(created.body.threatenedObjectives).toEqual([FAIRNESS]);
    const id = created.body.id as string;
    expect((await get(`/api/v1/context/issues/${id}`)).body.title).toBe("EU AI Act");
    const patched = await call("contributor", "PATCH", `/api/v1/context/issues/${id}`, {
      version: 1,
      status: "monitored",
      threatenedObjectives: [FAIRNESS, PRIVACY],
    });
    expect(patched.status).toBe(200);
    expect(patched.body).toMatchObject({ status: "monitored", version: 2 });
    const stale = await call("contributor", "PATCH", `/api/v1/context/issues/${id}`, {
      version: 1,
      title: "x",
    });
    expect(stale.status).toBe(409);
    expect(stale.body.error.code).toBe("VERSION_CONFLICT");
    expect(await auditActions(id)).toEqual(["context_issue.created", "context_issue.updated"]);
  });

  it.each([
    ["an unknown objective key", { threatenedObjectives: [`${ISO}/C.2.nope`] }, "threatenedObjectives.0"],
    [
      "a risk source (C.3), not an objective",
      { threatenedObjectives: [`${ISO}/C.3.machine-learning`] },
      "threatenedObjectives.0",
    ],
    ["an assessable requirement", { threatenedObjectives: [`${ISO}/6.2`] }, "threatenedObjectives.0"],
    ["a repeated objective", { threatenedObjectives: [FAIRNESS, FAIRNESS] }, "body.threatenedObjectives"],
    [
      "an unknown business unit",
      { businessUnitId: "00000000-0000-4000-8000-000000000000" },
      "businessUnitId",
    ],
    ["an unknown category", { category: "astrological" }, "body.category"],
  ])("refuses %s with 400", async (_label, extra, path) => {
    const res = await call("contributor", "POST", "/api/v1/context/issues", issue(extra));
    expect(res.status).toBe(400);
    expect(res.body.error.details.issues[0].path).toBe(path);
  });

  it("filters by kind, category, status and text, pages and sorts", async () => {
    await call(
      "manager",
      "POST",
      "/api/v1/context/issues",
      issue({ kind: "internal", category: "technical", title: "Flt legacy" }),
    );
    await call(
      "manager",
      "POST",
      "/api/v1/context/issues",
      issue({ kind: "internal", category: "technical", title: "Flt skills" }),
    );
    await call(
      "manager",
      "POST",
      "/api/v1/context/issues",
      issue({ kind: "internal", category: "ethical", title: "Flt values" }),
    );
    const technical = await get("/api/v1/context/issues?kind=internal&category=technical&q=flt&sort=title");
    expect(technical.body.total).toBe(2);
    expect(technical.body.items.map((i: { title: string }) => i.title)).toEqual(["Flt legacy", "Flt skills"]);
    const page = await get("/api/v1/context/issues?q=flt&sort=key&order=desc&limit=1&offset=1");
    expect(page.body).toMatchObject({ total: 3, items: [{ title: "Flt skills" }] });
    expect((await get("/api/v1/context/issues?status=closed")).body.total).toBe(0);
    expect((await call("viewer", "POST", "/api/v1/context/issues", issue())).status).toBe(403);
  });
});

describe("interested parties (4.2)", () => {
  it("gives requirements ids, counts the addressed ones and keeps ids across edits", async () => {
    const res = await call("contributor", "POST", "/api/v1/context/parties", {
      name: "Data protection authority",
      category: "regulator",
      requirements: [
        { text: "DPIA for high-risk processing", addressed: true, how: "DPIA procedure P-7" },
        { text: "Breach notice within 72 h" },
      ],
    });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({
      key: expect.stringMatching(/^IP-\d+$/),
      requirementsAddressed: 1,
      requirementsOpen: 1,
    });
    const [first, second] = res.body.requirements;
    expect(first.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(second).toMatchObject({ addressed: false, how: "" });
    const patched = await call("contributor", "PATCH", `/api/v1/context/parties/${res.body.id}`, {
      version: 1,
      requirements: [first, { ...second, addressed: true, how: "Incident runbook" }],
    });
    expect(patched.body).toMatchObject({ version: 2, requirementsAddressed: 2, requirementsOpen: 0 });
    expect(patched.body.requirements.map((r: { id: string }) => r.id)).toEqual([first.id, second.id]);
    expect(await auditActions(res.body.id)).toEqual(["interested_party.created", "interested_party.updated"]);
  });

  it("lists by category and name, refuses bad input", async () => {
    await call("manager", "POST", "/api/v1/context/parties", { name: "Zed customers", category: "customer" });
    await call("manager", "POST", "/api/v1/context/parties", {
      name: "Acme customers",
      category: "customer",
    });
    const list = await get("/api/v1/context/parties?category=customer&sort=name");
    expect(list.body.items.map((p: { name: string }) => p.name)).toEqual(["Acme customers", "Zed customers"]);
    const bad = await call("manager", "POST", "/api/v1/context/parties", { name: "X", category: "alien" });
    expect(bad.status).toBe(400);
    const blank = await call("manager", "POST", "/api/v1/context/parties", {
      name: "Y",
      category: "public",
      requirements: [{ text: "   " }],
    });
    expect(blank.status).toBe(400);
  });
});

describe("AIMS profile", () => {
  it("is versioned and audited", async () => {
    const before = await get("/api/v1/context/profile");
    expect(before.body).toMatchObject({ version: 1, organizationRoles: [], riskAppetite: "" });
    const put = await call("manager", "PUT", "/api/v1/context/profile", {
      version: 1,
      organizationRoles: ["provider", "customer"],
      riskAppetite: "Low appetite for risks to people; moderate for operational risks.",
    });
    expect(put.status).toBe(200);
    expect(put.body).toMatchObject({
      version: 2,
      organizationRoles: ["provider", "customer"],
      updatedBy: t.users.manager.id,
    });
    const stale = await call("manager", "PUT", "/api/v1/context/profile", {
      version: 1,
      organizationRoles: [],
      riskAppetite: "",
    });
    expect(stale.status).toBe(409);
    const badRole = await call("manager", "PUT", "/api/v1/context/profile", {
      version: 2,
      organizationRoles: ["user"],
      riskAppetite: "",
    });
    expect(badRole.status).toBe(400);
    expect(await auditActions("1")).toEqual(["aims_profile.updated"]);
  });

  it("keeps the organization's name for outsiders; leaving it out keeps it", async () => {
    const current = (await get("/api/v1/context/profile")).body as { version: number };
    const named = await call("manager", "PUT", "/api/v1/context/profile", {
      version: current.version,
      organizationName: "  Northwind Insurance ",
      organizationRoles: ["provider"],
      riskAppetite: "",
    });
    expect(named.status).toBe(200);
    expect(named.body).toMatchObject({ organizationName: "Northwind Insurance" });
    const kept = await call("manager", "PUT", "/api/v1/context/profile", {
      version: current.version + 1,
      organizationRoles: [],
      riskAppetite: "",
    });
    expect(kept.body).toMatchObject({ organizationName: "Northwind Insurance", organizationRoles: [] });
    const tooLong = await call("manager", "PUT", "/api/v1/context/profile", {
      version: current.version + 2,
      organizationName: "x".repeat(201),
      organizationRoles: [],
      riskAppetite: "",
    });
    expect(tooLong.status).toBe(400);
    expect((await get("/api/v1/context/profile")).body).toMatchObject({ version: current.version + 2 });
  });
});

describe("AI objectives (6.2)", () => {
  const objective = (extra: object = {}) => ({
    title: "Reduce unfair rejections",
    measure: "Disparate impact ratio gap",
    baseline: 20,
    target: 5,
    unit: "%",
    annexCObjective: FAIRNESS,
    ownerId: t.users.manager.id,
    dueDate: "2020-06-30",
    status: "on_track",
    ...extra,
  });

  it("records progress, keeps the history and shows share and overdue", async () => {
    const created = await call("contributor", "POST", "/api/v1/objectives", objective());
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ key: expect.stringMatching(/^OBJ-\d+$/), currentValue: null });
    expect(created.body.progress).toEqual({ share: null, isOverdue: true });
    const id = created.body.id as string;
    const first = await call("contributor", "POST", `/api/v1/objectives/${id}/progress`, {
      value: 14,
      note: "Q1",
    });
    expect(first.status).toBe(201);
    expect(first.body.entry).toMatchObject({ value: 14, note: "Q1", recordedBy: t.users.contributor.id });
    expect(first.body.objective).toMatchObject({ currentValue: 14, version: 2, progress: { share: 0.4 } });
    await call("contributor", "POST", `/api/v1/objectives/${id}/progress`, { value: 11 });
    const history = await get(`/api/v1/objectives/${id}/progress?limit=1`);
    expect(history.body.total).toBe(2);
    expect(history.body.items.map((e: { value: number }) => e.value)).toEqual([11]);
    const oldest = await get(`/api/v1/objectives/${id}/progress?order=asc`);
    expect(oldest.body.items.map((e: { value: number }) => e.value)).toEqual([14, 11]);
    const achieved = await call("manager", "PATCH", `/api/v1/objectives/${id}`, {
      version: 3,
      status: "achieved",
    });
    expect(achieved.body).toMatchObject({ currentValue: 11, progress: { share: 0.6, isOverdue: false } });
    expect(await auditActions(id)).toEqual([
      "objective.created",
      "objective.progress_recorded",
      "objective.progress_recorded",
      "objective.updated",
    ]);
  });

  it.each([
    ["an unknown Annex C objective", { annexCObjective: `${ISO}/C.2.happiness` }, "annexCObjective"],
    ["an unknown owner", { ownerId: "00000000-0000-4000-8000-000000000000" }, "ownerId"],
    ["an impossible date", { dueDate: "2026-02-30" }, "body.dueDate"],
    ["an unknown status", { status: "done" }, "body.status"],
    ["a missing target", { target: undefined }, "body.target"],
  ])("refuses %s with 400", async (_label, extra, path) => {
    const res = await call("contributor", "POST", "/api/v1/objectives", objective(extra));
    expect(res.status).toBe(400);
    expect(res.body.error.details.issues[0].path).toBe(path);
  });

  it("refuses progress on a cancelled or unknown objective and lists without N+1", async () => {
    const created = await call("manager", "POST", "/api/v1/objectives", objective({ status: "cancelled" }));
    const res = await call("manager", "POST", `/api/v1/objectives/${created.body.id}/progress`, { value: 1 });
    expect(res.status).toBe(422);
    const unknown = "/api/v1/objectives/00000000-0000-4000-8000-000000000000/progress";
    expect((await call("manager", "POST", unknown, { value: 1 })).status).toBe(404);
    expect((await get(unknown)).status).toBe(404);
    t.takeQueries();
    await get("/api/v1/objectives?limit=1");
    const one = t.takeQueries().length;
    const all = await get("/api/v1/objectives?limit=200&status=cancelled");
    expect(t.takeQueries().length).toBe(one);
    expect(all.body.items.every((o: { status: string }) => o.status === "cancelled")).toBe(true);
  });
});
