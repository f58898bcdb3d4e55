import { chromium } from "playwright-core";
import { readFileSync } from "node:fs";
const log = readFileSync("/tmp/aims-try/out.log", "utf8");
const link = /Setup link: (\S+)/.exec(log)[1];
const base = new URL(link).origin;
const shots = "/tmp/aims-try/shots/";
const ctx = await chromium.launchPersistentContext("/tmp/aims-try/prof", {
  executablePath: "/usr/bin/chromium",
  headless: true,
  args: ["--no-sandbox", "--disable-gpu"],
  viewport: { width: 1280, height: 800 },
});
ctx.setDefaultTimeout(15000);
const page = ctx.pages()[0];
page.on("console", (m) => {
  if (m.type() === "error" || m.type() === "warning")
    console.log("console:", m.type(), m.text().slice(0, 300));
});
const tb = (name, scope = page) => scope.getByRole("textbox", { name, exact: true });
await page.goto(link);
await tb("Your name").fill("Ada Admin");
await tb("Email").fill("ada@example.org");
await tb("Password").fill("correct horse battery");
await tb("Confirm password").fill("correct horse battery");
await page.getByRole("button", { name: "Create administrator" }).click();
await page.getByRole("heading", { name: "Dashboard" }).waitFor();
// business units
await page.goto(base + "/settings/business-units");
for (const [n, d] of [
  ["Claims", "Motor and home claims handling, including the fraud-scoring model."],
  ["Marketing", ""],
]) {
  await page.getByRole("button", { name: "Create business unit" }).click();
  const dlg = page.getByRole("dialog");
  await tb("Name", dlg).fill(n);
  await tb("Description", dlg).fill(d);
  await dlg.getByRole("button", { name: "Create business unit" }).click();
  await dlg.waitFor({ state: "detached" });
}
await page.getByText("Marketing", { exact: true }).waitFor();
await page.screenshot({ path: shots + "bu.png" });
// validation error from client: empty name
await page.getByRole("button", { name: "Create business unit" }).click();
await page.getByRole("dialog").getByRole("button", { name: "Create business unit" }).click();
await page.waitForTimeout(300);
await page.screenshot({ path: shots + "bu-invalid.png" });
await page.keyboard.press("Escape");
// user: contributor with units
await page.goto(base + "/settings/users");
await page.getByRole("button", { name: "Create user" }).click();
let dlg = page.getByRole("dialog");
await tb("Name", dlg).fill("Cy Contributor");
await tb("Email", dlg).fill("cy@example.org");
await dlg.getByRole("combobox", { name: "Business units" }).click();
await page.getByRole("option", { name: /Claims/ }).click();
await page.keyboard.press("Escape");
await tb("Initial password", dlg).fill("short");
await dlg.getByRole("button", { name: "Create user" }).click();
await page.waitForTimeout(300);
await page.screenshot({ path: shots + "user-invalid.png" });
await tb("Initial password", dlg).fill("a long enough password");
await dlg.getByRole("button", { name: "Create user" }).click();
await dlg.waitFor({ state: "detached" });
// duplicate email -> server error shown on field
await page.getByRole("button", { name: "Create user" }).click();
dlg = page.getByRole("dialog");
await tb("Name", dlg).fill("Cy Again");
await tb("Email", dlg).fill("cy@example.org");
await tb("Initial password", dlg).fill("a long enough password");
await dlg.getByRole("button", { name: "Create user" }).click();
await page.waitForTimeout(500);
await page.screenshot({ path: shots + "user-duplicate.png" });
await page.keyboard.press("Escape");
await dlg.waitFor({ state: "detached" });
// edit: change role to viewer
await page.getByRole("button", { name: "Edit Cy Contributor" }).click();
dlg = page.getByRole("dialog");
await dlg.getByRole("combobox", { name: "Role" }).click();
await page.getByRole("option", { name: "Viewer" }).click();
await page.screenshot({ path: shots + "user-edit.png" });
await dlg.getByRole("button", { name: "Save changes" }).click();
await dlg.waitFor({ state: "detached" });
await page.waitForTimeout(500);
await page.screenshot({ path: shots + "users.png" });
// try to deactivate self (last admin)
await page.getByRole("button", { name: "Deactivate Ada Admin" }).click();
await page.getByRole("dialog").getByRole("button", { name: "Deactivate" }).click();
await page.waitForTimeout(500);
await page.screenshot({ path: shots + "deactivate-last-admin.png" });
await page.keyboard.press("Escape");
// account: tokens
await page.goto(base + "/settings/account");
await tb("Token name").fill("CI pipeline");
await page.getByRole("button", { name: "Create token" }).click();
await page.getByTestId("created-token").waitFor();
await page.screenshot({ path: shots + "account.png", fullPage: true });
// wrong current password
await tb("Current password").fill("wrong wrong wrong");
await tb("New password").fill("a new long password");
await tb("Confirm new password").fill("a new long password");
await page.getByRole("button", { name: "Change password" }).click();
await page.waitForTimeout(700);
console.log("after wrong current password url:", page.url());
await page
  .locator("section[aria-labelledby=password-heading]")
  .screenshot({ path: shots + "password-wrong.png" });
// audit with update expanded
await page.goto(base + "/audits/trail");
const upd = page.locator('[data-testid="audit-row"][data-action="user.updated"]').first();
await upd.waitFor();
await upd.getByRole("button").first().click();
await page.getByRole("button", { name: "Verify chain" }).click();
await page.getByTestId("verify-result").waitFor();
await page.screenshot({ path: shots + "audit.png", fullPage: true });
// coming soon
await page.goto(base + "/risks");
await page.getByRole("heading", { name: "Risks" }).waitFor();
await page.screenshot({ path: shots + "risks.png" });
await page.goto(base + "/nope");
await page.screenshot({ path: shots + "404.png" });
// keyboard focus visible
await page.goto(base + "/");
await page.getByRole("heading", { name: "Dashboard" }).waitFor();
await page.keyboard.press("Tab");
await page.screenshot({ path: shots + "focus1.png", clip: { x: 0, y: 0, width: 640, height: 200 } });
await page.keyboard.press("Tab");
await page.keyboard.press("Tab");
await page.keyboard.press("Tab");
await page.keyboard.press("Tab");
await page.screenshot({ path: shots + "focus2.png", clip: { x: 0, y: 0, width: 1280, height: 300 } });
// mobile
await page.setViewportSize({ width: 390, height: 800 });
await page.goto(base + "/settings/users");
await page.getByRole("heading", { name: "Users" }).waitFor();
await page.screenshot({ path: shots + "mobile-users.png" });
await page.getByRole("button", { name: "Open navigation" }).click();
await page.waitForTimeout(400);
await page.screenshot({ path: shots + "mobile-nav.png" });
await page.setViewportSize({ width: 1280, height: 800 });
// viewer
await page.getByRole("button", { name: "Sign out" }).click();
await tb("Email").fill("cy@example.org");
await tb("Password").fill("a long enough password");
await page.getByRole("button", { name: "Sign in" }).click();
await page.getByRole("heading", { name: "Dashboard" }).waitFor();
await page.screenshot({ path: shots + "viewer-dashboard.png" });
await page.goto(base + "/settings");
await page.waitForTimeout(500);
console.log("viewer /settings ->", page.url());
await page.screenshot({ path: shots + "viewer-settings.png" });
await page.goto(base + "/audits");
await page.waitForTimeout(500);
console.log("viewer /audits ->", page.url());
await page.goto(base + "/audits/trail");
await page.waitForTimeout(500);
console.log("viewer /audits/trail ->", page.url());
await ctx.close();
