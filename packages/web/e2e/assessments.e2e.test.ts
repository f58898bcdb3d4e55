/**
 * Impact assessments in a real browser against a real server: an administrator registers an EU and
 * Colorado credit-scoring system through the API, fills its AI system impact assessment in the
 * browser (saved as they type, conditional questions, the impacts table), finishes it, submits it,
 * starts the FRIA and sees the shared answers pre-filled; a manager approves the assessment.
 * Needs `npm run build` first; screenshots go to e2e/screenshots/.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { impactAssessmentTemplate, visibleQuestions, type Answers, type TableRow } from "@openaims/core";
import { createUser, expectPath, startWithAdmin, nav, shot, signIn } from "./page-helpers";
import type { Browser, RunningServer } from "./server-harness";

const ADMIN = { name: "Ines Admin", email: "ines@example.org", password: "correct horse battery staple" };
const MANAGER = { name: "Max Manager", email: "max@example.org", password: "another long passphrase" };
const PURPOSE = "Score the creditworthiness of consumer loan applicants in Germany and Colorado";

let server: RunningServer;
let browser: Browser;
let page: Page;
let systemId = "";
let assessmentPath = "";

/** Calls the API with the signed-in session (CSRF token on writes). */
async function call(method: "GET" | "POST" | "PATCH", path: string, data?: object) {
  const me = (await (await page.request.get(`${server.baseUrl}/api/v1/auth/me`)).json()) as {
    csrfToken: string;
  };
  const res = await page.request.fetch(`${server.baseUrl}${path}`, {
    method,
    headers: method === "GET" ? {} : { "x-csrf-token": me.csrfToken },
    ...(data ? { data } : {}),
  });
  expect(res.status(), await res.text()).toBeLessThan(300);
  return res.json() as Promise<Record<string, unknown> & { id: string; version: number; answers: Answers }>;
}

/** Answers the required questions a person has not answered yet (the rest of the form). */
function finish(answers: Answers): Answers {
  const template = impactAssessmentTemplate("ai-system-impact");
  const out: Answers = {};
  for (const q of visibleQuestions(template, answers)) {
    if (!q.required || (answers[q.id] !== undefined && answers[q.id] !== "")) continue;
    if (q.type === "table") {
      const row: TableRow = {};
      for (const c of q.columns ?? [])
        if (c.required)
          row[c.id] = c.type === "scale" ? 2 : c.type === "single_choice" ? c.choices![0]!.value : "x";
      out[q.id] = [row];
    } else if (q.type === "single_choice") out[q.id] = q.choices![0]!.value;
    else if (q.type === "yes_no") out[q.id] = false;
    else if (q.type === "scale") out[q.id] = q.scale!.min;
    else out[q.id] = `Our answer to ${q.label}`;
  }
  return out;
}

const question = (id: string) => page.getByTestId(`question-${id}`);
const saved = () =>
  expect
    .poll(() => page.getByTestId("save-state").getAttribute("data-state"), { timeout: 15_000 })
    .toBe("saved");

beforeAll(async () => {
  ({ server, browser, page } = await startWithAdmin(ADMIN));
  await createUser(page, server.baseUrl, MANAGER, "manager");
  const system = await call("POST", "/api/v1/ai-systems", {
    name: "Consumer credit scoring",
    purpose: PURPOSE,
    intendedUse: "Advise loan officers",
    lifecycleStage: "deployed",
    profile: {
      organizationRoles: ["customer"],
      jurisdictions: { eu: ["DE"], us: ["CO"] },
      consequentialDecisions: ["lending"],
      decisionRole: "makes",
      annexIIIAreas: ["essential_services"],
      processesPersonalData: true,
      humanOversight: "A loan officer reviews every refusal",
    },
  });
  systemId = system.id;
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await server?.stop();
}, 60_000);

