/** Reporting of concerns (ISO/IEC 42001 A.3.3) through the API: raising, anonymity, visibility, triage. */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ROLES, type Role } from "@openaims/core";
import { bearer, createTestApp, signIn, TEST_PASSWORD, type TestApp } from "../../test-support/test-app.js";

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t?.close());

type Concern = {
  id: string;
  key: string;
  status: string;
  version: number;
  anonymous: boolean;
  raisedByMe: boolean;
  reporter: { id: string; name: string; email: string } | null;
  assignee: { id: string; name: string; email: string } | null;
  triageNote: string | null;
  resolution: string;
  severity: string | null;
  closedAt: string | null;
};

const as = (role: Role) => bearer(t.tokens[role]);
const call = (role: Role, method: "GET" | "POST" | "PATCH", url: string, payload?: object) =>
  t.app.inject({ method, url, headers: as(role), payload });
const raise = async (role: Role, extra: object = {}) => {
  const res = await call(role, "POST", "/api/v1/concerns", {
    title: `Chatbot gives medical advice (${role})`,
    description: "It told a customer to stop taking medication.",
    category: "safety",
    ...extra,
  });
  expect(res.statusCode, res.body).toBe(201);
  return res.json() as Concern;
};
const triage = (id: string, payload: object, role: Role = "manager") =>
  call(role, "PATCH", `/api/v1/concerns/${id}`, payload);
const inbox = async (role: Role) =>
  ((await call(role, "GET", "/api/v1/inbox?limit=50")).json() as { items: { title: string; link: string }[] })
    .items;

describe("raising a concern", () => {
  it.each(ROLES)("lets a %s raise a concern and follow it", async (role) => {
    const c = await raise(role);
    expect(c).toMatchObject({ key: expect.stringMatching(/^CON-\d+$/), status: "new", raisedByMe: true });
    expect(c.reporter?.id).toBe(t.users[role].id);
    const mine = (await call(role, "GET", "/api/v1/concerns/mine")).json() as { items: Concern[] };
    expect(mine.items.map((i) => i.id)).toContain(c.id);
  });

  it("refuses bad input with 400 and an unknown AI system with 404, storing nothing", async () => {
    const before = ((await call("manager", "GET", "/api/v1/concerns")).json() as { total: number }).total;
    for (const body of [
      { title: "", description: "x", category: "safety" },
      { title: "x", description: "   ", category: "safety" },
      { title: "x", description: "x", category: "rumour" },
      { title: "x", description: "x", category: "safety", reporterId: t.users.admin.id },
    ])
      expect((await call("viewer", "POST", "/api/v1/concerns", body)).statusCode, JSON.stringify(body)).toBe(
        400,
      );
    const unknown = await call("viewer", "POST", "/api/v1/concerns", {
      title: "x",
      description: "x",
      category: "other",
      aiSystemId: "00000000-0000-4000-8000-000000000000",
    });
    expect(unknown.statusCode).toBe(404);
    expect(((await call("manager", "GET", "/api/v1/concerns")).json() as { total: number }).total).toBe(
      before,
    );
  });
});

