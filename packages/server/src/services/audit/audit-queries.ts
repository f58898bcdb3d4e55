import { and, asc, count, desc, eq, gt, gte, lte, type SQL } from "drizzle-orm";
import {
  findChainBreak,
  type AuditEvent,
  type AuditQuery,
  type AuditVerification,
  type Page,
} from "@openaims/core";
import type { AimsDb } from "../../db/client.js";
import { auditChainHead, auditEvents } from "../../db/schema/index.js";
import { sha256 } from "./record-audit.js";

type AuditRow = typeof auditEvents.$inferSelect;

const toAuditEvent = (r: AuditRow): AuditEvent => ({ ...r, at: r.at.toISOString() });

/** A page of the audit trail, filtered by entity, actor and time. */
export async function listAuditEvents(db: AimsDb, q: AuditQuery): Promise<Page<AuditEvent>> {
  const filters: SQL[] = [];
  if (q.entityType) filters.push(eq(auditEvents.entityType, q.entityType));
  if (q.entityId) filters.push(eq(auditEvents.entityId, q.entityId));
  if (q.actorId) filters.push(eq(auditEvents.actorId, q.actorId));
  if (q.from) filters.push(gte(auditEvents.at, new Date(q.from)));
  if (q.to) filters.push(lte(auditEvents.at, new Date(q.to)));
  const where = filters.length ? and(...filters) : undefined;
  const rows = await db
    .select()
    .from(auditEvents)
    .where(where)
    .orderBy(q.order === "asc" ? asc(auditEvents.seq) : desc(auditEvents.seq))
    .limit(q.limit)
    .offset(q.offset);
  const [total] = await db.select({ n: count() }).from(auditEvents).where(where);
  return { items: rows.map(toAuditEvent), total: total?.n ?? 0 };
}

const VERIFY_BATCH = 1000;

/** Walks the whole chain in batches and reports intact or the first broken link. */
export async function verifyAuditChain(db: AimsDb): Promise<AuditVerification> {
  let previous: { seq: number; hash: string } | null = null;
  let checked = 0;
  for (;;) {
    const rows: AuditRow[] = await db
      .select()
      .from(auditEvents)
      .where(gt(auditEvents.seq, previous?.seq ?? 0))
      .orderBy(asc(auditEvents.seq))
      .limit(VERIFY_BATCH);
    if (rows.length === 0) break;
    const entries = rows.map((r) => ({ ...r, at: r.at.toISOString() }));
    const broken = findChainBreak(entries, previous, sha256);
    if (broken)
      return {
        intact: false,
        checked: checked + entries.findIndex((e) => e.seq === broken.seq),
        firstBroken: broken,
      };
    checked += rows.length;
    const last: AuditRow = rows[rows.length - 1]!;
    previous = { seq: last.seq, hash: last.hash };
  }
  const [head] = await db.select().from(auditChainHead).where(eq(auditChainHead.id, 1));
  const lastSeq = previous?.seq ?? 0;
  if (!head || head.seq !== lastSeq || (previous && head.hash !== previous.hash)) {
    return {
      intact: false,
      checked,
      firstBroken: {
        seq: lastSeq + 1,
        reason: `the chain head is at entry ${head?.seq ?? "?"} but the last entry found is ${lastSeq}: entries were removed`,
      },
    };
  }
  return { intact: true, checked, firstBroken: null };
}
