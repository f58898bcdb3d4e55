/** Resources of AI systems (ISO/IEC 42001 7.1, A.4.2–A.4.6) through the API. */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Role } from "@openaims/core";
import { bearer, createTestApp, signIn, TEST_PASSWORD, type TestApp } from "../../test-support/test-app.js";

let t: TestApp;
let system: { id: string; key: string };
beforeAll(async () => {
  t = await createTestApp();
  system = await newSystem("Résumé screener", null);
});
afterAll(async () => t?.close());

type Resource = {
  id: string;
  kind: string;
  name: string;
  version: number;
  attributes: Record<string, unknown>;
};
type Listing = { groups: Record<string, Resource[]>; missing: string[]; total: number };

const call = (role: Role, method: "GET" | "POST" | "PATCH" | "DELETE", url: string, payload?: object) =>
  t.app.inject({ method, url, headers: bearer(t.tokens[role]), payload });
async function newSystem(name: string, businessUnitId: string | null) {
  const res = await call("manager", "POST", "/api/v1/ai-systems", { name, businessUnitId });
  expect(res.statusCode, res.body).toBe(201);
  return res.json() as { id: string; key: string };
}
const listing = async (id = system.id) =>
  (await call("viewer", "GET", `/api/v1/ai-systems/${id}/resources`)).json() as Listing;
const add = (payload: object, id = system.id, role: Role = "contributor") =>
  call(role, "POST", `/api/v1/ai-systems/${id}/resources`, payload);
const auditOf = async (id: string) =>
  (
    (
      await call("auditor", "GET", `/api/v1/audit-events?entityType=ai_system_resource&entityId=${id}`)
    ).json() as {
      items: { action: string }[];
    }
  ).items.map((e) => e.action);

describe("resources of an AI system", () => {
  it("starts with all four kinds missing", async () => {
    expect(await listing()).toEqual({
      aiSystemId: system.id,
      groups: { data: [], tooling: [], computing: [], human: [] },
      missing: ["data", "tooling", "computing", "human"],
      total: 0,
    });
  });

  it("documents each kind with its attributes, grouped, and the hint shrinks", async () => {
    const data = await add({
      kind: "data",
      name: "Applicant history 2019–2024",
      provider: "HR system",
      attributes: {
        provenance: "Export of the HR system",
        personalData: true,
        categories: ["CV text"],
        uses: ["training"],
      },
    });
    expect(data.statusCode, data.body).toBe(201);
    expect(data.json()).toMatchObject({
      kind: "data",
      attributes: { personalData: true, retention: "", uses: ["training"] },
      version: 1,
    });
    const computing = await add({
      kind: "computing",
      name: "Inference cluster",
      attributes: { environment: "cloud", region: "eu-west-1", accelerator: "1× L4 GPU" },
    });
    expect(computing.statusCode, computing.body).toBe(201);
    const l = await listing();
    expect(l.groups.data!.map((r) => r.name)).toEqual(["Applicant history 2019–2024"]);
    expect(l.groups.computing).toHaveLength(1);
    expect(l).toMatchObject({ missing: ["tooling", "human"], total: 2 });
    expect(await auditOf((data.json() as Resource).id)).toEqual(["ai_system_resource.created"]);
  });

  it("refuses attributes that do not fit the kind with 400 and stores nothing", async () => {
    const bad = [
      { kind: "computing", name: "GPU", attributes: { environment: "moon" } },
      { kind: "computing", name: "GPU", attributes: {} },
      { kind: "human", name: "Reviewers", attributes: { role: "Reviewer" } },
      { kind: "human", name: "Reviewers", attributes: { role: "Reviewer", headcount: -1 } },
      { kind: "tooling", name: "sklearn", attributes: { environment: "cloud" } },
      { kind: "data", name: "x", attributes: { personalData: "yes" } },
      { kind: "people", name: "x" },
      { kind: "data", name: "" },
    ];
    for (const body of bad) {
      const res = await add(body);
      expect(res.statusCode, JSON.stringify(body)).toBe(400);
      expect(res.json().error.code).toBe("VALIDATION_FAILED");
    }
    const human = (
      await add({ kind: "human", name: "Reviewers", attributes: { role: "Reviewer", fte: 1.5 } })
    ).json() as Resource;
    const wrong = await call("contributor", "PATCH", `/api/v1/ai-system-resources/${human.id}`, {
      version: 1,
      name: "Renamed",
      attributes: { headcount: null, fte: null },
    });
    expect(wrong.statusCode).toBe(400);
    expect(wrong.json().error.details.issues[0].path).toBe("attributes.headcount");
    const after = (await listing()).groups.human!;
    expect(after).toEqual([
      expect.objectContaining({
        name: "Reviewers",
        version: 1,
        attributes: expect.objectContaining({ fte: 1.5 }),
      }),
    ]);
  });

  it("changes a resource with its version, merging attributes, and refuses a stale version", async () => {
    const tool = (
      await add({
        kind: "tooling",
        name: "scikit-learn",
        attributes: { version: "1.4", licence: "BSD-3-Clause" },
      })
    ).json() as Resource;
    const res = await call("contributor", "PATCH", `/api/v1/ai-system-resources/${tool.id}`, {
      version: 1,
      attributes: { version: "1.5" },
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ version: 2, attributes: { version: "1.5", licence: "BSD-3-Clause" } });
    const stale = await call("contributor", "PATCH", `/api/v1/ai-system-resources/${tool.id}`, {
      version: 1,
      name: "sklearn",
    });
    expect(stale.statusCode).toBe(409);
    expect(
      (await call("contributor", "DELETE", `/api/v1/ai-system-resources/${tool.id}?version=1`)).statusCode,
    ).toBe(409);
    expect((await call("viewer", "DELETE", `/api/v1/ai-system-resources/${tool.id}`)).statusCode).toBe(403);
    expect(
      (await call("contributor", "DELETE", `/api/v1/ai-system-resources/${tool.id}?version=2`)).statusCode,
    ).toBe(204);
    expect((await listing()).missing).toContain("tooling");
    expect(await auditOf(tool.id)).toEqual([
      "ai_system_resource.deleted",
      "ai_system_resource.updated",
      "ai_system_resource.created",
    ]);
    expect((await call("contributor", "DELETE", `/api/v1/ai-system-resources/${tool.id}`)).statusCode).toBe(
      404,
    );
  });

  it("answers 404 for an unknown system", async () => {
    const none = "00000000-0000-4000-8000-000000000000";
    expect((await call("viewer", "GET", `/api/v1/ai-systems/${none}/resources`)).statusCode).toBe(404);
    expect((await add({ kind: "tooling", name: "x" }, none)).statusCode).toBe(404);
  });
});