describe("an anonymous concern", () => {
  let anon: Concern;
  let reporter: { id: string; email: string; name: string };
  let asReporter: { cookie: string; "x-csrf-token": string };
  const traces = () => [reporter.id, reporter.email, reporter.name];
  const reporterCall = (method: "GET" | "POST", url: string, payload?: object) =>
    t.app.inject({ method, url, headers: asReporter, payload });

  beforeAll(async () => {
    const created = await call("admin", "POST", "/api/v1/users", {
      email: "wanda.whistle@example.org",
      name: "Wanda Whistleblower",
      role: "viewer",
      password: TEST_PASSWORD,
    });
    expect(created.statusCode, created.body).toBe(201);
    reporter = created.json() as typeof reporter;
    const s = await signIn(t.app, reporter.email);
    asReporter = { cookie: s.cookie, "x-csrf-token": s.csrf };
    const res = await reporterCall("POST", "/api/v1/concerns", {
      title: "Scoring treats older applicants worse",
      description: "I saw it in the test results.",
      category: "fairness",
      anonymous: true,
    });
    expect(res.statusCode, res.body).toBe(201);
    anon = res.json() as Concern;
  });

  it("names its reporter to no one else: admin, manager, auditor, in the list and by id", async () => {
    for (const role of ["admin", "manager", "auditor"] as const) {
      for (const url of ["/api/v1/concerns?limit=200", `/api/v1/concerns/${anon.id}`]) {
        const res = await call(role, "GET", url);
        expect(res.statusCode).toBe(200);
        for (const trace of traces()) expect(res.body, `${role} ${url}`).not.toContain(trace);
      }
      const byId = (await call(role, "GET", `/api/v1/concerns/${anon.id}`)).json() as Concern;
      expect(byId).toMatchObject({ anonymous: true, reporter: null, raisedByMe: false });
    }
    // The reporter still follows it, without their name on it either.
    const own = (await reporterCall("GET", `/api/v1/concerns/${anon.id}`)).json() as Concern;
    expect(own).toMatchObject({ raisedByMe: true, reporter: null });
  });

  it("leaves no trace of the reporter in the audit trail, even after triage and closing", async () => {
    let res = await triage(anon.id, { version: anon.version, status: "triaged", severity: "high" });
    expect(res.statusCode, res.body).toBe(200);
    res = await triage(anon.id, {
      version: (res.json() as Concern).version,
      status: "resolved",
      resolution: "Model recalibrated",
    });
    expect(res.statusCode, res.body).toBe(200);
    const trail = await call(
      "auditor",
      "GET",
      `/api/v1/audit-events?entityType=concern&entityId=${anon.id}&limit=200`,
    );
    const events = (
      trail.json() as { items: { action: string; actorId: string | null; actorLabel: string }[] }
    ).items;
    expect(events.map((e) => e.action).sort()).toEqual([
      "concern.raised",
      "concern.resolved",
      "concern.triaged",
    ]);
    const raised = events.find((e) => e.action === "concern.raised")!;
    expect(raised).toMatchObject({ actorId: null, actorLabel: "system:anonymous-concern" });
    for (const trace of traces()) expect(trail.body).not.toContain(trace);
    // Nor anywhere in the whole trail.
    const all = await call("auditor", "GET", "/api/v1/audit-events?limit=200&entityType=concern");
    for (const trace of traces()) expect(all.body).not.toContain(trace);
  });

  it("tells managers without a name, and tells the reporter when closed", async () => {
    const forManagers = (await inbox("manager")).filter((n) => n.link === `/governance/concerns/${anon.id}`);
    expect(forManagers).toHaveLength(1);
    expect(forManagers[0]!.title).toMatch(/raised anonymously/);
    for (const trace of traces()) expect(JSON.stringify(forManagers)).not.toContain(trace);
    const reporterInbox = (await reporterCall("GET", "/api/v1/inbox?limit=50")).json() as {
      items: { title: string; link: string }[];
    };
    const forReporter = reporterInbox.items.filter((n) => n.link === `/governance/concerns/${anon.id}`);
    expect(forReporter.map((n) => n.title)).toEqual([
      expect.stringMatching(/^Your concern CON-\d+ was resolved/),
    ]);
  });
});

