/**
 * Issue 7's "done when", in a real browser against a real server: an administrator sends a
 * questionnaire to a vendor contact from "Sent questionnaires" and copies the link shown once; the
 * vendor opens it in a fresh browser with no account, answers, uploads a PDF, saves, reloads (the
 * answers stay) and submits; the reviewer scores the free answers and accepts; the vendor's rating
 * changes, the answers and the file become evidence on the vendor, a risk is started; the link then
 * no longer opens, and its token never opened anything else in the API. Needs `npm run build`
 * first; screenshots go to e2e/screenshots/, /tmp/portal.png and /tmp/campaign-review.png.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Page, Request } from "playwright-core";
import { PORTAL_LINK_HEADER } from "@openaims/core";
import { expectPath, shot, startWithAdmin } from "./page-helpers";
import {
  ADMIN,
  apiOf,
  CERT,
  choose,
  CONTACT,
  INCIDENT,
  PDF,
  saveState,
  seedVendorQuestionnaire,
  textbox,
  type Call,
} from "./portal-helpers";
import { launchBrowser, type Browser, type RunningServer } from "./server-harness";

let server: RunningServer;
let browser: Browser;
let page: Page;
let call: Call;
let vendorBrowser: Browser;
let vendorPage: Page;
let vendorId = "";
let campaignId = "";
let link = "";
let token = "";
const portalRequests: Request[] = [];

const saved = () => saveState(vendorPage);
const pendingScores = () => page.getByTestId("pending-scores").getAttribute("data-pending");

beforeAll(async () => {
  ({ server, browser, page } = await startWithAdmin(ADMIN));
  call = apiOf(page, server.baseUrl);
  ({ vendorId } = await seedVendorQuestionnaire(call));
}, 120_000);

afterAll(async () => {
  await vendorBrowser?.close();
  await browser?.close();
  await server?.stop();
}, 60_000);

describe("a vendor answers a questionnaire through its link", () => {
  it("sends the questionnaire from Sent questionnaires and shows the link once", async () => {
    await page.goto(`${server.baseUrl}/vendors/campaigns`);
    await page.getByText("No questionnaire sent yet.").waitFor();
    await page.getByRole("button", { name: "Send a questionnaire" }).click();
    const dialog = page.getByRole("dialog");
    await choose(dialog, "Vendor", /Acme Models/);
    await choose(dialog, "Questionnaire", /Model API vendors/);
    await expect
      .poll(() =>
        dialog
          .getByRole("textbox", { name: "Contact" })
          .or(dialog.getByRole("combobox", { name: "Contact" }))
          .first()
          .inputValue(),
      )
      .toContain(CONTACT.email);
    await dialog
      .getByRole("textbox", { name: "Message to the contact (optional)" })
      .fill("Thanks for your help!");
    await dialog.getByRole("button", { name: "Send questionnaire" }).click();
    await dialog.getByTestId("campaign-link").waitFor();
    const shown = (await dialog.getByTestId("campaign-link").textContent())!.trim();
    token = shown.split("#")[1]!;
    // Without AIMS_PUBLIC_URL the link names the port the server listens on (here one it picked).
    expect(shown).toBe(`${server.baseUrl}/portal#${token}`);
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    link = shown;
    expect(await dialog.getByTestId("link-once").textContent()).toContain(`send it only to ${CONTACT.email}`);
    // The test server has no e-mail server: the invitation is to be forwarded by hand.
    expect(await dialog.getByTestId("invitation-status").getAttribute("data-status")).toBe("manual");
    await shot(page, "vendor-portal-01-link-once", false);
    await dialog.getByRole("button", { name: "I have copied the link" }).click();
    await dialog.waitFor({ state: "detached" });

    const row = page.locator('[data-testid^="campaign-row-VQ-"]').first();
    await expect.poll(() => row.getByTestId("campaign-status").getAttribute("data-status")).toBe("sent");
    await expect.poll(() => page.getByTestId("campaign-count-sent").getAttribute("data-count")).toBe("1");
    const list = await call<{ items: { id: string }[] }>("GET", "/api/v1/vendor-campaigns");
    campaignId = list.items[0]!.id;
  }, 90_000);

  it("lets the vendor answer, upload a file and save with no account; a reload keeps it all", async () => {
    vendorBrowser = await launchBrowser();
    vendorPage = vendorBrowser.context.pages()[0] ?? (await vendorBrowser.context.newPage());
    expect(await vendorBrowser.context.cookies()).toEqual([]);
    vendorPage.on("request", (r) => {
      if (new URL(r.url()).pathname.startsWith("/api/")) portalRequests.push(r);
    });
    await vendorPage.goto(link);
    await vendorPage.getByTestId("portal-intro").waitFor();
    // The token leaves the address bar at once.
    expect(new URL(vendorPage.url()).hash).toBe("");
    expect(await vendorPage.getByTestId("portal-organization").textContent()).toBeTruthy();
    expect(await vendorPage.getByTestId("portal-intro").textContent()).toContain(
      "Questionnaire for Acme Models",
    );
    await vendorPage.getByTestId("portal-due").waitFor();

    await vendorPage.getByRole("radio", { name: "Yes", exact: true }).check({ force: true });
    await vendorPage.getByTestId("upload-cert").setInputFiles({
      name: "iso42001-certificate.pdf",
      mimeType: "application/pdf",
      buffer: PDF,
    });
    await expect
      .poll(() => vendorPage.getByTestId("files-cert").textContent())
      .toContain("iso42001-certificate.pdf");
    await expect.poll(saved, { timeout: 15_000 }).toBe("saved");

    // Submitting with a required answer missing names it and submits nothing.
    await vendorPage.getByRole("button", { name: "Submit for review" }).click();
    await vendorPage.getByRole("dialog").getByRole("button", { name: "Submit answers" }).click();
    await expect.poll(() => vendorPage.getByTestId("submit-missing").textContent()).toContain(INCIDENT);

    const incident = textbox(vendorPage, INCIDENT);
    await incident.fill("We e-mail your security team within 24 hours and follow up in writing.");
    await vendorPage.getByRole("button", { name: "Save progress" }).click();
    await expect.poll(saved, { timeout: 15_000 }).toBe("saved");

    await vendorPage.reload();
    await vendorPage.getByTestId("portal-intro").waitFor();
    await expect.poll(() => incident.inputValue()).toContain("within 24 hours");
    expect(await vendorPage.getByRole("radio", { name: "Yes", exact: true }).isChecked()).toBe(true);
    expect(await vendorPage.getByTestId("files-cert").textContent()).toContain("iso42001-certificate.pdf");
    await shot(vendorPage, "vendor-portal-02-answering");
    await vendorPage.screenshot({ path: "/tmp/portal.png", fullPage: true });

    // While the link works, its token opens nothing but the portal.
    for (const path of ["/api/v1/vendors", "/api/v1/ai-systems", `/api/v1/vendor-campaigns/${campaignId}`]) {
      const res = await vendorPage.request.get(`${server.baseUrl}${path}`, {
        headers: { [PORTAL_LINK_HEADER]: token },
      });
      expect(res.status(), path).toBe(401);
    }
  }, 120_000);

  it("submits; the vendor sees a thank-you page and the answers read-only", async () => {
    await vendorPage.getByRole("button", { name: "Submit for review" }).click();
    await vendorPage.getByRole("dialog").getByRole("button", { name: "Submit answers" }).click();
    await vendorPage.getByTestId("portal-thanks").waitFor();
    expect(await vendorPage.getByTestId("portal-thanks").textContent()).toContain("Thank you");
    expect(await vendorPage.getByRole("button", { name: "Submit for review" }).count()).toBe(0);
    await shot(vendorPage, "vendor-portal-03-submitted");

    // Every call the portal made carried the link token and no session cookie, and stayed in the portal.
    expect(portalRequests.length).toBeGreaterThan(3);
    for (const r of portalRequests) {
      expect(new URL(r.url()).pathname).toMatch(/^\/api\/v1\/portal\//);
      const headers = await r.allHeaders();
      expect(headers[PORTAL_LINK_HEADER]).toBe(token);
      expect(headers.cookie).toBeUndefined();
    }
  }, 90_000);

  it("lets the reviewer score the free answers and accept; the vendor's rating changes", async () => {
    await page.goto(`${server.baseUrl}/vendors/campaigns/${campaignId}`);
    await expect
      .poll(() => page.getByTestId("campaign-page-status").getAttribute("data-status"))
      .toBe("submitted");
    expect(await page.getByTestId("answer-trains").getByTestId("answer-text").textContent()).toBe("Yes");
    expect(await page.getByTestId("answer-cert").textContent()).toContain("iso42001-certificate.pdf");
    await expect.poll(pendingScores).toBe("2");

    await choose(page, `Your score for: ${INCIDENT}`, "75 %");
    await expect.poll(pendingScores).toBe("1");
    await choose(page, `Your score for: ${CERT}`, "100 %");
    await expect.poll(pendingScores).toBe("0");
    // (2 × 0 + 3 × 0.75 + 1 × 1) ÷ 6 = 54: a high risk with the default bands.
    await expect.poll(() => page.getByTestId("campaign-score").getAttribute("data-score")).toBe("54");
    await shot(page, "vendor-portal-04-review");

    await page.getByRole("button", { name: "Accept…" }).click();
    const dialog = page.getByRole("dialog", { name: /^Accept VQ-/ });
    expect(await dialog.getByTestId("computed-rating").textContent()).toBe("high risk");
    expect(await dialog.getByRole("checkbox", { name: /start a risk/ }).isChecked()).toBe(true);
    await dialog
      .getByRole("textbox", { name: "Review note (optional)" })
      .fill("Certificate checked; no training on our data asked.");
    await dialog.getByRole("button", { name: "Accept and rate the vendor" }).click();
    await dialog.waitFor({ state: "detached" });
    await page.getByTestId("review-outcome").waitFor();
    await expect
      .poll(() => page.getByTestId("campaign-page-status").getAttribute("data-status"))
      .toBe("reviewed");
    expect(await page.getByTestId("review-evidence").getByRole("link").count()).toBe(2);
    await page.getByTestId("review-risk").waitFor();
    await shot(page, "vendor-portal-05-accepted");
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: "/tmp/campaign-review.png", fullPage: true });

    const vendor = await call<{ riskRating: string | null; lastScore: number | null }>(
      "GET",
      `/api/v1/vendors/${vendorId}`,
    );
    expect(vendor).toMatchObject({ riskRating: "high", lastScore: 54 });
    const history = await call<{ items: { rating: string; source: string; campaignId: string | null }[] }>(
      "GET",
      `/api/v1/vendors/${vendorId}/rating-history`,
    );
    expect(history.items[0]).toMatchObject({ rating: "high", source: "questionnaire", campaignId });
    const evidence = await call<{ total: number }>(
      "GET",
      `/api/v1/evidence?targetType=vendor&targetId=${vendorId}`,
    );
    expect(evidence.total).toBe(2);
  }, 120_000);

  it("no longer opens the questionnaire through the same link; the token opens nothing", async () => {
    // Opened again from the e-mail (a new tab) and pasted into the tab still open: refused both times.
    const again = await vendorBrowser.context.newPage();
    await again.goto(link);
    await again.getByRole("heading", { name: "This link is no longer valid" }).waitFor();
    await vendorPage.goto(link);
    await vendorPage.getByRole("heading", { name: "This link is no longer valid" }).waitFor();
    expect(await vendorPage.getByTestId("portal-notice").textContent()).not.toMatch(
      /revoked_at|campaign_id|VQ-/,
    );
    await shot(vendorPage, "vendor-portal-06-link-closed");
    for (const path of ["/api/v1/portal/questionnaire", "/api/v1/vendors", "/api/v1/ai-systems"]) {
      const res = await vendorPage.request.get(`${server.baseUrl}${path}`, {
        headers: { [PORTAL_LINK_HEADER]: token },
      });
      expect(res.status(), path).toBe(401);
    }
    await page.goto(`${server.baseUrl}/vendors/campaigns`);
    await expectPath(page, "/vendors/campaigns");
    await expect.poll(() => page.getByTestId("campaign-count-reviewed").getAttribute("data-count")).toBe("1");
  }, 60_000);
});
