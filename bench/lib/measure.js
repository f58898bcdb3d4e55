// Latency and throughput of one scenario: a timed run with one client (p50/p95/p99), then the
// throughput at 1 and 20 concurrent clients. Every request's status is checked: a benchmark of
// error responses would measure nothing.

/** The p-th percentile (nearest rank) of the samples, in milliseconds. */
export function percentile(samples, p) {
  if (samples.length === 0) return null;
  const sorted = [...samples].sort((a, b) => a - b);
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length - 1, Math.max(0, rank - 1))];
}

const round = (ms) => (ms === null ? null : Math.round(ms * 100) / 100);

/**
 * Runs `op(i)` with `clients` concurrent loops until `seconds` have passed and at least
 * `minRequests` finished (slow scenarios still get enough samples), at most `maxRequests`.
 */
export async function runFor(op, { clients, seconds, minRequests, maxRequests = Infinity }) {
  const latencies = [];
  let started = 0;
  const t0 = performance.now();
  const deadline = t0 + seconds * 1000;
  const loop = async () => {
    while (started < maxRequests && (performance.now() < deadline || started < minRequests)) {
      const i = started++;
      const t = performance.now();
      await op(i);
      latencies.push(performance.now() - t);
    }
  };
  await Promise.all(Array.from({ length: clients }, loop));
  const elapsed = (performance.now() - t0) / 1000;
  return { latencies, requests: latencies.length, seconds: elapsed, perSecond: latencies.length / elapsed };
}

/** The figures the report shows for one scenario. */
export async function measure(op, { seconds = 2, minRequests = 20, warmup = 3, concurrency = [1, 20] } = {}) {
  let n = 0;
  const next = () => op(n++);
  for (let i = 0; i < warmup; i++) await next();
  const result = { latencyMs: null, throughput: {} };
  for (const clients of concurrency) {
    const run = await runFor(next, { clients, seconds, minRequests });
    if (clients === 1)
      result.latencyMs = {
        p50: round(percentile(run.latencies, 50)),
        p95: round(percentile(run.latencies, 95)),
        p99: round(percentile(run.latencies, 99)),
        samples: run.requests,
      };
    result.throughput[clients] = Math.round(run.perSecond * 10) / 10;
  }
  return result;
}

/** Resident memory of a process in MB (Linux /proc). */
export async function rssMb(pid) {
  const { readFile } = await import("node:fs/promises");
  const status = await readFile(`/proc/${pid}/status`, "utf8");
  return Math.round(Number(/VmRSS:\s+(\d+)/.exec(status)[1]) / 1024);
}
