/**
 * Set-up the vendor-portal browser tests share (vendor-portal, -followups and -links): the
 * administrator's API calls, a vendor with a contact and an AI system, a published three-question
 * questionnaire, sending it, and the vendor's side of answering in the portal.
 */
import type { Locator, Page } from "playwright-core";
import { expect } from "vitest";
import type { Browser } from "./server-harness";

export const ADMIN = {
  name: "Ines Admin",
  email: "ines@example.org",
  password: "correct horse battery staple",
};
export const CONTACT = { name: "Vera Vendor", email: "vera@acme-models.example" };
export const TRAINS = "Do you train models on our data?";
export const INCIDENT = "How do you tell us about an incident?";
export const CERT = "Upload your ISO/IEC 42001 certificate";
export const PDF = Buffer.from(
  "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n",
);

export type Call = <T = { id: string; version: number }>(
  method: "GET" | "POST" | "PUT",
  path: string,
  data?: object,
) => Promise<T>;

/** Calls the API of `baseUrl` with the session of the administrator signed in on `p` (CSRF token on writes). */
export function apiOf(p: Page, baseUrl: string): Call {
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

export type Seeded = { vendorId: string; contactId: string; templateId: string };

/** A vendor with a contact and an AI system, and a published three-question template. */
export async function seedVendorQuestionnaire(api: Call): Promise<Seeded> {
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

/** A YYYY-MM-DD day `days` from today (UTC). */
export const dayAfter = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

export type Sent = { id: string; key: string; link: string };

/** Sends the template through the API, due in three weeks; the link comes back once. */
export async function sendQuestionnaire(api: Call, ids: Seeded): Promise<Sent> {
  const created = await api<{ campaign: { id: string; key: string }; link: { url: string } }>(
    "POST",
    "/api/v1/vendor-campaigns",
    { ...ids, dueOn: dayAfter(21) },
  );
  return { id: created.campaign.id, key: created.campaign.key, link: created.link.url };
}

export const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");

/** A text box of the portal or the review page whose label starts with `label`. */
export const textbox = (p: Page, label: string) =>
  p.getByRole("textbox", { name: new RegExp(`^${escapeRegExp(label)}`) });

/** The portal's save indicator: "saving", "saved", "error", … */
export const saveState = (vendorPage: Page) =>
  vendorPage.getByTestId("save-state").getAttribute("data-state");

/** Picks an option of a Mantine select found by its label (or aria-label) inside `scope`. */
export async function choose(scope: Page | Locator, label: string | RegExp, option: string | RegExp) {
  const page = "page" in scope ? scope.page() : scope;
  await scope
    .getByRole("textbox", { name: label })
    .or(scope.getByRole("combobox", { name: label }))
    .first()
    .click();
  await page.getByRole("option", { name: option }).first().click();
}

/** Opens a questionnaire link in a new tab of the vendor's browser (as from the e-mail), closing `previous`. */
export async function openInNewTab(vendor: Browser, previous: Page | undefined, link: string): Promise<Page> {
  const fresh = await vendor.context.newPage();
  await previous?.close();
  await fresh.goto(link);
  return fresh;
}

/** Submits the open questionnaire through the portal's confirmation and waits for the thank-you page. */
export async function submitInPortal(vendorPage: Page) {
  await vendorPage.getByRole("button", { name: "Submit for review" }).click();
  await vendorPage.getByRole("dialog").getByRole("button", { name: "Submit answers" }).click();
  await vendorPage.getByTestId("portal-thanks").waitFor();
}

/**
 * Answers the whole questionnaire as the vendor (Yes, `incidentAnswer`, the certificate) and
 * submits it. Waits with Playwright, not `expect.poll`, so a `beforeAll` may call it too.
 */
export async function answerAndSubmit(vendorPage: Page, incidentAnswer: string) {
  await vendorPage.getByTestId("portal-intro").waitFor();
  await vendorPage.getByRole("radio", { name: "Yes", exact: true }).check({ force: true });
  await textbox(vendorPage, INCIDENT).fill(incidentAnswer);
  await vendorPage.getByTestId("upload-cert").setInputFiles({
    name: "iso42001-certificate.pdf",
    mimeType: "application/pdf",
    buffer: PDF,
  });
  await vendorPage.getByTestId("files-cert").filter({ hasText: "iso42001-certificate.pdf" }).waitFor();
  await vendorPage.locator('[data-testid="save-state"][data-state="saved"]').waitFor({ timeout: 15_000 });
  await submitInPortal(vendorPage);
  expect(await vendorPage.getByTestId("portal-thanks").textContent()).toContain("Thank you");
}