describe("impact assessments in the browser", () => {
  it("shows the templates the system needs and starts the AI system impact assessment", async () => {
    await page.goto(`${server.baseUrl}/inventory/systems/${systemId}`);
    const section = page.getByTestId("system-assessments");
    await expect.poll(() => section.getByTestId("required-templates").textContent()).toContain("Art. 27");
    await expect.poll(() => section.textContent()).toContain("Colorado deployer impact assessment");
    await nav(page, "Assessments").click();
    await expectPath(page, "/assessments");
    await page.getByText("No assessments yet.").waitFor();
    await page.getByRole("button", { name: "New assessment" }).click();
    const dialog = page.getByRole("dialog", { name: "Start an impact assessment" });
    await dialog
      .getByRole("textbox", { name: "AI system" })
      .or(dialog.getByRole("combobox", { name: "AI system" }))
      .first()
      .click();
    await page.getByRole("option", { name: /Consumer credit scoring/ }).click();
    await dialog.getByText("AI system impact assessment (required)").waitFor();
    await dialog.getByText("Fundamental rights impact assessment (EU AI Act) (required)").waitFor();
    await dialog.getByRole("button", { name: "Start assessment" }).click();
    await expectPath(page, /^\/assessments\/[0-9a-f-]{36}$/);
    assessmentPath = new URL(page.url()).pathname;
    // The inventory record pre-filled the purpose.
    await expect.poll(() => question("intended_purpose").locator("textarea").inputValue()).toBe(PURPOSE);
    await question("intended_purpose")
      .getByText(/pre-filled from the AIS-\d+ record/)
      .waitFor();
  }, 90_000);

  it("saves answers as they are typed, shows conditional questions and keeps table rows", async () => {
    await expect.poll(() => question("data_categories").count()).toBe(1); // personal data: yes from the record
    await question("processes_personal_data").getByRole("radio", { name: "No" }).check();
    await expect.poll(() => question("data_categories").count()).toBe(0);
    await question("processes_personal_data").getByRole("radio", { name: "Yes" }).check();
    await question("data_categories").locator("textarea").fill("Income, debts and repayment history");
    await question("deployment_context").locator("textarea").fill("Loan desks of our branches");
    await question("impacts").getByRole("button", { name: "Add a row to Impacts" }).click();
    const row = page.getByTestId("impacts-row").first();
    await row.getByRole("textbox", { name: "Impact, row 1" }).fill("Thin-file applicants refused");
    await row.getByRole("combobox", { name: "Harm or benefit, row 1" }).selectOption("harm");
    await row.getByRole("combobox", { name: "Category, row 1" }).selectOption("fairness");
    await row.getByRole("combobox", { name: "Severity, row 1" }).selectOption("4");
    await row.getByRole("combobox", { name: "Likelihood, row 1" }).selectOption("3");
    await saved();
    await expect.poll(() => page.getByTestId("score").getAttribute("data-rating")).toBe("high");
    await shot(page, "assessments-01-form");

    await page.reload();
    await expect
      .poll(() => question("deployment_context").locator("textarea").inputValue())
      .toBe("Loan desks of our branches");
    await expect.poll(() => page.getByTestId("impacts-row").count()).toBe(1);
    const percent = Number(await page.getByTestId("completeness").getAttribute("data-percent"));
    expect(percent).toBeGreaterThan(0);
    expect(percent).toBeLessThan(100);
  }, 90_000);

  it("submits the finished assessment for a manager's approval", async () => {
    const id = assessmentPath.split("/").pop()!;
    const current = await call("GET", `/api/v1/impact-assessments/${id}`);
    await call("PATCH", `/api/v1/impact-assessments/${id}`, {
      version: current.version,
      answers: finish(current.answers),
    });
    await page.reload();
    await expect.poll(() => page.getByTestId("completeness").getAttribute("data-percent")).toBe("100");
    await page.getByRole("button", { name: "Submit for approval" }).click();
    await page.locator('[data-testid="assessment-status"][data-status="in_review"]').waitFor();
    // The administrator submitted it and is no manager: the page says why they cannot decide.
    await expect
      .poll(() => page.getByTestId("decision-blocker").textContent())
      .toMatch(/needs a manager|own request/);
  }, 60_000);

  it("pre-fills the FRIA from the AI system impact assessment", async () => {
    await page.goto(`${server.baseUrl}/assessments`);
    await page.getByRole("button", { name: "New assessment" }).click();
    const dialog = page.getByRole("dialog", { name: "Start an impact assessment" });
    await dialog
      .getByRole("textbox", { name: "AI system" })
      .or(dialog.getByRole("combobox", { name: "AI system" }))
      .first()
      .click();
    await page.getByRole("option", { name: /Consumer credit scoring/ }).click();
    await dialog.getByRole("radio", { name: /Fundamental rights impact assessment/ }).check();
    await dialog.getByRole("button", { name: "Start assessment" }).click();
    await expectPath(page, /^\/assessments\/[0-9a-f-]{36}$/);
    await expect
      .poll(() => question("deployer_process").locator("textarea").inputValue())
      .toBe("Loan desks of our branches");
    await question("deployer_process")
      .getByText(/pre-filled from IA-1/)
      .waitFor();
    await expect.poll(() => page.getByTestId("risks_of_harm-row").count()).toBe(1);
    await shot(page, "assessments-02-fria-prefilled");

    // Someone else saves the FRIA meanwhile: the next autosave reports the conflict instead of overwriting.
    const friaId = new URL(page.url()).pathname.split("/").pop()!;
    const fria = await call("GET", `/api/v1/impact-assessments/${friaId}`);
    await call("PATCH", `/api/v1/impact-assessments/${friaId}`, {
      version: fria.version,
      answers: { governance: "Written in another tab" },
    });
    await question("governance").locator("textarea").fill("Our risk committee decides");
    await expect
      .poll(() => page.getByTestId("save-state").getAttribute("data-state"), { timeout: 15_000 })
      .toBe("conflict");
    const after = await call("GET", `/api/v1/impact-assessments/${friaId}`);
    expect(after.answers.governance).toBe("Written in another tab");
  }, 60_000);

  it("lets a manager approve the assessment", async () => {
    await signIn(page, MANAGER);
    await page.goto(`${server.baseUrl}${assessmentPath}`);
    await page.getByRole("button", { name: "Approve" }).click();
    const dialog = page.getByRole("dialog", { name: "Approve the assessment" });
    await dialog.getByRole("textbox", { name: "Comment" }).fill("Reviewed with the credit team.");
    await dialog.getByRole("button", { name: "Approve" }).click();
    await dialog.waitFor({ state: "detached" });
    await page.locator('[data-testid="assessment-status"][data-status="approved"]').waitFor();
    await expect.poll(() => page.getByTestId("approval-steps").getAttribute("data-status")).toBe("approved");
    await page
      .getByText(/valid until/)
      .first()
      .waitFor();
    await shot(page, "assessments-03-approved");
  }, 60_000);
});
