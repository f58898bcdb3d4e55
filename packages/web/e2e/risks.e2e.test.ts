/**
 * The risk register in a real browser against a real server: an administrator adds a library risk
 * owned by a viewer, scores its residual risk above appetite, cannot simply accept it, asks the
 * owner to accept it and sees it on the heat map; the viewer approves from the inbox and the risk
 * shows accepted until the date. Needs `npm run build` first; screenshots go to e2e/screenshots/.
 */
import { readFile } from "node:fs/promises";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { createUser, expectPath, startWithAdmin, nav, pick, shot, signIn } from "./page-helpers";
import type { Browser, RunningServer } from "./server-harness";

const ADMIN = { name: "Ines Admin", email: "ines@example.org", password: "correct horse battery staple" };
const OWNER = { name: "Vera Viewer", email: "vera@example.org", password: "another long passphrase" };
const UNTIL = `${new Date().getFullYear() + 1}-06-30`;

let server: RunningServer;
let browser: Browser;
let page: Page;
let riskPath = "";
let riskTitle = "";

beforeAll(async () => {
  ({ server, browser, page } = await startWithAdmin(ADMIN));
  await createUser(page, server.baseUrl, OWNER, "viewer");
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await server?.stop();
}, 60_000);

describe("the risk register in the browser", () => {
  it("adds a library risk, scores it above appetite and refuses a plain Accept", async () => {
    const res = await page.request.get(`${server.baseUrl}/api/v1/risk-templates`);
    const first = ((await res.json()) as { items: { code: string; title: string }[] }).items[0]!;
    riskTitle = first.title;

    await nav(page, "Risks").click();
    await expectPath(page, "/risks");
    await page.getByText("No risks yet.").waitFor();
    await page.getByRole("button", { name: "From library" }).click();
    const dialog = page.getByRole("dialog", { name: "Add a risk from the library" });
    // Not `pick`: its Escape would close the dialog.
    await dialog
      .getByRole("textbox", { name: "Library risk" })
      .or(dialog.getByRole("combobox", { name: "Library risk" }))
      .first()
      .click();
    await page.getByRole("option", { name: `${first.code} ${first.title}`, exact: true }).click();
    await dialog.getByTestId("template-description").waitFor();
    await shot(page, "risks-01-from-library", false);
    await dialog.getByRole("button", { name: "Add risk" }).click();
    await expectPath(page, /^\/risks\/[0-9a-f-]{36}$/);
    riskPath = new URL(page.url()).pathname;
    await page.getByRole("heading", { name: new RegExp(`^RSK-\\d+ ${first.title}`) }).waitFor();

    await pick(page, "Owner", `${OWNER.name} (${OWNER.email})`);
    await pick(page, "Residual likelihood", "4. Likely");
    await pick(page, "Residual impact", "4. Major");
    await expect.poll(() => page.getByTestId("live-residual-level").getAttribute("data-level")).toBe("high");
    await page.getByRole("button", { name: "Save changes" }).click();
    await expect.poll(() => page.getByTestId("risk-residual-level").getAttribute("data-level")).toBe("high");
    await page.getByTestId("acceptance-needed").waitFor();

    // Above appetite, Accept needs the owner's approval: the server refuses a plain Accept.
    await pick(page, "Treatment", "Accept");
    await page.getByRole("button", { name: "Save changes" }).click();
    await expect.poll(() => page.getByTestId("form-error").textContent()).toContain("above appetite");
    await shot(page, "risks-02-above-appetite");
  }, 90_000);

  it("adapts the risk library: edits a starter risk and hides another", async () => {
    await page.goto(`${server.baseUrl}/risks/library`);
    const res = await page.request.get(`${server.baseUrl}/api/v1/risk-templates?limit=3`);
    const [, second, third] = ((await res.json()) as { items: { code: string }[] }).items;
    const row = page.getByTestId(`library-${second!.code}`);
    await row.getByRole("button", { name: "Edit" }).click();
    const dialog = page.getByRole("dialog", { name: `Edit ${second!.code}` });
    await dialog.getByRole("textbox", { name: "Title" }).fill("Our wording: screening scores drift");
    await dialog.getByRole("button", { name: "Save" }).click();
    await dialog.waitFor({ state: "detached" });
    await expect.poll(() => row.textContent()).toContain("Customized");
    await expect.poll(() => row.textContent()).toContain("Our wording: screening scores drift");

    await page.getByTestId(`library-${third!.code}`).getByRole("button", { name: "Hide" }).click();
    await expect.poll(() => page.getByTestId(`library-${third!.code}`).count()).toBe(0);
    await page.getByRole("switch", { name: "Show hidden" }).check({ force: true });
    await expect.poll(() => page.getByTestId(`library-${third!.code}`).textContent()).toContain("Hidden");
    await shot(page, "risks-01b-library");
  }, 60_000);

  it("plans a treatment action and asks the owner to accept the residual risk", async () => {
    await page.goto(`${server.baseUrl}${riskPath}`);
    await page.getByRole("textbox", { name: "New action" }).fill("Review the training data for bias");
    await page.getByRole("button", { name: "Add action" }).click();
    await expect.poll(() => page.getByTestId("risk-action").count()).toBe(1);

    const form = page.getByRole("form", { name: "Request acceptance" });
    await form.getByRole("button", { name: "Request acceptance" }).click();
    await form.getByText("Explain why the risk can be accepted").waitFor();
    await form.getByLabel("Accepted until").fill(UNTIL);
    await form
      .getByRole("textbox", { name: "Justification" })
      .fill("Mitigation is under way; the pilot is small.");
    await form.getByRole("button", { name: "Request acceptance" }).click();
    await page.locator('[data-testid="risk-status"][data-status="acceptance_pending"]').waitFor();
    await page.getByTestId("acceptance-pending").waitFor();
    await expect.poll(() => page.getByRole("button", { name: "Approve acceptance" }).count()).toBe(0);
    await shot(page, "risks-03-acceptance-pending");
  }, 60_000);

  it("shows the risk in the register and in its heat-map cell", async () => {
    await nav(page, "Risks").click();
    await expectPath(page, "/risks");
    const row = page.locator('[data-testid^="risk-row-"]').filter({ hasText: riskTitle });
    await expect.poll(() => row.count()).toBe(1);
    await expect.poll(() => row.getByTestId("residual-level").getAttribute("data-level")).toBe("high");
    await expect.poll(() => page.getByTestId("heat-cell-4-4").getAttribute("data-count")).toBe("1");
    const heat = page.getByTestId("heat-map");
    await heat.getByText("Inherent", { exact: true }).click();
    await expect.poll(() => heat.getAttribute("data-kind")).toBe("inherent");
    await expect.poll(() => heat.textContent()).toContain("1 open risks, inherent scores");
    await heat.getByText("Residual", { exact: true }).click();
    await expect.poll(() => page.getByTestId("heat-cell-4-4").getAttribute("data-count")).toBe("1");
    // A cell lists the risks it counts; another click clears the filter.
    await page.getByTestId("heat-cell-4-4").click();
    await page.getByTestId("cell-filter").waitFor();
    await expect.poll(() => page.locator('[data-testid^="risk-row-"]').count()).toBe(1);
    await page.getByTestId("heat-cell-3-3").click();
    await expect.poll(() => page.locator('[data-testid^="risk-row-"]').count()).toBe(0);
    await page.getByTestId("cell-filter").getByRole("button", { name: "Clear" }).click();
    await expect.poll(() => page.getByTestId("cell-filter").count()).toBe(0);
    await expect.poll(() => row.count()).toBe(1);
    await shot(page, "risks-04-register");

    // The export holds what the register shows: a real workbook with the risk in it.
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("button", { name: "Export the risk register as XLSX" }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^risk-register-\d{4}-\d{2}-\d{2}\.xlsx$/);
    const file = await readFile((await download.path())!);
    expect(file.subarray(0, 2).toString()).toBe("PK");
  }, 60_000);

  it("lets the owner approve the acceptance from the inbox", async () => {
    await signIn(page, OWNER);
    const badge = page.getByTestId("inbox-count");
    await expect.poll(() => badge.getAttribute("data-count"), { timeout: 20_000 }).toBe("1");
    await page.getByRole("link", { name: /^Inbox, 1 item waiting/ }).click();
    await expectPath(page, "/inbox");
    const item = page.getByTestId("inbox-item").filter({ hasText: riskTitle });
    await item.waitFor();
    await item.getByRole("link").first().click();
    await expectPath(page, riskPath);

    await page.getByRole("button", { name: "Approve acceptance" }).click();
    const dialog = page.getByRole("dialog", { name: "Accept the residual risk" });
    await dialog.getByRole("textbox", { name: "Comment" }).fill("Accepted while the review runs.");
    await dialog.getByRole("button", { name: "Approve" }).click();
    await dialog.waitFor({ state: "detached" });
    await page.locator('[data-testid="risk-status"][data-status="accepted"]').waitFor();
    await expect.poll(() => page.getByTestId("accepted-until").textContent()).toContain("until");
    await expect.poll(() => badge.getAttribute("data-count")).toBe("0");
    await shot(page, "risks-05-accepted");
  }, 60_000);
});
