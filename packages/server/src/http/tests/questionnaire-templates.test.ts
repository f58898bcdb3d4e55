/** Questionnaire templates (ISO/IEC 42001 A.10.3) through the API: build, publish, retire, copy, adopt. */
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEFAULT_AI_VENDOR_QUESTIONNAIRE, type Role } from "@openaims/core";
import { auditEvents, questionnaireTemplates } from "../../db/schema/index.js";
import { loadSendableTemplate } from "../../services/questionnaires/template-access.js";
import { bearer, createTestApp, type TestApp } from "../../test-support/test-app.js";

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t?.close());

const BASE = "/api/v1/questionnaire-templates";
type Template = {
  id: string;
  key: string;
  name: string;
  status: string;
  version: number;
  origin: string | null;
  owner: { id: string } | null;
  questionCount: number;
  campaignCount: number;
  content: { sections: { id: string; questions: { id: string }[] }[] };
  issues: { path: string; message: string }[];
  sentCopiesFrozen: boolean;
};

async function call(role: Role, method: "GET" | "POST" | "PATCH" | "DELETE", url: string, payload?: object) {
  const res = await t.app.inject({ method, url, headers: bearer(t.tokens[role]), payload });
  return { status: res.statusCode, body: res.body ? res.json() : null };
}
const yesNo = [
  { id: "yes", label: "Yes", score: 10 },
  { id: "no", label: "No", score: 0 },
];
const goodContent = {
  sections: [
    {
      id: "security",
      title: "Security",
      questions: [
        {
          id: "iso27001",
          text: "Are you ISO/IEC 27001 certified?",
          type: "yes_no",
          options: yesNo,
          required: true,
        },
        {
          id: "cert",
          text: "Upload the certificate",
          type: "file",
          showIf: { questionId: "iso27001", anyOf: ["yes"] },
        },
      ],
    },
  ],
};
async function create(extra: object = {}): Promise<Template> {
  const res = await call("contributor", "POST", BASE, {
    name: "Model vendors",
    description: "For model APIs",
    ...extra,
  });
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  return res.body as Template;
}
async function actions(entityId: string): Promise<string[]> {
  const rows = await t.database.db
    .select({ action: auditEvents.action })
    .from(auditEvents)
    .where(eq(auditEvents.entityId, entityId))
    .orderBy(auditEvents.seq);
  return rows.map((r) => r.action);
}

describe("creating and editing", () => {
  it("creates a draft with one empty section, owned by its creator", async () => {
    const tpl = await create();
    expect(tpl).toMatchObject({
      key: expect.stringMatching(/^QT-\d+$/),
      status: "draft",
      version: 1,
      origin: null,
      questionCount: 0,
      campaignCount: 0,
      sentCopiesFrozen: true,
      owner: { id: t.users.contributor.id },
    });
    expect(tpl.content.sections).toHaveLength(1);
    expect(tpl.content.sections[0]!.questions).toEqual([]);
    expect(await actions(tpl.id)).toEqual(["questionnaire_template.created"]);
  });

  it("saves content, counts questions and lists it", async () => {
    const tpl = await create({ name: "Hosting providers" });
    const saved = await call("contributor", "PATCH", `${BASE}/${tpl.id}`, {
      version: 1,
      content: goodContent,
    });
    expect(saved.status, JSON.stringify(saved.body)).toBe(200);
    expect(saved.body).toMatchObject({ version: 2, questionCount: 2, issues: [] });
    // defaults are filled in: help, weight, rating bands
    expect(saved.body.content.sections[0].questions[0]).toMatchObject({ help: "", weight: 1, showIf: null });
    expect(saved.body.content.ratingBands).toEqual({ low: 80, medium: 60, high: 40 });

    const list = await call("viewer", "GET", `${BASE}?q=hosting`);
    expect(list.status).toBe(200);
    expect(list.body.total).toBe(1);
    expect(list.body.items[0]).toMatchObject({ id: tpl.id, questionCount: 2, status: "draft" });
    expect(list.body.items[0].content).toBeUndefined();
    expect(await actions(tpl.id)).toEqual([
      "questionnaire_template.created",
      "questionnaire_template.updated",
    ]);
  });

  it("lets a draft be saved with structure issues and reports them in the view", async () => {
    const tpl = await create();
    const broken = {
      sections: [
        {
          id: "s",
          title: "S",
          questions: [
            { id: "a", text: "A?", type: "text" },
            { id: "b", text: "B?", type: "text", showIf: { questionId: "a", anyOf: ["yes"] } },
          ],
        },
      ],
    };
    const res = await call("contributor", "PATCH", `${BASE}/${tpl.id}`, { version: 1, content: broken });
    expect(res.status).toBe(200);
    expect(res.body.issues).toEqual([
      { path: "sections.0.questions.1.showIf.questionId", message: expect.any(String) },
    ]);
  });
});

