import type { AimsDb } from "../../db/client.js";
import { claimNextJob, completeJob, enqueueJob, failJob } from "./job-queue.js";

export type JobHandler = (db: AimsDb, payload: unknown) => Promise<void>;
export type JobLogger = { info: (o: object, m: string) => void; error: (o: object, m: string) => void };

/**
 * A polling worker over the `jobs` table. It works the same on PGlite and PostgreSQL and needs no
 * broker; later features register handlers (reminders, evidence expiry, scheduled reports).
 */
export class JobRunner {
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<void> | null = null;
  private stopped = false;
  private lastTick = 0;

  constructor(
    private readonly db: AimsDb,
    private readonly handlers: Record<string, JobHandler>,
    private readonly log: JobLogger,
    private readonly pollMs = 5_000,
    /** Runs before each poll, e.g. to queue recurring work. */
    private readonly tick: () => Promise<void> = async () => {},
  ) {}

  start(): void {
    this.stopped = false;
    this.schedule(0);
  }

  /** Waits for the job in progress, then stops polling. */
  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    await this.running;
  }

  private schedule(ms: number): void {
    if (this.stopped) return;
    this.timer = setTimeout(() => {
      this.running = this.tickHourly()
        .then(() => this.drain())
        .then(
          () => undefined,
          (e: unknown) => this.log.error({ err: String(e) }, "job polling failed"),
        )
        .finally(() => {
          this.running = null;
          this.schedule(this.pollMs);
        });
    }, ms);
    this.timer.unref();
  }

  /** Recurring work is queued at most once an hour, not on every poll. */
  private async tickHourly(): Promise<void> {
    if (Date.now() - this.lastTick < 3_600_000) return;
    this.lastTick = Date.now();
    await this.tick();
  }

  /** Runs due jobs until none is left; returns how many ran. Tests call it directly. */
  async drain(): Promise<number> {
    let ran = 0;
    while (!this.stopped) {
      const job = await claimNextJob(this.db);
      if (!job) break;
      ran++;
      const handler = this.handlers[job.kind];
      try {
        if (!handler) throw new Error(`no handler for job kind ${job.kind}`);
        await handler(this.db, job.payload);
        await completeJob(this.db, job.id);
      } catch (e) {
        const message = e instanceof Error ? e.message : String(e);
        this.log.error({ jobId: job.id, kind: job.kind, err: message }, "job failed");
        await failJob(this.db, job, message);
      }
    }
    return ran;
  }
}

/** Queues today's maintenance run once per day, whichever process gets there first. */
export async function scheduleDailyMaintenance(db: AimsDb, now = new Date()): Promise<void> {
  await enqueueJob(
    db,
    "maintenance.cleanup",
    {},
    { uniqueKey: `maintenance.cleanup:${now.toISOString().slice(0, 10)}` },
  );
}
