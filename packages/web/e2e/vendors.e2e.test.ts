/**
 * The vendor register in a real browser against a real server: an administrator registers a critical
 * vendor that receives personal data, sees why it needs attention, adds a contact and an ISO/IEC 27001
 * certificate, links an AI system, rates the vendor by hand with a reason and finds it in the rating
 * history; the AI system's page lists the vendor; two vendors are picked for comparison; a viewer
 * sees the vendor without the actions. Needs `npm run build` first; screenshots go to e2e/screenshots/
 * and /tmp/vendor-page.png.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Locator, Page } from "playwright-core";
import { addDays, utcDay } from "@openaims/core";
import { createUser, expectPath, nav, shot, signIn, startWithAdmin } from "./page-helpers";
import type { Browser, RunningServer } from "./server-harness";

const ADMIN = { name: "Ines Admin", email: "ines@example.org", password: "correct horse battery staple" };
const VIEWER = { name: "Vic Viewer", email: "vic@example.org", password: "a viewer's long passphrase" };
const REASON = "No SOC 2 report yet; the data is encrypted at rest and stays in the EU.";

let server: RunningServer;
let browser: Browser;
let page: Page;
let system: { id: string; key: string };
let vendorUrl = "";

/** Calls the API with the signed-in session (CSRF token on writes). */
async function call<T>(method: "GET" | "POST", path: string, data?: object): Promise<T> {
  const me = (await (await page.request.get(`${server.baseUrl}/api/v1/auth/me`)).json()) as {
    csrfToken: string;
  };
  const res = await page.request.fetch(`${server.baseUrl}${path}`, {
    method,
    headers: method === "GET" ? {} : { "x-csrf-token": me.csrfToken },
    ...(data ? { data } : {}),
  });
  expect(res.status(), await res.text()).toBeLessThan(300);
  return (await res.json()) as T;
}

/** Picks an option of a Mantine select inside `scope` (no Escape: that would close a dialog). */
async function choose(scope: Page | Locator, label: string, option: string) {
  await scope
    .getByRole("textbox", { name: label })
    .or(scope.getByRole("combobox", { name: label }))
    .first()
    .click();
  await page.getByRole("option", { name: option, exact: true }).click();
}

const attention = () => page.getByTestId("vendor-attention-list").textContent();
const rating = () => page.getByTestId("vendor-rating").getAttribute("data-rating");

beforeAll(async () => {
  ({ server, browser, page } = await startWithAdmin(ADMIN));
  await createUser(page, server.baseUrl, VIEWER, "viewer");
  system = await call("POST", "/api/v1/ai-systems", {
    name: "Claims assistant",
    purpose: "Drafts answers to insurance claims",
  });
  await assessedVendor();
}, 120_000);

const yesNo = (id: string, text: string, weight: number) => ({
  id,
  text,
  type: "yes_no",
  required: true,
  weight,
  options: [
    { id: "yes", label: "Yes", score: 10 },
    { id: "no", label: "No", score: 0 },
  ],
});

/**
 * VEN-1 with a reviewed questionnaire, made through the API as a vendor and a reviewer would: a
 * published two-section template sent to its contact, answered through the link, accepted.
 */
async function assessedVendor() {
  const vendor = await call<{ id: string }>("POST", "/api/v1/vendors", { name: "Beta Labelling" });
  const withContact = await call<{ contacts: { id: string }[] }>(
    "POST",
    `/api/v1/vendors/${vendor.id}/contacts`,
    {
      name: "Otto Other",
      email: "otto@beta.example",
    },
  );
  const content = {
    sections: [
      { id: "gov", title: "Governance", questions: [yesNo("policy", "Do you have an AI policy?", 1)] },
      { id: "data", title: "Data handling", questions: [yesNo("eu", "Does our data stay in the EU?", 1)] },
    ],
  };
  const template = await call<{ id: string; version: number }>("POST", "/api/v1/questionnaire-templates", {
    name: "AI vendor questionnaire",
    content,
  });
  await call("POST", `/api/v1/questionnaire-templates/${template.id}/publish`, { version: template.version });
  const sent = await call<{ campaign: { id: string }; link: { token: string } }>(
    "POST",
    "/api/v1/vendor-campaigns",
    {
      vendorId: vendor.id,
      templateId: template.id,
      contactId: withContact.contacts[0]!.id,
      dueOn: addDays(utcDay(), 10),
    },
  );
  const asVendor = { "x-vendor-link": sent.link.token };
  const saved = await page.request.put(`${server.baseUrl}/api/v1/portal/answers`, {
    headers: asVendor,
    data: { answers: { policy: "yes", eu: "no" } },
  });
  expect(saved.status(), await saved.text()).toBe(200);
  const submitted = await page.request.post(`${server.baseUrl}/api/v1/portal/submit`, { headers: asVendor });
  expect(submitted.status(), await submitted.text()).toBe(200);
  const campaign = await call<{ version: number }>("GET", `/api/v1/vendor-campaigns/${sent.campaign.id}`);
  await call("POST", `/api/v1/vendor-campaigns/${sent.campaign.id}/accept`, { version: campaign.version });
}

