import { eq } from "drizzle-orm";
import type { AimsDb, Tx } from "../../db/client.js";
import { outboundMessages } from "../../db/schema/index.js";
import type { Mailer } from "./mailer.js";

/** Stands where the link would be in every stored copy: the link token is never kept. */
export const LINK_PLACEHOLDER = "[link sent separately]";

export type MessageKind = "invitation" | "reminder" | "follow_up" | "closed";

export type QueuedMessage = {
  id: string;
  to: string;
  subject: string;
  /** The text to e-mail; for an invitation it holds the link, unlike the stored body. */
  text: string;
};

/**
 * Keeps a message for a vendor contact in the outbox, inside the caller's transaction: `pending`
 * when an e-mail server is configured (sent after the commit), else `manual` for the sender to
 * forward, so nothing is silently dropped. `link` replaces the placeholder in the e-mail only.
 */
export async function queueMessage(
  tx: Tx,
  mailer: Mailer | null,
  m: { campaignId: string; kind: MessageKind; to: string; subject: string; body: string; link?: string },
): Promise<QueuedMessage> {
  const [row] = await tx
    .insert(outboundMessages)
    .values({
      campaignId: m.campaignId,
      kind: m.kind,
      toEmail: m.to,
      subject: m.subject,
      body: m.body,
      status: mailer ? "pending" : "manual",
    })
    .returning({ id: outboundMessages.id });
  const text = m.link ? m.body.split(LINK_PLACEHOLDER).join(m.link) : m.body;
  return { id: row!.id, to: m.to, subject: m.subject, text };
}

/**
 * Sends queued messages after their transaction committed (never inside one: the mail server may
 * be slow) and records the outcome; a failure is kept on the message, not thrown.
 */
export async function deliverMessages(
  db: AimsDb,
  mailer: Mailer | null,
  queued: readonly QueuedMessage[],
): Promise<void> {
  if (!mailer) return;
  for (const m of queued) {
    try {
      await mailer.send({ to: m.to, subject: m.subject, text: m.text });
      await db
        .update(outboundMessages)
        .set({ status: "sent", sentAt: new Date(), error: null })
        .where(eq(outboundMessages.id, m.id));
    } catch (e) {
      const error = (e instanceof Error ? e.message : String(e)).slice(0, 500);
      await db.update(outboundMessages).set({ status: "failed", error }).where(eq(outboundMessages.id, m.id));
    }
  }
}
