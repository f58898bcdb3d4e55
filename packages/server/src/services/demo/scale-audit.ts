// The scale organization's audit trail, written in bulk but as a valid hash chain: the same fields,
// payload and SHA-256 as record-audit.ts, continuing from the chain head and moving it at the end
// (ISO/IEC 42001 7.5.3: the trail stays tamper-evident however it was filled).
import { randomUUID } from "node:crypto";
import { eq } from "drizzle-orm";
import { chainPayload, type ChainedFields } from "@openaims/core";
import type { AimsDb } from "../../db/client.js";
import { auditChainHead, auditEvents } from "../../db/schema/index.js";
import { sha256 } from "../audit/record-audit.js";
import { insertRows } from "./scale-insert.js";

const DAY_MS = 86_400_000;
/** The generated history spans the year before the load. */
const HISTORY_MS = 365 * DAY_MS;
/** Events hashed and sent per statement. */
const EVENTS_PER_INSERT = 5_000;

export type AuditActor = { id: string | null; label: string };
export const SCALE_SYSTEM_ACTOR: AuditActor = { id: null, label: "system:scale" };

/** One event of the creation phase (a record created, or a vendor rated). */
export type PlannedEvent = {
  action: string;
  entityType: string;
  entityId: string;
  actor: AuditActor;
  before?: unknown;
  after: unknown;
};

/** A record the filler updates fall on; `version` is its version after the creation phase. */
export type FillerTarget = {
  entityType: string;
  entityId: string;
  key: string;
  actor: AuditActor;
  version: number;
};

/** When the k-th generated event happened: evenly spread over the year before `end`. */
export class Timeline {
  private readonly start: number;
  private readonly step: number;
  constructor(end: number, events: number) {
    this.start = end - HISTORY_MS;
    this.step = Math.floor(HISTORY_MS / Math.max(1, events));
  }
  at(k: number): Date {
    return new Date(this.start + k * this.step);
  }
}

/**
 * Filler updates go round-robin over the targets after the creation phase's events, so each
 * record's number of updates (and so its version and last update) is known before it is written.
 */
export class Fillers {
  constructor(
    /** Events of the creation phase (the fillers follow them). */
    readonly creates: number,
    readonly targets: number,
    readonly count: number,
  ) {}
  updatesOf(p: number): number {
    if (this.targets === 0) return 0;
    return Math.floor(this.count / this.targets) + (p < this.count % this.targets ? 1 : 0);
  }
  /** Event index of the record's last filler update, or null. */
  lastEventOf(p: number): number | null {
    const u = this.updatesOf(p);
    return u === 0 ? null : this.creates + (u - 1) * this.targets + p;
  }
}

/** Version and timestamps of a record created at event `created` (`events`: its other updates). */
export function stampOf(
  timeline: Timeline,
  created: number,
  events: number[] = [],
  fillers?: { plan: Fillers; p: number },
) {
  const filler = fillers ? fillers.plan.lastEventOf(fillers.p) : null;
  const last = Math.max(created, ...events, filler ?? -1);
  return {
    createdAt: timeline.at(created),
    updatedAt: timeline.at(last),
    version: 1 + events.length + (fillers ? fillers.plan.updatesOf(fillers.p) : 0),
  };
}

/**
 * Appends the creation events, then the fillers, in one transaction holding the chain head, and
 * returns how many were written.
 */
export async function appendScaleAudit(
  db: AimsDb,
  timeline: Timeline,
  planned: PlannedEvent[],
  targets: FillerTarget[],
  fillers: Fillers,
  onChunk: (written: number) => void,
): Promise<number> {
  const total = planned.length + fillers.count;
  const eventAt = (k: number): PlannedEvent => {
    if (k < planned.length) return planned[k]!;
    const j = k - planned.length;
    const target = targets[j % targets.length]!;
    const version = target.version + Math.floor(j / targets.length);
    return {
      action: `${target.entityType}.updated`,
      entityType: target.entityType,
      entityId: target.entityId,
      actor: target.actor,
      before: { key: target.key, version },
      after: { key: target.key, version: version + 1 },
    };
  };
  await db.transaction(async (tx) => {
    const [head] = await tx.select().from(auditChainHead).where(eq(auditChainHead.id, 1)).for("update");
    if (!head) throw new Error("audit chain head row is missing; run migrations");
    let { seq, hash } = head;
    for (let from = 0; from < total; from += EVENTS_PER_INSERT) {
      const rows: (typeof auditEvents.$inferInsert)[] = [];
      for (let k = from; k < Math.min(total, from + EVENTS_PER_INSERT); k++) {
        const e = eventAt(k);
        const at = timeline.at(k);
        const entry: ChainedFields = {
          seq: ++seq,
          id: randomUUID(),
          at: at.toISOString(),
          actorId: e.actor.id,
          actorLabel: e.actor.label,
          action: e.action,
          entityType: e.entityType,
          entityId: e.entityId,
          before: e.before ?? null,
          after: e.after ?? null,
          requestId: null,
          prevHash: hash,
        };
        hash = sha256(chainPayload(entry));
        rows.push({ ...entry, at, hash });
      }
      await insertRows(tx, auditEvents, rows);
      onChunk(from + rows.length);
    }
    await tx.update(auditChainHead).set({ seq, hash }).where(eq(auditChainHead.id, 1));
  });
  return total;
}
