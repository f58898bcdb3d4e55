/**
 * Roles, RACI and competence under hostile input and concurrent writers. The races that need two
 * database connections are in `people-races.pg.test.ts` (PostgreSQL only).
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { RaciMatrix, Role } from "@openaims/core";
import { bearer, createTestApp, type TestApp } from "../../test-support/test-app.js";

let t: TestApp;
let system: { id: string; key: string };

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
  system = await made("/api/v1/ai-systems", { name: "Guarded scorer" });
});
afterAll(async () => t?.close());

describe("training dates PostgreSQL or the date arithmetic cannot hold", () => {
  it("refuses year 0 and other days outside 1900–2999 with 400, storing nothing", async () => {
    const competence = await made("/api/v1/competences", { name: "Dated skill", validityMonths: 12 });
    const base = { userId: t.users.viewer.id, competenceId: competence.id, course: "Course" };
    for (const day of ["0000-01-01", "0001-01-01", "1899-12-31"]) {
      const res = await call("manager", "POST", "/api/v1/training-records", { ...base, completedOn: day });
      expect(res.statusCode, `${day}: ${res.body}`).toBe(400);
      expect(res.json().error.details.issues[0].path).toContain("completedOn");
    }
    const late = await call("manager", "POST", "/api/v1/training-records", {
      ...base,
      completedOn: "2020-01-01",
      expiresOn: "3000-01-01",
    });
    expect(late.statusCode).toBe(400);
    expect(await rows("SELECT id FROM training_records")).toEqual([]);
  });
});

describe("RACI cells", () => {
  const cell = (assigneeId: string, responsibilities: string[], subjectId = system.id) => ({
    subjectType: "ai_system",
    subjectId,
    assigneeType: "user",
    assigneeId,
    responsibilities,
  });
  const lettersOf = async (assigneeId: string) => {
    const m = (await call("viewer", "GET", "/api/v1/raci?subjectType=ai_system")).json() as RaciMatrix;
    return m.items
      .find((r) => r.subjectId === system.id)!
      .cells.filter((c) => c.assigneeId === assigneeId)
      .map((c) => c.responsibility);
  };

  it("stores a cell under the AI system's id however its UUID is written", async () => {
    const who = t.users.contributor.id;
    const res = await call("manager", "PUT", "/api/v1/raci/cells", cell(who, ["R"], system.id.toUpperCase()));
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().subjectId).toBe(system.id);
    expect(await lettersOf(who)).toEqual(["R"]);
    const cleared = await call("manager", "PUT", "/api/v1/raci/cells", cell(who, []));
    expect(cleared.statusCode).toBe(200);
    expect(await rows("SELECT * FROM raci_assignments WHERE assignee_id = $1", [who])).toEqual([]);
  });

  it("leaves exactly one of two concurrently sent letter sets, never a mix", async () => {
    const who = t.users.auditor.id;
    for (let round = 0; round < 8; round++) {
      const [a, b] = round % 2 ? [["R"], ["A", "C"]] : [["A", "C"], ["R"]];
      const results = await Promise.all([
        call("manager", "PUT", "/api/v1/raci/cells", cell(who, a)),
        call("admin", "PUT", "/api/v1/raci/cells", cell(who, b)),
      ]);
      for (const r of results) expect(r.statusCode, r.body).toBe(200);
      const letters = (await lettersOf(who)).sort();
      expect([["A", "C"], ["R"]]).toContainEqual(letters);
      expect((await call("manager", "PUT", "/api/v1/raci/cells", cell(who, []))).statusCode).toBe(200);
    }
  });
});
