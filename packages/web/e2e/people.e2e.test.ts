/**
 * Roles, RACI and competence in a real browser against a real server: an administrator creates a
 * role and joins it, makes the role Accountable for internal audit, makes it require an AI-literacy
 * competence, sees their own gap and AI-literacy share, records the training and sees the gap
 * closed. Needs `npm run build` first; screenshots go to e2e/screenshots/.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { utcDay } from "@openaims/core";
import { expectPath, pick, shot, startWithAdmin } from "./page-helpers";
import type { Browser, RunningServer } from "./server-harness";

const ADMIN = { name: "Ines Admin", email: "ines@example.org", password: "correct horse battery staple" };
const ROLE = "Model risk lead";
const COMPETENCE = "AI literacy basics";

let server: RunningServer;
let browser: Browser;
let page: Page;

/** Picks an option of a select inside a dialog (the shared `pick` presses Escape, closing it). */
async function pickInDialog(label: string, option: string) {
  const dialog = page.getByRole("dialog");
  await dialog
    .getByRole("textbox", { name: label })
    .or(dialog.getByRole("combobox", { name: label }))
    .first()
    .click();
  await page.getByRole("option", { name: option, exact: true }).click();
}

const gapBadge = () => page.getByTestId(`gap-${ADMIN.name}-${COMPETENCE}`).getByTestId("competence-status");

beforeAll(async () => {
  ({ server, browser, page } = await startWithAdmin(ADMIN));
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await server?.stop();
}, 60_000);

describe("roles, RACI and competence in the browser", () => {
  it("creates a role with a member and makes it accountable for internal audit", async () => {
    await page.goto(`${server.baseUrl}/governance`);
    await page.getByRole("link", { name: "Roles and RACI", exact: true }).click();
    await expectPath(page, "/governance/raci");
    await page.getByText("No roles yet.", { exact: false }).first().waitFor();

    await page.getByRole("button", { name: "New role" }).click();
    const dialog = page.getByRole("dialog", { name: "New role" });
    await dialog.getByRole("textbox", { name: "Name" }).fill(ROLE);
    await dialog.getByRole("textbox", { name: "Description" }).fill("Owns model risk across AI systems");
    await dialog.getByRole("button", { name: "Create role" }).click();
    await dialog.waitFor({ state: "detached" });
    const row = page.getByTestId(`role-row-${ROLE}`);
    await row.getByText("No one holds this role").waitFor();

    await pick(page, `Add a member to ${ROLE}`, `${ADMIN.name} (${ADMIN.email})`);
    await expect.poll(() => row.textContent()).toContain(ADMIN.name);
    await expect.poll(() => row.textContent()).not.toContain("No one holds this role");

    const warnings = page.getByTestId("raci-warnings-internal-audit");
    await expect.poll(() => warnings.textContent()).toContain("no one is accountable");
    const accountable = page.getByRole("button", { name: `Accountable: ${ROLE} for Internal audit` });
    await accountable.click();
    await expect.poll(() => accountable.getAttribute("aria-pressed")).toBe("true");
    await expect.poll(() => warnings.textContent()).not.toContain("no one is accountable");
    await expect.poll(() => warnings.textContent()).toContain("no one is responsible");

    // The person view: the administrator is accountable through the role.
    const mine = page.getByTestId("person-raci");
    await expect.poll(() => mine.textContent()).toContain("Internal audit");
    await expect.poll(() => mine.textContent()).toContain(`Role ${ROLE}`);
    await shot(page, "people-01-raci");
  }, 90_000);

  it("adds a required competence, shows the gap, records training and shows it closed", async () => {
    await page.getByRole("link", { name: "Competence", exact: true }).click();
    await expectPath(page, "/governance/competence");

    await page.getByRole("button", { name: "New competence" }).click();
    const dialog = page.getByRole("dialog", { name: "New competence" });
    await dialog.getByRole("textbox", { name: "Name" }).fill(COMPETENCE);
    await dialog.getByRole("switch", { name: /Counts toward AI literacy/ }).check({ force: true });
    await dialog.getByRole("textbox", { name: "Validity in months" }).fill("12");
    await dialog.getByRole("button", { name: "Create competence" }).click();
    await dialog.waitFor({ state: "detached" });
    await page.getByTestId(`competence-row-${COMPETENCE}`).getByText("12 months").waitFor();

    const required = page.getByRole("checkbox", { name: `${ROLE} requires ${COMPETENCE}` });
    // Controlled by the server's answer: click, then wait for the saved state.
    await required.click();
    await expect.poll(() => required.isChecked()).toBe(true);
    await expect.poll(() => gapBadge().getAttribute("data-status")).toBe("missing");
    await expect.poll(() => page.getByTestId("ai-literacy-share").textContent()).toBe("0 %");
    await expect.poll(() => page.getByTestId("ai-literacy-without").textContent()).toContain(ADMIN.name);
    await shot(page, "people-02-gap");

    await page.getByRole("button", { name: "Add training record" }).click();
    const form = page.getByRole("dialog", { name: "Add a training record" });
    await pickInDialog("Person", `${ADMIN.name} (${ADMIN.email})`);
    await pickInDialog("Competence", COMPETENCE);
    await form.getByRole("textbox", { name: "Course" }).fill("AI literacy for everyone, 2026 edition");
    await form.getByLabel("Completed on").fill(utcDay());
    await form.getByRole("button", { name: "Add record" }).click();
    await form.waitFor({ state: "detached" });

    await expect.poll(() => gapBadge().getAttribute("data-status")).toBe("met");
    await expect.poll(() => page.getByTestId("ai-literacy-share").textContent()).toBe("100 %");
    const record = page.getByTestId("training-AI literacy for everyone, 2026 edition");
    await expect.poll(() => record.textContent()).toContain("from the competence's validity");
    await shot(page, "people-03-gap-closed");
  }, 90_000);
});
