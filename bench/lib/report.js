// What a run leaves behind: the JSON figures in bench/results/, a Markdown table (printed and
// kept as the latest figures of that database in bench/RESULTS.md), and the budget verdicts.
import { execFileSync } from "node:child_process";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { cpus, totalmem } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const repo = fileURLToPath(new URL("../..", import.meta.url));
const readJson = (path) => JSON.parse(readFileSync(join(repo, path), "utf8"));

export function machine() {
  let commit = "unknown";
  try {
    commit = execFileSync("git", ["rev-parse", "--short", "HEAD"], { cwd: repo, encoding: "utf8" }).trim();
  } catch {
    /* not a git checkout */
  }
  return {
    cpus: `${cpus().length} × ${cpus()[0]?.model ?? "unknown"}`,
    memoryGiB: Math.round(totalmem() / 2 ** 30),
    node: process.version,
    openaims: readJson("package.json").version,
    pglite: readJson("node_modules/@electric-sql/pglite/package.json").version,
    commit,
  };
}

/** Budget verdicts of one database's run: scenario p50 and idle RSS against bench/budgets.json. */
export function checkBudgets(run) {
  const budgets = readJson("bench/budgets.json");
  if (run.scale !== budgets.scale) return { checked: false, violations: [] };
  const own = budgets[run.db];
  const violations = [];
  for (const s of run.scenarios) {
    const limit = own.p50Ms[s.group];
    s.budgetP50Ms = limit ?? null;
    if (limit !== undefined && s.latencyMs.p50 > limit)
      violations.push(`${run.db} ${s.name}: p50 ${s.latencyMs.p50} ms > ${limit} ms`);
  }
  if (run.rssMb.idle > own.idleRssMb)
    violations.push(`${run.db} idle RSS ${run.rssMb.idle} MB > ${own.idleRssMb} MB`);
  return { checked: true, violations };
}

const fmt = (n, digits = 1) => (n === null || n === undefined ? "—" : Number(n).toFixed(digits));
const ratio = (a, b) => (a && b ? `${(a / b).toFixed(1)}×` : "—");
const share = (a, b) => (a && b ? `${Math.round((100 * a) / b)} %` : "—");

export function markdownTable(run) {
  const bare = run.bareFastify;
  const lines = [
    `### ${run.databaseVersion}, S=${run.scale} — ${run.date}`,
    "",
    `${run.machine.cpus}, ${run.machine.memoryGiB} GiB, Node ${run.machine.node}, OpenAIMS ${run.machine.openaims} (${run.machine.commit}), PGlite ${run.machine.pglite}. ` +
      `Generated ${Object.entries(run.generated.counts)
        .map(([k, v]) => `${v.toLocaleString("en")} ${k}`)
        .join(", ")} in ${fmt(run.generated.totalMs / 1000)} s. ` +
      `Server RSS idle ${run.rssMb.idle} MB, after the scenarios ${run.rssMb.end} MB. ` +
      `Bare Fastify constant route: p50 ${fmt(bare.latencyMs.p50, 2)} ms, ${fmt(bare.throughput[1], 0)} req/s at 1 client, ${fmt(bare.throughput[20], 0)} at 20.`,
    "",
    "| scenario | p50 ms | p95 ms | p99 ms | req/s (1) | req/s (20) | RSS MB | SQL p50 ms (stmts) | p50 ÷ SQL | req/s (20) vs SQL | vs bare HTTP | budget p50 |",
    "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
  ];
  for (const s of run.scenarios) {
    const c = s.ceiling;
    lines.push(
      `| ${s.name} | ${fmt(s.latencyMs.p50)} | ${fmt(s.latencyMs.p95)} | ${fmt(s.latencyMs.p99)} | ${fmt(s.throughput[1], 0)} | ${fmt(s.throughput[20], 0)} | ${s.rssMb} | ` +
        (c
          ? `${fmt(c.latencyMs.p50, 2)} (${c.statements}) | ${ratio(s.latencyMs.p50, c.latencyMs.p50)} | ${share(s.throughput[20], c.throughput[20])} | `
          : "— | — | — | ") +
        `${share(s.throughput[20], bare.throughput[20])} | ${s.budgetP50Ms === null || s.budgetP50Ms === undefined ? "—" : `${s.budgetP50Ms}${s.latencyMs.p50 > s.budgetP50Ms ? " **over**" : " ok"}`} |`,
    );
  }
  return lines.join("\n");
}

/** Writes the JSON and Markdown of a run and replaces that database's latest table in RESULTS.md. */
export function saveRun(run, table) {
  mkdirSync(join(repo, "bench/results"), { recursive: true });
  const stem = `bench/results/${run.db}-S${run.scale}`;
  writeFileSync(join(repo, `${stem}.json`), JSON.stringify(run, null, 2) + "\n");
  writeFileSync(join(repo, `${stem}.md`), table + "\n");
  const path = join(repo, "bench/RESULTS.md");
  const begin = `<!-- latest:${run.db}:S${run.scale} -->`;
  const end = `<!-- /latest:${run.db}:S${run.scale} -->`;
  let text = readFileSync(path, "utf8");
  const block = `${begin}\n${table}\n${end}`;
  const at = text.indexOf(begin);
  if (at >= 0) text = text.slice(0, at) + block + text.slice(text.indexOf(end) + end.length);
  else {
    const anchor = "<!-- latest-figures -->";
    text = text.includes(anchor) ? text.replace(anchor, `${anchor}\n\n${block}`) : `${text}\n${block}\n`;
  }
  writeFileSync(path, text);
  return `${stem}.json`;
}
