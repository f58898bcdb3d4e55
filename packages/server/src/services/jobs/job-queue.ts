import { and, asc, count, desc, eq, sql, type SQL } from "drizzle-orm";
import { retryDelayMs, type Job, type Page } from "@openaims/core";
import type { DbOrTx } from "../../db/client.js";
import { jobs } from "../../db/schema/index.js";

type JobRow = typeof jobs.$inferSelect;

export type EnqueueOptions = { runAt?: Date; uniqueKey?: string; maxAttempts?: number };

/** Queues a job, in the caller's transaction when given one; a repeated uniqueKey is ignored. */
export async function enqueueJob(
  db: DbOrTx,
  kind: string,
  payload: unknown = {},
  opts: EnqueueOptions = {},
): Promise<void> {
  await db
    .insert(jobs)
    .values({
      kind,
      payload: payload as object,
      runAt: opts.runAt ?? new Date(),
      uniqueKey: opts.uniqueKey ?? null,
      maxAttempts: opts.maxAttempts ?? 5,
    })
    .onConflictDoNothing({ target: jobs.uniqueKey });
}

/** How long a claimed job may run before another worker may take it over. */
const LEASE_MS = 5 * 60_000;

/**
 * Claims the next due job (or one whose worker died mid-run). FOR UPDATE SKIP LOCKED lets several
 * server processes share one PostgreSQL queue; PGlite runs it as a plain claim.
 */
export async function claimNextJob(db: DbOrTx): Promise<JobRow | null> {
  const result = (await db.execute(sql`
    UPDATE jobs SET state = 'running', attempts = attempts + 1,
      locked_until = now() + (${LEASE_MS} * interval '1 millisecond')
    WHERE id = (
      SELECT id FROM jobs
      WHERE (state = 'queued' AND run_at <= now()) OR (state = 'running' AND locked_until < now())
      ORDER BY run_at LIMIT 1 FOR UPDATE SKIP LOCKED)
    RETURNING id`)) as unknown as { rows: { id: string }[] };
  const id = result.rows[0]?.id;
  if (!id) return null;
  const [row] = await db.select().from(jobs).where(eq(jobs.id, id));
  return row ?? null;
}

export async function completeJob(db: DbOrTx, id: string): Promise<void> {
  await db
    .update(jobs)
    .set({ state: "done", finishedAt: new Date(), lockedUntil: null, lastError: null })
    .where(eq(jobs.id, id));
}

/** Records a failure: retried later with backoff, or failed for good after maxAttempts. */
export async function failJob(db: DbOrTx, job: JobRow, error: string): Promise<void> {
  const final = job.attempts >= job.maxAttempts;
  await db
    .update(jobs)
    .set(
      final
        ? { state: "failed", finishedAt: new Date(), lockedUntil: null, lastError: error.slice(0, 2000) }
        : {
            state: "queued",
            runAt: new Date(Date.now() + retryDelayMs(job.attempts)),
            lockedUntil: null,
            lastError: error.slice(0, 2000),
          },
    )
    .where(eq(jobs.id, job.id));
}

const toJob = (r: JobRow): Job => ({
  id: r.id,
  kind: r.kind,
  state: r.state as Job["state"],
  attempts: r.attempts,
  maxAttempts: r.maxAttempts,
  runAt: r.runAt.toISOString(),
  lastError: r.lastError,
  createdAt: r.createdAt.toISOString(),
  finishedAt: r.finishedAt?.toISOString() ?? null,
});

export async function listJobs(
  db: DbOrTx,
  q: {
    limit: number;
    offset: number;
    order: "asc" | "desc";
    state?: Job["state"] | undefined;
    kind?: string | undefined;
  },
): Promise<Page<Job>> {
  const filters: SQL[] = [];
  if (q.state) filters.push(eq(jobs.state, q.state));
  if (q.kind) filters.push(eq(jobs.kind, q.kind));
  const where = filters.length ? and(...filters) : undefined;
  const rows = await db
    .select()
    .from(jobs)
    .where(where)
    .orderBy(q.order === "asc" ? asc(jobs.createdAt) : desc(jobs.createdAt), asc(jobs.id))
    .limit(q.limit)
    .offset(q.offset);
  const [total] = await db.select({ n: count() }).from(jobs).where(where);
  return { items: rows.map(toJob), total: total?.n ?? 0 };
}