describe("who sees which concern", () => {
  it("shows a named reporter to triagers and auditors", async () => {
    const c = await raise("contributor", { title: "Named concern" });
    for (const role of ["admin", "manager", "auditor"] as const) {
      const seen = (await call(role, "GET", `/api/v1/concerns/${c.id}`)).json() as Concern;
      expect(seen.reporter).toEqual({
        id: t.users.contributor.id,
        name: t.users.contributor.name,
        email: t.users.contributor.email,
      });
    }
    const created = (
      await call("auditor", "GET", `/api/v1/audit-events?entityType=concern&entityId=${c.id}`)
    ).json() as { items: { actorId: string }[] };
    expect(created.items[0]!.actorId).toBe(t.users.contributor.id);
  });

  it("gives contributors and viewers only their own concerns (404 for another's)", async () => {
    const others = await raise("manager", { title: "Manager's own concern" });
    const mine = await raise("contributor", { title: "Contributor's concern" });
    for (const role of ["contributor", "viewer"] as const) {
      const list = (await call(role, "GET", "/api/v1/concerns?limit=200")).json() as { items: Concern[] };
      expect(list.items.length).toBeGreaterThan(0);
      expect(list.items.every((i) => i.raisedByMe)).toBe(true);
      expect(list.items.every((i) => i.triageNote === null)).toBe(true);
      const res = await call(role, "GET", `/api/v1/concerns/${others.id}`);
      expect(res.statusCode).toBe(404);
    }
    expect((await call("viewer", "GET", `/api/v1/concerns/${mine.id}`)).statusCode).toBe(404);
    expect((await triage(mine.id, { version: 1, severity: "low" }, "contributor")).statusCode).toBe(403);
  });

  it("lets an assignee read the concern and its notes, and tells them", async () => {
    const c = await raise("manager", { title: "Assigned to the contributor" });
    const res = await triage(c.id, {
      version: c.version,
      status: "triaged",
      severity: "medium",
      assigneeId: t.users.contributor.id,
      triageNote: "Check the logs of last week",
    });
    expect(res.statusCode, res.body).toBe(200);
    const seen = (await call("contributor", "GET", `/api/v1/concerns/${c.id}`)).json() as Concern;
    expect(seen).toMatchObject({ triageNote: "Check the logs of last week", raisedByMe: false });
    expect(
      (await inbox("contributor")).some((n) => n.title.startsWith(`Concern ${c.key} was assigned`)),
    ).toBe(true);
  });
});

describe("e-mail addresses", () => {
  it("shows the assignee's e-mail only to those who may read user accounts", async () => {
    const c = await raise("viewer", { title: "Who handles this?" });
    const res = await triage(c.id, {
      version: c.version,
      status: "triaged",
      severity: "low",
      assigneeId: t.users.contributor.id,
    });
    expect(res.statusCode, res.body).toBe(200);
    const byViewer = (await call("viewer", "GET", `/api/v1/concerns/${c.id}`)).json() as Concern;
    expect(byViewer.assignee).toMatchObject({ id: t.users.contributor.id, email: "" });
    const byManager = (await call("manager", "GET", `/api/v1/concerns/${c.id}`)).json() as Concern;
    expect(byManager.assignee?.email).toBe(t.users.contributor.email);
  });
});

