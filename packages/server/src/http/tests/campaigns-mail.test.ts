/**
 * Messages to vendor contacts (ISO/IEC 42001 A.10.3): with an e-mail server the invitation carries
 * the link while the stored copy never does; without one the message waits to be forwarded; a
 * failing server is recorded, not fatal; reminders go out once per due date.
 */
import { createServer, type AddressInfo, type Server } from "node:net";
import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadConfig } from "../../config.js";
import { notifications, outboundMessages, vendorCampaigns } from "../../db/schema/index.js";
import { sendCampaignReminders } from "../../services/campaigns/campaign-reminders.js";
import type { OutgoingMail } from "../../services/campaigns/mailer.js";
import { bearer, createTestApp, type TestApp } from "../../test-support/test-app.js";
import { createFixture, inDays, portal, send, type Fixture } from "../../test-support/campaign-fixtures.js";

/** A minimal SMTP server that keeps what it receives. */
function fakeSmtp(): Promise<{ server: Server; port: number; mails: string[] }> {
  const mails: string[] = [];
  const server = createServer((socket) => {
    let buffer = "";
    let inData = false;
    socket.write("220 localhost fake ESMTP\r\n");
    socket.on("data", (chunk) => {
      buffer += chunk.toString("utf8");
      for (;;) {
        if (inData) {
          const end = buffer.indexOf("\r\n.\r\n");
          if (end < 0) return;
          mails.push(buffer.slice(0, end));
          buffer = buffer.slice(end + 5);
          inData = false;
          socket.write("250 queued\r\n");
          continue;
        }
        const eol = buffer.indexOf("\r\n");
        if (eol < 0) return;
        const line = buffer.slice(0, eol).toUpperCase();
        buffer = buffer.slice(eol + 2);
        if (line.startsWith("EHLO")) socket.write("250-localhost\r\n250 8BITMIME\r\n");
        else if (line.startsWith("DATA")) {
          inData = true;
          socket.write("354 go on\r\n");
        } else if (line.startsWith("QUIT")) socket.end("221 bye\r\n");
        else socket.write("250 ok\r\n");
      }
    });
  });
  return new Promise((resolve) =>
    server.listen(0, "127.0.0.1", () =>
      resolve({ server, port: (server.address() as AddressInfo).port, mails }),
    ),
  );
}

/** The text of a received mail with quoted-printable soft breaks and escapes undone. */
const decoded = (mail: string) =>
  mail
    .replace(/=\r\n/g, "")
    .replace(/=([0-9A-F]{2})/g, (_, h: string) => String.fromCharCode(parseInt(h, 16)));

describe("configuration", () => {
  it("wants a sender with an SMTP server and an smtp(s) URL", () => {
    expect(() => loadConfig({ AIMS_SMTP_URL: "smtp://mail.example.org" })).toThrow(/AIMS_SMTP_FROM/);
    expect(() => loadConfig({ AIMS_SMTP_URL: "http://mail.example.org", AIMS_SMTP_FROM: "a@b.c" })).toThrow(
      /AIMS_SMTP_URL/,
    );
    expect(() => loadConfig({ AIMS_PORTAL_RATE_LIMIT: "0" })).toThrow(/AIMS_PORTAL_RATE_LIMIT/);
    expect(loadConfig({})).toMatchObject({ AIMS_PORTAL_RATE_LIMIT: 120 });
  });
});

describe("with an e-mail server", () => {
  let smtp: Awaited<ReturnType<typeof fakeSmtp>>;
  let t: TestApp;
  let f: Fixture;
  beforeAll(async () => {
    smtp = await fakeSmtp();
    t = await createTestApp({
      AIMS_SMTP_URL: `smtp://127.0.0.1:${smtp.port}`,
      AIMS_SMTP_FROM: "Compliance <aims@example.org>",
      AIMS_PUBLIC_URL: "https://aims.example.org/",
    });
    f = await createFixture(t);
  });
  afterAll(async () => {
    await t?.close();
    smtp?.server.close();
  });

  it("e-mails the invitation with the link and stores it without", async () => {
    const sent = await send(t, f);
    expect(sent.link.url).toBe(`https://aims.example.org/portal#${sent.link.token}`);
    expect(smtp.mails).toHaveLength(1);
    const mail = decoded(smtp.mails[0]!);
    expect(mail).toContain(sent.link.url);
    expect(mail).toMatch(/^To: vera@vendor\.example$/im);
    const [stored] = await t.database.db
      .select()
      .from(outboundMessages)
      .where(eq(outboundMessages.campaignId, sent.campaign.id));
    expect(stored).toMatchObject({ kind: "invitation", status: "sent", error: null });
    expect(stored!.sentAt).not.toBeNull();
    expect(stored!.body).not.toContain(sent.link.token);
    expect(stored!.body).toContain("[link sent separately]");
  });
});

