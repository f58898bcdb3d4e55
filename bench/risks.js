// Risk register with 50,000 risks on PostgreSQL (issue 5: a filtered page < 30 ms, heat map < 100 ms).
import { randomBytes } from "node:crypto";
import pg from "pg";
import { defaultRiskMatrix, riskLevel } from "@openaims/core";
import { openDatabase, runMigrations, buildApp, loadConfig } from "../packages/server/dist/index.js";
import { systemContext } from "../packages/server/dist/services/context.js";
import { createUser } from "../packages/server/dist/services/users/users-service.js";
import { createToken } from "../packages/server/dist/services/tokens/tokens-service.js";

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
  const ctx = systemContext(database.db, "bench");
  const user = await createUser(ctx, {
    email: "bench@example.org",
    name: "Bench",
    role: "admin",
    password: "bench password long",
  });
  const token = (await createToken(ctx, user.id, { name: "bench", expiresInDays: 1 })).token;
  const m = defaultRiskMatrix(5);
  const statuses = ["open", "treating", "accepted", "closed"];
  const treatments = ["undecided", "mitigate", "accept", "transfer"];
  const t0 = performance.now();
  for (let batch = 0; batch < 100; batch++) {
    const rows = [];
    for (let i = 0; i < 500; i++) {
      const n = batch * 500 + i + 1;
      const il = 1 + (n % 5),
        ii = 1 + ((n * 7) % 5),
        rl = 1 + ((n * 3) % 5),
        ri = 1 + ((n * 11) % 5);
      rows.push([
        `RSK-${n}`,
        `Risk ${n} ${["bias", "privacy", "robustness", "security"][n % 4]}`,
        il,
        ii,
        riskLevel(m, il, ii).index,
        rl,
        ri,
        riskLevel(m, rl, ri).index,
        treatments[n % 4],
        statuses[n % 4],
      ]);
    }
    const values = rows
      .map((_, i) => `(${Array.from({ length: 10 }, (_, j) => `$${i * 10 + j + 1}`).join(",")}, 1)`)
      .join(",");
    await database.query(
      `INSERT INTO risks (key, title, inherent_likelihood, inherent_impact, inherent_level, residual_likelihood, residual_impact, residual_level, treatment, status, matrix_version) VALUES ${values}`,
      rows.flat(),
    );
  }
  // Steady state: autovacuum would have flushed the GIN pending list and gathered statistics.
  await database.query("VACUUM ANALYZE risks");
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
    "status=open, sort residualLevel desc":
      "/api/v1/risks?status=open&sort=residualLevel&order=desc&limit=50",
    "minResidualLevel=3": "/api/v1/risks?minResidualLevel=3&limit=50",
    "unfiltered, key order": "/api/v1/risks?limit=50",
    "treatment=mitigate, sort title": "/api/v1/risks?treatment=mitigate&sort=title&limit=50",
    "q=privacy (matches 25%)": "/api/v1/risks?q=privacy&limit=50",
    "q=4242 (matches 11)": "/api/v1/risks?q=4242&limit=50",
    "heat map residual": "/api/v1/risks/heat-map?kind=residual",
    "heat map inherent": "/api/v1/risks/heat-map?kind=inherent",
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
    results[label] = { p50Ms: ms[15].toFixed(1), p95Ms: ms[28].toFixed(1) };
  }
  // Whole-register exports: one run each (they stream in batches of 1,000 risks).
  for (const format of ["xlsx", "pdf"]) {
    const heapBefore = process.memoryUsage().rss;
    const t = performance.now();
    const res = await app.inject({ url: `/api/v1/risks/export?format=${format}`, headers });
    if (res.statusCode !== 200) throw new Error(`export ${format}: ${res.statusCode}`);
    results[`export all 50,000 as ${format}`] = {
      seconds: ((performance.now() - t) / 1000).toFixed(1),
      megabytes: (res.rawPayload.length / 1e6).toFixed(1),
      rssGrowthMb: ((process.memoryUsage().rss - heapBefore) / 1e6).toFixed(0),
    };
  }
  await app.close();
  console.log(
    JSON.stringify(
      {
        scenario: "risk register, 50,000 risks, PostgreSQL 15, via app.inject",
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
