/**
 * Issue 7's link paths, in a real browser against a real server (the happy path is in
 * vendor-portal.e2e.test.ts, follow-up questions in vendor-portal-followups.e2e.test.ts): a
 * submitted questionnaire's link is reissued (the old one stops, the new one is shown once),
 * another questionnaire's link is extended and revoked; and a server with a low
 * AIMS_PORTAL_RATE_LIMIT shows "too many requests" without losing what the vendor typed.
 * Needs `npm run build` first; screenshots go to e2e/screenshots/.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { shot, startWithAdmin } from "./page-helpers";
import {
  ADMIN,
  answerAndSubmit,
  apiOf,
  CONTACT,
  dayAfter,
  escapeRegExp,
  INCIDENT,
  openInNewTab,
  saveState,
  seedVendorQuestionnaire,
  sendQuestionnaire,
  textbox,
  type Call,
  type Sent,
} from "./portal-helpers";
import { launchBrowser, startServer, type Browser, type RunningServer } from "./server-harness";

const SUBMITTED_ANSWER = "We e-mail your named security contact within 24 hours and follow up in writing.";

type Detail = { status: string; linkExpiresAt: string; version: number };

let server: RunningServer;
let browser: Browser;
let page: Page;
let vendorBrowser: Browser;
let vendorPage: Page;
let call: Call;
let first: Sent;
let second: Sent;
let reissued = "";

async function openLink(link: string) {
  vendorPage = await openInNewTab(vendorBrowser, vendorPage, link);
}
const saved = () => saveState(vendorPage);
const status = () => page.getByTestId("campaign-page-status").getAttribute("data-status");
const linkState = () => page.getByTestId("campaign-link-state").getAttribute("data-state");
/** The value under a label of the campaign's summary ("Link works until"). */
const fact = (label: string) =>
  page
    .getByTestId("campaign-summary")
    .getByText(label, { exact: true })
    .locator("xpath=following-sibling::*[1]");

/** Two questionnaires sent to the same contact; the vendor has answered and submitted the first. */
beforeAll(async () => {
  ({ server, browser, page } = await startWithAdmin(ADMIN));
  call = apiOf(page, server.baseUrl);
  const ids = await seedVendorQuestionnaire(call);
  first = await sendQuestionnaire(call, ids);
  second = await sendQuestionnaire(call, ids);
  expect(first.link).toMatch(new RegExp(`^${escapeRegExp(server.baseUrl)}/portal#[A-Za-z0-9_-]{43}$`));
  vendorBrowser = await launchBrowser();
  await openLink(first.link);
  await answerAndSubmit(vendorPage, SUBMITTED_ANSWER);
}, 180_000);

afterAll(async () => {
  await vendorBrowser?.close();
  await browser?.close();
  await server?.stop();
}, 60_000);

describe("reissued, extended and revoked links", () => {
  it("reissues the link: the new one is shown once, the old one no longer opens", async () => {
    await page.goto(`${server.baseUrl}/vendors/campaigns/${first.id}`);
    await expect.poll(status).toBe("submitted");
    await expect.poll(linkState).toBe("read_only");
    await page.getByRole("button", { name: "Reissue link…" }).click();
    const confirm = page.getByRole("dialog", { name: `A new link for ${first.key}?` });
    await confirm.getByRole("button", { name: "Reissue link" }).click();
    const shown = page.getByRole("dialog", { name: "New link" });
    await shown.getByTestId("campaign-link").waitFor();
    reissued = (await shown.getByTestId("campaign-link").textContent())!.trim();
    expect(reissued).toMatch(new RegExp(`^${escapeRegExp(server.baseUrl)}/portal#[A-Za-z0-9_-]{43}$`));
    expect(reissued).not.toBe(first.link);
    expect(await shown.getByTestId("link-once").textContent()).toContain(`send it only to ${CONTACT.email}`);
    await shot(page, "vendor-portal-links-01-reissued", false);
    await shown.getByRole("button", { name: "I have copied the link" }).click();
    await shown.waitFor({ state: "detached" });
    expect(await page.getByTestId("campaign-link").count()).toBe(0);
    // Still waiting for the review, read-only through the new link.
    await expect.poll(status).toBe("submitted");
    await expect.poll(linkState).toBe("read_only");

    await openLink(first.link);
    await vendorPage.getByRole("heading", { name: "This link is no longer valid" }).waitFor();
    await openLink(reissued);
    await vendorPage.getByTestId("portal-thanks").waitFor();
    expect(await vendorPage.getByTestId("portal-intro").textContent()).toContain(first.key);
    expect(await textbox(vendorPage, INCIDENT).inputValue()).toBe(SUBMITTED_ANSWER);
    expect(await textbox(vendorPage, INCIDENT).isEditable()).toBe(false);
    expect(await vendorPage.getByRole("button", { name: "Submit for review" }).count()).toBe(0);
  }, 90_000);

  it("extends another questionnaire's link: the page and the portal show the new end", async () => {
    await page.goto(`${server.baseUrl}/vendors/campaigns/${second.id}`);
    await expect.poll(status).toBe("sent");
    const before = await call<Detail>("GET", `/api/v1/vendor-campaigns/${second.id}`);
    const shownBefore = (await fact("Link works until").textContent())!;
    const until = dayAfter(60);
    expect(before.linkExpiresAt.slice(0, 10)).not.toBe(until);

    await page.getByRole("button", { name: "Extend…" }).click();
    const dialog = page.getByRole("dialog", { name: `Extend ${second.key}` });
    const field = dialog.getByLabel("Link works until (end of day, UTC)");
    expect(await field.inputValue()).toBe(before.linkExpiresAt.slice(0, 10));
    await field.fill(until);
    await dialog.getByRole("button", { name: "Save" }).click();
    await dialog.waitFor({ state: "detached" });
    await expect.poll(() => fact("Link works until").textContent()).not.toBe(shownBefore);
    const shownAfter = (await fact("Link works until").textContent())!;

    const after = await call<Detail>("GET", `/api/v1/vendor-campaigns/${second.id}`);
    expect(after.linkExpiresAt).toBe(`${until}T23:59:59.000Z`);
    expect(after.version).toBeGreaterThan(before.version);
    expect(after.status).toBe("sent");

    await openLink(second.link);
    await vendorPage.getByTestId("portal-intro").waitFor();
    expect(await vendorPage.getByTestId("portal-intro").textContent()).toContain(
      `this link works until ${shownAfter}`,
    );
  }, 90_000);

  it("revokes that link: the portal then shows that the link is no longer valid", async () => {
    await page.reload();
    await expect.poll(status).toBe("opened");
    await page.getByRole("button", { name: "Revoke link…" }).click();
    const confirm = page.getByRole("dialog", { name: `Revoke the link of ${second.key}?` });
    await confirm.getByRole("button", { name: "Revoke link" }).click();
    await confirm.waitFor({ state: "detached" });
    await expect.poll(status).toBe("revoked");
    await expect.poll(linkState).toBe("revoked");
    // Nothing left to do with the link.
    expect(await page.getByTestId("campaign-actions").count()).toBe(0);

    // The tab still open (a reload) and the link opened again both get the same page.
    await vendorPage.reload();
    await vendorPage.getByRole("heading", { name: "This link is no longer valid" }).waitFor();
    await openLink(second.link);
    await vendorPage.getByRole("heading", { name: "This link is no longer valid" }).waitFor();
    expect(await vendorPage.getByTestId("portal-notice").textContent()).not.toMatch(/revoked|VQ-/);
    await shot(vendorPage, "vendor-portal-links-02-revoked");
    // The first questionnaire is untouched.
    expect((await call<Detail>("GET", `/api/v1/vendor-campaigns/${first.id}`)).status).toBe("submitted");
  }, 60_000);
});

