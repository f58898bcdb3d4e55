import { createHash, randomUUID } from "node:crypto";
import { eq, sql } from "drizzle-orm";
import { chainPayload, type ChainedFields } from "@openaims/core";
import type { Tx } from "../../db/client.js";
import { auditChainHead, auditEvents } from "../../db/schema/index.js";
import { actorId, actorLabel, type ServiceContext } from "../context.js";

export const sha256 = (text: string) => createHash("sha256").update(text).digest("hex");

export type AuditChange = {
  action: string;
  entityType: string;
  entityId: string | null;
  before?: unknown;
  after?: unknown;
};

/**
 * Appends one entry to the hash chain inside the caller's transaction, so the write and its
 * record commit or roll back together. Updating the head row serializes concurrent writers.
 */
export async function recordAudit(tx: Tx, ctx: ServiceContext, change: AuditChange): Promise<void> {
  const [head] = await tx
    .update(auditChainHead)
    .set({ seq: sql`${auditChainHead.seq} + 1` })
    .where(eq(auditChainHead.id, 1))
    .returning();
  if (!head) throw new Error("audit chain head row is missing; run migrations");
  const entry: ChainedFields = {
    seq: head.seq,
    id: randomUUID(),
    at: new Date().toISOString(),
    actorId: actorId(ctx.actor),
    actorLabel: actorLabel(ctx.actor),
    action: change.action,
    entityType: change.entityType,
    entityId: change.entityId,
    before: change.before ?? null,
    after: change.after ?? null,
    requestId: ctx.requestId,
    // The head still holds the previous entry's hash until this entry replaces it below.
    prevHash: head.hash,
  };
  const hash = sha256(chainPayload(entry));
  // The entry and the head's new hash in one statement: every audited write pays this round trip.
  const insert = tx.insert(auditEvents).values({ ...entry, at: new Date(entry.at), hash });
  await tx.execute(
    sql`WITH entry AS ${insert} UPDATE ${auditChainHead} SET hash = ${hash} WHERE ${auditChainHead.id} = 1`,
  );
}
