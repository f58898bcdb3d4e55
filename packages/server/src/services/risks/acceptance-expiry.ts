import { and, eq, lt } from "drizzle-orm";
import type { AimsDb } from "../../db/client.js";
import { risks } from "../../db/schema/index.js";
import { recordAudit } from "../audit/record-audit.js";
import { systemContext } from "../context.js";

/** Accepted risks whose acceptance has run out go back to open, to be treated or accepted again (6.1.3). */
export async function expireRiskAcceptances(
  db: AimsDb,
  today = new Date().toISOString().slice(0, 10),
): Promise<number> {
  const ctx = systemContext(db, "risk-acceptance-expiry");
  return db.transaction(async (tx) => {
    const expired = await tx
      .update(risks)
      .set({ status: "open", treatment: "undecided", updatedAt: new Date() })
      .where(and(eq(risks.status, "accepted"), lt(risks.acceptedUntil, today)))
      .returning({ id: risks.id, key: risks.key, acceptedUntil: risks.acceptedUntil });
    for (const r of expired) {
      await recordAudit(tx, ctx, {
        action: "risk.acceptance_expired",
        entityType: "risk",
        entityId: r.id,
        after: { key: r.key, acceptedUntil: r.acceptedUntil, status: "open" },
      });
    }
    return expired.length;
  });
}
