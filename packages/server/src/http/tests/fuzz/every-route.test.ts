/**
 * Input fuzzing of every route in the OpenAPI document (issue 9, item 1). For each operation,
 * fast-check generates requests that are plausible but for one hostile part, or hostile whole
 * (see requests.ts); every answer must be below 500, a refusal must carry the error body without
 * internals, and a refusal must change nothing (oracle.ts).
 *
 * FUZZ_RUNS random requests per route (default 5, `npm run fuzz` sends 200) after a sweep of edge
 * values (edge-sweep.ts: light in the suite, full in the long run), FUZZ_SEED fixes the inputs,
 * FUZZ_ONLY="PATCH /api/v1/risks" limits the run to routes whose "METHOD /path" contains it.
 * Ids learnt from the database differ between runs, and earlier routes' successes change the
 * state later ones see, so a replay of a single route may need the full run before it.
 */
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp } from "../../../test-support/test-app.js";
import { edgeRequests } from "./edge-sweep.js";
import { prepareFuzzing } from "./fuzz-setup.js";
import { operationsOf, routeKey, type OpenApiDocument } from "./operations.js";
import { judge, snapshot, Tally } from "./oracle.js";
import { requestFor, type FuzzContext, type FuzzRequest } from "./requests.js";

const RUNS = Number(process.env.FUZZ_RUNS ?? 5);
/** The long run also sends every edge value to every field (edge-sweep.ts). */
const SWEEP = RUNS >= 50 ? "full" : "light";
const SEED = Number(process.env.FUZZ_SEED ?? 20_260_917);
const ONLY = process.env.FUZZ_ONLY;

// The operations name the tests, so the app and its OpenAPI document exist before collection.
const t = await createTestApp({ AIMS_PORTAL_RATE_LIMIT: 100_000 }, { withCatalogs: true });
const doc = (await t.app.inject({ url: "/api/openapi.json" })).json() as OpenApiDocument;
const allOperations = operationsOf(doc);
const operations = allOperations.filter((op) => !ONLY || routeKey(op).includes(ONLY));
const tally = new Tally();
let ctx: FuzzContext;
let setupMs = 0;
const started = Date.now();

beforeAll(async () => {
  ctx = await prepareFuzzing(t, allOperations);
  setupMs = Date.now() - started;
}, 120_000);
afterAll(async () => {
  const fuzzSeconds = Math.round((Date.now() - started - setupMs) / 1000);
  const run = `seed ${SEED}, ${RUNS} random per route + ${SWEEP} sweep, ${t.database.kind}`;
  console.log(tally.line(`${run}; setup ${Math.round(setupMs / 1000)} s, fuzzing ${fuzzSeconds} s`));
  await t.close();
});

/** A stable seed per route, so FUZZ_ONLY replays the same inputs as the full run. */
const seedOf = (key: string) => [...key].reduce((h, c) => (h * 31 + c.charCodeAt(0)) | 0, SEED);

const preview = (text: string | Buffer | undefined, max: number) => {
  const s = text === undefined ? "" : text.toString();
  return s.length > max ? `${s.slice(0, max)}…(${s.length} chars)` : s;
};

function describeFailure(r: FuzzRequest, status: number, body: string, problem: string): string {
  return `${problem} [${r.kind}] ${r.method} ${preview(r.url, 200)} ${preview(r.payload, 200)} -> ${status} ${preview(body, 300)}`;
}

describe("input fuzzing of every route", () => {
  it("covers every API route the app registered", () => {
    const documented = new Set(allOperations.map((op) => routeKey(op).replace(/\{(\w+)\}/g, ":$1")));
    const api = t.app.aimsRoutes.filter((r) => r.url.startsWith("/api/v1/") || r.url === "/api/health");
    for (const r of api) expect(documented, `${r.method} ${r.url}`).toContain(`${r.method} ${r.url}`);
    expect(allOperations.length).toBe(api.length);
  });

  for (const op of operations) {
    const key = routeKey(op);
    it(key, { timeout: Math.max(30_000, RUNS * 3_000) }, async () => {
      const requests = [
        ...edgeRequests(op, ctx, SWEEP, seedOf(key)),
        ...fc.sample(requestFor(op, ctx), { seed: seedOf(key), numRuns: RUNS }),
      ];
      const failures: string[] = [];
      let before = await snapshot(t.database);
      for (const r of requests) {
        const res = await t.app.inject({
          method: r.method,
          url: r.url,
          headers: r.headers,
          payload: r.payload,
        });
        t.takeQueries(); // the test app keeps every SQL statement; drop them as we go
        const after = await snapshot(t.database);
        tally.count(key, res.statusCode);
        const answer = { statusCode: res.statusCode, body: res.body };
        for (const problem of await judge(t.database, answer, before, after, op.vendorLink))
          failures.push(describeFailure(r, res.statusCode, res.body, problem));
        before = after;
      }
      expect(failures, `replay with FUZZ_SEED=${SEED} FUZZ_RUNS=${RUNS} FUZZ_ONLY="${key}"`).toEqual([]);
    });
  }
});
