import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { addDays, type Role } from "@openaims/core";
import type { Database } from "../../db/client.js";
import { notifications, users, vendorCertifications, vendors } from "../../db/schema/index.js";
import { createTestDatabase } from "../../test-support/test-database.js";
import { systemContext, type ServiceContext } from "../context.js";
import { createUser } from "../users/users-service.js";
import { addVendorCertification, updateVendorCertification } from "./vendor-parts-service.js";
import {
  sendVendorReminders,
  VENDOR_CERTIFICATION_EXPIRING_KIND,
  VENDOR_REVIEW_DUE_KIND,
} from "./vendor-reminders.js";
import { reviewVendor } from "./vendor-review.js";
import { createVendor, updateVendor } from "./vendors-service.js";
import { vendorLink } from "./vendor-view.js";

const TODAY = "2030-03-01";
let database: Database;
let ctx: ServiceContext;
let ownerId: string;

beforeAll(async () => {
  database = await createTestDatabase();
  ctx = systemContext(database.db, "test");
  const owner = await createUser(ctx, {
    email: "vendor-owner@example.org",
    name: "Owner",
    role: "contributor" as Role,
    password: "correct horse battery staple",
  });
  ownerId = owner.id;
});
afterAll(async () => database?.close());

const remindersOf = async (id: string, kind: string) =>
  (
    await database.db
      .select()
      .from(notifications)
      .where(eq(notifications.link, vendorLink(id)))
  ).filter((n) => n.kind === kind);
const add = (name: string, nextReviewOn: string, extra: object = {}) =>
  createVendor(ctx, { name, nextReviewOn, ownerId, status: "active", ...extra }, TODAY);

describe("vendor review reminders", () => {
  it("reminds the owner once per review date when due within 14 days or overdue, never for offboarded vendors", async () => {
    const soon = await add("Due Soon", addDays(TODAY, 14));
    const late = await add("Overdue", addDays(TODAY, -5));
    const later = await add("Later", addDays(TODAY, 15));
    const gone = await add("Offboarded", addDays(TODAY, -5), { status: "offboarded" });

    expect(await sendVendorReminders(database.db, TODAY)).toEqual({ reviews: 2, certifications: 0 });
    const [dueSoon] = await remindersOf(soon.id, VENDOR_REVIEW_DUE_KIND);
    expect(dueSoon).toMatchObject({ userId: ownerId, role: null });
    expect(dueSoon!.title).toBe(`Vendor ${soon.key} "Due Soon": review due on ${addDays(TODAY, 14)}`);
    const [overdue] = await remindersOf(late.id, VENDOR_REVIEW_DUE_KIND);
    expect(overdue!.title).toBe(`Vendor ${late.key} "Overdue": review overdue since ${addDays(TODAY, -5)}`);
    for (const v of [later, gone]) expect(await remindersOf(v.id, VENDOR_REVIEW_DUE_KIND)).toHaveLength(0);
    const [row] = await database.db.select().from(vendors).where(eq(vendors.id, soon.id));
    expect(row!.reviewReminderSentFor).toBe(addDays(TODAY, 14));

    // A rerun sends nothing; the next day `later` enters the window.
    expect(await sendVendorReminders(database.db, TODAY)).toEqual({ reviews: 0, certifications: 0 });
    expect(await sendVendorReminders(database.db, addDays(TODAY, 1))).toEqual({
      reviews: 1,
      certifications: 0,
    });
    expect(await remindersOf(soon.id, VENDOR_REVIEW_DUE_KIND)).toHaveLength(1);

    // Reviewing moves the date a cadence on: nothing until it comes close again.
    await reviewVendor(ctx, late.id, { note: "done" }, TODAY);
    expect(await sendVendorReminders(database.db, addDays(TODAY, 1))).toEqual({
      reviews: 0,
      certifications: 0,
    });
    // A new date within the window re-arms the reminder.
    await updateVendor(ctx, late.id, { version: 2, nextReviewOn: addDays(TODAY, 3) }, TODAY);
    expect(await sendVendorReminders(database.db, TODAY)).toEqual({ reviews: 1, certifications: 0 });
    expect(await remindersOf(late.id, VENDOR_REVIEW_DUE_KIND)).toHaveLength(2);
  });

  it("tells the managers when the owner is deactivated or there is none", async () => {
    const unowned = await createVendor(ctx, { name: "Unowned", nextReviewOn: TODAY }, TODAY);
    const user = await createUser(ctx, {
      email: "vendor-leaver@example.org",
      name: "Leaver",
      role: "contributor" as Role,
      password: "correct horse battery staple",
    });
    const orphan = await createVendor(ctx, { name: "Orphan", nextReviewOn: TODAY, ownerId: user.id }, TODAY);
    await database.db.update(users).set({ isActive: false }).where(eq(users.id, user.id));
    await sendVendorReminders(database.db, TODAY);
    for (const v of [unowned, orphan])
      expect(await remindersOf(v.id, VENDOR_REVIEW_DUE_KIND)).toMatchObject([
        { userId: null, role: "manager" },
      ]);
  });
});

describe("vendor certification expiry reminders", () => {
  it("reminds once per expiry date within 30 days and re-arms when the date changes", async () => {
    const v = await add("Certified", addDays(TODAY, 300));
    const withCerts = await addVendorCertification(ctx, v.id, {
      kind: "iso_27001",
      expiresOn: addDays(TODAY, 30),
    });
    await addVendorCertification(ctx, v.id, { kind: "soc2_type2", expiresOn: addDays(TODAY, 31) });
    await addVendorCertification(ctx, v.id, { kind: "iso_42001", expiresOn: addDays(TODAY, -1) });
    await addVendorCertification(ctx, v.id, { kind: "other", label: "CSA STAR", expiresOn: null });
    const iso = withCerts.certifications[0]!;

    const sent = await sendVendorReminders(database.db, TODAY);
    expect(sent.certifications).toBe(1);
    const [first] = await remindersOf(v.id, VENDOR_CERTIFICATION_EXPIRING_KIND);
    expect(first).toMatchObject({ userId: ownerId, role: null });
    expect(first!.title).toBe(
      `Vendor ${v.key} "Certified": certification ISO/IEC 27001 (information security) expires on ${addDays(TODAY, 30)}; ask for the renewed certificate`,
    );
    const [row] = await database.db
      .select()
      .from(vendorCertifications)
      .where(eq(vendorCertifications.id, iso.id));
    expect(row!.expiryReminderSentFor).toBe(addDays(TODAY, 30));
    expect((await sendVendorReminders(database.db, TODAY)).certifications).toBe(0);

    await updateVendorCertification(ctx, v.id, iso.id, { expiresOn: addDays(TODAY, 20) });
    expect((await sendVendorReminders(database.db, TODAY)).certifications).toBe(1);
    expect(await remindersOf(v.id, VENDOR_CERTIFICATION_EXPIRING_KIND)).toHaveLength(2);
  });

  it("sends nothing for an offboarded vendor's certifications", async () => {
    const v = await add("Gone Certified", addDays(TODAY, 300), { status: "offboarded" });
    await addVendorCertification(ctx, v.id, { kind: "iso_27001", expiresOn: addDays(TODAY, 5) });
    expect((await sendVendorReminders(database.db, TODAY)).certifications).toBe(0);
    expect(await remindersOf(v.id, VENDOR_CERTIFICATION_EXPIRING_KIND)).toHaveLength(0);
  });
});
