/**
 * "Assess once, comply many" in a real browser against a real server: adopt a starter control,
 * implement it and watch ISO/IEC 42001 and NIST AI RMF coverage rise on the dashboard, read why a
 * requirement is covered, set the control back to planned and watch coverage drop to zero. Also
 * the crosswalk matrix, a requirement page, an export and an import.
 * Needs `npm run build` first (server and web); screenshots go to packages/web/e2e/screenshots/.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { expectPath, nav, startWithAdmin } from "./page-helpers";
import { screenshotPath, type Browser, type RunningServer } from "./server-harness";

const ADMIN = {
  name: "Cora Compliance",
  email: "cora@example.org",
  password: "correct horse battery staple",
};
const ISO = "iso-iec-42001:2023";
const NIST = "nist-ai-rmf:1.0";
const TEMPLATE = "AIC-GOV-01";

const CUSTOM_FRAMEWORK_CSV = `#id,acme-ai-policy
#version,2025
#name,ACME policy for the use of AI
#publisher,ACME Corp.
#kind,guidance
#url,https://intranet.example.com/policies/ai
#sources,ACME policy AI-01 version 3

id,title,summary,kind,assessable,parent
P1,Approval before use,Every AI system is approved before it is used.,topic,false,
P1.1,Register the system,Record each AI system in the inventory with its owner.,control,true,P1
`;

let server: RunningServer;
let browser: Browser;
let page: Page;

/** The dashboard card of a framework once its covered count matches `covered` ("0" or "not 0"). */
function coverageCard(p: Page, ref: string, covered: "zero" | "some") {
  const test = covered === "zero" ? '[data-covered="0"]' : ':not([data-covered="0"])';
  return p.locator(`[data-testid="coverage-card-${ref}"]${test}`);
}

/** On the control page: sets the implementation status and saves, waiting for the server's answer. */
async function setStatus(p: Page, status: "Implemented" | "Planned") {
  await p.getByRole("combobox", { name: "Implementation status" }).click();
  await p.getByRole("option", { name: status, exact: true }).click();
  const saved = p.waitForResponse(
    (r) => r.request().method() === "PATCH" && r.url().includes("/api/v1/controls/"),
  );
  await p.getByRole("button", { name: "Save changes" }).click();
  expect((await saved).status()).toBe(200);
  await expect
    .poll(() => p.getByRole("combobox", { name: "Implementation status" }).inputValue())
    .toBe(status);
}

