import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Role } from "@openaims/core";
import { auditEvents } from "../../db/schema/index.js";
import { createTestApp, bearer, type TestApp } from "../../test-support/test-app.js";

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t?.close());

async function call(role: Role, method: "GET" | "POST" | "DELETE", url: string, payload?: object) {
  const res = await t.app.inject({ method, url, headers: bearer(t.tokens[role]), payload });
  return { status: res.statusCode, body: res.json() };
}
const actorsOf = async (action: string) =>
  (
    await t.database.db
      .select({ actor: auditEvents.actorLabel })
      .from(auditEvents)
      .where(eq(auditEvents.action, action))
  ).map((e) => e.actor);

const COUNTS = {
  businessUnits: 5,
  aiSystems: 12,
  controls: 12,
  risks: 12,
  evidence: 8,
  vendors: 5,
  documents: 3,
};

describe("demo organization over HTTP", () => {
  it("tells every reader that an empty installation can take the demo; only an admin may load or remove", async () => {
    expect(await call("viewer", "GET", "/api/v1/demo")).toEqual({
      status: 200,
      body: { loaded: false, canLoad: true, cannotLoadBecause: [] },
    });
    for (const role of ["manager", "contributor", "auditor", "viewer"] as const) {
      expect((await call(role, "POST", "/api/v1/demo", {})).status, role).toBe(403);
      expect((await call(role, "DELETE", "/api/v1/demo")).status, role).toBe(403);
    }
  });

  it("refuses removal when nothing is loaded and a seed that is not a whole number", async () => {
    const none = await call("admin", "DELETE", "/api/v1/demo");
    expect(none.status).toBe(404);
    expect(none.body.error).toMatchObject({ code: "NOT_FOUND", message: expect.stringMatching(/no demo/) });
    const bad = await call("admin", "POST", "/api/v1/demo", { seed: 1.5 });
    expect(bad.status).toBe(400);
    expect(bad.body.error.code).toBe("VALIDATION_FAILED");
    expect((await call("viewer", "GET", "/api/v1/demo")).body.loaded).toBe(false);
  });

  it("loads without a body (201 with counts), names the admin in the audit trail, and refuses a second load", async () => {
    const res = await t.app.inject({ method: "POST", url: "/api/v1/demo", headers: bearer(t.tokens.admin) });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toEqual({ loaded: true, counts: COUNTS });
    expect((await call("viewer", "GET", "/api/v1/ai-systems?limit=1")).body.total).toBe(12);

    const status = await call("auditor", "GET", "/api/v1/demo");
    expect(status.body).toEqual({
      loaded: true,
      loadedAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
      counts: COUNTS,
      canLoad: false,
      cannotLoadBecause: ["the demo organization is already loaded; remove it first"],
    });
    expect(await actorsOf("demo.loaded")).toEqual([t.users.admin.email]);
    expect(new Set(await actorsOf("ai_system.created"))).toEqual(new Set(["system:demo"]));

    const again = await call("admin", "POST", "/api/v1/demo", {});
    expect(again.status).toBe(409);
    expect(again.body.error).toMatchObject({
      code: "CONFLICT",
      message: expect.stringMatching(/already loaded/),
    });
  }, 60_000);

  it("removes it (200 with counts), after which the installation is empty again", async () => {
    const res = await call("admin", "DELETE", "/api/v1/demo");
    expect(res).toEqual({ status: 200, body: { removed: true, counts: COUNTS } });
    expect(await actorsOf("demo.removed")).toEqual([t.users.admin.email]);
    expect((await call("viewer", "GET", "/api/v1/ai-systems?limit=1")).body.total).toBe(0);
    expect((await call("viewer", "GET", "/api/v1/demo")).body).toEqual({
      loaded: false,
      canLoad: true,
      cannotLoadBecause: [],
    });
  }, 60_000);

  it("says why it cannot load once the organization has records of its own, and refuses the load", async () => {
    expect((await call("manager", "POST", "/api/v1/ai-systems", { name: "Our own model" })).status).toBe(201);
    const reason = "the demo loads only into an empty installation; this one already holds 1 AI system(s)";
    expect((await call("viewer", "GET", "/api/v1/demo")).body).toEqual({
      loaded: false,
      canLoad: false,
      cannotLoadBecause: [reason],
    });
    const refused = await call("admin", "POST", "/api/v1/demo", {});
    expect(refused.status).toBe(409);
    expect(refused.body.error).toMatchObject({ code: "CONFLICT", message: reason });
    expect((await call("viewer", "GET", "/api/v1/ai-systems?limit=1")).body.total).toBe(1);
  });
});
