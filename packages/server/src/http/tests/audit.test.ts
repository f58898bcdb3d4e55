import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, bearer, type TestApp } from "../../test-support/test-app.js";

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t?.close());

describe("audit trail", () => {
  it("records who changed what with before and after, in order", async () => {
    const admin = bearer(t.tokens.admin);
    const unit = (
      await t.app.inject({
        method: "POST",
        url: "/api/v1/business-units",
        headers: admin,
        payload: { name: "Audit me" },
      })
    ).json();
    await t.app.inject({
      method: "PATCH",
      url: `/api/v1/business-units/${unit.id}`,
      headers: admin,
      payload: { version: 1, description: "changed" },
    });
    const page = (
      await t.app.inject({
        url: `/api/v1/audit-events?entityType=business_unit&entityId=${unit.id}`,
        headers: bearer(t.tokens.auditor),
      })
    ).json();
    expect(page.total).toBe(2);
    const [updated, created] = page.items;
    expect(created).toMatchObject({
      action: "business_unit.created",
      actorId: t.users.admin.id,
      actorLabel: t.users.admin.email,
      before: null,
    });
    expect(created.after.name).toBe("Audit me");
    expect(updated.action).toBe("business_unit.updated");
    expect(updated.before.description).toBe("");
    expect(updated.after.description).toBe("changed");
    expect(updated.prevHash).toBe(created.hash);
    expect(updated.requestId).toBeTruthy();
  });

  it("filters by actor and time", async () => {
    const auditor = bearer(t.tokens.auditor);
    const mine = (
      await t.app.inject({ url: `/api/v1/audit-events?actorId=${t.users.admin.id}`, headers: auditor })
    ).json();
    expect(mine.items.every((e: { actorId: string }) => e.actorId === t.users.admin.id)).toBe(true);
    const future = (
      await t.app.inject({ url: `/api/v1/audit-events?from=2999-01-01T00:00:00Z`, headers: auditor })
    ).json();
    expect(future.total).toBe(0);
  });

  it("verifies intact, refuses edits, and detects tampering done behind its back", async () => {
    const auditor = bearer(t.tokens.auditor);
    const ok = (await t.app.inject({ url: "/api/v1/audit-events/verify", headers: auditor })).json();
    expect(ok).toMatchObject({ intact: true, firstBroken: null });
    expect(ok.checked).toBeGreaterThan(5);
    await expect(t.database.query("UPDATE audit_events SET action = 'x' WHERE seq = 3")).rejects.toThrow(
      /append-only/,
    );
    await expect(t.database.query("DELETE FROM audit_events WHERE seq = 3")).rejects.toThrow(/append-only/);
    // A database superuser can still switch the trigger off: the chain must expose that.
    await t.database.query("ALTER TABLE audit_events DISABLE TRIGGER audit_events_no_update");
    await t.database.query(`UPDATE audit_events SET after = '{"name":"forged"}' WHERE seq = 3`);
    await t.database.query("ALTER TABLE audit_events ENABLE TRIGGER audit_events_no_update");
    const broken = (await t.app.inject({ url: "/api/v1/audit-events/verify", headers: auditor })).json();
    expect(broken.intact).toBe(false);
    expect(broken.firstBroken.seq).toBe(3);
    expect(broken.firstBroken.reason).toMatch(/altered/);
  });
});
