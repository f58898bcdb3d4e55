import { and, eq, gte, inArray, isNotNull, lte, ne, or, isNull, sql } from "drizzle-orm";
import { addDays, EVIDENCE_EXPIRY_WARNING_DAYS, utcDay } from "@openaims/core";
import type { DbOrTx } from "../../db/client.js";
import { evidence, notifications, users } from "../../db/schema/index.js";

export const EVIDENCE_EXPIRING_KIND = "evidence.expiring";

/**
 * Tells the owner (or the managers when nobody, or a deactivated account, owns it) that evidence stops holding within
 * EVIDENCE_EXPIRY_WARNING_DAYS, so it is renewed before coverage drops (ISO/IEC 42001 7.5.3, 9.1).
 * Once per valid-until date: `expiry_reminder_sent_for` remembers the date reminded for, so a
 * rerun sends nothing and a new valid-until date re-arms the reminder. Run by the maintenance job.
 */
export async function sendEvidenceExpiryReminders(db: DbOrTx, today = utcDay()): Promise<number> {
  const warnUntil = addDays(today, EVIDENCE_EXPIRY_WARNING_DAYS);
  return db.transaction(async (tx) => {
    // Claim the items in the same statement that marks them, so two workers never both remind.
    const due = await tx
      .update(evidence)
      .set({ expiryReminderSentFor: sql`${evidence.validUntil}` })
      .where(
        and(
          isNotNull(evidence.validUntil),
          gte(evidence.validUntil, today),
          lte(evidence.validUntil, warnUntil),
          or(isNull(evidence.expiryReminderSentFor), ne(evidence.expiryReminderSentFor, evidence.validUntil)),
        ),
      )
      .returning({
        id: evidence.id,
        key: evidence.key,
        title: evidence.title,
        ownerId: evidence.ownerId,
        validUntil: evidence.validUntil,
      });
    if (due.length === 0) return 0;
    // A deactivated owner never reads the reminder: the managers get it instead.
    const owners = [...new Set(due.flatMap((e) => (e.ownerId ? [e.ownerId] : [])))];
    const active = new Set(
      owners.length
        ? (
            await tx
              .select({ id: users.id })
              .from(users)
              .where(and(inArray(users.id, owners), eq(users.isActive, true)))
          ).map((u) => u.id)
        : [],
    );
    const ownerOf = (e: { ownerId: string | null }) =>
      e.ownerId && active.has(e.ownerId) ? e.ownerId : null;
    await tx.insert(notifications).values(
      due.map((e) => ({
        userId: ownerOf(e),
        role: ownerOf(e) ? null : "manager",
        kind: EVIDENCE_EXPIRING_KIND,
        title: `Evidence ${e.key} "${e.title}" stops holding after ${e.validUntil}: renew it or link newer evidence`,
        link: `/controls/evidence/${e.id}`,
      })),
    );
    return due.length;
  });
}

/** Whether an item's reminder for its current valid-until date has gone out (tests, support). */
export async function reminderSentFor(db: DbOrTx, id: string): Promise<string | null> {
  const [row] = await db
    .select({ sent: evidence.expiryReminderSentFor })
    .from(evidence)
    .where(eq(evidence.id, id));
  return row?.sent ?? null;
}
