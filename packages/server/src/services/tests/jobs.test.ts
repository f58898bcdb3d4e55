import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "../../db/client.js";
import { createTestDatabase } from "../../test-support/test-database.js";
import { enqueueJob, listJobs } from "../jobs/job-queue.js";
import { JobRunner, scheduleDailyMaintenance } from "../jobs/job-runner.js";
import { jobHandlers } from "../jobs/handlers.js";

let database: Database;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(async () => database?.close());

const quiet = { info: () => {}, error: () => {} };
const page = { limit: 50, offset: 0, order: "asc" as const };

describe("background jobs", () => {
  it("runs due jobs, retries failures with backoff and fails them after maxAttempts", async () => {
    const seen: unknown[] = [];
    let failuresLeft = 1;
    const runner = new JobRunner(
      database.db,
      {
        "test.ok": async (_db, payload) => void seen.push(payload),
        "test.flaky": async () => {
          if (failuresLeft-- > 0) throw new Error("transient");
        },
        "test.broken": async () => {
          throw new Error("always");
        },
      },
      quiet,
    );
    await enqueueJob(database.db, "test.ok", { n: 1 });
    await enqueueJob(database.db, "test.flaky", {}, { maxAttempts: 3 });
    await enqueueJob(database.db, "test.broken", {}, { maxAttempts: 1 });
    await enqueueJob(database.db, "test.ok", { n: 2 }, { runAt: new Date(Date.now() + 3_600_000) });
    expect(await runner.drain()).toBe(3);
    expect(seen).toEqual([{ n: 1 }]);
    const jobs = (await listJobs(database.db, page)).items;
    const byKind = (k: string) => jobs.filter((j) => j.kind === k);
    expect(byKind("test.broken")[0]).toMatchObject({ state: "failed", attempts: 1, lastError: "always" });
    expect(byKind("test.flaky")[0]).toMatchObject({ state: "queued", attempts: 1, lastError: "transient" });
    expect(new Date(byKind("test.flaky")[0]!.runAt).getTime()).toBeGreaterThan(Date.now());
    expect(
      byKind("test.ok")
        .map((j) => j.state)
        .sort(),
    ).toEqual(["done", "queued"]);
  });

  it("queues the daily maintenance once per day however often it is asked", async () => {
    const day = new Date("2026-11-28T10:00:00Z");
    await scheduleDailyMaintenance(database.db, day);
    await scheduleDailyMaintenance(database.db, day);
    const jobs = (await listJobs(database.db, { ...page, kind: "maintenance.cleanup" })).items;
    expect(jobs).toHaveLength(1);
    const runner = new JobRunner(database.db, jobHandlers, quiet);
    await runner.drain();
    expect((await listJobs(database.db, { ...page, kind: "maintenance.cleanup" })).items[0]!.state).toBe(
      "done",
    );
  });
});
