import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { and, eq } from "drizzle-orm";
import { addDays, type Role } from "@openaims/core";
import type { Database } from "../../db/client.js";
import { notifications, users } from "../../db/schema/index.js";
import { createTestDatabase } from "../../test-support/test-database.js";
import { systemContext, type ServiceContext } from "../context.js";
import { createUser } from "../users/users-service.js";
import { createLinkEvidence } from "./evidence-create.js";
import {
  EVIDENCE_EXPIRING_KIND,
  reminderSentFor,
  sendEvidenceExpiryReminders,
} from "./evidence-reminders.js";
import { updateEvidence } from "./evidence-service.js";

const TODAY = "2030-03-01";
let database: Database;
let ctx: ServiceContext;
let ownerId: string;

beforeAll(async () => {
  database = await createTestDatabase();
  ctx = systemContext(database.db, "test");
  const owner = await createUser(ctx, {
    email: "evidence-owner@example.org",
    name: "Owner",
    role: "contributor" as Role,
    password: "correct horse battery staple",
  });
  ownerId = owner.id;
});
afterAll(async () => database?.close());

const add = (title: string, validUntil: string | null, owner: string | null = null) =>
  createLinkEvidence(ctx, { title, url: "https://example.org/e", validUntil, ownerId: owner }, TODAY);

const remindersOf = (id: string) =>
  database.db
    .select()
    .from(notifications)
    .where(
      and(eq(notifications.kind, EVIDENCE_EXPIRING_KIND), eq(notifications.link, `/controls/evidence/${id}`)),
    );

describe("evidence expiry reminders", () => {
  it("reminds the owner once for evidence expiring within the warning window, never twice", async () => {
    const soon = await add("Expires soon", addDays(TODAY, 20), ownerId);
    const later = await add("Expires later", addDays(TODAY, 31), ownerId);
    const gone = await add("Already expired", addDays(TODAY, -1), ownerId);
    const never = await add("Never expires", null, ownerId);

    expect(await sendEvidenceExpiryReminders(database.db, TODAY)).toBe(1);
    const [sent] = await remindersOf(soon.id);
    expect(sent).toMatchObject({ userId: ownerId, role: null, link: `/controls/evidence/${soon.id}` });
    expect(sent!.title).toContain(`${soon.key} "Expires soon" stops holding after ${addDays(TODAY, 20)}`);
    for (const other of [later, gone, never]) expect(await remindersOf(other.id)).toHaveLength(0);
    expect(await reminderSentFor(database.db, soon.id)).toBe(addDays(TODAY, 20));

    // A rerun (the next day's job, or a retried one) sends nothing again.
    expect(await sendEvidenceExpiryReminders(database.db, TODAY)).toBe(0);
    expect(await sendEvidenceExpiryReminders(database.db, addDays(TODAY, 1))).toBe(1); // `later` enters the window
    expect(await remindersOf(soon.id)).toHaveLength(1);
    expect(await remindersOf(later.id)).toHaveLength(1);
  });

  it("re-arms when the valid-until date changes, and tells the managers when nobody owns it", async () => {
    const item = await add("Unowned", addDays(TODAY, 5));
    expect(await sendEvidenceExpiryReminders(database.db, TODAY)).toBe(1);
    const [first] = await remindersOf(item.id);
    expect(first).toMatchObject({ userId: null, role: "manager" });

    await updateEvidence(ctx, item.id, { version: 1, validUntil: addDays(TODAY, 25) }, TODAY);
    expect(await sendEvidenceExpiryReminders(database.db, TODAY)).toBe(1);
    expect(await remindersOf(item.id)).toHaveLength(2);
    expect(await sendEvidenceExpiryReminders(database.db, TODAY)).toBe(0);

    // Renewed beyond the window: nothing until it comes close again.
    await updateEvidence(ctx, item.id, { version: 2, validUntil: addDays(TODAY, 200) }, TODAY);
    expect(await sendEvidenceExpiryReminders(database.db, TODAY)).toBe(0);
    expect(await remindersOf(item.id)).toHaveLength(2);
  });

  it("tells the managers when the owner's account is deactivated, so the expiry is not missed", async () => {
    const leaver = await createUser(ctx, {
      email: "evidence-leaver@example.org",
      name: "Leaver",
      role: "contributor" as Role,
      password: "correct horse battery staple",
    });
    const item = await add("Owned by a leaver", addDays(TODAY, 10), leaver.id);
    await database.db.update(users).set({ isActive: false }).where(eq(users.id, leaver.id));
    expect(await sendEvidenceExpiryReminders(database.db, TODAY)).toBe(1);
    const [sent] = await remindersOf(item.id);
    expect(sent).toMatchObject({ userId: null, role: "manager" });
    expect(await sendEvidenceExpiryReminders(database.db, TODAY)).toBe(0);
  });
});
