/**
 * Evidence in a real browser against a real server: an HTML upload is refused with the server's
 * message, a PDF is uploaded on the Evidence page, linked to a control, seen on the control page
 * with its state and downloaded as an attachment; evidence past its date shows as stale with why.
 * Needs `npm run build` first; screenshots go to e2e/screenshots/.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { expectPath, shot, startWithAdmin } from "./page-helpers";
import type { Browser, RunningServer } from "./server-harness";

const ADMIN = { name: "Eva Evidence", email: "eva@example.org", password: "correct horse battery staple" };
const PDF = Buffer.from("%PDF-1.7\n% access review results\n%%EOF\n");
const NEXT_YEAR = `${new Date().getFullYear() + 1}-06-30`;

let server: RunningServer;
let browser: Browser;
let page: Page;
let control: { id: string; code: string; title: string };
let evidencePath = "";

beforeAll(async () => {
  ({ server, browser, page } = await startWithAdmin(ADMIN));
  const me = (await (await page.request.get(`${server.baseUrl}/api/v1/auth/me`)).json()) as {
    csrfToken: string;
  };
  const res = await page.request.post(`${server.baseUrl}/api/v1/controls`, {
    headers: { "x-csrf-token": me.csrfToken },
    data: { code: "AC-7", title: "Quarterly access review" },
  });
  expect(res.status(), await res.text()).toBe(201);
  control = (await res.json()) as typeof control;
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await server?.stop();
}, 60_000);

/** A field of a Mantine select, found by its label (a textbox or a combobox). */
const selectField = (scope: Page | ReturnType<Page["getByRole"]>, label: string) =>
  scope
    .getByRole("textbox", { name: label, exact: true })
    .or(scope.getByRole("combobox", { name: label, exact: true }))
    .first();

describe("evidence in the browser", () => {
  it("refuses an HTML file with the server's message, then uploads a PDF", async () => {
    await page.goto(`${server.baseUrl}/controls/evidence`);
    await page.getByRole("heading", { name: "Evidence", exact: true }).waitFor();
    await page.getByText("No evidence yet.").waitFor();

    await page.getByRole("button", { name: "Upload file" }).click();
    let dialog = page.getByRole("dialog", { name: "Upload evidence file" });
    await dialog.locator('input[type="file"]').setInputFiles({
      name: "report.html",
      mimeType: "text/html",
      buffer: Buffer.from("<!doctype html><script>alert(1)</script>"),
    });
    await dialog.getByRole("button", { name: "Upload", exact: true }).click();
    await expect
      .poll(() => dialog.getByTestId("form-error").textContent())
      .toContain("HTML, SVG, XML and script files are not accepted as evidence");
    await shot(page, "evidence-01-html-refused", false);
    await dialog.getByRole("button", { name: "Cancel" }).click();

    await page.getByRole("button", { name: "Upload file" }).click();
    dialog = page.getByRole("dialog", { name: "Upload evidence file" });
    await dialog.locator('input[type="file"]').setInputFiles({
      name: "access-review.pdf",
      mimeType: "application/pdf",
      buffer: PDF,
    });
    // The title is proposed from the file name; the person makes it precise.
    await expect
      .poll(() => dialog.getByRole("textbox", { name: "Title" }).inputValue())
      .toBe("access review");
    await dialog.getByRole("textbox", { name: "Title" }).fill("Access review Q1");
    await dialog.getByLabel("Valid until").fill(NEXT_YEAR);
    await dialog.getByRole("button", { name: "Upload", exact: true }).click();
    await expectPath(page, /^\/controls\/evidence\/[0-9a-f-]{36}$/);
    evidencePath = new URL(page.url()).pathname;
    await page.getByRole("heading", { name: /^EV-\d+ Access review Q1$/ }).waitFor();
    await expect
      .poll(() => page.getByTestId("evidence-state").first().getAttribute("data-state"))
      .toBe("current");
    expect(await page.getByTestId("evidence-sha256").textContent()).toMatch(/^[0-9a-f]{64}$/);
  }, 90_000);

  it("links the evidence to a control and downloads it as an attachment", async () => {
    await selectField(page, "Record").fill("AC-7");
    await page.getByRole("option", { name: `${control.code} ${control.title}`, exact: true }).click();
    await page.getByRole("button", { name: "Link", exact: true }).click();
    const links = page.getByTestId("evidence-links");
    await links.getByRole("link", { name: `${control.code} ${control.title}` }).waitFor();
    await shot(page, "evidence-02-linked");

    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("button", { name: "Download" }).click(),
    ]);
    expect(download.suggestedFilename()).toBe("access-review.pdf");
    const id = evidencePath.split("/").at(-1)!;
    const res = await page.request.get(`${server.baseUrl}/api/v1/evidence/${id}/file`);
    expect(res.status()).toBe(200);
    expect(res.headers()["content-disposition"]).toMatch(/^attachment; filename="access-review.pdf"/);
    expect(res.headers()["content-type"]).toBe("application/pdf");
    expect(res.headers()["x-content-type-options"]).toBe("nosniff");
    expect(res.headers()["content-security-policy"]).toBe("sandbox; default-src 'none'");
    expect(Buffer.from(await res.body()).equals(PDF)).toBe(true);
  }, 60_000);

  it("shows the evidence on the control page and adds expired evidence there, shown as stale", async () => {
    await page
      .getByTestId("evidence-links")
      .getByRole("link", { name: `${control.code} ${control.title}` })
      .click();
    await expectPath(page, `/controls/library/${control.id}`);
    const panel = page.getByTestId("control-evidence");
    const row = panel.locator('[data-testid^="control-evidence-EV-"]').first();
    await row.getByText("Access review Q1").waitFor();
    expect(await row.getByTestId("evidence-state").getAttribute("data-state")).toBe("current");

    await panel.getByRole("button", { name: "Add link" }).click();
    const dialog = page.getByRole("dialog", { name: "Add evidence link" });
    await dialog.getByText(`It will be linked to control ${control.code}.`).waitFor();
    await dialog
      .getByRole("textbox", { name: "Address" })
      .fill("https://intranet.example.org/access-review-2020");
    await dialog.getByRole("textbox", { name: "Title" }).fill("Access review 2020");
    await dialog.getByLabel("Valid until").fill("2020-12-31");
    await dialog.getByRole("button", { name: "Add link", exact: true }).click();
    const stale = panel.locator('[data-testid^="control-evidence-EV-"]', { hasText: "Access review 2020" });
    await stale.getByText(/expired on 2020-12-31/).waitFor();
    expect(await stale.getByTestId("evidence-state").getAttribute("data-state")).toBe("expired");
    await shot(page, "evidence-03-control-panel");

    await page.goto(`${server.baseUrl}/controls/evidence`);
    await selectField(page, "State").click();
    await page.getByRole("option", { name: "Expired", exact: true }).click();
    await expect.poll(() => page.getByTestId("pager-summary").textContent()).toBe("1–1 of 1 evidence items");
    await page
      .getByTestId("stale-reason")
      .getByText(/expired on 2020-12-31/)
      .waitFor();
    await page.getByRole("link", { name: /^EV-\d+$/ }).click();
    await page
      .getByTestId("stale-banner")
      .getByText(/expired on 2020-12-31/)
      .waitFor();
    await shot(page, "evidence-04-stale");
  }, 90_000);
});
