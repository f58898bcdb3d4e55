/**
 * The matrix, gaps and literacy pages at organization scale (300 people × 20 roles × 30
 * competences, everyone in every role): a fixed number of queries. (The role summary once took
 * some 40 s here when each cell scanned every training record; speed is measured by the bench.)
 */
import { afterAll, beforeAll, expect, it } from "vitest";
import { bearer, createTestApp, type TestApp } from "../../test-support/test-app.js";

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
  const q = t.database.query;
  await q(`INSERT INTO users (key, email, name, role, password_hash)
           SELECT 'USR-S' || g, 'scale' || g || '@example.org', 'Person ' || g, 'viewer', 'x'
           FROM generate_series(1, 300) g`);
  await q(
    `INSERT INTO org_roles (key, name) SELECT 'ROLE-' || g, 'Role ' || g FROM generate_series(1, 20) g`,
  );
  await q(`INSERT INTO competences (key, name, validity_months, ai_literacy)
           SELECT 'COMP-' || g, 'Competence ' || g, 12, g = 1 FROM generate_series(1, 30) g`);
  await q(
    `INSERT INTO org_role_members (role_id, user_id) SELECT r.id, u.id FROM org_roles r CROSS JOIN users u`,
  );
  await q(`INSERT INTO role_competences (role_id, competence_id)
           SELECT r.id, c.id FROM org_roles r CROSS JOIN competences c`);
  await q(`INSERT INTO training_records (user_id, competence_id, course, completed_on)
           SELECT u.id, c.id, 'Course', current_date - 10 FROM users u CROSS JOIN competences c`);
  await q(`INSERT INTO raci_assignments (subject_type, subject_id, assignee_type, assignee_id, responsibility)
           SELECT 'process', p, 'user', u.id, 'I' FROM users u CROSS JOIN unnest(array['context', 'ai-policy']) p`);
}, 120_000);
afterAll(async () => t?.close());

it.each([
  "/api/v1/raci?limit=200",
  "/api/v1/competence/gaps?limit=200",
  "/api/v1/competence/roles?limit=200",
  "/api/v1/competence/ai-literacy",
])(
  "reads %s in a fixed number of queries",
  async (url) => {
    t.takeQueries();
    const res = await t.app.inject({ url, headers: bearer(t.tokens.viewer) });
    expect(res.statusCode, res.body.slice(0, 300)).toBe(200);
    expect(t.takeQueries().length).toBeLessThanOrEqual(10);
  },
  60_000,
);
