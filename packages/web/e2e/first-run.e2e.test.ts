/**
 * The first-run walk a new organization takes, in a real browser against a real server:
 * setup link → first administrator → create a user → see it in the audit trail → verify the
 * chain; then sign out and sign in (wrong password refused, right one accepted).
 * Needs `npm run build` first (server and web); screenshots go to packages/web/e2e/screenshots/.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import {
  launchBrowser,
  screenshotPath,
  startServer,
  type Browser,
  type RunningServer,
} from "./server-harness";

const ADMIN = { name: "Ada Admin", email: "ada@example.org", password: "correct horse battery staple" };
const NEW_USER = { name: "Bo Viewer", email: "bo.viewer@example.org", password: "another long passphrase" };

let server: RunningServer;
let browser: Browser;
let page: Page;

/** Waits until the browser's URL path is `path`. */
async function expectPath(p: Page, path: string) {
  await p.waitForURL((url) => url.pathname === path, { timeout: 20_000 });
}

describe("first run in the browser", () => {
  beforeAll(async () => {
    server = await startServer();
    browser = await launchBrowser();
    page = browser.context.pages()[0] ?? (await browser.context.newPage());
  }, 90_000);

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  }, 60_000);

  it("creates the administrator from the setup link and lands in the app", async () => {
    expect(server.setupLink, `no setup link in the server output:\n${server.output()}`).toBeTruthy();
    const token = new URL(server.setupLink!).searchParams.get("token");
    await page.goto(server.setupLink!);
    await page.getByRole("heading", { name: "Set up OpenAIMS" }).waitFor();
    expect(await page.getByRole("textbox", { name: "Setup token", exact: true }).inputValue()).toBe(token);
    await page.screenshot({ path: screenshotPath("01-setup") });

    await page.getByRole("textbox", { name: "Your name", exact: true }).fill(ADMIN.name);
    await page.getByRole("textbox", { name: "Email", exact: true }).fill(ADMIN.email);
    await page.getByRole("textbox", { name: "Password", exact: true }).fill(ADMIN.password);
    await page.getByRole("textbox", { name: "Confirm password", exact: true }).fill(ADMIN.password);
    await page.getByRole("button", { name: "Create administrator" }).click();

    await expectPath(page, "/");
    await page.getByRole("heading", { name: "Dashboard", level: 1 }).waitFor();
    await expect(page.getByTestId("current-user").textContent()).resolves.toContain(ADMIN.name);
    expect(await page.title()).toBe("Dashboard · OpenAIMS");
    // Landmarks for assistive technology.
    await expect.poll(() => page.getByRole("banner").count()).toBe(1);
    await expect.poll(() => page.getByRole("navigation", { name: "Main navigation" }).count()).toBe(1);
    await expect.poll(() => page.getByRole("main").count()).toBe(1);
    await page.screenshot({ path: screenshotPath("02-dashboard"), fullPage: true });
  }, 60_000);

  it("creates a user under Settings → Users", async () => {
    await page
      .getByRole("navigation", { name: "Main navigation" })
      .getByRole("link", { name: "Settings" })
      .click();
    await expectPath(page, "/settings/users");
    await page.getByRole("heading", { name: "Users" }).waitFor();
    await page.getByRole("button", { name: "Create user" }).click();

    const dialog = page.getByRole("dialog", { name: "Create user" });
    await dialog.waitFor();
    await dialog.getByRole("textbox", { name: "Name", exact: true }).fill(NEW_USER.name);
    await dialog.getByRole("textbox", { name: "Email", exact: true }).fill(NEW_USER.email);
    await dialog.getByRole("combobox", { name: "Role" }).click();
    await page.getByRole("option", { name: "Viewer" }).click();
    await dialog.getByRole("textbox", { name: "Initial password", exact: true }).fill(NEW_USER.password);
    await page.screenshot({ path: screenshotPath("03-create-user") });
    await dialog.getByRole("button", { name: "Create user" }).click();
    await dialog.waitFor({ state: "detached" });

    const row = page.getByTestId(`user-row-${NEW_USER.email}`);
    await row.waitFor();
    await expect.poll(() => row.textContent()).toContain("Viewer");
    expect(await page.title()).toBe("Users · OpenAIMS");
    await page.screenshot({ path: screenshotPath("04-users"), fullPage: true });
  }, 60_000);

  it("shows the user.created event in the audit trail and verifies the chain", async () => {
    await page
      .getByRole("navigation", { name: "Main navigation" })
      .getByRole("link", { name: "Audits" })
      .click();
    await expectPath(page, "/audits/trail");
    const created = page.locator('[data-testid="audit-row"][data-action="user.created"]', {
      hasText: NEW_USER.email,
    });
    await created.waitFor();

    await created.getByRole("button", { name: /Show changes of event/ }).click();
    const detail = page.locator('[data-testid^="audit-detail-"]');
    await detail.waitFor();
    await expect.poll(() => detail.textContent()).toContain(NEW_USER.email);

    await page.getByRole("button", { name: "Verify chain" }).click();
    const result = page.getByTestId("verify-result");
    await result.waitFor();
    await expect.poll(() => result.getAttribute("data-intact")).toBe("true");
    await expect.poll(() => result.textContent()).toContain("Audit trail intact");
    await page.screenshot({ path: screenshotPath("05-audit-trail"), fullPage: true });
  }, 60_000);

  it("signs out, refuses a wrong password and accepts the right one", async () => {
    await page.getByRole("button", { name: "Sign out" }).click();
    await expectPath(page, "/login");

    await page.getByRole("textbox", { name: "Email", exact: true }).fill(ADMIN.email);
    await page.getByRole("textbox", { name: "Password", exact: true }).fill("not the password at all");
    await page.getByRole("button", { name: "Sign in" }).click();
    const error = page.getByTestId("login-error");
    await error.waitFor();
    await expect.poll(() => error.textContent()).toContain("Wrong email or password");
    await page.screenshot({ path: screenshotPath("06-login-error") });

    await page.getByRole("textbox", { name: "Password", exact: true }).fill(ADMIN.password);
    await page.getByRole("button", { name: "Sign in" }).click();
    await expectPath(page, "/");
    await page.getByRole("heading", { name: "Dashboard", level: 1 }).waitFor();
  }, 60_000);

  it("keeps the dark theme across a reload", async () => {
    await page.getByRole("button", { name: "Switch to dark theme" }).click();
    await page.reload();
    await page.getByRole("heading", { name: "Dashboard", level: 1 }).waitFor();
    await expect.poll(() => page.locator("html").getAttribute("data-mantine-color-scheme")).toBe("dark");
    await page.screenshot({ path: screenshotPath("07-dashboard-dark"), fullPage: true });
    await page.getByRole("button", { name: "Switch to light theme" }).click();
  }, 60_000);
});