describe("publishing and retiring", () => {
  it("refuses to publish a template with issues, listing their paths, and changes nothing", async () => {
    const tpl = await create();
    const empty = await call("manager", "POST", `${BASE}/${tpl.id}/publish`, { version: 1 });
    expect(empty.status).toBe(400);
    expect(empty.body.error.code).toBe("VALIDATION_FAILED");
    expect(empty.body.error.details.issues).toEqual([
      { path: "sections", message: "add at least one question" },
    ]);

    const bad = {
      sections: [
        {
          id: "s",
          title: "S",
          questions: [
            { id: "a", text: "A?", type: "single_choice", options: [{ id: "x", label: "X" }] },
            { id: "a", text: "Again?", type: "yes_no", options: yesNo },
          ],
        },
      ],
    };
    await call("contributor", "PATCH", `${BASE}/${tpl.id}`, { version: 1, content: bad });
    const refused = await call("manager", "POST", `${BASE}/${tpl.id}/publish`, { version: 2 });
    expect(refused.status).toBe(400);
    expect(refused.body.error.details.issues.map((i: { path: string }) => i.path)).toEqual([
      "sections.0.questions.0.options",
      "sections.0.questions.1.id",
    ]);
    const [row] = await t.database.db
      .select()
      .from(questionnaireTemplates)
      .where(eq(questionnaireTemplates.id, tpl.id));
    expect(row).toMatchObject({ status: "draft", version: 2 });
    expect(await actions(tpl.id)).not.toContain("questionnaire_template.published");
  });

  it("publishes, keeps a published template sendable on edits, retires and republishes", async () => {
    const tpl = await create({ content: goodContent });
    await expect(loadSendableTemplate(t.database.db, tpl.id)).rejects.toMatchObject({
      code: "CONFLICT",
      message: expect.stringContaining("publish it first"),
    });
    const pub = await call("manager", "POST", `${BASE}/${tpl.id}/publish`, { version: 1 });
    expect(pub.status, JSON.stringify(pub.body)).toBe(200);
    expect(pub.body).toMatchObject({ status: "published", version: 2 });

    const sendable = await loadSendableTemplate(t.database.db, tpl.id);
    expect(sendable).toMatchObject({ id: tpl.id, key: tpl.key, version: 2 });
    expect(sendable.content.sections[0]!.questions.map((q) => q.id)).toEqual(["iso27001", "cert"]);

    // an edit that would break a published template is refused; a clean edit goes through
    const broken = structuredClone(goodContent);
    broken.sections[0]!.questions[1]!.showIf = { questionId: "nowhere", anyOf: ["yes"] };
    const refused = await call("contributor", "PATCH", `${BASE}/${tpl.id}`, { version: 2, content: broken });
    expect(refused.status).toBe(400);
    expect(refused.body.error.details.issues[0].path).toBe("sections.0.questions.1.showIf.questionId");
    const renamed = await call("contributor", "PATCH", `${BASE}/${tpl.id}`, { version: 2, name: "Renamed" });
    expect(renamed.body).toMatchObject({ status: "published", name: "Renamed", version: 3 });

    const again = await call("manager", "POST", `${BASE}/${tpl.id}/publish`, { version: 3 });
    expect(again.status).toBe(409);

    const retired = await call("manager", "POST", `${BASE}/${tpl.id}/retire`, { version: 3 });
    expect(retired.status).toBe(200);
    expect(retired.body.status).toBe("retired");
    await expect(loadSendableTemplate(t.database.db, tpl.id)).rejects.toMatchObject({ code: "CONFLICT" });
    const editRetired = await call("contributor", "PATCH", `${BASE}/${tpl.id}`, { version: 4, name: "X" });
    expect(editRetired.status).toBe(409);

    const back = await call("manager", "POST", `${BASE}/${tpl.id}/publish`, { version: 4 });
    expect(back.body.status).toBe("published");
    expect(await actions(tpl.id)).toEqual([
      "questionnaire_template.created",
      "questionnaire_template.published",
      "questionnaire_template.updated",
      "questionnaire_template.retired",
      "questionnaire_template.published",
    ]);
  });

  it("refuses to retire a draft", async () => {
    const tpl = await create({ content: goodContent });
    const res = await call("manager", "POST", `${BASE}/${tpl.id}/retire`, { version: 1 });
    expect(res.status).toBe(409);
    expect(res.body.error.message).toMatch(/delete it/);
  });

  it("answers 404 for an unknown template, also to loadSendableTemplate", async () => {
    const id = "00000000-0000-4000-8000-000000000000";
    expect((await call("viewer", "GET", `${BASE}/${id}`)).status).toBe(404);
    expect((await call("manager", "POST", `${BASE}/${id}/publish`, { version: 1 })).status).toBe(404);
    await expect(loadSendableTemplate(t.database.db, id)).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});

describe("copying and adopting", () => {
  it("copies a template into a new draft named Copy of …", async () => {
    const tpl = await create({ name: "Data labelling vendors", content: goodContent });
    await call("manager", "POST", `${BASE}/${tpl.id}/publish`, { version: 1 });
    const copy = await call("contributor", "POST", `${BASE}/${tpl.id}/copy`, {});
    expect(copy.status, JSON.stringify(copy.body)).toBe(201);
    expect(copy.body).toMatchObject({
      name: "Copy of Data labelling vendors",
      status: "draft",
      version: 1,
      questionCount: 2,
    });
    expect(copy.body.id).not.toBe(tpl.id);
    expect(copy.body.key).not.toBe(tpl.key);
    const named = await call("contributor", "POST", `${BASE}/${tpl.id}/copy`, { name: "Labelling v2" });
    expect(named.body.name).toBe("Labelling v2");
    // no body at all is fine too (a CLI or script may post nothing)
    const bare = await t.app.inject({
      method: "POST",
      url: `${BASE}/${tpl.id}/copy`,
      headers: bearer(t.tokens.contributor),
    });
    expect(bare.statusCode, bare.body).toBe(201);
    expect(await actions(copy.body.id)).toEqual(["questionnaire_template.copied"]);
  });

  it("lists the built-in questionnaire and adopts it as a draft remembering its origin", async () => {
    const builtin = await call("viewer", "GET", `${BASE}/builtin`);
    expect(builtin.status).toBe(200);
    expect(builtin.body.items).toHaveLength(1);
    const expected = DEFAULT_AI_VENDOR_QUESTIONNAIRE.content.sections.reduce(
      (n, s) => n + s.questions.length,
      0,
    );
    expect(builtin.body.items[0]).toMatchObject({
      slug: "ai-vendor",
      name: DEFAULT_AI_VENDOR_QUESTIONNAIRE.name,
      questionCount: expected,
    });

    const adopted = await call("contributor", "POST", `${BASE}/builtin/ai-vendor/adopt`, {});
    expect(adopted.status, JSON.stringify(adopted.body)).toBe(201);
    expect(adopted.body).toMatchObject({
      status: "draft",
      origin: "ai-vendor",
      questionCount: expected,
      issues: [],
    });
    expect(await actions(adopted.body.id)).toEqual(["questionnaire_template.adopted"]);

    // it publishes as it is
    const pub = await call("manager", "POST", `${BASE}/${adopted.body.id}/publish`, { version: 1 });
    expect(pub.status).toBe(200);
  });

  it("answers 404 for an unknown built-in and creates nothing", async () => {
    const before = (await t.database.db.select().from(questionnaireTemplates)).length;
    expect((await call("contributor", "POST", `${BASE}/builtin/no-such/adopt`, {})).status).toBe(404);
    expect((await call("contributor", "POST", `${BASE}/builtin/Bad%20Slug/adopt`, {})).status).toBe(400);
    expect((await t.database.db.select().from(questionnaireTemplates)).length).toBe(before);
  });
});
