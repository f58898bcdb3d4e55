/** Shared helpers of the impact-assessment route tests (one app per test file). */
import { afterAll, beforeAll, expect } from "vitest";
import {
  impactAssessmentTemplate,
  visibleQuestions,
  type Answers,
  type ImpactAssessmentView,
  type TableRow,
} from "@openaims/core";
import { bearer, createTestApp, signIn, TEST_PASSWORD, type TestApp } from "./test-app.js";

export const url = "/api/v1/impact-assessments";
export type Role = keyof TestApp["tokens"];

/** A credit-scoring system used in Germany and Colorado: needs the FRIA (Annex III 5(b)) and the Colorado assessment. */
export const creditSystem = (extra: object = {}) => ({
  name: "Consumer credit scoring",
  purpose: "Score the creditworthiness of consumer loan applicants",
  intendedUse: "Advise loan officers on loans up to EUR 50k",
  foreseeableMisuse: "Using the score to price unrelated products",
  lifecycleStage: "deployed",
  personalDataDescription: "Income, debts and repayment history",
  profile: {
    organizationRoles: ["customer"],
    jurisdictions: { eu: ["DE"], us: ["CO"] },
    consequentialDecisions: ["lending"],
    decisionRole: "makes",
    annexIIIAreas: ["essential_services"],
    processesPersonalData: true,
    affectedPersons: "Loan applicants",
    humanOversight: "A loan officer reviews every refusal",
  },
  ...extra,
});

/** Answers every required visible question that is still open, as a person finishing the form would. */
export function complete(templateId: string, given: Answers): Answers {
  const template = impactAssessmentTemplate(templateId);
  const answers: Answers = { ...given };
  for (let pass = 0; pass < 3; pass++)
    for (const q of visibleQuestions(template, answers)) {
      if (!q.required || answers[q.id] !== undefined) continue;
      if (q.type === "table") {
        const row: TableRow = {};
        for (const c of q.columns ?? [])
          if (c.required)
            row[c.id] =
              c.type === "scale" ? 2 : c.type === "single_choice" ? c.choices![0]!.value : `${c.label}`;
        answers[q.id] = [row];
      } else if (q.type === "single_choice") answers[q.id] = q.choices![0]!.value;
      else if (q.type === "yes_no") answers[q.id] = false;
      else if (q.type === "scale") answers[q.id] = q.scale!.min;
      else if (q.type === "date") answers[q.id] = "2026-11-30";
      else answers[q.id] = `Our answer to ${q.id}`;
    }
  return answers;
}

export const iaAnswers: Answers = {
  intended_purpose: "Score creditworthiness so officers decide faster",
  deployment_context: "Branch loan desks in Germany and Colorado",
  affected_groups: [
    { group: "Applicants", relation: "direct", vulnerable: false },
    { group: "Young adults with thin credit files", relation: "direct", vulnerable: true },
  ],
  impacts: [
    {
      title: "Thin-file applicants refused",
      kind: "harm",
      category: "fairness",
      severity: 4,
      likelihood: 3,
      affected: "young adults",
    },
    { title: "Leak of financial data", kind: "harm", category: "privacy", severity: 4, likelihood: 2 },
  ],
  known_limitations: "Weak for self-employed applicants",
  complaints: "Appeal form on the website, answered within 14 days",
};

/** Starts a test app for the file and returns request helpers bound to it. */
export function useAssessmentApp() {
  const h = { t: undefined as unknown as TestApp };
  beforeAll(async () => {
    h.t = await createTestApp();
  });
  afterAll(async () => h.t?.close());

  const as = (role: Role) => bearer(h.t.tokens[role]);
  const get = (path: string, role: Role) => h.t.app.inject({ url: path, headers: as(role) });
  const send = (method: "POST" | "PATCH", path: string, role: Role, payload?: object) =>
    h.t.app.inject({ method, url: path, headers: as(role), payload });

  async function createSystem(extra: object = {}) {
    const res = await send("POST", "/api/v1/ai-systems", "admin", creditSystem(extra));
    expect(res.statusCode, res.body).toBe(201);
    return res.json() as { id: string; key: string; version: number };
  }
  async function start(aiSystemId: string, templateId: string, role: Role = "contributor") {
    const res = await send("POST", url, role, { aiSystemId, templateId });
    expect(res.statusCode, res.body).toBe(201);
    return res.json() as ImpactAssessmentView;
  }
  const save = (a: ImpactAssessmentView, answers: Answers, role: Role = "contributor") =>
    send("PATCH", `${url}/${a.id}`, role, { version: a.version, answers });

  /** A draft with every required question answered, submitted by the contributor. */
  async function submitted(systemId: string) {
    const draft = await start(systemId, "ai-system-impact");
    const filled = (
      await save(draft, complete("ai-system-impact", { ...draft.answers, ...iaAnswers }))
    ).json();
    const res = await send("POST", `${url}/${draft.id}/submit`, "contributor", { version: filled.version });
    expect(res.statusCode, res.body).toBe(200);
    return res.json() as ImpactAssessmentView;
  }
  async function approvedAssessment(systemId: string) {
    const draft = await submitted(systemId);
    const approved = await send("POST", `${url}/${draft.id}/decision`, "manager", { decision: "approve" });
    expect(approved.statusCode, approved.body).toBe(200);
    return approved.json() as ImpactAssessmentView;
  }

  /** Two business units and a contributor (signed in by cookie) limited to the first. */
  async function scopedContributor(email: string) {
    const unit = (name: string) =>
      send("POST", "/api/v1/business-units", "admin", { name }).then((r) => r.json() as { id: string });
    const [unitA, unitB] = [await unit(`${email} A`), await unit(`${email} B`)];
    const created = await send("POST", "/api/v1/users", "admin", {
      email,
      name: "Scoped",
      role: "contributor",
      password: TEST_PASSWORD,
      businessUnitIds: [unitA.id],
    });
    expect(created.statusCode, created.body).toBe(201);
    const s = await signIn(h.t.app, email);
    const headers = { cookie: s.cookie, "x-csrf-token": s.csrf };
    const call = (method: "GET" | "PATCH" | "POST", path: string, payload?: object) =>
      h.t.app.inject({ method, url: path, headers, payload });
    return { unitA, unitB, call };
  }

  return { h, as, get, send, createSystem, start, save, submitted, approvedAssessment, scopedContributor };
}
