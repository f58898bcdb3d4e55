// `npm run bench`: start-up time, idle memory and API latency of the built server on this machine.
// Results go to stdout; copy them into bench/RESULTS.md with the date and machine.
import { spawn } from "node:child_process";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir, cpus, totalmem } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const repo = fileURLToPath(new URL("..", import.meta.url));
const aims = join(repo, "packages/server/bin/aims.js");

function start(dataDir) {
  const t0 = performance.now();
  const child = spawn(process.execPath, [aims, "serve", "--port", "0", "--data-dir", dataDir], {
    env: { ...process.env, AIMS_LOG_LEVEL: "warn", DATABASE_URL: "" },
  });
  let out = "";
  return new Promise((resolve, reject) => {
    child.stdout.on("data", (d) => {
      out += d;
      const m = /listening on (\S+)/.exec(out);
      if (m) resolve({ child, url: m[1], ms: performance.now() - t0, out });
    });
    child.once("exit", (c) => reject(new Error(`exited ${c}: ${out}`)));
  });
}
const stop = (child) =>
  new Promise((r) => {
    child.once("exit", r);
    child.kill("SIGTERM");
  });
const rssMb = (pid) => Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, "utf8"))[1]) / 1024;
const pct = (xs, p) =>
  [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((p / 100) * xs.length))];

async function timed(n, fn) {
  const ms = [];
  for (let i = 0; i < n; i++) {
    const t = performance.now();
    await fn(i);
    ms.push(performance.now() - t);
  }
  return { p50: pct(ms, 50).toFixed(1), p95: pct(ms, 95).toFixed(1) };
}

const dir = mkdtempSync(join(tmpdir(), "aims-bench-"));
const first = await start(dir);
const token = /setup\?token=([\w-]+)/.exec(first.out)[1];
const setup = await fetch(`${first.url}/api/v1/setup`, {
  method: "POST",
  headers: { "content-type": "application/json" },
  body: JSON.stringify({ token, email: "bench@example.org", name: "Bench", password: "bench password long" }),
});
const cookie = setup.headers.get("set-cookie").split(";")[0];
const { csrfToken } = await setup.json();
const headers = { cookie, "x-csrf-token": csrfToken, "content-type": "application/json" };
const created = await timed(300, (i) =>
  fetch(`${first.url}/api/v1/business-units`, {
    method: "POST",
    headers,
    body: JSON.stringify({ name: `Unit ${i}` }),
  }).then((r) => r.text()),
);
const listed = await timed(100, () =>
  fetch(`${first.url}/api/v1/business-units?limit=200`, { headers }).then((r) => r.text()),
);
const audited = await timed(50, () =>
  fetch(`${first.url}/api/v1/audit-events?limit=200`, { headers }).then((r) => r.text()),
);
const verify = await timed(5, () =>
  fetch(`${first.url}/api/v1/audit-events/verify`, { headers }).then((r) => r.text()),
);
// 300 implemented controls linked to ISO/IEC 42001 requirements, then the coverage of every framework.
const reqs = await (
  await fetch(`${first.url}/api/v1/frameworks/iso-iec-42001:2023/requirements?assessable=true&limit=200`, {
    headers,
  })
).json();
for (let i = 0; i < 300; i++) {
  const r = reqs.items[i % reqs.items.length];
  await fetch(`${first.url}/api/v1/controls`, {
    method: "POST",
    headers,
    body: JSON.stringify({
      code: `B-${i}`,
      title: `Bench control ${i}`,
      implementationStatus: "implemented",
      links: [{ requirementKey: r.key, coverage: i % 3 ? "full" : "partial" }],
    }),
  }).then((res) => res.text());
}
const coverageSummary = await timed(20, () =>
  fetch(`${first.url}/api/v1/coverage/summary`, { headers }).then((r) => r.text()),
);
const coverageIso = await timed(20, () =>
  fetch(`${first.url}/api/v1/coverage?framework=nist-ai-rmf:1.0&limit=200`, { headers }).then((r) =>
    r.text(),
  ),
);
await new Promise((r) => setTimeout(r, 3000));
const idle = rssMb(first.child.pid);
await stop(first.child);
const second = await start(dir);
await new Promise((r) => setTimeout(r, 3000));
const idleWarm = rssMb(second.child.pid);
await stop(second.child);

const results = {
  date: new Date().toISOString().slice(0, 10),
  machine: `${cpus().length} × ${cpus()[0].model}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}`,
  coldStartNewDataDirMs: Math.round(first.ms),
  coldStartExistingDataDirMs: Math.round(second.ms),
  idleRssMb: { afterLoad: Math.round(idle), freshStart: Math.round(idleWarm) },
  createBusinessUnitMs: created,
  listBusinessUnits200Ms: listed,
  listAuditEvents200Ms: audited,
  verifyChainAbout320EntriesMs: verify,
  coverageSummary300ControlsHttpMs: coverageSummary,
  coverageNistPage300ControlsHttpMs: coverageIso,
};
console.log(JSON.stringify(results, null, 2));
