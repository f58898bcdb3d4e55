/**
 * Tamper-evident audit trail: each entry's hash covers its content and the previous entry's
 * hash, so changing or removing any entry breaks every later link (ISO/IEC 42001 7.5.3 control
 * of documented information; A.6.2.8 event logs).
 */
export const GENESIS_HASH = "0".repeat(64);

export type ChainedFields = {
  seq: number;
  id: string;
  at: string;
  actorId: string | null;
  actorLabel: string;
  action: string;
  entityType: string;
  entityId: string | null;
  before: unknown;
  after: unknown;
  requestId: string | null;
  prevHash: string;
};

/** JSON with object keys sorted at every depth, so equal values always serialize identically. */
export function canonicalJson(value: unknown): string {
  if (value === null || value === undefined) return "null";
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(",")}]`;
  if (value instanceof Date) return JSON.stringify(value.toISOString());
  if (typeof value === "object") {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(",")}}`;
  }
  return JSON.stringify(value);
}

/** The exact text an entry's hash is computed over. */
export function chainPayload(e: ChainedFields): string {
  return canonicalJson({
    seq: e.seq,
    id: e.id,
    at: e.at,
    actorId: e.actorId,
    actorLabel: e.actorLabel,
    action: e.action,
    entityType: e.entityType,
    entityId: e.entityId,
    before: e.before ?? null,
    after: e.after ?? null,
    requestId: e.requestId,
    prevHash: e.prevHash,
  });
}

export type ChainBreak = { seq: number; reason: string };

/**
 * Checks a run of consecutive entries. `previous` is the last entry before the run (null at the
 * start of the chain). Returns the first broken link or null.
 */
export function findChainBreak(
  entries: readonly (ChainedFields & { hash: string })[],
  previous: { seq: number; hash: string } | null,
  hash: (text: string) => string,
): ChainBreak | null {
  let prevSeq = previous?.seq ?? 0;
  let prevHash = previous?.hash ?? GENESIS_HASH;
  for (const e of entries) {
    if (e.seq !== prevSeq + 1) {
      return { seq: e.seq, reason: `entry ${prevSeq + 1} is missing (found ${e.seq} after ${prevSeq})` };
    }
    if (e.prevHash !== prevHash) {
      return {
        seq: e.seq,
        reason: `entry ${e.seq} does not link to entry ${prevSeq} (previous hash differs)`,
      };
    }
    if (hash(chainPayload(e)) !== e.hash) {
      return { seq: e.seq, reason: `entry ${e.seq} was altered after it was written (hash mismatch)` };
    }
    prevSeq = e.seq;
    prevHash = e.hash;
  }
  return null;
}
