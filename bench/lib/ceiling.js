// The limits a scenario is set against: the same SQL statements the server ran for a request,
// replayed directly on the database (no HTTP, no validation, no serialization), and a bare
// Fastify route returning a constant.
import { spawn } from "node:child_process";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import pg from "pg";
import { measure } from "./measure.js";
import { stopProcess } from "./environment.js";
import { httpRequest } from "./http-client.js";

const repo = fileURLToPath(new URL("../..", import.meta.url));
const VARIANTS = 10;

/**
 * Runs each list scenario's first requests through an in-process app with a SQL listener and
 * keeps the statements each one sent (with their parameters).
 */
export async function captureStatements(target, scenarios, state, token) {
  const { buildApp, loadConfig } = await import(join(repo, "packages/server/dist/index.js"));
  let current = null;
  const database = await target.open((sql, params) => current?.push({ sql, params }));
  const app = await buildApp({
    database,
    config: loadConfig({}, { AIMS_JOBS: false }),
    version: "bench",
    logger: false,
    webDist: "/none",
  });
  await app.ready();
  const captured = {};
  try {
    for (const scenario of scenarios) {
      const variants = [];
      for (let i = 0; i < VARIANTS; i++) {
        const spec = scenario.request(state[scenario.name], i);
        const inject = () => app.inject({ url: spec.path, headers: { authorization: `Bearer ${token}` } });
        await inject(); // warm caches as the server had them
        current = [];
        const res = await inject();
        if (res.statusCode !== 200)
          throw new Error(`${spec.path}: ${res.statusCode} ${res.body.slice(0, 200)}`);
        variants.push(current);
        current = null;
      }
      captured[scenario.name] = variants;
    }
  } finally {
    await app.close();
    await database.close();
  }
  return captured;
}

/** Replays captured statements: PostgreSQL through a `pg` pool of 20, PGlite in this process. */
export async function replayCeilings(target, captured, options) {
  const results = {};
  if (target.kind === "postgresql") {
    const pool = new pg.Pool({ connectionString: target.url, max: 20 });
    try {
      for (const [name, variants] of Object.entries(captured))
        results[name] = await measure(async (i) => {
          for (const s of variants[i % variants.length]) await pool.query(s.sql, s.params);
        }, options);
    } finally {
      await pool.end();
    }
    return results;
  }
  const database = await target.open();
  try {
    for (const [name, variants] of Object.entries(captured))
      results[name] = await measure(async (i) => {
        for (const s of variants[i % variants.length]) await database.query(s.sql, s.params);
      }, options);
  } finally {
    await database.close();
  }
  return results;
}

/** Latency and throughput of a constant Fastify route in its own process. */
export async function bareFastify(options) {
  const child = spawn(process.execPath, [join(repo, "bench/lib/bare-fastify.js")], {
    stdio: ["ignore", "pipe", "inherit"],
  });
  const url = await new Promise((resolve, reject) => {
    let out = "";
    child.stdout.on("data", (d) => {
      out += d;
      const m = /listening on (\S+)/.exec(out);
      if (m) resolve(m[1]);
    });
    child.once("exit", (code) => reject(new Error(`bare Fastify exited with ${code}`)));
  });
  try {
    return await measure(() => httpRequest(url, { path: "/" }), options);
  } finally {
    await stopProcess(child);
  }
}

/** How many statements one request of the scenario sends (shown next to the ceiling). */
export const statementCount = (variants) => variants[0].length;
