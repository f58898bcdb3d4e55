/**
 * Issue 7's follow-up path, in a real browser against a real server (the happy path is in
 * vendor-portal.e2e.test.ts, reissued, extended and revoked links and the rate limit in
 * vendor-portal-links.e2e.test.ts): the reviewer asks a follow-up question about one answer, the
 * link opens again with only that answer editable, the vendor answers and resubmits, the reviewer
 * sees it. Needs `npm run build` first; screenshots go to e2e/screenshots/.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { shot, startWithAdmin } from "./page-helpers";
import {
  ADMIN,
  answerAndSubmit,
  apiOf,
  CERT,
  choose,
  escapeRegExp,
  INCIDENT,
  openInNewTab,
  saveState,
  seedVendorQuestionnaire,
  sendQuestionnaire,
  submitInPortal,
  textbox,
  TRAINS,
  type Call,
  type Sent,
} from "./portal-helpers";
import { launchBrowser, type Browser, type RunningServer } from "./server-harness";

const FOLLOW = "Within how many hours at the latest, and to whom exactly?";
const FIRST_ANSWER = "We e-mail your security team quickly.";
const SECOND_ANSWER = "We e-mail your named security contact within 24 hours and follow up in writing.";
const FOLLOW_ANSWER = "24 hours at the latest, to the contact you name in the contract.";

type Detail = {
  status: string;
  linkState: string;
  followUps: { id: string; questionId: string | null; answer: string | null }[];
};

let server: RunningServer;
let browser: Browser;
let page: Page;
let vendorBrowser: Browser;
let vendorPage: Page;
let call: Call;
let first: Sent;

async function openLink(link: string) {
  vendorPage = await openInNewTab(vendorBrowser, vendorPage, link);
}
const saved = () => saveState(vendorPage);
const status = () => page.getByTestId("campaign-page-status").getAttribute("data-status");
const linkState = () => page.getByTestId("campaign-link-state").getAttribute("data-state");

beforeAll(async () => {
  ({ server, browser, page } = await startWithAdmin(ADMIN));
  call = apiOf(page, server.baseUrl);
  first = await sendQuestionnaire(call, await seedVendorQuestionnaire(call));
  vendorBrowser = await launchBrowser();
}, 120_000);

afterAll(async () => {
  await vendorBrowser?.close();
  await browser?.close();
  await server?.stop();
}, 60_000);

describe("follow-up questions", () => {
  it("lets the vendor answer and submit with no account", async () => {
    expect(await vendorBrowser.context.cookies()).toEqual([]);
    await openLink(first.link);
    await answerAndSubmit(vendorPage, FIRST_ANSWER);
  }, 90_000);

  it("asks a follow-up question about the text answer: status follow-up, link active again", async () => {
    await page.goto(`${server.baseUrl}/vendors/campaigns/${first.id}`);
    await expect.poll(status).toBe("submitted");
    await expect.poll(linkState).toBe("read_only");
    // Both scores first: the follow-up reopens the text answer, which must lose its score; the file keeps it.
    await choose(page, `Your score for: ${INCIDENT}`, "25 %");
    await expect.poll(() => page.getByTestId("answer-incident").getAttribute("data-source")).toBe("reviewer");
    await choose(page, `Your score for: ${CERT}`, "100 %");
    await expect.poll(() => page.getByTestId("answer-cert").getAttribute("data-source")).toBe("reviewer");

    await page.getByRole("button", { name: "Ask follow-up questions…" }).click();
    const dialog = page.getByRole("dialog", { name: "Ask follow-up questions" });
    // Asking nothing is refused on the empty question and sends nothing.
    const question = dialog.getByRole("textbox", { name: /^Follow-up question 1/ });
    await dialog.getByRole("button", { name: "Ask the vendor" }).click();
    await dialog.getByText("Write the question to ask").waitFor();
    expect(await question.getAttribute("aria-invalid")).toBe("true");
    expect((await call<Detail>("GET", `/api/v1/vendor-campaigns/${first.id}`)).followUps).toEqual([]);

    await choose(dialog, "About (question 1)", INCIDENT);
    await question.fill(FOLLOW);
    expect(await dialog.getByText("Write the question to ask").count()).toBe(0);
    await dialog.getByRole("button", { name: "Ask the vendor" }).click();
    await dialog.waitFor({ state: "detached" });
    await expect.poll(status).toBe("follow_up");
    await expect.poll(linkState).toBe("active");
    const item = page.locator('[data-testid^="follow-up-"]');
    expect(await item.count()).toBe(1);
    expect(await item.getAttribute("data-answered")).toBe("false");
    expect(await item.textContent()).toContain(FOLLOW);
    expect(await item.textContent()).toContain(`About: ${INCIDENT}`);
    expect(await item.textContent()).toContain("Waiting for the vendor");
    // While the vendor answers, there is nothing to accept or ask.
    expect(await page.getByRole("button", { name: "Accept…" }).count()).toBe(0);
    expect(await page.getByRole("button", { name: "Ask follow-up questions…" }).count()).toBe(0);
    await shot(page, "vendor-portal-followups-01-review-asked");

    const detail = await call<Detail>("GET", `/api/v1/vendor-campaigns/${first.id}`);
    expect(detail).toMatchObject({ status: "follow_up", linkState: "active" });
    expect(detail.followUps).toEqual([expect.objectContaining({ questionId: "incident", answer: null })]);
  }, 90_000);

  it("opens the same link again: only the text answer may change; the vendor answers and resubmits", async () => {
    await openLink(first.link);
    const followUp = vendorPage.locator('[data-testid^="portal-follow-up-"]');
    await followUp.waitFor();
    expect(await followUp.textContent()).toContain(`About your answer to “${INCIDENT}”`);
    const followUpBox = vendorPage.getByRole("textbox", {
      name: new RegExp(`^Follow-up: ${escapeRegExp(FOLLOW)}`),
    });
    expect(await followUpBox.isEditable()).toBe(true);

    // The text question reopened; the yes/no answer, its comment and the file stay as submitted.
    const incident = textbox(vendorPage, INCIDENT);
    expect(await incident.inputValue()).toBe(FIRST_ANSWER);
    expect(await incident.isEditable()).toBe(true);
    const yes = vendorPage.getByRole("radio", { name: "Yes", exact: true });
    const no = vendorPage.getByRole("radio", { name: "No", exact: true });
    expect(await yes.isChecked()).toBe(true);
    expect(await no.isDisabled()).toBe(true);
    await no.click({ force: true });
    expect(await yes.isChecked()).toBe(true);
    expect(await no.isChecked()).toBe(false);
    // A question that cannot change and has no comment shows no comment box at all.
    expect(await vendorPage.getByRole("textbox", { name: `Comment on: ${TRAINS}` }).count()).toBe(0);
    expect(await vendorPage.getByRole("textbox", { name: `Comment on: ${INCIDENT}` }).isEditable()).toBe(
      true,
    );
    expect(await vendorPage.getByTestId("upload-cert").count()).toBe(0);
    expect(await vendorPage.getByTestId("files-cert").textContent()).toContain("iso42001-certificate.pdf");
    expect(await vendorPage.getByTestId("form-section-data").textContent()).toContain(
      "Submitted; not open for changes.",
    );
    await vendorPage.getByTestId("reopened-incident").waitFor();
    expect(await vendorPage.locator('[data-testid^="reopened-"]').count()).toBe(1);
    await shot(vendorPage, "vendor-portal-followups-02-portal-follow-up");

    // Resubmitting with the follow-up unanswered is refused and points at it.
    await vendorPage.getByRole("button", { name: "Submit for review" }).click();
    await vendorPage.getByRole("dialog").getByRole("button", { name: "Submit answers" }).click();
    await expect
      .poll(() => vendorPage.getByTestId("submit-missing").textContent())
      .toContain("follow-up questions");

    await followUpBox.fill(FOLLOW_ANSWER);
    await followUp.getByRole("button", { name: "Save answer" }).click();
    await followUp.getByRole("button", { name: "Update answer" }).waitFor();
    expect(await followUp.textContent()).toMatch(/Saved /);
    await incident.fill(SECOND_ANSWER);
    await expect.poll(saved, { timeout: 15_000 }).toBe("saved");
    await shot(vendorPage, "vendor-portal-followups-03-portal-answered");
    await submitInPortal(vendorPage);
    expect(await vendorPage.getByTestId("portal-thanks").textContent()).toContain("Thank you");
    // Read-only again, the follow-up and its answer shown.
    expect(await vendorPage.getByTestId("portal-thanks").textContent()).not.toContain("Read only");
    expect(await vendorPage.locator('[data-testid^="portal-follow-up-"]').textContent()).toContain(
      FOLLOW_ANSWER,
    );
    expect(await textbox(vendorPage, INCIDENT).inputValue()).toBe(SECOND_ANSWER);
    expect(await textbox(vendorPage, INCIDENT).isEditable()).toBe(false);
  }, 120_000);

  it("shows the reviewer the follow-up answer and the changed answer, which lost its score", async () => {
    await page.reload();
    await expect.poll(status).toBe("submitted");
    await expect.poll(linkState).toBe("read_only");
    const item = page.locator('[data-testid^="follow-up-"]');
    expect(await item.getAttribute("data-answered")).toBe("true");
    expect(await item.textContent()).toContain(FOLLOW_ANSWER);
    expect(await item.textContent()).toContain("Answered");
    expect(await page.getByTestId("answer-incident").getByTestId("answer-text").textContent()).toBe(
      SECOND_ANSWER,
    );
    expect(await page.getByTestId("answer-incident").getAttribute("data-source")).toBe("pending");
    expect(await page.getByTestId("answer-cert").getAttribute("data-source")).toBe("reviewer");
    expect(await page.getByTestId("pending-scores").getAttribute("data-pending")).toBe("1");
    // Back to reviewing: accept and ask again are offered.
    await page.getByRole("button", { name: "Accept…" }).waitFor();
    await page.getByRole("button", { name: "Ask follow-up questions…" }).waitFor();
    await shot(page, "vendor-portal-followups-04-review-answered");
  }, 60_000);
});
