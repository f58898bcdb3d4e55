import { and, eq, gte, inArray, isNotNull, isNull, lte, ne, or, sql } from "drizzle-orm";
import {
  addDays,
  CERTIFICATION_EXPIRY_WARNING_DAYS,
  CERTIFICATION_KIND_LABELS,
  utcDay,
  VENDOR_REVIEW_WARNING_DAYS,
  type CertificationKind,
} from "@openaims/core";
import type { DbOrTx, Tx } from "../../db/client.js";
import { notifications, users, vendorCertifications, vendors } from "../../db/schema/index.js";
import { vendorLink } from "./vendor-view.js";

export const VENDOR_REVIEW_DUE_KIND = "vendor.review_due";
export const VENDOR_CERTIFICATION_EXPIRING_KIND = "vendor.certification_expiring";

/** The owner when they can still read it, else the managers (like evidence reminders). */
async function recipients(tx: Tx, ownerIds: readonly (string | null)[]) {
  const owners = [...new Set(ownerIds.filter((id): id is string => id !== null))];
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
  return (ownerId: string | null) =>
    ownerId && active.has(ownerId)
      ? { userId: ownerId, role: null }
      : { userId: null, role: "manager" as const };
}

/**
 * Reviews due within VENDOR_REVIEW_WARNING_DAYS or overdue (ISO/IEC 42001 A.10.3: suppliers are
 * monitored). Once per review date: `review_reminder_sent_for` is claimed in the statement that
 * selects, so a rerun or a second worker sends nothing and a new date re-arms the reminder.
 */
async function remindReviews(tx: Tx, today: string): Promise<number> {
  const due = await tx
    .update(vendors)
    .set({ reviewReminderSentFor: sql`${vendors.nextReviewOn}` })
    .where(
      and(
        ne(vendors.status, "offboarded"),
        isNotNull(vendors.nextReviewOn),
        lte(vendors.nextReviewOn, addDays(today, VENDOR_REVIEW_WARNING_DAYS)),
        or(isNull(vendors.reviewReminderSentFor), ne(vendors.reviewReminderSentFor, vendors.nextReviewOn)),
      ),
    )
    .returning({
      id: vendors.id,
      key: vendors.key,
      name: vendors.name,
      ownerId: vendors.ownerId,
      on: vendors.nextReviewOn,
    });
  if (due.length === 0) return 0;
  const to = await recipients(
    tx,
    due.map((v) => v.ownerId),
  );
  await tx.insert(notifications).values(
    due.map((v) => ({
      ...to(v.ownerId),
      kind: VENDOR_REVIEW_DUE_KIND,
      title:
        v.on! < today
          ? `Vendor ${v.key} "${v.name}": review overdue since ${v.on}`
          : `Vendor ${v.key} "${v.name}": review due on ${v.on}`,
      link: vendorLink(v.id),
    })),
  );
  return due.length;
}

/** Certifications of current vendors that lapse within CERTIFICATION_EXPIRY_WARNING_DAYS, once per date. */
async function remindCertifications(tx: Tx, today: string): Promise<number> {
  const current = tx.select({ id: vendors.id }).from(vendors).where(ne(vendors.status, "offboarded"));
  const due = await tx
    .update(vendorCertifications)
    .set({ expiryReminderSentFor: sql`${vendorCertifications.expiresOn}` })
    .where(
      and(
        inArray(vendorCertifications.vendorId, current),
        isNotNull(vendorCertifications.expiresOn),
        gte(vendorCertifications.expiresOn, today),
        lte(vendorCertifications.expiresOn, addDays(today, CERTIFICATION_EXPIRY_WARNING_DAYS)),
        or(
          isNull(vendorCertifications.expiryReminderSentFor),
          ne(vendorCertifications.expiryReminderSentFor, vendorCertifications.expiresOn),
        ),
      ),
    )
    .returning({
      vendorId: vendorCertifications.vendorId,
      kind: vendorCertifications.kind,
      label: vendorCertifications.label,
      expiresOn: vendorCertifications.expiresOn,
    });
  if (due.length === 0) return 0;
  const owners = await tx
    .select({ id: vendors.id, key: vendors.key, name: vendors.name, ownerId: vendors.ownerId })
    .from(vendors)
    .where(inArray(vendors.id, [...new Set(due.map((c) => c.vendorId))]));
  const vendorOf = new Map(owners.map((v) => [v.id, v]));
  const to = await recipients(
    tx,
    owners.map((v) => v.ownerId),
  );
  await tx.insert(notifications).values(
    due.map((c) => {
      const v = vendorOf.get(c.vendorId)!;
      const what = c.label || CERTIFICATION_KIND_LABELS[c.kind as CertificationKind] || c.kind;
      return {
        ...to(v.ownerId),
        kind: VENDOR_CERTIFICATION_EXPIRING_KIND,
        title: `Vendor ${v.key} "${v.name}": certification ${what} expires on ${c.expiresOn}; ask for the renewed certificate`,
        link: vendorLink(v.id),
      };
    }),
  );
  return due.length;
}

/** Run by the maintenance job: in-app reminders for vendor reviews and expiring certifications. */
export async function sendVendorReminders(
  db: DbOrTx,
  today = utcDay(),
): Promise<{ reviews: number; certifications: number }> {
  return db.transaction(async (tx) => ({
    reviews: await remindReviews(tx, today),
    certifications: await remindCertifications(tx, today),
  }));
}
