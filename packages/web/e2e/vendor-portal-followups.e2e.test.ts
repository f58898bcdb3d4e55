/**
 * Issue 7's other paths, in a real browser against a real server (the happy path is in
 * vendor-portal.e2e.test.ts): the reviewer asks a follow-up question about one answer, the link
 * opens again with only that answer editable, the vendor answers and resubmits, the reviewer sees it;
 * the link is reissued (the old one stops, the new one is shown once), another questionnaire's link
 * is extended and revoked; and a server with a low AIMS_PORTAL_RATE_LIMIT shows "too many requests"
 * without losing what the vendor typed. Needs `npm run build` first; screenshots go to e2e/screenshots/.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Locator, Page } from "playwright-core";
import { shot, startWithAdmin } from "./page-helpers";
import { launchBrowser, startServer, type Browser, type RunningServer } from "./server-harness";

const ADMIN = { name: "Ines Admin", email: "ines@example.org", password: "correct horse battery staple" };
const CONTACT = { name: "Vera Vendor", email: "vera@acme-models.example" };
const TRAINS = "Do you train models on our data?";
const INCIDENT = "How do you tell us about an incident?";
const CERT = "Upload your ISO/IEC 42001 certificate";
const FOLLOW = "Within how many hours at the latest, and to whom exactly?";
const FIRST_ANSWER = "We e-mail your security team quickly.";
const SECOND_ANSWER = "We e-mail your named security contact within 24 hours and follow up in writing.";
const FOLLOW_ANSWER = "24 hours at the latest, to the contact you name in the contract.";
const PDF = Buffer.from("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n");

type Sent = { id: string; key: string; link: string };
type Detail = {
  status: string;
  linkState: string;
  linkExpiresAt: string;
  version: number;
  followUps: { id: string; questionId: string | null; answer: string | null }[];
  scoring: { overrides: Record<string, number>; pending: number };
};
type Call = <T = { id: string; version: number }>(
  method: "GET" | "POST" | "PUT",
  path: string,
  data?: object,
) => Promise<T>;

let server: RunningServer;
let browser: Browser;
let page: Page;
let vendorBrowser: Browser;
let vendorPage: Page;
let call: Call;
let first: Sent;
let second: Sent;
let reissued = "";

/** Calls the API of `baseUrl` with the session of the administrator signed in on `p` (CSRF token on writes). */
function apiOf(p: Page, baseUrl: string): Call {
  return async <T>(method: "GET" | "POST" | "PUT", path: string, data?: object) => {
    const me = (await (await p.request.get(`${baseUrl}/api/v1/auth/me`)).json()) as { csrfToken: string };
    const res = await p.request.fetch(`${baseUrl}${path}`, {
      method,
      headers: method === "GET" ? {} : { "x-csrf-token": me.csrfToken },
      ...(data ? { data } : {}),
    });
    expect(res.status(), `${method} ${path}: ${await res.text()}`).toBeLessThan(300);
    return (await res.json()) as T;
  };
}

/** A YYYY-MM-DD day `days` from today (UTC). */
const dayAfter = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

/** A vendor with a contact and an AI system, and a published three-question template. */
async function seed(api: Call) {
  const system = await api("POST", "/api/v1/ai-systems", {
    name: "Claims assistant",
    lifecycleStage: "deployed",
  });
  const vendor = await api("POST", "/api/v1/vendors", { name: "Acme Models", criticality: "high" });
  const withContact = await api<{ contacts: { id: string }[] }>(
    "POST",
    `/api/v1/vendors/${vendor.id}/contacts`,
    {
      ...CONTACT,
      isPrimary: true,
    },
  );
  await api("PUT", `/api/v1/vendors/${vendor.id}/ai-systems/${system.id}`, { component: "Hosted model API" });
  const yesNo = [
    { id: "yes", label: "Yes", score: 0 },
    { id: "no", label: "No", score: 10 },
  ];
  const template = await api("POST", "/api/v1/questionnaire-templates", {
    name: "Model API vendors",
    content: {
      sections: [
        {
          id: "data",
          title: "Data use",
          questions: [
            { id: "trains", text: TRAINS, type: "yes_no", required: true, weight: 2, options: yesNo },
            { id: "incident", text: INCIDENT, type: "text", required: true, weight: 3 },
          ],
        },
        {
          id: "certs",
          title: "Certifications",
          questions: [{ id: "cert", text: CERT, type: "file", weight: 1 }],
        },
      ],
    },
  });
  await api("POST", `/api/v1/questionnaire-templates/${template.id}/publish`, { version: template.version });
  return { vendorId: vendor.id, contactId: withContact.contacts[0]!.id, templateId: template.id };
}

/** Sends the template through the API; the link comes back once. */
async function send(api: Call, ids: Awaited<ReturnType<typeof seed>>): Promise<Sent> {
  const created = await api<{ campaign: { id: string; key: string }; link: { url: string } }>(
    "POST",
    "/api/v1/vendor-campaigns",
    { ...ids, dueOn: dayAfter(21) },
  );
  return { id: created.campaign.id, key: created.campaign.key, link: created.link.url };
}

