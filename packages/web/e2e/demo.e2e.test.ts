/**
 * The demo organization from the first-run dashboard, in a real browser against a real server:
 * fresh server → setup → the dashboard offers the demo → load → the inventory lists its 12 AI
 * systems → the dashboard shows that demo data is present (to a viewer too, without the remove
 * button) → remove after a confirmation → the inventory is empty and the offer is back.
 * Needs `npm run build` first; screenshots go to packages/web/e2e/screenshots/.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { createUser, expectPath, nav, shot, signIn, startWithAdmin } from "./page-helpers";
import type { Browser, RunningServer } from "./server-harness";

const ADMIN = { name: "Dana Admin", email: "dana@example.org", password: "correct horse battery staple" };
const VIEWER = { name: "Vic Viewer", email: "vic@example.org", password: "another long passphrase" };

let server: RunningServer;
let browser: Browser;
let page: Page;

const systemRows = () => page.locator('[data-testid^="system-row-"]');
const highRiskCount = () => page.getByTestId("risk-count-high-risk").getAttribute("data-count");

async function openInventory() {
  await nav(page, "Inventory").click();
  await expectPath(page, "/inventory/systems");
}

beforeAll(async () => {
  ({ server, browser, page } = await startWithAdmin(ADMIN));
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await server?.stop();
}, 60_000);

describe("the demo organization from the dashboard", () => {
  it("offers the demo to the administrator of an empty installation", async () => {
    await page.getByRole("heading", { name: "Dashboard", level: 1 }).waitFor();
    const offer = page.getByTestId("demo-invitation");
    await offer.getByRole("heading", { name: "Explore with a demo organization" }).waitFor();
    expect(await offer.textContent()).toContain("a dozen AI systems of different EU AI Act classes");
    expect(await offer.textContent()).toContain("remove");
    expect(await page.getByTestId("demo-banner").count()).toBe(0);
    await expect.poll(highRiskCount).toBe("0");
    await shot(page, "demo-01-offer");
  }, 60_000);

  it("loads it: a notice with the counts, the dashboard counts update, the inventory lists 12 systems", async () => {
    await page.getByRole("button", { name: "Load the demo organization" }).click();
    const notice = page.getByTestId("demo-loaded-notice");
    await notice.waitFor({ timeout: 60_000 });
    expect(await notice.textContent()).toContain("12 AI systems");
    expect(await notice.textContent()).toContain("5 vendors");
    expect(await page.getByTestId("demo-invitation").count()).toBe(0);
    await page.getByTestId("demo-banner").waitFor();
    // The cached counts were refreshed: the high-risk systems of the demo show at once.
    await expect.poll(highRiskCount).not.toBe("0");
    await shot(page, "demo-02-loaded");

    await notice.getByRole("link", { name: "Open the inventory" }).click();
    await expectPath(page, "/inventory/systems");
    await expect.poll(() => systemRows().count()).toBe(12);
    await page.getByRole("link", { name: "CV screening assistant" }).waitFor();
    await shot(page, "demo-03-inventory");
  }, 90_000);

  it("tells a viewer that demo data is present, without the remove button", async () => {
    await createUser(page, server.baseUrl, VIEWER, "viewer");
    await signIn(page, VIEWER);
    const banner = page.getByTestId("demo-banner");
    await banner.waitFor();
    expect(await banner.textContent()).toContain("Demo data is present");
    expect(await banner.textContent()).toContain("12 AI systems");
    expect(await page.getByRole("button", { name: "Remove demo data" }).count()).toBe(0);
    expect(await page.getByTestId("demo-invitation").count()).toBe(0);
    await signIn(page, ADMIN);
  }, 60_000);

  it("removes it after a confirmation: the inventory is empty and the offer is back", async () => {
    const banner = page.getByTestId("demo-banner");
    await banner.waitFor();
    await banner.getByRole("button", { name: "Remove demo data" }).click();
    const confirm = page.getByRole("dialog", { name: "Remove the demo data?" });
    expect(await confirm.textContent()).toContain("12 AI systems");
    // Cancelling removes nothing.
    await confirm.getByRole("button", { name: "Cancel" }).click();
    await confirm.waitFor({ state: "detached" });
    await banner.getByRole("button", { name: "Remove demo data" }).click();
    await shot(page, "demo-04-confirm-remove", false);
    await confirm.getByRole("button", { name: "Remove demo data" }).click();
    await confirm.waitFor({ state: "detached", timeout: 60_000 });
    await page.getByTestId("demo-invitation").waitFor();
    expect(await page.getByTestId("demo-banner").count()).toBe(0);
    await expect.poll(highRiskCount).toBe("0");

    await openInventory();
    await page.getByText("No AI systems yet.").waitFor();
    expect(await systemRows().count()).toBe(0);
    await shot(page, "demo-05-removed");
  }, 90_000);
});
