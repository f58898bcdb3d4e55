import { sql } from "drizzle-orm";
import type { DbOrTx } from "../../db/client.js";

/**
 * Coverage is read far more often than controls and evidence change, and computing it walks every
 * control link through the crosswalks (tens of milliseconds at 300 controls). A fingerprint of its
 * inputs — counts and a hash of exactly the columns the engine reads — is one cheap statement, read from the
 * database so several processes agree; an equal fingerprint on the same day means an equal result.
 */
const FINGERPRINT = sql`SELECT concat_ws('|',
  (SELECT concat_ws(':', count(*), sum(hashtext(concat_ws('/', id, code, title, implementation_status))::bigint)) FROM controls),
  (SELECT concat_ws(':', count(*), sum(hashtext(control_id::text || requirement_key || coverage)::bigint)) FROM control_requirements),
  (SELECT concat_ws(':', count(*), sum(hashtext(concat_ws('/', id, key, title, 'e' || coalesce(effective_on::text, ''), 'v' || coalesce(valid_until::text, ''), business_unit_id))::bigint)) FROM evidence),
  (SELECT concat_ws(':', count(*), sum(hashtext(evidence_id::text || target_type || target_id)::bigint)) FROM evidence_links)
) AS fingerprint`;

export class CoverageMemo<T> {
  private readonly entries = new Map<string, T>();

  /** `maxEntries` bounds the memory: an explained framework holds thousands of sources. */
  constructor(private readonly maxEntries: number) {}

  /** The fingerprint of the inputs now; read it before the inputs themselves. */
  async inputsKey(db: DbOrTx): Promise<string> {
    const result = (await db.execute(FINGERPRINT)) as unknown as { rows: { fingerprint: string }[] };
    return result.rows[0]?.fingerprint ?? "";
  }

  async get(key: string, compute: () => Promise<T>): Promise<T> {
    const hit = this.entries.get(key);
    if (hit !== undefined) {
      // Least recently used goes first.
      this.entries.delete(key);
      this.entries.set(key, hit);
      return hit;
    }
    const value = await compute();
    this.entries.set(key, value);
    if (this.entries.size > this.maxEntries) this.entries.delete(this.entries.keys().next().value!);
    return value;
  }
}
