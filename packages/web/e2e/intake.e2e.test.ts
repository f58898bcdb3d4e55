/**
 * Intake, approval and the inventory in a real browser against a real server: a viewer proposes a
 * CV-screening tool and sees it classified high-risk as they answer; they cannot approve their own
 * request; a manager approves triage and assessment from the inbox; the system appears in the
 * inventory with its Annex III reason; the audit trail holds every step. Also the AIMS scope: a
 * draft approved by a manager who did not write it, a second draft, and the comparison of the two.
 * Needs `npm run build` first (server and web); screenshots go to packages/web/e2e/screenshots/.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { createUser, expectPath, startWithAdmin, nav, pick, shot, signIn } from "./page-helpers";
import type { Browser, RunningServer } from "./server-harness";

const ADMIN = { name: "Ines Admin", email: "ines@example.org", password: "correct horse battery staple" };
const VIEWER = { name: "Vera Viewer", email: "vera@example.org", password: "another long passphrase" };
const MANAGER = { name: "Mo Manager", email: "mo@example.org", password: "a third long passphrase" };
const USE_CASE = "CV Screening Assistant";

const IMPORT_CSV = `name,purpose,lifecycleStage,euJurisdictions,interactsWithNaturalPersons
Support chatbot,Answers customer questions,deployed,FR,yes
,No name here,live,XX1,maybe
`;

let server: RunningServer;
let browser: Browser;
let page: Page;
let requestPath = "";

beforeAll(async () => {
  ({ server, browser, page } = await startWithAdmin(ADMIN));
  await createUser(page, server.baseUrl, VIEWER, "viewer");
  await createUser(page, server.baseUrl, MANAGER, "manager");
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await server?.stop();
}, 60_000);

describe("intake, approval and inventory in the browser", () => {
  it("lets a viewer propose a use case and shows it high-risk as they answer", async () => {
    await signIn(page, VIEWER);
    await nav(page, "Inventory").click();
    await expectPath(page, "/inventory/systems");
    await page.getByRole("link", { name: "Intake requests" }).click();
    await expectPath(page, "/intake");
    await page.getByRole("link", { name: "Propose an AI use case" }).click();
    await expectPath(page, "/intake/new");

    // Basics: the name is required before going on.
    await page.getByRole("button", { name: "Next" }).click();
    await page.getByText("Must not be empty").waitFor();
    await page.getByRole("textbox", { name: "Name", exact: true }).fill(USE_CASE);
    await page.getByRole("textbox", { name: "Purpose" }).fill("Ranks job applicants' CVs for recruiters.");
    await page.getByRole("button", { name: "Next" }).click();

    // Components.
    await page.getByRole("button", { name: "Add vendor" }).click();
    await page.getByRole("textbox", { name: "Name of vendor 1" }).fill("HireAI");
    await page.getByRole("button", { name: "Next" }).click();

    // Where and for what.
    await pick(page, "EU countries", "Germany");
    await page.getByRole("checkbox", { name: "Customer / user" }).check();
    await page.getByRole("checkbox", { name: /^Employment \(hiring/ }).check();
    await page.getByRole("radio", { name: "Substantial factor" }).check();
    await page.getByRole("switch", { name: "It profiles people" }).check();
    await page.getByTestId("annex-iii-hint").getByRole("button", { name: "Tick it" }).click();
    expect(await page.getByRole("checkbox", { name: "4. Employment and workers" }).isChecked()).toBe(true);

    const live = page.getByTestId("live-classification");
    await live.locator('[data-risk-class="high-risk"]').waitFor();
    await expect.poll(() => live.textContent()).toContain("Annex III point 4");
    await shot(page, "intake-01-live-classification");

    await page.getByRole("button", { name: "Next" }).click();
    await page.getByRole("switch", { name: "It processes personal data" }).check();
    await page.getByRole("button", { name: "Next" }).click();
    await page.getByTestId("intake-review").waitFor();
    await page.getByTestId("no-similar").waitFor();
    await shot(page, "intake-02-review");

    await page.getByRole("button", { name: "Submit request" }).click();
    await expectPath(page, /^\/intake\/[0-9a-f-]{36}$/);
    requestPath = new URL(page.url()).pathname;
    await page.getByRole("heading", { name: `INT-1 ${USE_CASE}` }).waitFor();
    await expect.poll(() => page.getByTestId("intake-status").getAttribute("data-status")).toBe("triage");
  }, 90_000);

  it("does not let the requester approve their own request", async () => {
    const blocked = page.getByTestId("decision-blocked");
    await blocked.waitFor();
    await expect.poll(() => blocked.textContent()).toContain("You cannot approve or reject your own request");
    await expect.poll(() => page.getByRole("button", { name: /^Approve/ }).count()).toBe(0);
    await expect.poll(() => page.getByRole("button", { name: "Withdraw request" }).count()).toBe(1);
    await shot(page, "intake-03-requester-view");
  }, 60_000);

  it("lets a manager approve triage and assessment from the inbox", async () => {
    await signIn(page, MANAGER);
    const badge = page.getByTestId("inbox-count");
    await expect.poll(() => badge.getAttribute("data-count"), { timeout: 20_000 }).toBe("1");
    await page.getByRole("link", { name: /^Inbox, 1 item waiting/ }).click();
    await expectPath(page, "/inbox");
    const item = page.getByTestId("inbox-item").filter({ hasText: USE_CASE });
    await item.waitFor();
    await expect.poll(() => item.textContent()).toContain("Waiting for your decision: Triage");
    await shot(page, "intake-04-inbox", false);
    await item.getByRole("link", { name: `INT-1 ${USE_CASE}` }).click();
    await expectPath(page, requestPath);

    await page.getByRole("button", { name: "Approve triage" }).click();
    let dialog = page.getByRole("dialog", { name: "Approve Triage" });
    await dialog.getByRole("textbox", { name: "Comment" }).fill("Screening answers complete; assess it.");
    await dialog.getByRole("button", { name: "Approve" }).click();
    await dialog.waitFor({ state: "detached" });
    await page.locator('[data-testid="intake-status"][data-status="assessment"]').waitFor();

    // Rejecting needs a reason: the dialog says so before anything is sent.
    await page.getByRole("button", { name: "Reject" }).click();
    dialog = page.getByRole("dialog", { name: "Reject the request" });
    await dialog.getByRole("button", { name: "Reject" }).click();
    await dialog.getByText("Give the reason for rejecting").waitFor();
    await dialog.getByRole("button", { name: "Cancel" }).click();

    await page.getByRole("button", { name: "Approve assessment and approval" }).click();
    dialog = page.getByRole("dialog", { name: "Approve Assessment and approval" });
    await dialog.getByRole("button", { name: "Approve" }).click();
    await dialog.waitFor({ state: "detached" });
    await page.locator('[data-testid="intake-status"][data-status="registered"]').waitFor();
    await expect
      .poll(() => page.locator('[data-testid="timeline-stage"][data-state="done"]').count())
      .toBe(5);
    await expect.poll(() => badge.getAttribute("data-count")).toBe("0");
    await shot(page, "intake-05-registered");
  }, 90_000);

  it("shows the system in the inventory with its EU risk class and the Annex III reason", async () => {
    await page.getByTestId("registered-system").getByRole("link", { name: "Open the AI system" }).click();
    await page.getByRole("heading", { name: `AIS-1 ${USE_CASE}` }).waitFor();
    await nav(page, "Inventory").click();
    const row = page.getByTestId("system-row-AIS-1");
    await row.waitFor();
    await expect
      .poll(() => row.locator("[data-risk-class]").getAttribute("data-risk-class"))
      .toBe("high-risk");
    await shot(page, "intake-06-inventory", false);

    await row.getByRole("link", { name: "AIS-1" }).click();
    await page.getByRole("tab", { name: "Classification" }).click();
    const finding = page.locator('[data-testid="finding"][data-code="eu.high_risk.annex_iii.employment"]');
    await finding.waitFor();
    await expect.poll(() => finding.textContent()).toContain("Annex III point 4");
    await shot(page, "intake-07-classification");

    await page.getByRole("tab", { name: "Obligations" }).click();
    await page.getByTestId("obligations-eu-ai-act:2024").getByRole("link", { name: "Art. 26(1)" }).waitFor();
    await page.getByRole("tab", { name: "History" }).click();
    await page.getByTestId("classification-entry").first().waitFor();
  }, 60_000);

  it("filters the inventory by risk class and keeps the view under a name", async () => {
    await nav(page, "Inventory").click();
    await pick(page, "EU risk class", "Minimal risk");
    await page.getByText("No AI system matches these filters.").waitFor();
    expect(new URL(page.url()).searchParams.get("risk")).toBe("minimal-risk");
    await pick(page, "EU risk class", "High-risk");
    await page.getByTestId("system-row-AIS-1").waitFor();
    await page.getByTestId("saved-views").click();
    await page.getByRole("menuitem", { name: "Save current view…" }).click();
    const dialog = page.getByRole("dialog", { name: "Save this view" });
    await dialog.getByRole("textbox", { name: "Name", exact: true }).fill("High-risk systems");
    await dialog.getByRole("button", { name: "Save view" }).click();
    await page.getByRole("button", { name: "View: High-risk systems" }).waitFor();

    await page.goto(`${server.baseUrl}/inventory/systems`);
    await page.getByTestId("saved-views").click();
    await page.getByRole("menuitem", { name: "High-risk systems" }).click();
    await page.waitForURL((url) => url.searchParams.get("risk") === "high-risk");
    await page.getByTestId("system-row-AIS-1").waitFor();
  }, 60_000);

  it("shows every step of the intake in the audit trail", async () => {
    await signIn(page, ADMIN);
    await nav(page, "Audits").click();
    await expectPath(page, "/audits/trail");
    await page.getByRole("textbox", { name: "Entity type" }).fill("intake_request");
    await page.getByRole("button", { name: "Apply filters" }).click();
    for (const action of [
      "intake.submitted",
      "approval.opened",
      "approval.approved_step",
      "intake.assessment",
      "intake.approved",
      "intake.registered",
    ]) {
      await page.locator(`[data-testid="audit-row"][data-action="${action}"]`).first().waitFor();
    }
    await shot(page, "intake-08-audit-trail");
  }, 60_000);

  it("imports AI systems, showing the problems of each row first", async () => {
    await page.goto(`${server.baseUrl}/inventory/import-export`);
    await page.getByRole("button", { name: "Import AI systems" }).click();
    const dialog = page.getByRole("dialog", { name: "Import AI systems" });
    await dialog.locator('input[type="file"]').setInputFiles({
      name: "systems.csv",
      mimeType: "text/csv",
      buffer: Buffer.from(IMPORT_CSV),
    });
    const preview = dialog.getByTestId("import-preview");
    await preview.waitFor();
    await expect.poll(() => preview.getAttribute("data-invalid")).toBe("1");
    expect(
      await dialog.locator('[data-testid="import-problem"][data-row="3"]').count(),
    ).toBeGreaterThanOrEqual(3);
    await expect.poll(() => dialog.getByRole("button", { name: /^Import all/ }).isDisabled()).toBe(true);
    await shot(page, "intake-09-import-preview", false);
    await dialog.getByRole("button", { name: "Import valid rows only (1)" }).click();
    await dialog.getByTestId("import-done").waitFor();
    await expect.poll(() => dialog.getByTestId("import-done").textContent()).toContain("AIS-2");
    await dialog.getByRole("button", { name: "Close", exact: true }).last().click();
    await dialog.waitFor({ state: "detached" });
  }, 60_000);
});

describe("AIMS scope versions in the browser", () => {
  it("approves a draft by a manager who did not write it, then compares a second draft", async () => {
    // The administrator drafts version 1 and cannot approve it.
    await nav(page, "Context").click();
    await expectPath(page, "/context/issues");
    await page.getByRole("link", { name: "Scope" }).first().click();
    await expectPath(page, "/context/scope");
    await page.getByRole("button", { name: "New draft" }).click();
    await page.getByRole("menuitem", { name: "Empty draft" }).click();
    await page.getByRole("heading", { name: "Scope version 1" }).waitFor();
    await page
      .getByRole("textbox", { name: "Scope statement" })
      .fill("Every AI system used in HR and customer service.");
    await page.getByRole("button", { name: "Add exclusion" }).click();
    await page.getByRole("textbox", { name: "Excluded item 1" }).fill("Research lab sandbox");
    await page.getByRole("textbox", { name: "Justification of exclusion 1" }).fill("No production data.");
    await page.getByRole("button", { name: "Save draft" }).click();
    await page.getByText("Saved scope version 1.").waitFor();
    await expect
      .poll(() => page.getByTestId("scope-approval-blocked").textContent())
      .toContain("You drafted this version");

    // A manager approves it.
    await signIn(page, MANAGER);
    await page.goto(`${server.baseUrl}/context/scope`);
    await page.getByTestId("scope-row-1").getByRole("link", { name: "Version 1" }).click();
    await page.getByRole("button", { name: "Approve version 1" }).click();
    await page
      .getByRole("dialog", { name: "Approve scope version 1?" })
      .getByRole("button", { name: "Approve" })
      .click();
    await page.locator('[data-testid="scope-status"][data-status="approved"]').waitFor();

    // A second draft, copied from version 1, with the AI system added and another exclusion.
    await page.goto(`${server.baseUrl}/context/scope`);
    await page.getByTestId("scope-current").getByText("In force: version 1").waitFor();
    await page.getByRole("button", { name: "New draft" }).click();
    await page.getByRole("menuitem", { name: "Copy of the version in force" }).click();
    await page.getByRole("heading", { name: "Scope version 2" }).waitFor();
    await page
      .getByRole("textbox", { name: "Scope statement" })
      .fill("Every AI system used in HR, customer service and finance.");
    await pick(page, "AI systems included", `AIS-1 ${USE_CASE}`);
    await page.getByRole("button", { name: "Add exclusion" }).click();
    await page.getByRole("textbox", { name: "Excluded item 2" }).fill("Marketing pilots");
    await page.getByRole("textbox", { name: "Justification of exclusion 2" }).fill("Ends before the audit.");
    await page.getByRole("button", { name: "Save draft" }).click();
    await page.getByText("Saved scope version 2.").waitFor();
    await shot(page, "scope-01-draft");

    await page.getByRole("link", { name: "Compare with version 1 in force" }).click();
    const comparison = page.getByTestId("scope-comparison");
    await comparison.waitFor();
    await expect.poll(() => comparison.getAttribute("data-same")).toBe("false");
    await expect
      .poll(() => page.getByTestId("compare-ai-systems").textContent())
      .toContain(`AIS-1 ${USE_CASE}`);
    await expect
      .poll(() => page.getByTestId("compare-exclusions").textContent())
      .toContain("Marketing pilots");
    await page.getByTestId("changed-description").waitFor();
    await shot(page, "scope-02-compare");
  }, 120_000);

  it("stays readable in dark mode", async () => {
    await page.getByRole("button", { name: "Switch to dark theme" }).click();
    await shot(page, "scope-03-compare-dark");
    await page.goto(`${server.baseUrl}/intake/new`);
    // The same tool proposed again under a slightly different name: the form points to it.
    await page.getByRole("textbox", { name: "Name", exact: true }).fill("CV Screening Assistant v2");
    await page
      .getByTestId("similar-systems")
      .getByRole("link", { name: `AIS-1 ${USE_CASE}` })
      .waitFor();
    await page.getByRole("button", { name: "Next" }).click();
    await page.getByRole("button", { name: "Next" }).click();
    await pick(page, "EU countries", "France");
    await page.getByTestId("live-classification").locator('[data-risk-class="minimal-risk"]').waitFor();
    await shot(page, "intake-10-form-dark");
    await page.goto(`${server.baseUrl}${requestPath}`);
    await page.locator('[data-testid="intake-status"][data-status="registered"]').waitFor();
    await shot(page, "intake-11-request-dark");
    await page.goto(`${server.baseUrl}/`);
    await page.getByTestId("risk-count-high-risk").waitFor();
    await shot(page, "intake-12-dashboard-dark");
    await page.getByRole("button", { name: "Switch to light theme" }).click();
  }, 60_000);
});
