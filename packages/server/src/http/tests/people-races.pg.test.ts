/**
 * Roles and competence writes racing a delete: the delete holds its rows on a second connection
 * while the request writes. Needs two connections, so it runs on PostgreSQL only (`*.pg.test.ts`).
 */
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Role } from "@openaims/core";
import { bearer, createTestApp, type TestApp } from "../../test-support/test-app.js";

let t: TestApp;

type Method = "GET" | "POST" | "PATCH" | "PUT" | "DELETE";
const call = (role: Role, method: Method, url: string, payload?: object) =>
  t.app.inject({ method, url, headers: bearer(t.tokens[role]), payload });
async function made<T = { id: string; version: number }>(url: string, payload: object): Promise<T> {
  const res = await call("manager", "POST", url, payload);
  expect(res.statusCode, res.body).toBe(201);
  return res.json() as T;
}
const rows = (sql: string, params: unknown[] = []) => t.database.query(sql, params);

beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t?.close());

/**
 * Runs `statements` in a transaction on a second connection, sends `request` while that
 * transaction holds its rows, then commits: what the request answers once the rows are gone.
 */
async function whileDeleting(
  statements: [string, unknown[]][],
  request: () => Promise<{ statusCode: number; body: string }>,
) {
  const other = new pg.Client({ connectionString: t.database.url! });
  await other.connect();
  try {
    await other.query("BEGIN");
    for (const [sql, params] of statements) await other.query(sql, params);
    const pending = request().then((r) => r);
    await new Promise((resolve) => setTimeout(resolve, 300));
    await other.query("COMMIT");
    return await pending;
  } finally {
    await other.end();
  }
}

describe("writes racing a delete", () => {
  const deleteCompetence = (id: string): [string, unknown[]][] => [
    ["DELETE FROM role_competences WHERE competence_id = $1", [id]],
    ["DELETE FROM competences WHERE id = $1", [id]],
  ];
  const deleteRole = (id: string): [string, unknown[]][] => [
    ["DELETE FROM raci_assignments WHERE assignee_type = 'org_role' AND assignee_id = $1", [id]],
    ["DELETE FROM org_role_members WHERE role_id = $1", [id]],
    ["DELETE FROM role_competences WHERE role_id = $1", [id]],
    ["DELETE FROM org_roles WHERE id = $1", [id]],
  ];

  it("refuses a training record for a competence deleted meanwhile with 400, not 500", async () => {
    const c = await made("/api/v1/competences", { name: "Vanishing skill" });
    const res = await whileDeleting(deleteCompetence(c.id), () =>
      call("manager", "POST", "/api/v1/training-records", {
        userId: t.users.viewer.id,
        competenceId: c.id,
        course: "Too late",
        completedOn: "2024-01-01",
      }),
    );
    expect(res.statusCode, res.body).toBe(400);
    expect(await rows("SELECT id FROM training_records WHERE competence_id = $1", [c.id])).toEqual([]);
  });

  it("refuses a role's competence deleted meanwhile with 400, not 500", async () => {
    const c = await made("/api/v1/competences", { name: "Vanishing requirement" });
    const role = await made("/api/v1/org-roles", { name: "Requiring role" });
    const res = await whileDeleting(deleteCompetence(c.id), () =>
      call("manager", "PUT", `/api/v1/org-roles/${role.id}/competences`, {
        version: role.version,
        competenceIds: [c.id],
      }),
    );
    expect(res.statusCode, res.body).toBe(400);
  });

  it("answers 404 to adding a member to a role deleted meanwhile, not 500", async () => {
    const role = await made("/api/v1/org-roles", { name: "Vanishing role" });
    const res = await whileDeleting(deleteRole(role.id), () =>
      call("manager", "POST", `/api/v1/org-roles/${role.id}/members`, { userId: t.users.viewer.id }),
    );
    expect(res.statusCode, res.body).toBe(404);
  });

  it("never leaves a RACI cell pointing at a role deleted meanwhile", async () => {
    const role = await made("/api/v1/org-roles", { name: "Vanishing assignee" });
    const res = await whileDeleting(deleteRole(role.id), () =>
      call("manager", "PUT", "/api/v1/raci/cells", {
        subjectType: "process",
        subjectId: "context",
        assigneeType: "org_role",
        assigneeId: role.id,
        responsibilities: ["A"],
      }),
    );
    expect(res.statusCode, res.body).toBe(400);
    expect(await rows("SELECT * FROM raci_assignments WHERE assignee_id = $1", [role.id])).toEqual([]);
  });
});
