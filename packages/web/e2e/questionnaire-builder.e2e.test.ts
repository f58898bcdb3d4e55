/**
 * The questionnaire builder in a real browser against a real server: an administrator creates a
 * template, adds sections and scored questions with a condition, sees a structure problem appear and
 * go, saves (ids become slugs of the text), tries answers in "Preview and score", publishes it, meets a
 * version conflict, has a publish refused with its problems listed, and adopts the built-in AI-vendor
 * questionnaire. Needs `npm run build` first; screenshots go to e2e/screenshots/ and /tmp/builder.png.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Locator, Page } from "playwright-core";
import type { QuestionnaireTemplate } from "@openaims/core";
import { createUser, expectPath, shot, signIn, startWithAdmin } from "./page-helpers";
import type { Browser, RunningServer } from "./server-harness";

const ADMIN = { name: "Ines Admin", email: "ines@example.org", password: "correct horse battery staple" };
const HOSTING = "Where is the model hosted?";
const REGIONS = "Which regions hold our data?";
const ISO = "Are you ISO/IEC 42001 certified?";

let server: RunningServer;
let browser: Browser;
let page: Page;
let templatePath = "";

/** Calls the API with the signed-in session (CSRF token on writes). */
async function call<T>(method: "GET" | "POST" | "PATCH", path: string, data?: object): Promise<T> {
  const me = (await (await page.request.get(`${server.baseUrl}/api/v1/auth/me`)).json()) as {
    csrfToken: string;
  };
  const res = await page.request.fetch(`${server.baseUrl}${path}`, {
    method,
    headers: method === "GET" ? {} : { "x-csrf-token": me.csrfToken },
    ...(data ? { data } : {}),
  });
  expect(res.status(), await res.text()).toBeLessThan(300);
  return (await res.json()) as T;
}

const templateId = () => templatePath.split("/").pop()!;
const status = () => page.getByTestId("template-status").getAttribute("data-status");
const question = (n: string): Locator => page.getByRole("group", { name: `Question ${n}`, exact: true });
const section = (n: number): Locator => page.getByRole("region", { name: `Section ${n}`, exact: true });

async function addQuestion(sectionNumber: number, type: string, text: string) {
  await page.getByRole("button", { name: `Add a question to Section ${sectionNumber}` }).click();
  await page.getByRole("menuitem", { name: type, exact: true }).click();
  const editor = section(sectionNumber)
    .getByRole("group", { name: /^Question \d+\.\d+$/ })
    .last();
  await editor.getByRole("textbox", { name: "Question", exact: true }).fill(text);
  return editor;
}

beforeAll(async () => {
  ({ server, browser, page } = await startWithAdmin(ADMIN));
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await server?.stop();
}, 60_000);