describe("a portal over its rate limit", () => {
  let limited: RunningServer | undefined;
  let admin: Browser | undefined;

  afterAll(async () => {
    await admin?.close();
    await limited?.stop();
  }, 60_000);

  it("keeps what the vendor typed when a save is refused, and asks to wait a minute", async () => {
    limited = await startServer({ env: { AIMS_PORTAL_RATE_LIMIT: "3" } });
    admin = await launchBrowser();
    const adminPage = admin.context.pages()[0] ?? (await admin.context.newPage());
    await adminPage.goto(limited.setupLink!);
    await adminPage.getByRole("textbox", { name: "Your name", exact: true }).fill(ADMIN.name);
    await adminPage.getByRole("textbox", { name: "Email", exact: true }).fill(ADMIN.email);
    await adminPage.getByRole("textbox", { name: "Password", exact: true }).fill(ADMIN.password);
    await adminPage.getByRole("textbox", { name: "Confirm password", exact: true }).fill(ADMIN.password);
    await adminPage.getByRole("button", { name: "Create administrator" }).click();
    await adminPage.waitForURL((u) => u.pathname === "/");
    const api = apiOf(adminPage, limited.baseUrl);
    const sent = await sendQuestionnaire(api, await seedVendorQuestionnaire(api));

    const refusals: number[] = [];
    await openLink(sent.link);
    vendorPage.on("response", (r) => {
      if (r.status() === 429) refusals.push(r.status());
    });
    await vendorPage.getByTestId("portal-intro").waitFor(); // request 1
    const incident = textbox(vendorPage, INCIDENT);
    // Each save is one more request; the fourth request in the minute is refused.
    for (let i = 1; i <= 3 && refusals.length === 0; i++) {
      await incident.fill(`Draft ${i}`);
      await vendorPage.getByRole("button", { name: "Save progress" }).click();
      await expect.poll(saved, { timeout: 15_000 }).toMatch(/^(saved|error)$/);
    }
    expect(refusals.length).toBe(1);
    expect(await saved()).toBe("error");
    expect(await vendorPage.getByTestId("save-state").textContent()).toMatch(/too many requests/i);
    // What the vendor typed stays on the page, to be saved once the minute is over.
    expect(await incident.inputValue()).toBe("Draft 3");
    expect(await vendorPage.getByRole("button", { name: "Save progress" }).isEnabled()).toBe(true);
    await shot(vendorPage, "vendor-portal-links-03-save-refused");

    // Opening the questionnaire again within the minute: the portal asks to wait.
    await vendorPage.reload();
    await vendorPage.getByRole("heading", { name: "Too many requests" }).waitFor();
    expect(await vendorPage.getByTestId("portal-notice").textContent()).toContain("Wait a minute");
    await shot(vendorPage, "vendor-portal-links-04-too-many-requests");
    const detail = await api<{ answers: { questionId: string; value: unknown }[] }>(
      "GET",
      `/api/v1/vendor-campaigns/${sent.id}`,
    );
    expect(detail.answers.find((a) => a.questionId === "incident")?.value).toBe("Draft 2");
  }, 120_000);
});