describe("triage", () => {
  it("refuses a transition outside the workflow with 422, the allowed states and no change", async () => {
    const c = await raise("viewer");
    const res = await triage(c.id, { version: c.version, status: "resolved", resolution: "done" });
    expect(res.statusCode).toBe(422);
    expect(res.json().error).toMatchObject({
      code: "RULE_VIOLATION",
      details: { allowed: ["triaged", "dismissed"] },
    });
    const noSeverity = await triage(c.id, { version: c.version, status: "triaged" });
    expect(noSeverity.statusCode).toBe(422);
    const unchanged = (await call("manager", "GET", `/api/v1/concerns/${c.id}`)).json() as Concern;
    expect(unchanged).toMatchObject({ status: "new", version: 1, resolution: "" });
  });

  it("answers 409 on a stale version and keeps the newer change", async () => {
    const c = await raise("viewer");
    expect((await triage(c.id, { version: 1, status: "triaged", severity: "low" })).statusCode).toBe(200);
    const stale = await triage(c.id, { version: 1, severity: "critical" });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error.code).toBe("VERSION_CONFLICT");
    expect(((await call("manager", "GET", `/api/v1/concerns/${c.id}`)).json() as Concern).severity).toBe(
      "low",
    );
  });

  it("needs a resolution to close, stamps closing and clears it on reopening", async () => {
    const c = await raise("viewer");
    let v = (
      (await triage(c.id, { version: 1, status: "dismissed", resolution: "" })).json() as { error: object }
    ).error;
    expect(v).toMatchObject({ code: "RULE_VIOLATION" });
    const closed = (
      await triage(c.id, { version: 1, status: "dismissed", resolution: "Duplicate" })
    ).json() as Concern;
    expect(closed).toMatchObject({ status: "dismissed", version: 2, resolution: "Duplicate" });
    expect(closed.closedAt).not.toBeNull();
    const reopened = (
      await triage(c.id, { version: 2, status: "triaged", severity: "medium" })
    ).json() as Concern;
    expect(reopened).toMatchObject({ status: "triaged", resolution: "", closedAt: null });
    v = (await call("auditor", "GET", `/api/v1/audit-events?entityType=concern&entityId=${c.id}`)).json();
    expect((v as { items: { action: string }[] }).items.map((e) => e.action)).toContain("concern.reopened");
  });

  it("counts concerns per status under the other filters and filters by status", async () => {
    const page = (await call("manager", "GET", "/api/v1/concerns?status=new&limit=1")).json() as {
      items: Concern[];
      total: number;
      counts: Record<string, number>;
    };
    expect(page.items).toHaveLength(1);
    expect(page.total).toBe(page.counts.new);
    expect(page.counts.resolved).toBeGreaterThan(0);
    expect(page.items[0]!.status).toBe("new");
    const fairness = (await call("manager", "GET", "/api/v1/concerns?category=fairness")).json() as {
      counts: Record<string, number>;
    };
    expect(fairness.counts).toEqual({ new: 0, triaged: 0, investigating: 0, resolved: 1, dismissed: 0 });
    expect((await call("manager", "GET", "/api/v1/concerns?limit=201")).statusCode).toBe(400);
    // A page with its systems and people in one query, and the counts in one more.
    t.takeQueries();
    await call("auditor", "GET", "/api/v1/concerns?limit=200");
    expect(t.takeQueries().filter((q) => /from "concerns"/.test(q))).toHaveLength(2);
  });

  it("starts a risk from a concern and records it in the concern's note", async () => {
    const c = await raise("viewer", { anonymous: true });
    const triaged = (
      await triage(c.id, { version: 1, status: "triaged", severity: "critical" })
    ).json() as Concern;
    const res = await call("manager", "POST", `/api/v1/concerns/${c.id}/risk`, {
      version: triaged.version,
      title: "Unsafe medical advice by the chatbot",
    });
    expect(res.statusCode, res.body).toBe(201);
    const risk = res.json() as { key: string; title: string; createdAt: string };
    expect(risk.title).toBe("Unsafe medical advice by the chatbot");
    const after = (await call("manager", "GET", `/api/v1/concerns/${c.id}`)).json() as Concern;
    expect(after.triageNote).toContain(`Risk ${risk.key} was started from this concern.`);
    expect(after.version).toBe(triaged.version + 1);
    const stale = await call("manager", "POST", `/api/v1/concerns/${c.id}/risk`, {
      version: triaged.version,
    });
    expect(stale.statusCode).toBe(409);
  });

  it("lets a scoped viewer raise a concern only about systems they can see", async () => {
    const unit = (
      await call("admin", "POST", "/api/v1/business-units", { name: "Far away unit" })
    ).json() as { id: string };
    const other = (await call("admin", "POST", "/api/v1/business-units", { name: "Home unit" })).json() as {
      id: string;
    };
    const sys = await call("manager", "POST", "/api/v1/ai-systems", {
      name: "Far away system",
      businessUnitId: unit.id,
    });
    expect(sys.statusCode, sys.body).toBe(201);
    await call("admin", "POST", "/api/v1/users", {
      email: "scoped-reporter@example.org",
      name: "Scoped reporter",
      role: "viewer",
      password: TEST_PASSWORD,
      businessUnitIds: [other.id],
    });
    const s = await signIn(t.app, "scoped-reporter@example.org");
    const res = await t.app.inject({
      method: "POST",
      url: "/api/v1/concerns",
      headers: { cookie: s.cookie, "x-csrf-token": s.csrf },
      payload: {
        title: "x",
        description: "y",
        category: "other",
        aiSystemId: (sys.json() as { id: string }).id,
      },
    });
    expect(res.statusCode).toBe(404);
  });
});