describe("frameworks, controls and coverage in the browser", () => {
  beforeAll(async () => {
    ({ server, browser, page } = await startWithAdmin(ADMIN));
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  }, 60_000);

  it("starts with no coverage on the dashboard", async () => {
    await page.getByRole("heading", { name: "Coverage by framework" }).waitFor();
    await coverageCard(page, ISO, "zero").waitFor();
    await coverageCard(page, NIST, "zero").waitFor();
    await expect.poll(() => page.getByTestId("implemented-count").textContent()).toContain("0 of 0");
  }, 60_000);

  it("adopts a template from the starter library", async () => {
    await nav(page, "Controls").click();
    await expectPath(page, "/controls/library");
    await page.getByText("No controls yet.").waitFor();
    await page.getByRole("link", { name: "Starter library" }).first().click();
    await expectPath(page, "/controls/starter");

    const card = page.getByTestId(`template-${TEMPLATE}`);
    await card.getByRole("button", { name: /Evidence examples and 3 requirement links/ }).click();
    await card.getByText("Signed AIMS scope statement", { exact: false }).waitFor();
    await card.getByRole("checkbox", { name: new RegExp(`^Select ${TEMPLATE} `) }).check();
    await page.screenshot({ path: screenshotPath("coverage-01-starter-library") });
    await page.getByRole("button", { name: "Adopt selected (1)" }).click();

    const result = page.getByTestId("adopt-result");
    await result.waitFor();
    await expect.poll(() => result.textContent()).toContain("Adopted 1 control.");
    // The library list refetches after adopting: wait for it rather than reading it at once.
    await page.locator(`[data-testid="template-${TEMPLATE}"][data-adopted="true"]`).waitFor();
    await card.getByText("Adopted — open").waitFor();
    await expect.poll(() => card.getByRole("checkbox").isDisabled()).toBe(true);
  }, 60_000);

  it("implements the control and the dashboard shows ISO/IEC 42001 and NIST AI RMF covered", async () => {
    await page.getByTestId("adopt-result").getByRole("link", { name: TEMPLATE }).click();
    await page.getByRole("heading", { name: new RegExp(`^${TEMPLATE} `) }).waitFor();
    await expect.poll(() => page.getByTestId("control-link").count()).toBe(3);
    await setStatus(page, "Implemented");
    await page.screenshot({ path: screenshotPath("coverage-02-control-implemented") });

    await nav(page, "Dashboard").click();
    await expectPath(page, "/");
    await coverageCard(page, ISO, "some").waitFor();
    await coverageCard(page, NIST, "some").waitFor();
    const iso = page.getByTestId(`coverage-card-${ISO}`);
    expect(Number(await iso.getAttribute("data-full"))).toBe(3);
    expect(await iso.getByTestId("full-share").textContent()).not.toBe("0%");
    expect(
      Number(await page.getByTestId(`coverage-card-${NIST}`).getAttribute("data-partial")),
    ).toBeGreaterThan(0);
    await expect.poll(() => page.getByTestId("implemented-count").textContent()).toContain("1 of 1");
    await page.screenshot({ path: screenshotPath("coverage-03-dashboard"), fullPage: true });
  }, 60_000);

  it("explains on the ISO/IEC 42001 coverage page which control covers a requirement", async () => {
    await page.getByTestId(`coverage-card-${ISO}`).getByRole("link", { name: "ISO/IEC 42001" }).click();
    await expectPath(page, "/frameworks/coverage/iso-iec-42001:2023");
    await page.getByText(/^Covered \(3\)/).click();
    const row = page.locator('[data-testid="coverage-row"][data-requirement-id="4.1"]');
    await row.waitFor();
    await expect.poll(() => row.getAttribute("data-status")).toBe("full");
    await row.getByRole("button", { name: "Show why 4.1 is covered" }).click();

    const why = page.getByTestId("coverage-sources");
    await why.waitFor();
    const text = (await why.textContent()) ?? "";
    expect(text).toContain(TEMPLATE);
    expect(text).toContain("AIMS context, interested parties and scope");
    expect(text).toContain("full link to iso-iec-42001:2023/4.1");
    await page.screenshot({ path: screenshotPath("coverage-04-iso-coverage-why"), fullPage: true });

    // Through the crosswalk, NIST AI RMF GOVERN 1.1 is partly covered, with the path shown as chips.
    await page.goto(`${server.baseUrl}/frameworks/coverage/${NIST}`);
    const govern = page.locator('[data-testid="coverage-row"][data-requirement-id="GOVERN 1.1"]');
    await govern.waitFor();
    await expect.poll(() => govern.getAttribute("data-status")).toBe("partial");
    await govern.getByRole("button", { name: /Show why GOVERN 1.1/ }).click();
    const path = (await page.getByTestId("coverage-source").first().textContent()) ?? "";
    expect(path).toContain("ISO/IEC 42001 4.1");
    expect(path).toContain("—intersects-with→");
    expect(path).toContain("NIST AI RMF GOVERN 1.1");
  }, 60_000);

  it("shows the control, coverage and mappings on a requirement page", async () => {
    await page.goto(`${server.baseUrl}/frameworks/catalogs/${ISO}/requirements/4.1`);
    await page.getByRole("heading", { name: "4.1 Understanding the organization and its context" }).waitFor();
    await page.getByTestId("requirement-controls").getByRole("link", { name: TEMPLATE }).waitFor();
    await page.getByTestId(`mapping-group-${NIST}`).getByRole("link", { name: "GOVERN 1.1" }).waitFor();
    await page.getByTestId("relationship-legend").waitFor();
    await expect.poll(() => page.getByTestId("requirement-coverage").textContent()).toContain("Covered");
    await page.screenshot({ path: screenshotPath("coverage-05-requirement"), fullPage: true });

    // Ids with spaces and brackets open too.
    await page.getByTestId(`mapping-group-${NIST}`).getByRole("link", { name: "GOVERN 1.1" }).click();
    await page.getByRole("heading", { name: /^GOVERN 1\.1 / }).waitFor();
  }, 60_000);

  it("links one more requirement, sets the control back to planned, and coverage drops to zero", async () => {
    await nav(page, "Controls").click();
    await page.getByTestId(`control-row-${TEMPLATE}`).getByRole("link", { name: TEMPLATE }).click();
    await page.getByRole("heading", { name: new RegExp(`^${TEMPLATE} `) }).waitFor();

    const picker = page.getByTestId("requirement-picker");
    await picker.getByRole("combobox", { name: "Framework" }).click();
    await page.getByRole("option", { name: "NIST AI RMF", exact: true }).click();
    await picker.getByRole("textbox", { name: "Find a requirement" }).fill("GOVERN 1.2");
    await picker.getByRole("button", { name: /^Link GOVERN 1\.2 / }).click();
    await page.getByTestId(`link-group-${NIST}`).waitFor();
    await setStatus(page, "Planned");
    // The saved control comes back from the server with the new link.
    await page.getByTestId(`link-group-${NIST}`).getByText("GOVERN 1.2").waitFor();
    await expect.poll(() => page.getByTestId("control-link").count()).toBe(4);

    await nav(page, "Dashboard").click();
    await coverageCard(page, ISO, "zero").waitFor();
    await coverageCard(page, NIST, "zero").waitFor();
    await expect
      .poll(() => page.getByTestId(`coverage-card-${ISO}`).getByTestId("full-share").textContent())
      .toBe("0%");
    await expect.poll(() => page.getByTestId("implemented-count").textContent()).toContain("0 of 1");
  }, 60_000);

  it("shows the NIST AI RMF → ISO/IEC 42001 crosswalk as a matrix and a list", async () => {
    await nav(page, "Frameworks").click();
    await page.getByRole("link", { name: "Crosswalks" }).first().click();
    await expectPath(page, "/frameworks/crosswalks");
    await page.getByRole("combobox", { name: "From" }).click();
    await page.getByRole("option", { name: "NIST AI RMF", exact: true }).click();
    await page.getByRole("combobox", { name: "To" }).click();
    await page.getByRole("option", { name: "ISO/IEC 42001", exact: true }).click();

    const matrix = page.getByTestId("crosswalk-matrix");
    await matrix.waitFor();
    await expect
      .poll(() => page.getByTestId("crosswalk-summary").textContent())
      .toContain("280 of 280 mappings");
    await expect.poll(() => matrix.locator("button[data-relationship]").count()).toBe(280);
    await matrix.getByRole("button", { name: "GOVERN 1.1 intersects-with 4.1" }).click();
    await expect.poll(() => page.getByTestId("matrix-selection").textContent()).toContain("legal");
    await page.getByTestId("crosswalk-summary").evaluate((el) => el.scrollIntoView());
    await page.screenshot({ path: screenshotPath("coverage-06-crosswalk-matrix") });

    await page.getByText(/subset-of \(7\)/).click();
    await page.getByTestId("crosswalk-summary").getByText("7 of 280 mappings").waitFor();
    await expect.poll(() => matrix.locator("button[data-relationship]").count()).toBe(7);

    await page.getByRole("button", { name: "Swap direction" }).click();
    await page.waitForURL((url) => url.searchParams.get("from") === ISO);
    // The filter stays; read from ISO/IEC 42001, NIST's one superset-of pair is subset-of.
    await page.getByTestId("crosswalk-summary").getByText("1 of 280 mappings").waitFor();
    await page.getByText(/subset-of \(1\)/).click();
    await page.getByTestId("crosswalk-summary").getByText("280 of 280 mappings").waitFor();
    await expect.poll(() => matrix.locator('button[data-relationship="superset-of"]').count()).toBe(7);

    await page.getByText("List", { exact: true }).click();
    const list = page.getByTestId("crosswalk-list");
    await list.waitFor();
    await expect.poll(() => list.getByTestId("crosswalk-entry").count()).toBe(25);
    await page.screenshot({ path: screenshotPath("coverage-07-crosswalk-list") });
  }, 60_000);

  it("exports a framework as a CSV file", async () => {
    await page.goto(`${server.baseUrl}/frameworks/catalogs/${ISO}`);
    await page.getByTestId("requirement-tree").waitFor();
    const download = page.waitForEvent("download");
    await page.getByRole("button", { name: "Export ISO/IEC 42001 as CSV" }).click();
    expect((await download).suggestedFilename()).toBe("iso-iec-42001-2023.csv");
  }, 60_000);

  it("imports a custom framework, and lists the problems of a bad file by line", async () => {
    await page.goto(`${server.baseUrl}/frameworks/catalogs`);
    await page.getByRole("button", { name: "Import framework or crosswalk" }).click();
    const dialog = page.getByRole("dialog", { name: "Import framework or crosswalk" });
    await dialog.waitFor();

    await dialog
      .getByRole("textbox", { name: "Content" })
      .fill("#id,acme\n#version,1\n\nid,title\nP1,Only a title\n");
    await dialog.getByRole("button", { name: "Import", exact: true }).click();
    const issues = dialog.getByTestId("import-issues");
    await issues.waitFor();
    expect(await issues.textContent()).toMatch(/Line \d+/);
    await page.screenshot({ path: screenshotPath("coverage-08-import-errors") });

    await dialog.locator('input[type="file"]').setInputFiles({
      name: "acme-ai-policy.csv",
      mimeType: "text/csv",
      buffer: Buffer.from(CUSTOM_FRAMEWORK_CSV),
    });
    await dialog.getByRole("textbox", { name: "Content" }).waitFor();
    expect(await dialog.getByRole("textbox", { name: "Content" }).inputValue()).toContain(
      "#id,acme-ai-policy",
    );
    await dialog.getByRole("button", { name: "Import", exact: true }).click();
    const result = dialog.getByTestId("import-result");
    await result.waitFor();
    await expect.poll(() => result.textContent()).toContain("acme-ai-policy:2025");
    await dialog.getByRole("link", { name: "Open it" }).click();
    await page.getByRole("heading", { name: "ACME policy for the use of AI" }).waitFor();
    await page.locator('[data-testid="requirement-row"][data-requirement-id="P1"]').waitFor();
  }, 60_000);

  it("keeps the coverage dashboard and the matrix readable in dark mode", async () => {
    await page.goto(`${server.baseUrl}/`);
    await page.getByRole("button", { name: "Switch to dark theme" }).click();
    await page.getByTestId(`coverage-card-${ISO}`).waitFor();
    await page.screenshot({ path: screenshotPath("coverage-09-dashboard-dark"), fullPage: true });
    await page.goto(`${server.baseUrl}/frameworks/crosswalks?from=${NIST}&to=${ISO}`);
    await page.getByTestId("crosswalk-matrix").waitFor();
    await page.getByTestId("crosswalk-matrix").scrollIntoViewIfNeeded();
    await page.screenshot({ path: screenshotPath("coverage-10-crosswalk-matrix-dark") });
    await page.getByRole("button", { name: "Switch to light theme" }).click();
  }, 60_000);
});
