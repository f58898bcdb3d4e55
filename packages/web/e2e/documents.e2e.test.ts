/**
 * Documents and acknowledgement in a real browser against a real server: an administrator adopts the
 * AI policy from the starter set, edits it with the live preview and submits it; a manager approves
 * it and publishes it to a business unit; a member of the unit reads it and acknowledges it; the
 * manager sees the progress move. Needs `npm run build` first; screenshots go to e2e/screenshots/.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { addDays, utcDay } from "@openaims/core";
import { expectPath, nav, shot, signIn, startWithAdmin, type Person } from "./page-helpers";
import type { Browser, RunningServer } from "./server-harness";

const ADMIN = { name: "Ines Admin", email: "ines@example.org", password: "correct horse battery staple" };
const MANAGER = { name: "Max Manager", email: "max@example.org", password: "another long passphrase" };
const ANA = { name: "Ana Claims", email: "ana@example.org", password: "a third long passphrase" };
const BEN = { name: "Ben Claims", email: "ben@example.org", password: "a fourth long passphrase" };
const ADDED = "Every AI system in the claims unit has a named owner.";

let server: RunningServer;
let browser: Browser;
let page: Page;
let documentPath = "";

/** Calls the API with the signed-in session (CSRF token on writes). */
async function call(method: "GET" | "POST", path: string, data?: object) {
  const me = (await (await page.request.get(`${server.baseUrl}/api/v1/auth/me`)).json()) as {
    csrfToken: string;
  };
  const res = await page.request.fetch(`${server.baseUrl}${path}`, {
    method,
    headers: method === "GET" ? {} : { "x-csrf-token": me.csrfToken },
    ...(data ? { data } : {}),
  });
  expect(res.status(), await res.text()).toBeLessThan(300);
  return res.json() as Promise<{ id: string }>;
}

const addUser = (p: Person, role: string, businessUnitIds: string[] = []) =>
  call("POST", "/api/v1/users", {
    name: p.name,
    email: p.email,
    password: p.password,
    role,
    businessUnitIds,
  });

const status = () => page.getByTestId("document-status").getAttribute("data-status");

beforeAll(async () => {
  ({ server, browser, page } = await startWithAdmin(ADMIN));
  const claims = await call("POST", "/api/v1/business-units", { name: "Claims" });
  await addUser(MANAGER, "manager");
  await addUser(ANA, "contributor", [claims.id]);
  await addUser(BEN, "viewer", [claims.id]);
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await server?.stop();
}, 60_000);

