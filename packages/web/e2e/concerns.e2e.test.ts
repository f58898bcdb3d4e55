/**
 * Concerns and resources in a real browser against a real server: a viewer raises an anonymous
 * concern; a manager triages it without ever seeing who raised it; the viewer sees it resolved.
 * Then an administrator documents the resources of an AI system (ISO/IEC 42001 A.4) and the
 * completeness hint shrinks. Needs `npm run build` first; screenshots go to e2e/screenshots/.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Locator, Page } from "playwright-core";
import { createUser, expectPath, pick, shot, signIn, startWithAdmin } from "./page-helpers";
import type { Browser, RunningServer } from "./server-harness";

const ADMIN = { name: "Ines Admin", email: "ines@example.org", password: "correct horse battery staple" };
const VIEWER = { name: "Wanda Whistle", email: "wanda@example.org", password: "another long passphrase" };
const MANAGER = { name: "Mario Manager", email: "mario@example.org", password: "a third long passphrase" };
const TITLE = "The screener ranks older applicants lower";

let server: RunningServer;
let browser: Browser;
let page: Page;
let system: { id: string; key: string };
let concernPath = "";

/** Picks an option of a select inside a dialog (the shared `pick` presses Escape, closing it). */
async function pickIn(dialog: Locator, label: string, option: string) {
  // force: a multiselect's pill wrapper sits over its input and takes the click just as well.
  await dialog
    .getByRole("textbox", { name: label })
    .or(dialog.getByRole("combobox", { name: label }))
    .first()
    .click({ force: true });
  await page.getByRole("option", { name: option, exact: true }).click();
}

/** Nothing on the page names the anonymous reporter. */
async function expectNoReporterOnPage() {
  const text = (await page.locator("main").textContent()) ?? "";
  expect(text).not.toContain(VIEWER.name);
  expect(text).not.toContain(VIEWER.email);
}

beforeAll(async () => {
  ({ server, browser, page } = await startWithAdmin(ADMIN));
  await createUser(page, server.baseUrl, VIEWER, "viewer");
  await createUser(page, server.baseUrl, MANAGER, "manager");
  const me = (await (await page.request.get(`${server.baseUrl}/api/v1/auth/me`)).json()) as {
    csrfToken: string;
  };
  const res = await page.request.post(`${server.baseUrl}/api/v1/ai-systems`, {
    headers: { "x-csrf-token": me.csrfToken },
    data: { name: "Résumé screener", purpose: "Ranks job applications" },
  });
  expect(res.status(), await res.text()).toBe(201);
  system = (await res.json()) as { id: string; key: string };
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await server?.stop();
}, 60_000);

describe("reporting concerns in the browser", () => {
  it("lets a viewer raise an anonymous concern and follow it", async () => {
    await signIn(page, VIEWER);
    await page.goto(`${server.baseUrl}/governance/concerns`);
    await page.getByText("You have not raised any concern yet.").waitFor();
    await page.getByRole("button", { name: "Raise a concern" }).click();
    const dialog = page.getByRole("dialog", { name: "Raise a concern" });
    await dialog.getByRole("textbox", { name: "What is the concern?" }).fill(TITLE);
    await pickIn(dialog, "Category", "Fairness");
    await pickIn(dialog, "AI system", `${system.key} Résumé screener`);
    await dialog
      .getByRole("textbox", { name: "Description" })
      .fill("In the March test run, applicants over 50 were scored lower for the same experience.");
    await dialog.getByRole("checkbox", { name: "Raise it anonymously" }).check();
    await expect
      .poll(() => dialog.getByTestId("anonymity-explained").textContent())
      .toContain("not shown to anyone");
    await shot(page, "concerns-01-raise-anonymously", false);
    await dialog.getByRole("button", { name: "Raise concern" }).click();
    await expectPath(page, /^\/governance\/concerns\/[0-9a-f-]{36}$/);
    concernPath = new URL(page.url()).pathname;
    await page.getByTestId("anonymous-note").waitFor();
    await expect.poll(() => page.getByTestId("concern-page-status").getAttribute("data-status")).toBe("new");
    await expect
      .poll(() => page.getByTestId("concern-raised-by").textContent())
      .toContain("You (anonymously)");
    // A viewer follows, but does not triage.
    expect(await page.getByTestId("concern-triage").count()).toBe(0);
  }, 90_000);

  it("lets a manager triage it without seeing who raised it", async () => {
    await signIn(page, MANAGER);
    await page.goto(`${server.baseUrl}/governance/concerns`);
    const row = page.locator('[data-testid^="concern-row-"]').filter({ hasText: TITLE });
    await expect.poll(() => row.count()).toBe(1);
    await expect.poll(() => row.getByTestId("concern-reporter").textContent()).toBe("Anonymous");
    await expect.poll(() => page.getByTestId("all-count-new").getAttribute("data-count")).toBe("1");
    await expectNoReporterOnPage();
    await shot(page, "concerns-02-triage-board");

    await row.getByRole("link").click();
    await expectPath(page, concernPath);
    await expect.poll(() => page.getByTestId("concern-raised-by").textContent()).toContain("Anonymous");
    // The core workflow rule, shown before sending: triage needs a severity.
    await pick(page, "Status", "Triaged");
    await page.getByRole("button", { name: "Save triage" }).click();
    await expect.poll(() => page.getByTestId("triage-problem").textContent()).toContain("set a severity");
    await pick(page, "Severity", "High");
    await pick(page, "Assignee", `${MANAGER.name} (${MANAGER.email})`);
    await page.getByRole("textbox", { name: "Triage notes" }).fill("Compare scores by age band.");
    await page.getByRole("button", { name: "Save triage" }).click();
    await expect
      .poll(() => page.getByTestId("concern-page-status").getAttribute("data-status"))
      .toBe("triaged");

    await pick(page, "Status", "Resolved");
    await page
      .getByRole("textbox", { name: "Resolution" })
      .fill("Age-correlated features removed; model retrained.");
    await page.getByRole("button", { name: "Save triage" }).click();
    await expect
      .poll(() => page.getByTestId("concern-page-status").getAttribute("data-status"))
      .toBe("resolved");
    await expectNoReporterOnPage();
    await shot(page, "concerns-03-resolved");
  }, 90_000);

  it("shows the viewer the new status and the outcome", async () => {
    await signIn(page, VIEWER);
    await page.goto(`${server.baseUrl}/governance/concerns`);
    const row = page.locator('[data-testid^="concern-row-"]').filter({ hasText: TITLE });
    await expect.poll(() => row.getByTestId("concern-status").getAttribute("data-status")).toBe("resolved");
    await row.getByRole("link").click();
    await expect
      .poll(() => page.getByTestId("concern-resolution").textContent())
      .toContain("model retrained");
    // The triagers' internal notes are not shown to the reporter.
    expect(await page.getByText("Compare scores by age band.").count()).toBe(0);
    await shot(page, "concerns-04-reporter-sees-outcome");
  }, 60_000);
});