describe("business-unit scoping of resources", () => {
  it("gives a contributor limited to another unit 404 and changes nothing", async () => {
    const unitA = (await call("admin", "POST", "/api/v1/business-units", { name: "Unit A" })).json() as {
      id: string;
    };
    const unitB = (await call("admin", "POST", "/api/v1/business-units", { name: "Unit B" })).json() as {
      id: string;
    };
    const sysB = await newSystem("Unit B forecaster", unitB.id);
    const tool = (await add({ kind: "tooling", name: "Prophet" }, sysB.id, "manager")).json() as Resource;
    const created = await call("admin", "POST", "/api/v1/users", {
      email: "scoped-resources@example.org",
      name: "Scoped",
      role: "contributor",
      password: TEST_PASSWORD,
      businessUnitIds: [unitA.id],
    });
    expect(created.statusCode, created.body).toBe(201);
    const s = await signIn(t.app, "scoped-resources@example.org");
    const headers = { cookie: s.cookie, "x-csrf-token": s.csrf };
    const scoped = (method: "GET" | "POST" | "PATCH" | "DELETE", url: string, payload?: object) =>
      t.app.inject({ method, url, headers, payload });
    expect((await scoped("GET", `/api/v1/ai-systems/${sysB.id}/resources`)).statusCode).toBe(404);
    expect(
      (await scoped("POST", `/api/v1/ai-systems/${sysB.id}/resources`, { kind: "tooling", name: "x" }))
        .statusCode,
    ).toBe(404);
    expect(
      (await scoped("PATCH", `/api/v1/ai-system-resources/${tool.id}`, { version: 1, name: "x" })).statusCode,
    ).toBe(404);
    expect((await scoped("DELETE", `/api/v1/ai-system-resources/${tool.id}`)).statusCode).toBe(404);
    const l = await listing(sysB.id);
    expect(l.groups.tooling).toEqual([expect.objectContaining({ name: "Prophet", version: 1 })]);
    // In their own unit they document resources.
    const sysA = await newSystem("Unit A chatbot", unitA.id);
    expect(
      (
        await scoped("POST", `/api/v1/ai-systems/${sysA.id}/resources`, {
          kind: "tooling",
          name: "LangChain",
        })
      ).statusCode,
    ).toBe(201);
  });

  it("reads a system's resources with their owners in one query", async () => {
    t.takeQueries();
    await listing();
    // One query for the system (visibility), one for all its resources with their owners.
    const queries = t.takeQueries().filter((q) => /from "(ai_systems|ai_system_resources)"/.test(q));
    expect(queries).toHaveLength(2);
  });
});