describe("questionnaire builder in the browser", () => {
  it("creates a draft from the list page", async () => {
    await page.goto(`${server.baseUrl}/vendors/questionnaires`);
    await page.getByText("No questionnaires yet.", { exact: false }).waitFor();
    await page.getByRole("button", { name: "New questionnaire" }).click();
    const dialog = page.getByRole("dialog", { name: "New questionnaire" });
    await dialog.getByRole("textbox", { name: "Name" }).fill("Cloud AI vendors");
    await dialog.getByRole("textbox", { name: "Description" }).fill("Sent to vendors hosting models for us.");
    await dialog.getByRole("button", { name: "Create draft" }).click();
    await expectPath(page, /^\/vendors\/questionnaires\/[0-9a-f-]{36}$/);
    templatePath = new URL(page.url()).pathname;
    await expect.poll(status).toBe("draft");
    await expect
      .poll(() => page.getByTestId("builder-issues").textContent())
      .toContain("add at least one question");
  }, 90_000);

  it("builds sections and scored questions with a condition", async () => {
    await section(1).getByRole("textbox", { name: "Section title" }).fill("Hosting");
    const hosting = await addQuestion(1, "Single choice", HOSTING);
    await hosting.getByRole("textbox", { name: "Label of answer 1 of Question 1.1" }).fill("Our cloud");
    await hosting
      .getByRole("textbox", { name: "Label of answer 2 of Question 1.1" })
      .fill("Third-party cloud");
    await hosting.getByRole("textbox", { name: "Score of answer 2 of Question 1.1" }).fill("4");
    await hosting.getByRole("button", { name: "Add answer" }).click();
    await hosting.getByRole("textbox", { name: "Label of answer 3 of Question 1.1" }).fill("Unknown");

    const regions = await addQuestion(1, "Text", REGIONS);
    await regions.getByRole("switch", { name: "Required" }).check({ force: true });
    await regions
      .getByRole("switch", { name: "Show only when an earlier answer is given" })
      .check({ force: true });
    await regions
      .getByRole("combobox", { name: "When the answer to" })
      .selectOption({ label: `1.1 ${HOSTING}` });
    await regions.getByRole("checkbox", { name: "Third-party cloud" }).check({ force: true });

    await page.getByRole("button", { name: "Add section" }).click();
    await section(2).getByRole("textbox", { name: "Section title" }).fill("Certifications");
    const iso = await addQuestion(2, "Yes / no", ISO);
    await iso.getByRole("textbox", { name: "Weight" }).fill("3");
    // Yes/no answers are fixed: their labels cannot change, only their scores.
    expect(
      await iso.getByRole("textbox", { name: "Label of answer 1 of Question 2.1" }).getAttribute("readonly"),
    ).not.toBeNull();
    await page.getByTestId("builder-issues-none").waitFor();
  }, 90_000);

  it("shows a condition on a later question as a problem until it is fixed", async () => {
    await page.getByRole("button", { name: "Move Question 1.2 up" }).click();
    await expect
      .poll(() => page.getByTestId("builder-issues").textContent())
      .toContain("must refer to an earlier question");
    await expect
      .poll(() => question("1.1").getByTestId("question-issues").textContent())
      .toContain("earlier question");
    await page.getByRole("button", { name: "Move Question 1.1 down" }).click();
    await page.getByTestId("builder-issues-none").waitFor();
  }, 60_000);

  it("saves: new items get ids made from their text, and the condition follows them", async () => {
    await page.getByRole("button", { name: "Save", exact: true }).click();
    await page.getByText("All changes saved").waitFor();
    await page.screenshot({ path: "/tmp/builder.png", fullPage: true });
    await shot(page, "questionnaire-builder-01");
    const t = await call<QuestionnaireTemplate>("GET", `/api/v1/questionnaire-templates/${templateId()}`);
    expect(t.version).toBe(2);
    expect(t.issues).toEqual([]);
    expect(t.content.sections.map((s) => [s.id, s.title, s.questions.map((q) => q.id)])).toEqual([
      ["general", "Hosting", ["where-is-the-model-hosted", "which-regions-hold-our-data"]],
      ["certifications", "Certifications", ["are-you-iso-iec-42001-certified"]],
    ]);
    const [hosting, regions] = t.content.sections[0]!.questions;
    expect(hosting!.options.map((o) => [o.id, o.label, o.score])).toEqual([
      ["our-cloud", "Our cloud", 10],
      ["third-party-cloud", "Third-party cloud", 4],
      ["unknown", "Unknown", 0],
    ]);
    expect(regions).toMatchObject({
      required: true,
      showIf: { questionId: "where-is-the-model-hosted", anyOf: ["third-party-cloud"] },
    });
    expect(t.content.sections[1]!.questions[0]).toMatchObject({ type: "yes_no", weight: 3 });
  }, 60_000);

  it("previews the questionnaire with a live score and rating", async () => {
    await page.getByRole("tab", { name: "Preview and score" }).click();
    const form = page.getByTestId("questionnaire-form");
    const score = () => page.getByTestId("preview-score-value").textContent();
    const rating = () => page.getByTestId("preview-rating").getAttribute("data-rating");
    await form
      .getByRole("radiogroup", { name: HOSTING })
      .getByRole("radio", { name: "Our cloud" })
      .check({ force: true });
    expect(await form.getByRole("textbox", { name: REGIONS }).count()).toBe(0); // hidden: its condition is not met
    await expect.poll(score).toBe("25"); // 1×100 % + 3×0 % over weight 4
    await expect.poll(rating).toBe("critical");
    await form
      .getByRole("radiogroup", { name: ISO })
      .getByRole("radio", { name: "Yes" })
      .check({ force: true });
    await expect.poll(score).toBe("100");
    await expect.poll(rating).toBe("low");
    await form
      .getByRole("radiogroup", { name: HOSTING })
      .getByRole("radio", { name: "Third-party cloud" })
      .check({ force: true });
    await form.getByRole("textbox", { name: REGIONS }).waitFor();
    await expect.poll(score).toBe("68"); // (0.4 + 0 + 3) / 5
    await expect.poll(rating).toBe("medium");
    await form.getByRole("textbox", { name: REGIONS }).fill("EU only");
    await expect.poll(score).toBe("85"); // the text answer waits for a reviewer: left out
    await expect.poll(() => page.getByTestId("preview-pending").textContent()).toContain("1 answer");
    await page
      .getByRole("combobox", { name: `Reviewer's score for: ${REGIONS}` })
      .selectOption({ label: "0 % (poor)" });
    await expect.poll(score).toBe("68");
    await expect
      .poll(() => page.getByTestId("questionnaire-progress").textContent())
      .toBe("3 of 3 questions answered");
    await shot(page, "questionnaire-builder-02-preview");
    await page.screenshot({ path: "/tmp/builder-preview.png", fullPage: true });
  }, 60_000);

  it("publishes it", async () => {
    await page.getByRole("tab", { name: "Questions" }).click();
    await page.getByRole("button", { name: "Publish", exact: true }).click();
    const dialog = page.getByRole("dialog", { name: /^Publish QT-\d+\?$/ });
    await dialog.getByRole("button", { name: "Publish" }).click();
    await dialog.waitFor({ state: "detached" });
    await expect.poll(status).toBe("published");
  }, 60_000);

  it("tells of a version conflict and reloads the other person's version", async () => {
    const t = await call<QuestionnaireTemplate>("GET", `/api/v1/questionnaire-templates/${templateId()}`);
    await page.getByRole("textbox", { name: "Name", exact: true }).fill("My name for it");
    await call("PATCH", `/api/v1/questionnaire-templates/${templateId()}`, {
      version: t.version,
      name: "Their name for it",
    });
    await page.getByRole("button", { name: "Save", exact: true }).click();
    const alert = page.getByRole("alert").filter({ hasText: "Someone else changed this questionnaire" });
    await alert.waitFor();
    await alert.getByRole("button", { name: "Reload" }).click();
    await expect
      .poll(() => page.getByRole("textbox", { name: "Name", exact: true }).inputValue())
      .toBe("Their name for it");
    await page.getByText("All changes saved").waitFor();
  }, 60_000);

  it("lists the problems when publishing is refused", async () => {
    await page.getByRole("button", { name: "Copy", exact: true }).click();
    await expect.poll(() => page.locator("#template-heading").textContent()).toMatch(/Copy of Their name/);
    await expect.poll(status).toBe("draft");
    await page.getByRole("button", { name: "Move Question 1.2 up" }).click();
    await page.getByRole("button", { name: "Save", exact: true }).click(); // drafts save with problems
    await page.getByText("All changes saved").waitFor();
    await page.getByRole("button", { name: "Publish", exact: true }).click();
    const dialog = page.getByRole("dialog", { name: /^Publish QT-\d+\?$/ });
    await dialog.getByRole("button", { name: "Publish" }).click();
    await expect.poll(() => dialog.getByTestId("publish-issues").textContent()).toContain("earlier question");
    await shot(page, "questionnaire-builder-04-publish-refused", false);
    await dialog.getByRole("button", { name: "Cancel" }).click();
    await expect.poll(status).toBe("draft");
  }, 60_000);

  it("adopts the built-in AI-vendor questionnaire as a draft", async () => {
    await page.getByRole("link", { name: "Questionnaires", exact: true }).first().click();
    await expectPath(page, "/vendors/questionnaires");
    await page.getByRole("button", { name: "Start from the AI-vendor questionnaire" }).click();
    const dialog = page.getByRole("dialog", { name: "Start from a built-in questionnaire" });
    await dialog.getByTestId("builtin-ai-vendor").waitFor();
    await dialog.getByRole("button", { name: /^Adopt / }).click();
    await expectPath(page, /^\/vendors\/questionnaires\/[0-9a-f-]{36}$/);
    await expect.poll(status).toBe("draft");
    await page.getByTestId("builder-issues-none").waitFor();
    expect(await page.getByRole("group", { name: /^Question \d+\.\d+$/ }).count()).toBeGreaterThan(20);
    await shot(page, "questionnaire-builder-03-adopted", false);

    // Fifty open questions stay quick to type in (only the edited question renders again).
    await page.getByRole("button", { name: "Open all questions" }).click();
    const text = question("1.1").getByRole("textbox", { name: "Question", exact: true });
    await text.fill("");
    const started = Date.now();
    await text.pressSequentially("Who trained the model you supply?");
    const perKey = (Date.now() - started) / 33;
    console.log(`typing with 50 open questions: ${perKey.toFixed(1)} ms per key`);
    expect(await text.inputValue()).toBe("Who trained the model you supply?");
    await page.getByTestId("unsaved").waitFor();
    await page.getByRole("button", { name: "Discard changes" }).click();
    await page.getByText("All changes saved").waitFor();

    await page.goto(`${server.baseUrl}/vendors/questionnaires`);
    await expect.poll(() => page.getByTestId("templates-table").locator("tbody tr").count()).toBe(3);
    await page
      .getByRole("textbox", { name: "Status" })
      .or(page.getByRole("combobox", { name: "Status" }))
      .first()
      .click();
    await page.getByRole("option", { name: "Published", exact: true }).click();
    await expect.poll(() => page.getByTestId("templates-table").locator("tbody tr").count()).toBe(1);
  }, 90_000);

  it("shows a viewer the template read-only", async () => {
    const viewer = { name: "Vic Viewer", email: "vic@example.org", password: "a viewer's long passphrase" };
    await createUser(page, server.baseUrl, viewer, "viewer");
    await signIn(page, viewer);
    await page.goto(`${server.baseUrl}${templatePath}`);
    await page.getByText("You can read this template", { exact: false }).waitFor();
    expect(await page.getByRole("button", { name: "Save", exact: true }).count()).toBe(0);
    expect(await page.getByRole("button", { name: "Publish", exact: true }).count()).toBe(0);
    expect(await page.getByRole("button", { name: "Add section" }).count()).toBe(0);
    expect(
      await page.getByRole("textbox", { name: "Name", exact: true }).getAttribute("readonly"),
    ).not.toBeNull();
    await page.goto(`${server.baseUrl}/vendors/questionnaires`);
    await page.getByTestId("templates-table").waitFor();
    expect(await page.getByRole("button", { name: "New questionnaire" }).count()).toBe(0);
  }, 60_000);
});