describe("documents and acknowledgement in the browser", () => {
  it("adopts the AI policy from the starter set and edits it with a live preview", async () => {
    await nav(page, "Governance").click();
    await expectPath(page, "/governance/documents");
    await page.getByText("No documents yet.", { exact: false }).waitFor();
    await page.getByRole("button", { name: "Adopt from starter set" }).click();
    const dialog = page.getByRole("dialog", { name: "Adopt from the starter set" });
    await dialog.getByTestId("template-ai-policy").waitFor();
    await shot(page, "documents-01-starter-set", false);
    await dialog.getByRole("button", { name: "Adopt AI policy" }).click();
    await expectPath(page, /^\/governance\/documents\/[0-9a-f-]{36}$/);
    documentPath = new URL(page.url()).pathname;
    await expect.poll(status).toBe("draft");

    const text = page.getByRole("textbox", { name: "Text (Markdown)" });
    const original = await text.inputValue();
    expect(original).toMatch(/^# AI policy/);
    await text.fill(`${original.trimEnd()}\n\n## Claims\n\n${ADDED}\n\n<script>alert(1)</script>\n`);
    await expect.poll(() => page.getByTestId("preview").textContent()).toContain(ADDED);
    expect(await page.getByTestId("preview").locator("script").count()).toBe(0);
    await page.getByRole("button", { name: "Save text" }).click();
    await expect.poll(() => page.getByTestId("unsaved").count()).toBe(0);
    await shot(page, "documents-02-editor");
  }, 90_000);

  it("submits it; the administrator cannot approve it, a manager does", async () => {
    await page.getByRole("textbox", { name: "What changed (optional)" }).fill("Adopted and tailored");
    await page.getByRole("button", { name: "Submit for approval" }).click();
    await expect.poll(status).toBe("in_review");
    await expect
      .poll(() => page.getByTestId("decision-blocker").textContent())
      .toMatch(/needs a manager|own request/);

    await signIn(page, MANAGER);
    await page.goto(`${server.baseUrl}${documentPath}`);
    await page.getByRole("button", { name: "Approve" }).click();
    const dialog = page.getByRole("dialog", { name: "Approve the revision" });
    await dialog.getByRole("textbox", { name: "Comment" }).fill("Approved by the management board.");
    await dialog.getByRole("button", { name: "Approve" }).click();
    await dialog.waitFor({ state: "detached" });
    await expect.poll(status).toBe("approved");
    await expect
      .poll(() => page.getByTestId("document-status-line").textContent())
      .toContain("revision 1 in force");
    await page.getByTestId("next-review").waitFor();

    await page.getByRole("tab", { name: "History" }).click();
    await page.getByTestId("revision-1").waitFor();
    await expect.poll(() => page.getByTestId("revision-1").textContent()).toContain("Adopted and tailored");
  }, 90_000);

  it("publishes the policy to the claims unit: both members pending", async () => {
    await page.getByRole("tab", { name: "Publications" }).click();
    await page.getByText("Not published yet.").waitFor();
    await page.getByRole("button", { name: "Publish for acknowledgement" }).click();
    const dialog = page.getByRole("dialog", { name: /^Publish DOC-\d+ revision 1$/ });
    await dialog
      .getByRole("textbox", { name: "Business units" })
      .or(dialog.getByRole("combobox", { name: "Business units" }))
      .first()
      .click();
    await page.getByRole("option", { name: /^Claims/ }).click();
    await dialog.getByText("Each person receives a notification").click(); // closes the option list
    await dialog.getByLabel("Acknowledge by").fill(addDays(utcDay(), 14));
    await dialog.getByRole("button", { name: "Publish" }).click();
    await dialog.waitFor({ state: "detached" });
    await expect.poll(() => page.getByTestId("publication-counts").textContent()).toBe("0 of 2 acknowledged");
    await shot(page, "documents-03-published");
  }, 60_000);

  it("lets a member read the policy and acknowledge it; the progress moves", async () => {
    await signIn(page, ANA);
    await nav(page, "Governance").click();
    await page.getByRole("link", { name: "Acknowledgements", exact: true }).click();
    await expectPath(page, "/governance/acknowledgements");
    const row = page.locator('[data-testid^="mine-DOC-"]').first();
    await expect.poll(() => row.getAttribute("data-status")).toBe("pending");
    await row.getByRole("link", { name: "Read and acknowledge" }).click();
    await expectPath(page, /^\/governance\/acknowledgements\/[0-9a-f-]{36}$/);
    const text = page.getByTestId("document-to-read");
    await expect.poll(() => text.textContent()).toContain(ADDED);
    expect(await text.locator("script").count()).toBe(0);
    await shot(page, "documents-04-read");
    await page.getByRole("button", { name: "I have read and understood" }).click();
    await page.getByTestId("acknowledged").waitFor();

    await signIn(page, MANAGER);
    await page.goto(`${server.baseUrl}${documentPath}`);
    await page.getByRole("tab", { name: "Publications" }).click();
    await expect.poll(() => page.getByTestId("publication-counts").textContent()).toBe("1 of 2 acknowledged");
    await page.getByRole("link", { name: "Who has read it" }).click();
    await expect
      .poll(() => page.getByTestId(`audience-${ANA.email}`).getAttribute("data-status"))
      .toBe("acknowledged");
    await expect
      .poll(() => page.getByTestId(`audience-${BEN.email}`).getAttribute("data-status"))
      .toBe("pending");
    await expect
      .poll(() => page.getByTestId("publication-progress").textContent())
      .toContain("1 of 2 acknowledged");
    await shot(page, "documents-05-progress");
  }, 90_000);
});