afterAll(async () => {
  await browser?.close();
  await server?.stop();
}, 60_000);

describe("the vendor register in the browser", () => {
  it("registers a critical vendor receiving personal data and shows why it needs attention", async () => {
    await nav(page, "Vendors").click();
    await expectPath(page, "/vendors/list");
    await page.getByTestId("vendor-row-VEN-1").waitFor();
    await page.getByRole("button", { name: "New vendor" }).click();
    const dialog = page.getByRole("dialog", { name: "New vendor" });
    await dialog.getByRole("textbox", { name: "Name" }).fill("Acme Models");
    await dialog.getByRole("textbox", { name: "Website" }).fill("ftp://acme.example");
    await dialog.getByRole("textbox", { name: "Services" }).fill("Hosted large language model API");
    await choose(dialog, "Criticality", "Critical");
    await choose(dialog, "Data shared", "Personal data");
    await dialog.getByText("The categories of data they receive").click(); // closes the option list
    await dialog.getByRole("button", { name: "Register vendor" }).click();
    // A bad website is refused before anything is sent, next to its field.
    await dialog.getByText("must be an http:// or https:// address").waitFor();
    expect(await dialog.getByRole("textbox", { name: "Website" }).getAttribute("aria-invalid")).toBe("true");
    await dialog.getByRole("textbox", { name: "Website" }).fill("https://acme.example");
    await dialog.getByRole("button", { name: "Register vendor" }).click();
    await expectPath(page, /^\/vendors\/list\/[0-9a-f-]{36}$/);
    vendorUrl = new URL(page.url()).pathname;
    await expect.poll(() => page.getByRole("heading", { name: "VEN-2 Acme Models" }).count()).toBe(1);
    await expect.poll(rating).toBe("none");
    const reasons = await attention();
    expect(reasons).toContain("no contact person");
    expect(reasons).toContain("critical vendor without a risk rating");
    expect(reasons).toContain("personal data is shared");
  }, 90_000);

  it("adds a primary contact and an ISO/IEC 27001 certificate; their reasons go away", async () => {
    await page.getByRole("button", { name: "Add contact" }).click();
    const contact = page.getByRole("dialog", { name: "Add a contact" });
    await contact.getByRole("textbox", { name: "Name" }).fill("Dana Vendor");
    await contact.getByRole("textbox", { name: "Email" }).fill("dana@acme.example");
    await contact.getByRole("textbox", { name: "Job title" }).fill("Head of trust");
    await contact.getByRole("button", { name: "Add contact" }).click();
    await contact.waitFor({ state: "detached" });
    const row = page.getByTestId("contact-dana@acme.example");
    await expect.poll(() => row.getAttribute("data-primary")).toBe("true");

    await page.getByRole("button", { name: "Add certification" }).click();
    const cert = page.getByRole("dialog", { name: "Add a certification" });
    await cert.getByRole("textbox", { name: "Issuer" }).fill("BSI");
    await cert.getByLabel("Issued on").fill(addDays(utcDay(), -100));
    await cert.getByLabel("Expires on").fill(addDays(utcDay(), 600));
    await cert.getByRole("button", { name: "Add certification" }).click();
    await cert.waitFor({ state: "detached" });
    await expect
      .poll(() => page.getByTestId("certification-iso_27001").getAttribute("data-state"))
      .toBe("valid");
    await expect.poll(attention).not.toContain("no contact person");
    expect(await attention()).not.toContain("personal data is shared");
    expect(await attention()).toContain("critical vendor without a risk rating");
  }, 60_000);

  it("links the AI system it supplies; the system's page lists the vendor", async () => {
    const form = page.getByRole("form", { name: "Link an AI system" });
    await choose(form, "AI system", `${system.key} Claims assistant`);
    await form.getByRole("textbox", { name: "What they supply" }).fill("LLM API");
    await form.getByRole("button", { name: "Link" }).click();
    const linked = page.getByTestId(`vendor-system-${system.key}`);
    await expect.poll(() => linked.textContent()).toContain("LLM API");

    await page.goto(`${server.baseUrl}/inventory/systems/${system.id}`);
    const panel = page.getByTestId("system-vendors");
    await expect.poll(() => panel.getByTestId("system-vendor-VEN-2").textContent()).toContain("Acme Models");
    await expect.poll(() => panel.getByTestId("system-vendor-VEN-2").textContent()).toContain("LLM API");
    await panel.getByRole("link", { name: "VEN-2 Acme Models" }).click();
    await expectPath(page, vendorUrl);
  }, 60_000);

  it("changes the rating by hand with a reason and shows it in the history", async () => {
    await page.getByRole("tab", { name: "Risk rating" }).click();
    await page.getByText("Not rated yet.").waitFor();
    await page.getByRole("button", { name: "Change rating" }).click();
    const dialog = page.getByRole("dialog", { name: "Change the rating of VEN-2" });
    await choose(dialog, "Risk rating", "High risk");
    await dialog.getByRole("button", { name: "Save rating" }).click();
    await dialog.getByText("Give the reason for the rating").waitFor(); // refused without a reason
    await dialog.getByRole("textbox", { name: "Reason" }).fill(REASON);
    await dialog.getByRole("button", { name: "Save rating" }).click();
    await dialog.waitFor({ state: "detached" });
    await expect.poll(rating).toBe("high");
    const rows = page.getByTestId("rating-history-row");
    await expect.poll(() => rows.count()).toBe(1);
    expect(await rows.first().getAttribute("data-source")).toBe("manual");
    expect(await rows.first().textContent()).toContain(REASON);
    expect(await rows.first().textContent()).toContain("High risk");
    await expect.poll(() => page.getByTestId("vendor-attention-list").count()).toBe(0);
    await shot(page, "vendors-02-rating");

    await page.getByRole("tab", { name: "Overview" }).click();
    await page.getByTestId("vendor-contacts").waitFor();
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: "/tmp/vendor-page.png", fullPage: true });
    await shot(page, "vendors-01-vendor");
    await page.getByRole("tab", { name: "Profile" }).click();
    await page.getByRole("form", { name: "Edit VEN-2" }).waitFor();
    await shot(page, "vendors-04-profile");
  }, 60_000);

  it("lists the vendor with its rating and compares two picked vendors", async () => {
    await page.getByRole("link", { name: "Vendors", exact: true }).first().click();
    await expectPath(page, "/vendors/list");
    const row = page.getByTestId("vendor-row-VEN-2");
    await expect.poll(() => row.textContent()).toContain("High risk");
    expect(await row.textContent()).toContain("Critical");
    await shot(page, "vendors-00-list");
    await page.getByRole("checkbox", { name: "Pick VEN-1 Beta Labelling for comparison" }).check();
    await page.getByRole("checkbox", { name: "Pick VEN-2 Acme Models for comparison" }).check();
    await page.getByTestId("compare-selected").click();
    await expectPath(page, "/vendors/compare");
    const table = page.getByTestId("compare-table");
    await table.getByTestId("compare-vendor-VEN-2").waitFor();
    // VEN-1 answered yes to one of two equally weighted questions: 50 overall, 100 and 0 by section.
    const score = table.getByTestId("compare-row-score").locator("td");
    expect(await score.nth(0).getAttribute("data-score")).toBe("50");
    expect(await score.nth(1).textContent()).toBe("not yet assessed");
    expect(await table.getByTestId("compare-row-section-gov").locator("td").first().textContent()).toBe(
      "100",
    );
    expect(await table.getByTestId("compare-row-section-data").locator("td").first().textContent()).toBe("0");
    await shot(page, "vendors-03-compare");

    // The questionnaire's rating is in VEN-1's history, with a link to the questionnaire.
    await table.getByRole("link", { name: "VEN-1 Beta Labelling" }).click();
    await page.getByRole("tab", { name: "Risk rating" }).click();
    const entry = page.getByTestId("rating-history-row").first();
    await expect.poll(() => entry.getAttribute("data-source")).toBe("questionnaire");
    await expect.poll(() => entry.getByRole("link", { name: "VQ-1" }).count()).toBe(1);
    await page.getByRole("tab", { name: "Questionnaires" }).click();
    await expect.poll(() => page.getByTestId("vendor-campaign-VQ-1").textContent()).toContain("Reviewed");
  }, 60_000);

  it("shows a viewer the vendor without the actions", async () => {
    await signIn(page, VIEWER);
    await page.goto(`${server.baseUrl}${vendorUrl}`);
    await page.getByTestId("vendor-contacts").waitFor();
    await expect.poll(() => page.getByTestId("contact-dana@acme.example").count()).toBe(1);
    expect(await page.getByRole("button", { name: "Mark reviewed" }).count()).toBe(0);
    expect(await page.getByRole("button", { name: "Add contact" }).count()).toBe(0);
    expect(await page.getByRole("button", { name: "Delete" }).count()).toBe(0);
    await page.getByRole("tab", { name: "Risk rating" }).click();
    await page.getByTestId("rating-history-row").first().waitFor();
    expect(await page.getByRole("button", { name: "Change rating" }).count()).toBe(0);
  }, 60_000);
});
