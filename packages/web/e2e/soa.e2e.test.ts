/**
 * The Statement of Applicability in a real browser against a real server: a treated risk exists,
 * the administrator derives the draft and sees the Annex A control applicable with the risk as its
 * justification, excludes a control with a justification, issues the SoA (refused first while
 * controls are undecided), a manager approves it, and the comparison shows a later change.
 * Needs `npm run build` first; screenshots go to e2e/screenshots/.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { createUser, startWithAdmin, shot, signIn } from "./page-helpers";
import type { Browser, RunningServer } from "./server-harness";

const ADMIN = { name: "Ines Admin", email: "ines@example.org", password: "correct horse battery staple" };
const MANAGER = { name: "Mia Manager", email: "mia@example.org", password: "another long passphrase" };
const ISO = "iso-iec-42001:2023";

let server: RunningServer;
let browser: Browser;
let page: Page;
let riskKey = "";

type Entry = { controlId: string; applicable: boolean | null; reasons: unknown[]; version: number };

/** Calls the API with the browser's session (and its CSRF token on writes). */
async function call(method: "GET" | "POST" | "PATCH", path: string, data?: object) {
  const me = (await (await page.request.get(`${server.baseUrl}/api/v1/auth/me`)).json()) as {
    csrfToken: string;
  };
  const res = await page.request.fetch(`${server.baseUrl}${path}`, {
    method,
    headers: method === "GET" ? {} : { "x-csrf-token": me.csrfToken },
    ...(data ? { data } : {}),
  });
  expect(res.status(), `${method} ${path}: ${await res.text()}`).toBeLessThan(300);
  return res.json();
}

const row = (id: string) => page.getByTestId(`soa-row-${id}`);
/** Polls with room for a busy machine (the default gives up after one second). */
const eventually = <T>(read: () => Promise<T> | T) => expect.poll(read, { timeout: 20_000 });

beforeAll(async () => {
  ({ server, browser, page } = await startWithAdmin(ADMIN));
  await createUser(page, server.baseUrl, MANAGER, "manager");
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await server?.stop();
}, 60_000);

describe("the statement of applicability in the browser", () => {
  it("derives the draft: the control chosen in treatment is applicable with the risk as justification", async () => {
    const risk = await call("POST", "/api/v1/risks", {
      title: "Model released without validation",
      inherentLikelihood: 3,
      inherentImpact: 3,
      residualLikelihood: 2,
      residualImpact: 2,
      treatment: "mitigate",
      annexAControls: [`${ISO}/A.6.2.4`],
    });
    riskKey = risk.key;

    await page.goto(`${server.baseUrl}/controls/soa`);
    await page.getByRole("heading", { name: "Statement of Applicability" }).waitFor();
    await eventually(() => page.getByTestId("soa-count-undecided").textContent()).toBe("38");
    await page.getByRole("button", { name: "Derive draft" }).click();
    await page.getByTestId("soa-derive-notice").waitFor();
    await eventually(() => page.getByTestId("soa-count-applicable").textContent()).toBe("1");
    await eventually(() => row("A.6.2.4").textContent()).toContain("Applicable");
    const link = row("A.6.2.4").getByRole("link", { name: riskKey });
    await eventually(() => link.getAttribute("href")).toBe(`/risks/${risk.id}`);
    await shot(page, "soa-01-derived");
  }, 90_000);

  it("excludes a control only with a justification", async () => {
    await row("A.10.3").getByRole("button", { name: "Edit A.10.3" }).click();
    const drawer = page.getByRole("dialog", { name: /A\.10\.3/ });
    await drawer.getByText("Excluded", { exact: true }).click();
    await drawer.getByRole("button", { name: "Save" }).click();
    await drawer.getByText("Explain why this control is excluded").waitFor();
    await shot(page, "soa-02-exclude-needs-justification", false);
    await drawer
      .getByRole("textbox", { name: "Justification for the exclusion" })
      .fill("We use no third-party AI suppliers");
    await drawer.getByRole("button", { name: "Save" }).click();
    await drawer.waitFor({ state: "detached" });
    await eventually(() => row("A.10.3").textContent()).toContain("We use no third-party AI suppliers");
    await eventually(() => page.getByTestId("soa-count-excluded").textContent()).toBe("1");
  }, 60_000);

  it("refuses to issue while controls are undecided, then issues for a manager's approval", async () => {
    await page.getByRole("button", { name: "Issue version for approval" }).click();
    const refused = page.getByTestId("soa-issue-refused");
    await eventually(() => refused.textContent()).toContain("decide whether it applies");
    await shot(page, "soa-03-issue-refused");
    await refused.getByRole("button").first().click();

    // Decide the rest through the API, as a team working through the list would.
    const soa = (await call("GET", "/api/v1/soa")) as { items: Entry[] };
    for (const e of soa.items.filter((x) => x.applicable === null))
      await call("PATCH", `/api/v1/soa/${e.controlId}`, {
        version: e.version,
        applicable: true,
        reasons: [{ kind: "business", ref: "AI policy commitment" }],
      });
    await page.reload();
    await eventually(() => page.getByTestId("soa-count-problems").textContent()).toBe("0");
    await page.getByRole("button", { name: "Issue version for approval" }).click();
    const version = page.getByTestId("soa-version-1");
    await eventually(() => version.getAttribute("data-status")).toBe("in_review");
    await page.getByTestId("soa-pending-version").waitFor();
    const steps = page.getByTestId("approval-steps");
    await eventually(() => steps.getAttribute("data-status")).toBe("pending");
    // The administrator issued it: the engine keeps them out of the decision.
    await page.getByTestId("soa-decision-blocked").waitFor();
  }, 90_000);

  it("lets another manager approve, and compares the approved version with the working copy", async () => {
    await signIn(page, MANAGER);
    await page.goto(`${server.baseUrl}/controls/soa`);
    await page.getByRole("button", { name: "Approve version 1" }).click();
    const dialog = page.getByRole("dialog", { name: "Approve version 1" });
    await dialog.getByRole("textbox", { name: "Comment" }).fill("Reviewed in the management review");
    await dialog.getByRole("button", { name: "Approve" }).click();
    await dialog.waitFor({ state: "detached" });
    await eventually(() => page.getByTestId("soa-version-1").getAttribute("data-status")).toBe("approved");
    await eventually(() => page.getByTestId("approval-steps").getAttribute("data-status")).toBe("approved");

    await row("A.6.2.4").getByRole("button", { name: "Edit A.6.2.4" }).click();
    const drawer = page.getByRole("dialog", { name: /A\.6\.2\.4/ });
    await drawer
      .getByRole("textbox", { name: "Implementation status" })
      .or(drawer.getByRole("combobox", { name: "Implementation status" }))
      .first()
      .click();
    await page.getByRole("option", { name: "Implemented", exact: true }).click();
    await drawer.getByRole("button", { name: "Save" }).click();
    await drawer.waitFor({ state: "detached" });

    const diff = page.getByTestId("soa-diff-A.6.2.4");
    await eventually(() => diff.textContent()).toContain("Implementation: not started → implemented");
    await eventually(() => page.locator('[data-testid^="soa-diff-"]').count()).toBe(1);
    await shot(page, "soa-04-approved-and-compared");
  }, 90_000);
});
