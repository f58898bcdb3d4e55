/** Steps the browser tests share: signing in and out, the navigation, pickers, screenshots, users. */
import type { Page } from "playwright-core";
import { expect } from "vitest";
import {
  launchBrowser,
  screenshotPath,
  startServer,
  type Browser,
  type RunningServer,
} from "./server-harness";

export type Person = { name: string; email: string; password: string };

/** Waits until the browser's URL path is `path` (or matches it). */
export async function expectPath(p: Page, path: string | RegExp) {
  await p.waitForURL((url) => (typeof path === "string" ? url.pathname === path : path.test(url.pathname)), {
    timeout: 20_000,
  });
}

/** A link of the main navigation. */
export function nav(p: Page, label: string) {
  return p.getByRole("navigation", { name: "Main navigation" }).getByRole("link", { name: label });
}

/** Signs out whoever is signed in, then signs `who` in and waits for the dashboard. */
export async function signIn(p: Page, who: Pick<Person, "email" | "password">) {
  if (!p.url().endsWith("/login")) {
    await p.getByRole("button", { name: "Sign out" }).click();
    await expectPath(p, "/login");
  }
  await p.getByRole("textbox", { name: "Email", exact: true }).fill(who.email);
  await p.getByRole("textbox", { name: "Password", exact: true }).fill(who.password);
  await p.getByRole("button", { name: "Sign in" }).click();
  await expectPath(p, "/");
}

/** Creates a user through the API with the signed-in administrator's session. */
export async function createUser(p: Page, baseUrl: string, user: Person, role: "viewer" | "manager") {
  const me = (await (await p.request.get(`${baseUrl}/api/v1/auth/me`)).json()) as { csrfToken: string };
  const res = await p.request.post(`${baseUrl}/api/v1/users`, {
    headers: { "x-csrf-token": me.csrfToken },
    data: { name: user.name, email: user.email, role, password: user.password },
  });
  expect(res.status(), await res.text()).toBe(201);
}

/** A screenshot from the top of the page (a full-page shot of a scrolled page misplaces the fixed header). */
export async function shot(p: Page, name: string, fullPage = true) {
  await p.evaluate(() => window.scrollTo(0, 0));
  await p.screenshot({ path: screenshotPath(name), fullPage });
}

/** Picks an option of a Mantine select or multiselect by the field's label. */
export async function pick(p: Page, label: string, option: string) {
  await p
    .getByRole("textbox", { name: label })
    .or(p.getByRole("combobox", { name: label }))
    .first()
    .click();
  await p.getByRole("option", { name: option, exact: true }).click();
  await p.keyboard.press("Escape");
}

/**
 * A fresh server and browser, with the first administrator created through the one-time setup
 * link as a person would; the page is left signed in as that administrator.
 */
export async function startWithAdmin(
  admin: Person,
): Promise<{ server: RunningServer; browser: Browser; page: Page }> {
  const server = await startServer();
  const browser = await launchBrowser();
  const page = browser.context.pages()[0] ?? (await browser.context.newPage());
  expect(server.setupLink, `no setup link in the server output:\n${server.output()}`).toBeTruthy();
  await page.goto(server.setupLink!);
  await page.getByRole("textbox", { name: "Your name", exact: true }).fill(admin.name);
  await page.getByRole("textbox", { name: "Email", exact: true }).fill(admin.email);
  await page.getByRole("textbox", { name: "Password", exact: true }).fill(admin.password);
  await page.getByRole("textbox", { name: "Confirm password", exact: true }).fill(admin.password);
  await page.getByRole("button", { name: "Create administrator" }).click();
  await expectPath(page, "/");
  return { server, browser, page };
}
