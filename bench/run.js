// `npm run bench [-- --scenario NAME ... --scale S --db pglite|postgresql --seconds N]`
// Generates an organization at scale S through the services, serves it with a real `aims serve`
// process, runs the named scenarios over HTTP at 1 and 20 clients, sets each list scenario against
// its own SQL replayed directly and a bare Fastify route, writes the figures and checks the budgets.
import { setTimeout as sleep } from "node:timers/promises";
import { parseArgs } from "node:util";
import { bareFastify, captureStatements, replayCeilings, statementCount } from "./lib/ceiling.js";
import { BENCH_USER, createDatabase, fillDatabase, startServer } from "./lib/environment.js";
import { apiClient } from "./lib/http-client.js";
import { measure, rssMb } from "./lib/measure.js";
import { checkBudgets, machine, markdownTable, saveRun } from "./lib/report.js";
import { SCENARIOS, scenarioNames } from "./lib/scenarios.js";

const { values: args } = parseArgs({
  options: {
    scenario: { type: "string", multiple: true },
    scale: { type: "string", default: "1" },
    db: { type: "string", multiple: true },
    seconds: { type: "string", default: "2" },
    help: { type: "boolean", default: false },
  },
});
if (args.help) {
  console.log(`npm run bench -- [--scenario NAME]... [--scale S] [--db pglite|postgresql]... [--seconds N]
scenarios: ${scenarioNames().join(", ")}
PostgreSQL: BENCH_DATABASE_URL (default postgres://postgres@127.0.0.1:5432/postgres); a scratch database is created and dropped.`);
  process.exit(0);
}
const fail = (message) => {
  console.error(`bench: ${message}`);
  process.exit(2);
};
const scale = Number(args.scale);
if (!Number.isFinite(scale) || scale <= 0 || scale > 100)
  fail(`--scale must be a number in (0, 100], got ${args.scale}`);
const seconds = Number(args.seconds);
if (!Number.isFinite(seconds) || seconds <= 0 || seconds > 60)
  fail(`--seconds must be in (0, 60], got ${args.seconds}`);
const dbs = args.db ?? ["postgresql", "pglite"];
for (const db of dbs)
  if (db !== "postgresql" && db !== "pglite") fail(`--db must be pglite or postgresql, got ${db}`);
const unknown = (args.scenario ?? []).filter((n) => !scenarioNames().includes(n));
if (unknown.length) fail(`unknown scenario(s) ${unknown.join(", ")}; known: ${scenarioNames().join(", ")}`);
const chosen = args.scenario ? SCENARIOS.filter((s) => args.scenario.includes(s.name)) : SCENARIOS;

const log = (line) => console.log(`[bench ${new Date().toISOString().slice(11, 19)}] ${line}`);
const options = { seconds, minRequests: 20 };
const started = performance.now();
log(`bare Fastify ceiling`);
const bare = await bareFastify(options);
const violations = [];

for (const db of dbs) {
  const target = await createDatabase(db);
  try {
    log(`${db}: generating the organization at S=${scale}`);
    const generated = await fillDatabase(target, { scale, log: (l) => log(`${db}: ${l}`) });
    log(`${db}: generated in ${(generated.totalMs / 1000).toFixed(1)} s; starting aims serve`);
    // The portal's per-address limit would throttle a benchmark client after 120 requests.
    const server = await startServer({ ...target, env: { ...target.env, AIMS_PORTAL_RATE_LIMIT: "100000" } });
    const results = [];
    const state = {};
    let idle;
    try {
      await sleep(3000);
      idle = await rssMb(server.child.pid);
      const api = apiClient(server.url, generated.token);
      for (const scenario of chosen) {
        const base = { refs: generated.refs, credentials: BENCH_USER };
        state[scenario.name] = { ...base, ...(scenario.setup ? await scenario.setup(api, base) : {}) };
        const run = scenario.slow ? { ...options, minRequests: 10 } : options;
        const figures = await measure((i) => api.step(scenario.request(state[scenario.name], i)), run);
        const rss = await rssMb(server.child.pid);
        results.push({
          name: scenario.name,
          group: scenario.group,
          title: scenario.title,
          ...figures,
          rssMb: rss,
        });
        log(
          `${db}: ${scenario.name} p50 ${figures.latencyMs.p50} ms, ${figures.throughput[20]} req/s at 20 clients`,
        );
      }
    } finally {
      await server.stop();
    }
    const endRss = results.at(-1)?.rssMb ?? idle;
    const listScenarios = chosen.filter((s) => s.ceiling);
    if (listScenarios.length) {
      log(`${db}: replaying the list scenarios' SQL directly`);
      const captured = await captureStatements(target, listScenarios, state, generated.token);
      const ceilings = await replayCeilings(target, captured, options);
      for (const r of results)
        if (ceilings[r.name])
          r.ceiling = { ...ceilings[r.name], statements: statementCount(captured[r.name]) };
    }
    const run = {
      db,
      databaseVersion: await target.describe(),
      scale,
      date: new Date().toISOString(),
      machine: machine(),
      generated: { counts: generated.counts, totalMs: generated.totalMs, generatorMs: generated.ms },
      rssMb: { idle, end: endRss },
      bareFastify: bare,
      scenarios: results,
    };
    const verdict = checkBudgets(run);
    run.budgets = verdict;
    violations.push(...verdict.violations);
    const table = markdownTable(run);
    const file = saveRun(run, table);
    console.log(`\n${table}\n\n(figures in ${file})\n`);
    if (!verdict.checked) log(`${db}: budgets apply at the scale of bench/budgets.json only; not checked`);
  } finally {
    await target.drop();
  }
}

log(`done in ${((performance.now() - started) / 1000).toFixed(0)} s`);
if (violations.length) {
  console.error(`over budget:\n  ${violations.join("\n  ")}`);
  process.exit(1);
}
