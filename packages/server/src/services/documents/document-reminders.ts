import { and, eq, exists, inArray, isNotNull, isNull, lt, lte, ne, or, sql } from "drizzle-orm";
import { addDays, REVIEW_NOTICE_DAYS, utcDay } from "@openaims/core";
import type { AimsDb } from "../../db/client.js";
import {
  documentAcknowledgements,
  documentPublications,
  documentRevisions,
  documents,
  notifications,
  users,
} from "../../db/schema/index.js";
import { recordAudit } from "../audit/record-audit.js";
import { systemContext } from "../context.js";
import { ACKNOWLEDGEMENTS_LINK, acknowledgementRequestTitle } from "./document-publications.js";

export const REVIEW_DUE_KIND = "document.review_due";
export const ACK_OVERDUE_KIND = "document.acknowledgement_overdue";

/**
 * Review reminders (ISO/IEC 42001 A.2.4): the owner (or the managers when the document has no active
 * owner) hears once per review date, from REVIEW_NOTICE_DAYS before it, and also when it has passed
 * without a reminder yet. `review_reminder_sent_for` remembers the date reminded for; a new date
 * (after approval or "reviewed, no change") re-arms it.
 */
async function sendReviewReminders(db: AimsDb, today: string): Promise<number> {
  const ctx = systemContext(db, "document-reminders");
  return db.transaction(async (tx) => {
    // Claim and mark in one statement, so two workers never both remind.
    const due = await tx
      .update(documents)
      .set({ reviewReminderSentFor: sql`${documents.nextReviewOn}` })
      .where(
        and(
          ne(documents.status, "retired"),
          isNotNull(documents.nextReviewOn),
          lte(documents.nextReviewOn, addDays(today, REVIEW_NOTICE_DAYS)),
          or(
            isNull(documents.reviewReminderSentFor),
            ne(documents.reviewReminderSentFor, documents.nextReviewOn),
          ),
        ),
      )
      .returning({
        id: documents.id,
        key: documents.key,
        title: documents.title,
        ownerId: documents.ownerId,
        nextReviewOn: documents.nextReviewOn,
      });
    if (due.length === 0) return 0;
    const owners = due.flatMap((d) => (d.ownerId ? [d.ownerId] : []));
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
    await tx.insert(notifications).values(
      due.map((d) => {
        const owner = d.ownerId && active.has(d.ownerId) ? d.ownerId : null;
        const when =
          d.nextReviewOn! < today
            ? `was due for review on ${d.nextReviewOn}`
            : `is due for review by ${d.nextReviewOn}`;
        return {
          userId: owner,
          role: owner ? null : "manager",
          kind: REVIEW_DUE_KIND,
          title: `${d.key} ${d.title} ${when}: review it, or mark it reviewed if nothing needs to change`,
          link: `/governance/documents/${d.id}`,
        };
      }),
    );
    for (const d of due)
      await recordAudit(tx, ctx, {
        action: "document.review_reminder_sent",
        entityType: "document",
        entityId: d.id,
        after: {
          nextReviewOn: d.nextReviewOn,
          to: d.ownerId && active.has(d.ownerId) ? d.ownerId : "manager",
        },
      });
    return due.length;
  });
}

/**
 * Once per publication past its due date: everyone still pending is reminded, and the publisher
 * hears how many are missing (ISO/IEC 42001 7.3). Retired documents are no longer chased.
 */
async function sendOverdueAcknowledgementReminders(db: AimsDb, today: string): Promise<number> {
  const ctx = systemContext(db, "document-reminders");
  return db.transaction(async (tx) => {
    const pending = tx
      .select({ one: sql`1` })
      .from(documentAcknowledgements)
      .where(
        and(
          eq(documentAcknowledgements.publicationId, documentPublications.id),
          eq(documentAcknowledgements.status, "pending"),
        ),
      );
    const live = tx.select({ id: documents.id }).from(documents).where(ne(documents.status, "retired"));
    const claimed = await tx
      .update(documentPublications)
      .set({ overdueReminderSentAt: new Date() })
      .where(
        and(
          isNull(documentPublications.overdueReminderSentAt),
          isNotNull(documentPublications.dueOn),
          lt(documentPublications.dueOn, today),
          inArray(documentPublications.documentId, live),
          exists(pending),
        ),
      )
      .returning();
    let reminded = 0;
    for (const p of claimed) {
      // The notification names the revision as it was published.
      const [doc] = await tx
        .select({ key: documents.key, title: documentRevisions.title })
        .from(documents)
        .innerJoin(
          documentRevisions,
          and(eq(documentRevisions.documentId, documents.id), eq(documentRevisions.number, p.revisionNumber)),
        )
        .where(eq(documents.id, p.documentId));
      const people = await tx
        .select({ userId: documentAcknowledgements.userId })
        .from(documentAcknowledgements)
        .innerJoin(users, eq(users.id, documentAcknowledgements.userId))
        .where(
          and(
            eq(documentAcknowledgements.publicationId, p.id),
            eq(documentAcknowledgements.status, "pending"),
            eq(users.isActive, true),
          ),
        );
      const title = acknowledgementRequestTitle(doc!.key, doc!.title, p.revisionNumber);
      const notes = people.map((u) => ({
        userId: u.userId,
        kind: ACK_OVERDUE_KIND,
        title: `${title}: it was due on ${p.dueOn}`,
        link: ACKNOWLEDGEMENTS_LINK,
      }));
      if (p.publishedBy)
        notes.push({
          userId: p.publishedBy,
          kind: ACK_OVERDUE_KIND,
          title: `${people.length} people have not acknowledged ${doc!.key} revision ${p.revisionNumber} (due ${p.dueOn})`,
          link: `/governance/documents/${p.documentId}/publications/${p.id}`,
        });
      if (notes.length) await tx.insert(notifications).values(notes);
      await recordAudit(tx, ctx, {
        action: "document.acknowledgement_reminder_sent",
        entityType: "document",
        entityId: p.documentId,
        after: { publicationId: p.id, dueOn: p.dueOn, pending: people.map((u) => u.userId) },
      });
      reminded += people.length;
    }
    return reminded;
  });
}

/** Review and acknowledgement reminders, run by the maintenance job. */
export async function sendDocumentReminders(
  db: AimsDb,
  today = utcDay(),
): Promise<{ reviews: number; acknowledgements: number }> {
  const reviews = await sendReviewReminders(db, today);
  const acknowledgements = await sendOverdueAcknowledgementReminders(db, today);
  return { reviews, acknowledgements };
}