/** Opens a questionnaire link in a new tab of the vendor's browser (as from the e-mail), closing the last one. */
async function openLink(link: string): Promise<Page> {
  const fresh = await vendorBrowser.context.newPage();
  await vendorPage?.close();
  vendorPage = fresh;
  await fresh.goto(link);
  return fresh;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");
const textbox = (p: Page, label: string) => p.getByRole("textbox", { name: new RegExp(`^${escape(label)}`) });
const saveState = () => vendorPage.getByTestId("save-state").getAttribute("data-state");
const status = () => page.getByTestId("campaign-page-status").getAttribute("data-status");
const linkState = () => page.getByTestId("campaign-link-state").getAttribute("data-state");
/** The value under a label of the campaign's summary ("Link works until"). */
const fact = (label: string) =>
  page
    .getByTestId("campaign-summary")
    .getByText(label, { exact: true })
    .locator("xpath=following-sibling::*[1]");

/** Picks an option of a Mantine select found by its label inside `scope`. */
async function choose(scope: Page | Locator, label: string | RegExp, option: string | RegExp) {
  await scope
    .getByRole("textbox", { name: label })
    .or(scope.getByRole("combobox", { name: label }))
    .first()
    .click();
  await page.getByRole("option", { name: option }).first().click();
}

async function submitInPortal() {
  await vendorPage.getByRole("button", { name: "Submit for review" }).click();
  await vendorPage.getByRole("dialog").getByRole("button", { name: "Submit answers" }).click();
  await vendorPage.getByTestId("portal-thanks").waitFor();
}

beforeAll(async () => {
  ({ server, browser, page } = await startWithAdmin(ADMIN));
  call = apiOf(page, server.baseUrl);
  const ids = await seed(call);
  first = await send(call, ids);
  second = await send(call, ids);
  expect(first.link).toMatch(new RegExp(`^${escape(server.baseUrl)}/portal#[A-Za-z0-9_-]{43}$`));
  vendorBrowser = await launchBrowser();
}, 120_000);

afterAll(async () => {
  await vendorBrowser?.close();
  await browser?.close();
  await server?.stop();
}, 60_000);

describe("follow-up questions, reissued, extended and revoked links", () => {
  it("lets the vendor answer and submit with no account", async () => {
    expect(await vendorBrowser.context.cookies()).toEqual([]);
    await openLink(first.link);
    await vendorPage.getByTestId("portal-intro").waitFor();
    await vendorPage.getByRole("radio", { name: "Yes", exact: true }).check({ force: true });
    await textbox(vendorPage, INCIDENT).fill(FIRST_ANSWER);
    await vendorPage.getByTestId("upload-cert").setInputFiles({
      name: "iso42001-certificate.pdf",
      mimeType: "application/pdf",
      buffer: PDF,
    });
    await expect
      .poll(() => vendorPage.getByTestId("files-cert").textContent())
      .toContain("iso42001-certificate.pdf");
    await expect.poll(saveState, { timeout: 15_000 }).toBe("saved");
    await submitInPortal();
    expect(await vendorPage.getByTestId("portal-thanks").textContent()).toContain("Thank you");
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
      name: new RegExp(`^Follow-up: ${escape(FOLLOW)}`),
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
    await expect.poll(saveState, { timeout: 15_000 }).toBe("saved");
    await shot(vendorPage, "vendor-portal-followups-03-portal-answered");
    await submitInPortal();
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

  it("reissues the link: the new one is shown once, the old one no longer opens", async () => {
    await page.getByRole("button", { name: "Reissue link…" }).click();
    const confirm = page.getByRole("dialog", { name: `A new link for ${first.key}?` });
    await confirm.getByRole("button", { name: "Reissue link" }).click();
    const shown = page.getByRole("dialog", { name: "New link" });
    await shown.getByTestId("campaign-link").waitFor();
    reissued = (await shown.getByTestId("campaign-link").textContent())!.trim();
    expect(reissued).toMatch(new RegExp(`^${escape(server.baseUrl)}/portal#[A-Za-z0-9_-]{43}$`));
    expect(reissued).not.toBe(first.link);
    expect(await shown.getByTestId("link-once").textContent()).toContain(`send it only to ${CONTACT.email}`);
    await shot(page, "vendor-portal-followups-05-reissued", false);
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
    expect(await textbox(vendorPage, INCIDENT).inputValue()).toBe(SECOND_ANSWER);
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
    await shot(vendorPage, "vendor-portal-followups-06-revoked");
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
    const sent = await send(api, await seed(api));

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
      await expect.poll(saveState, { timeout: 15_000 }).toMatch(/^(saved|error)$/);
    }
    expect(refusals.length).toBe(1);
    expect(await saveState()).toBe("error");
    expect(await vendorPage.getByTestId("save-state").textContent()).toMatch(/too many requests/i);
    // What the vendor typed stays on the page, to be saved once the minute is over.
    expect(await incident.inputValue()).toBe("Draft 3");
    expect(await vendorPage.getByRole("button", { name: "Save progress" }).isEnabled()).toBe(true);
    await shot(vendorPage, "vendor-portal-followups-07-save-refused");

    // Opening the questionnaire again within the minute: the portal asks to wait.
    await vendorPage.reload();
    await vendorPage.getByRole("heading", { name: "Too many requests" }).waitFor();
    expect(await vendorPage.getByTestId("portal-notice").textContent()).toContain("Wait a minute");
    await shot(vendorPage, "vendor-portal-followups-08-too-many-requests");
    const detail = await api<{ answers: { questionId: string; value: unknown }[] }>(
      "GET",
      `/api/v1/vendor-campaigns/${sent.id}`,
    );
    expect(detail.answers.find((a) => a.questionId === "incident")?.value).toBe("Draft 2");
  }, 120_000);
});
