// Inventory list with 10,000 AI systems on PostgreSQL (issue 4: a filtered page in < 50 ms).
// Uses BENCH_DATABASE_URL, else a scratch database on the local PostgreSQL.
import { randomBytes } from "node:crypto";
import pg from "pg";
import { classifyAiSystem, AiSystemProfile, ROLES } from "@openaims/core";
import { openDatabase, runMigrations, buildApp, loadConfig } from "../packages/server/dist/index.js";
import { systemContext } from "../packages/server/dist/services/context.js";
import { createUser } from "../packages/server/dist/services/users/users-service.js";
import { createToken } from "../packages/server/dist/services/tokens/tokens-service.js";
import { loadBuiltinCatalogs } from "../packages/server/dist/services/catalogs/builtin-catalogs.js";

const base = process.env.BENCH_DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/postgres";
const name = `aims_bench_${randomBytes(4).toString("hex")}`;
const admin = new pg.Client({ connectionString: base });
await admin.connect();
await admin.query(`CREATE DATABASE ${name}`);
const url = new URL(base);
url.pathname = `/${name}`;
const database = await openDatabase({ kind: "postgresql", url: url.toString() });
try {
  await runMigrations(database);
  await loadBuiltinCatalogs(database.db);
  const ctx = systemContext(database.db, "bench");
  const user = await createUser(ctx, {
    email: "bench@example.org",
    name: "Bench",
    role: ROLES[0],
    password: "bench password long",
  });
  const token = (await createToken(ctx, user.id, { name: "bench", expiresInDays: 1 })).token;

  const profiles = [
    {
      organizationRoles: ["customer"],
      jurisdictions: { eu: ["DE"] },
      annexIIIAreas: ["employment"],
      performsProfiling: true,
    },
    { organizationRoles: ["customer"], jurisdictions: { eu: ["FR"] }, interactsWithNaturalPersons: true },
    {
      organizationRoles: ["provider"],
      jurisdictions: { us: ["CO"] },
      consequentialDecisions: ["lending"],
      decisionRole: "makes",
    },
    { organizationRoles: ["customer"], jurisdictions: {} },
  ].map((p) => AiSystemProfile.parse(p));
  const stages = ["proposed", "design", "development", "validation", "deployed", "retired"];
  const classifications = profiles.map((p) => classifyAiSystem(p, "2026-11-28"));
  const t0 = performance.now();
  for (let batch = 0; batch < 20; batch++) {
    const rows = [];
    for (let i = 0; i < 500; i++) {
      const n = batch * 500 + i + 1;
      const c = classifications[n % 4];
      rows.push([
        `AIS-${n}`,
        `System ${n} ${["scoring", "chatbot", "vision", "forecast"][n % 4]}`,
        stages[n % 6],
        JSON.stringify(profiles[n % 4]),
        c.euRiskClass,
        JSON.stringify(c.frameworks.map((f) => f.frameworkRef)),
        JSON.stringify(c),
      ]);
    }
    const values = rows
      .map(
        (_, i) =>
          `($${i * 7 + 1}, $${i * 7 + 2}, $${i * 7 + 3}, $${i * 7 + 4}::jsonb, $${i * 7 + 5}, $${i * 7 + 6}::jsonb, $${i * 7 + 7}::jsonb, now())`,
      )
      .join(",");
    await database.query(
      `INSERT INTO ai_systems (key, name, lifecycle_stage, profile, eu_risk_class, framework_refs, classification, classified_at) VALUES ${values}`,
      rows.flat(),
    );
  }
  await database.query(
    `INSERT INTO key_counters (entity, last) VALUES ('aiSystem', 10000) ON CONFLICT (entity) DO UPDATE SET last = 10000`,
  );
  await database.query("ANALYZE ai_systems");
  const seeded = performance.now() - t0;

  const app = await buildApp({
    database,
    config: loadConfig({}, { AIMS_JOBS: false }),
    version: "bench",
    logger: false,
    webDist: "/none",
  });
  await app.ready();
  const headers = { authorization: `Bearer ${token}` };
  const scenarios = {
    "stage=deployed&sort=name": "/api/v1/ai-systems?lifecycleStage=deployed&sort=name&limit=50",
    "euRiskClass=high-risk (key order)": "/api/v1/ai-systems?euRiskClass=high-risk&limit=50",
    "framework=colorado": "/api/v1/ai-systems?framework=colorado-ai-act:sb24-205&limit=50",
    "q=chatbot, offset 2000": "/api/v1/ai-systems?q=chatbot&limit=50&offset=2000",
    "unfiltered, sort=updatedAt desc": "/api/v1/ai-systems?sort=updatedAt&order=desc&limit=200",
  };
  const results = {};
  for (const [label, path] of Object.entries(scenarios)) {
    const ms = [];
    for (let i = 0; i < 30; i++) {
      const t = performance.now();
      const res = await app.inject({ url: path, headers });
      if (res.statusCode !== 200) throw new Error(`${path}: ${res.statusCode} ${res.body.slice(0, 200)}`);
      ms.push(performance.now() - t);
    }
    ms.sort((a, b) => a - b);
    results[label] = {
      p50Ms: ms[15].toFixed(1),
      p95Ms: ms[28].toFixed(1),
      total: res0(await app.inject({ url: path, headers })),
    };
  }
  await app.close();
  console.log(
    JSON.stringify(
      {
        scenario: "inventory list, 10,000 systems, PostgreSQL 15, via app.inject",
        seedMs: Math.round(seeded),
        results,
      },
      null,
      2,
    ),
  );
} finally {
  await database.close();
  await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  await admin.end();
}
function res0(r) {
  return r.json().total;
}