describe("with an e-mail server that is down", () => {
  it("still sends the questionnaire and records the failure on the message", async () => {
    const closed = await fakeSmtp();
    const port = closed.port;
    await new Promise((r) => closed.server.close(r));
    const t = await createTestApp({
      AIMS_SMTP_URL: `smtp://127.0.0.1:${port}`,
      AIMS_SMTP_FROM: "aims@example.org",
    });
    try {
      const f = await createFixture(t);
      const sent = await send(t, f);
      const [stored] = await t.database.db
        .select()
        .from(outboundMessages)
        .where(eq(outboundMessages.campaignId, sent.campaign.id));
      expect(stored!.status).toBe("failed");
      expect(stored!.error).toMatch(/ECONNREFUSED|connect/i);
      const d = await t.app.inject({
        url: `/api/v1/vendor-campaigns/${sent.campaign.id}`,
        headers: bearer(t.tokens.viewer),
      });
      expect(d.json().messages[0]).toMatchObject({ status: "failed" });
    } finally {
      await t.close();
    }
  });
});

describe("reminders", () => {
  let t: TestApp;
  let f: Fixture;
  beforeAll(async () => {
    t = await createTestApp();
    f = await createFixture(t);
  });
  afterAll(async () => t?.close());

  it("remind the contact and the sender once per due date, 3 days before it, while not submitted", async () => {
    const soon = await send(t, f, "contributor", { dueOn: inDays(2) });
    const later = await send(t, f, "contributor", { dueOn: inDays(10) });
    const revoked = await send(t, f, "contributor", { dueOn: inDays(1) });
    await t.app.inject({
      method: "POST",
      url: `/api/v1/vendor-campaigns/${revoked.campaign.id}/revoke`,
      headers: bearer(t.tokens.manager),
      payload: { version: revoked.campaign.version },
    });
    const mails: OutgoingMail[] = [];
    const mailer = { send: async (m: OutgoingMail) => void mails.push(m) };

    expect(await sendCampaignReminders(t.database.db, { mailer })).toBe(1);
    expect(await sendCampaignReminders(t.database.db, { mailer })).toBe(0);
    expect(mails).toHaveLength(1);
    expect(mails[0]).toMatchObject({
      to: "vera@vendor.example",
      subject: expect.stringContaining(soon.campaign.key),
    });
    expect(mails[0]!.text).not.toContain(soon.link.token);
    const stored = await t.database.db
      .select()
      .from(outboundMessages)
      .where(and(eq(outboundMessages.campaignId, soon.campaign.id), eq(outboundMessages.kind, "reminder")));
    expect(stored).toHaveLength(1);
    expect(stored[0]!.status).toBe("sent");
    const told = await t.database.db
      .select()
      .from(notifications)
      .where(
        and(
          eq(notifications.userId, t.users.contributor.id),
          eq(notifications.kind, "vendor_campaign.due_soon"),
        ),
      );
    expect(told.map((n) => n.link)).toEqual([`/vendors/campaigns/${soon.campaign.id}`]);
    const [row] = await t.database.db
      .select()
      .from(vendorCampaigns)
      .where(eq(vendorCampaigns.id, soon.campaign.id));
    expect(row!.reminderSentFor).toBe(inDays(2));

    // A new due date re-arms the reminder; a submitted questionnaire is not chased.
    const moved = await t.app.inject({
      method: "POST",
      url: `/api/v1/vendor-campaigns/${later.campaign.id}/extend`,
      headers: bearer(t.tokens.contributor),
      payload: { version: later.campaign.version, dueOn: inDays(3) },
    });
    expect(moved.statusCode, moved.body).toBe(200);
    const done = await send(t, f, "contributor", { dueOn: inDays(1) });
    await portal(t, done.link.token, "PUT", "answers", {
      answers: { iso: "no", policy: "x", retention: "30d" },
    });
    expect((await portal(t, done.link.token, "POST", "submit")).statusCode).toBe(200);
    expect(await sendCampaignReminders(t.database.db, { mailer: null })).toBe(1);
    const manual = await t.database.db
      .select()
      .from(outboundMessages)
      .where(and(eq(outboundMessages.campaignId, later.campaign.id), eq(outboundMessages.kind, "reminder")));
    expect(manual.map((m) => m.status)).toEqual(["manual"]);
  });
});
