import { and, eq, gt, gte, inArray, isNull, lte, ne, or, sql } from "drizzle-orm";
import { addDays, CAMPAIGN_REMINDER_DAYS, utcDay } from "@openaims/core";
import type { AimsDb } from "../../db/client.js";
import { notifications, users, vendorCampaigns } from "../../db/schema/index.js";
import { recordAudit } from "../audit/record-audit.js";
import { systemContext } from "../context.js";
import { reminderMessage } from "./campaign-messages.js";
import { campaignLink, loadCampaign } from "./campaign-view.js";
import { messageFacts } from "./campaigns-service.js";
import { mailerFromEnvironment, type Mailer } from "./mailer.js";
import { deliverMessages, queueMessage, type QueuedMessage } from "./outbox.js";

export const CAMPAIGN_REMINDER_KIND = "vendor_campaign.due_soon";

/**
 * Reminds the vendor contact, CAMPAIGN_REMINDER_DAYS before the due date, of a questionnaire not yet
 * submitted (ISO/IEC 42001 A.10.3), and tells its sender in the app. Once per campaign and due
 * date: `reminder_sent_for` is claimed in the statement that selects, so two workers never both
 * remind and a new due date re-arms it. The stored message carries no link. Run by the maintenance job.
 */
export async function sendCampaignReminders(
  db: AimsDb,
  options: { now?: Date; mailer?: Mailer | null } = {},
): Promise<number> {
  const now = options.now ?? new Date();
  const mailer = options.mailer === undefined ? mailerFromEnvironment() : options.mailer;
  const today = utcDay(now);
  const ctx = systemContext(db, "campaign-reminders");
  const queued: QueuedMessage[] = [];
  const count = await db.transaction(async (tx) => {
    const due = await tx
      .update(vendorCampaigns)
      .set({ reminderSentFor: sql`${vendorCampaigns.dueOn}` })
      .where(
        and(
          inArray(vendorCampaigns.status, ["sent", "opened", "in_progress"]),
          gt(vendorCampaigns.linkExpiresAt, now),
          gte(vendorCampaigns.dueOn, today),
          lte(vendorCampaigns.dueOn, addDays(today, CAMPAIGN_REMINDER_DAYS)),
          or(
            isNull(vendorCampaigns.reminderSentFor),
            ne(vendorCampaigns.reminderSentFor, vendorCampaigns.dueOn),
          ),
        ),
      )
      .returning({ id: vendorCampaigns.id, sentById: vendorCampaigns.sentById });
    if (due.length === 0) return 0;
    const senders = [...new Set(due.flatMap((c) => (c.sentById ? [c.sentById] : [])))];
    const active = new Set(
      senders.length
        ? (
            await tx
              .select({ id: users.id })
              .from(users)
              .where(and(inArray(users.id, senders), eq(users.isActive, true)))
          ).map((u) => u.id)
        : [],
    );
    for (const c of due) {
      const rec = await loadCampaign(tx, ctx.actor, c.id);
      const text = reminderMessage(await messageFacts(tx, rec));
      queued.push(
        await queueMessage(tx, mailer, {
          campaignId: c.id,
          kind: "reminder",
          to: rec.row.contactEmail,
          ...text,
        }),
      );
      const sender = c.sentById && active.has(c.sentById) ? c.sentById : null;
      await tx.insert(notifications).values({
        userId: sender,
        role: sender ? null : "manager",
        kind: CAMPAIGN_REMINDER_KIND,
        title: `Questionnaire ${rec.row.key} for ${rec.vendor.name} is due on ${rec.row.dueOn} and not yet submitted; ${rec.row.contactName} was reminded`,
        link: campaignLink(c.id),
      });
      await recordAudit(tx, ctx, {
        action: "vendor_campaign.reminded",
        entityType: "vendor_campaign",
        entityId: c.id,
        after: { key: rec.row.key, dueOn: rec.row.dueOn, to: rec.row.contactEmail },
      });
    }
    return due.length;
  });
  await deliverMessages(db, mailer, queued);
  return count;
}