describe("resources of an AI system in the browser", () => {
  it("documents resources on the AI system page and the hint shrinks", async () => {
    await signIn(page, ADMIN);
    await page.goto(`${server.baseUrl}/inventory/systems/${system.id}`);
    const section = page.getByTestId("system-resources");
    await expect
      .poll(() => section.getByTestId("resources-missing").textContent())
      .toContain("Data, Tooling, System and computing, Human resources");

    await section.getByTestId("resources-data").getByRole("button", { name: "Add" }).click();
    let dialog = page.getByRole("dialog", { name: "Add a resource: Data" });
    await dialog.getByRole("textbox", { name: "Name" }).fill("Applications 2019–2024");
    await dialog.getByRole("textbox", { name: "Provenance" }).fill("Export of the applicant tracking system");
    await dialog.getByRole("checkbox", { name: "Contains personal data" }).check();
    await pickIn(dialog, "Used for", "Training");
    await dialog.getByRole("button", { name: "Add resource" }).click();
    await dialog.waitFor({ state: "detached" });
    await expect.poll(() => section.getByTestId("resources-data").textContent()).toContain("personal data");

    await section.getByTestId("resources-human").getByRole("button", { name: "Add" }).click();
    dialog = page.getByRole("dialog", { name: "Add a resource: Human resources" });
    await dialog.getByRole("textbox", { name: "Name" }).fill("Recruiters reviewing rankings");
    await dialog.getByRole("textbox", { name: "Role" }).fill("Recruiter");
    await dialog.getByRole("button", { name: "Add resource" }).click();
    await dialog.getByText("Give a headcount or full-time equivalents").waitFor();
    await dialog.getByRole("textbox", { name: "Full-time equivalents" }).fill("1.5");
    await dialog.getByRole("button", { name: "Add resource" }).click();
    await dialog.waitFor({ state: "detached" });
    await expect.poll(() => section.getByTestId("resources-human").textContent()).toContain("1.5 FTE");
    await expect
      .poll(() => section.getByTestId("resources-missing").textContent())
      .toContain("Tooling, System and computing.");
    await shot(page, "concerns-05-resources");

    await section.getByRole("button", { name: "Edit Applications 2019–2024" }).click();
    dialog = page.getByRole("dialog", { name: "Edit Applications 2019–2024" });
    await dialog.getByRole("textbox", { name: "Retention" }).fill("3 years");
    await dialog.getByRole("button", { name: "Save changes" }).click();
    await dialog.waitFor({ state: "detached" });
    await expect.poll(() => section.getByTestId("resources-data").textContent()).toContain("kept 3 years");

    await section.getByRole("button", { name: "Remove Recruiters reviewing rankings" }).click();
    await page
      .getByRole("dialog", { name: "Remove this resource?" })
      .getByRole("button", { name: "Remove" })
      .click();
    await expect
      .poll(() => section.getByTestId("resources-missing").textContent())
      .toContain("Human resources");
  }, 90_000);
});
