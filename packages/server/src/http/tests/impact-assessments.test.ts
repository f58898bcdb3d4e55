import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  impactAssessmentTemplate,
  visibleQuestions,
  type Answers,
  type ImpactAssessmentView,
  type TableRow,
} from "@openaims/core";
import { bearer, createTestApp, signIn, TEST_PASSWORD, type TestApp } from "../../test-support/test-app.js";
import { markExpiredAssessmentsDue } from "../../services/impact-assessments/assessment-due.js";

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t?.close());

const url = "/api/v1/impact-assessments";
type Role = keyof TestApp["tokens"];
const as = (role: Role) => bearer(t.tokens[role]);
const get = (path: string, role: Role) => t.app.inject({ url: path, headers: as(role) });
const send = (method: "POST" | "PATCH", path: string, role: Role, payload?: object) =>
  t.app.inject({ method, url: path, headers: as(role), payload });

/** A credit-scoring system used in Germany and Colorado: needs the FRIA (Annex III 5(b)) and the Colorado assessment. */
const creditSystem = (extra: object = {}) => ({
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
function complete(templateId: string, given: Answers): Answers {
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

const iaAnswers: Answers = {
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
async function save(a: ImpactAssessmentView, answers: Answers, role: Role = "contributor") {
  return send("PATCH", `${url}/${a.id}`, role, { version: a.version, answers });
}
async function approvedAssessment(systemId: string) {
  const draft = await start(systemId, "ai-system-impact");
  const filled = (await save(draft, complete("ai-system-impact", { ...draft.answers, ...iaAnswers }))).json();
  const submitted = await send("POST", `${url}/${draft.id}/submit`, "contributor", {
    version: filled.version,
  });
  expect(submitted.statusCode, submitted.body).toBe(200);
  const approved = await send("POST", `${url}/${draft.id}/decision`, "manager", { decision: "approve" });
  expect(approved.statusCode, approved.body).toBe(200);
  return approved.json() as ImpactAssessmentView;
}

describe("impact assessments", () => {
  it("pre-fills the FRIA and the Colorado assessment from the AI system impact assessment", async () => {
    const system = await createSystem();
    const classification = (await get(`/api/v1/ai-systems/${system.id}`, "viewer")).json().classification;
    const codes = JSON.stringify(classification);
    expect(codes).toContain("eu.deployer.fria");
    expect(codes).toContain("colorado.deployer.impact_assessment");

    const ia = await start(system.id, "ai-system-impact");
    expect(ia).toMatchObject({
      key: expect.stringMatching(/^IA-\d+$/),
      status: "draft",
      revision: 1,
      aiSystem: { id: system.id },
    });
    // The inventory record fills what it knows.
    expect(ia.answers.foreseeable_misuse).toBe("Using the score to price unrelated products");
    expect(ia.prefilledFrom.foreseeable_misuse).toEqual({
      aiSystemKey: system.key,
      field: "foreseeableMisuse",
    });
    expect(ia.answers.decision_role).toBe("makes");

    const saved = await save(ia, iaAnswers);
    expect(saved.statusCode, saved.body).toBe(200);
    const afterSave = saved.json() as ImpactAssessmentView;
    expect(afterSave.version).toBe(ia.version + 1);
    // The person replaced the pre-filled purpose: it is theirs now.
    expect(afterSave.prefilledFrom).not.toHaveProperty("intended_purpose");
    // Worst harm 4 × 3 = 12 is high; "makes the decision" adds 2 points, below the escalation at 3.
    expect(afterSave.score).toMatchObject({
      rating: "high",
      factorPoints: 2,
      worst: { title: "Thin-file applicants refused" },
    });

    const fria = await start(system.id, "eu-fria");
    expect(fria.answers.intended_purpose).toBe(iaAnswers.intended_purpose);
    expect(fria.prefilledFrom.intended_purpose).toEqual({
      assessmentKey: ia.key,
      questionId: "intended_purpose",
    });
    expect(fria.answers.deployer_process).toBe(iaAnswers.deployment_context);
    expect(fria.answers.affected_groups).toEqual(iaAnswers.affected_groups);
    expect(fria.answers.risks_of_harm).toHaveLength(2);
    expect(fria.answers.complaints).toBe(iaAnswers.complaints);
    expect(fria.prefilledFrom.risks_of_harm).toEqual({ assessmentKey: ia.key, questionId: "impacts" });
    expect(fria.answers).not.toHaveProperty("governance");
    expect(fria.completeness).toBeGreaterThan(0);
    expect(fria.missing).toContain("governance");

    const colorado = await start(system.id, "colorado-deployer");
    expect(colorado.answers.known_limitations).toBe(iaAnswers.known_limitations);
    expect(colorado.prefilledFrom.known_limitations).toEqual({
      assessmentKey: ia.key,
      questionId: "known_limitations",
    });
    expect(colorado.answers.discrimination_risks).toEqual([
      {
        title: "Thin-file applicants refused",
        kind: "harm",
        category: "fairness",
        affected: "young adults",
        severity: 4,
        likelihood: 3,
      },
    ]);
    expect(colorado.answers.user_safeguards).toBe("A loan officer reviews every refusal");

    const second = await send("POST", url, "contributor", { aiSystemId: system.id, templateId: "eu-fria" });
    expect(second.statusCode).toBe(409);
    const list = (await get(`${url}?aiSystemId=${system.id}&templateId=eu-fria`, "viewer")).json();
    expect(list).toMatchObject({ total: 1, items: [{ key: fria.key, status: "draft" }] });
  });

  it("refuses bad answers with their paths, and stale versions", async () => {
    const system = await createSystem();
    const ia = await start(system.id, "ai-system-impact");
    const bad = await save(ia, { impacts: [{ title: "x", severity: 9 }], nope: "x" });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.details.issues.map((i: { path: string }) => i.path)).toEqual([
      "answers.impacts.0.severity",
      "answers.nope",
    ]);
    for (const payload of [
      { answers: {} },
      { version: ia.version, answers: [] },
      { version: ia.version, extra: 1 },
    ]) {
      const res = await send("PATCH", `${url}/${ia.id}`, "contributor", payload);
      expect(res.statusCode, JSON.stringify(payload)).toBe(400);
    }
    for (const payload of [
      { aiSystemId: system.id, templateId: "dpia" },
      { aiSystemId: "x", templateId: "eu-fria" },
      {},
    ]) {
      const res = await t.app.inject({ method: "POST", url, headers: as("contributor"), payload });
      expect(res.statusCode, JSON.stringify(payload)).toBe(400);
    }
    expect((await get(`${url}?limit=500`, "viewer")).statusCode).toBe(400);
    expect((await get("/api/v1/impact-assessment-templates/dpia", "viewer")).statusCode).toBe(404);
    expect((await save(ia, { summary: "one" })).statusCode).toBe(200);
    expect((await save(ia, { summary: "two" })).statusCode).toBe(409);
  });

  it("submits only complete drafts, then the system owner approves; one year valid; frozen after", async () => {
    const system = await createSystem({ ownerId: t.users.viewer.id });
    const ia = await start(system.id, "ai-system-impact");
    const incomplete = await send("POST", `${url}/${ia.id}/submit`, "contributor", { version: ia.version });
    expect(incomplete.statusCode).toBe(422);
    expect(incomplete.json().error.details.missing).toContain("impacts");

    const filled = (
      await save(ia, complete("ai-system-impact", { ...ia.answers, ...iaAnswers }))
    ).json() as ImpactAssessmentView;
    expect(filled).toMatchObject({ completeness: 100, missing: [] });
    const submitted = await send("POST", `${url}/${ia.id}/submit`, "contributor", {
      version: filled.version,
    });
    expect(submitted.statusCode, submitted.body).toBe(200);
    expect(submitted.json()).toMatchObject({
      status: "in_review",
      approval: { status: "pending", steps: [{ approverUserId: t.users.viewer.id, status: "pending" }] },
    });
    expect((await save(submitted.json(), { summary: "late change" })).statusCode).toBe(422);

    // Only the system owner decides: not the submitter, not a manager.
    for (const role of ["contributor", "manager"] as const) {
      const res = await send("POST", `${url}/${ia.id}/decision`, role, { decision: "approve" });
      expect(res.statusCode, role).toBe(403);
    }
    const inbox = (await get("/api/v1/inbox", "viewer")).json();
    expect(inbox.items.some((i: { link: string }) => i.link === `/assessments/${ia.id}`)).toBe(true);
    const noReason = await send("POST", `${url}/${ia.id}/decision`, "viewer", { decision: "reject" });
    expect(noReason.statusCode).toBe(400);
    const rejected = await send("POST", `${url}/${ia.id}/decision`, "viewer", {
      decision: "reject",
      comment: "Add the appeal statistics",
    });
    expect(rejected.json()).toMatchObject({
      status: "draft",
      approval: { status: "rejected", steps: [{ comment: "Add the appeal statistics" }] },
    });

    const again = await send("POST", `${url}/${ia.id}/submit`, "contributor", {
      version: rejected.json().version,
    });
    expect(again.statusCode, again.body).toBe(200);
    const approved = await send("POST", `${url}/${ia.id}/decision`, "viewer", {
      decision: "approve",
      comment: "ok",
    });
    expect(approved.statusCode, approved.body).toBe(200);
    const today = new Date();
    const inAYear = `${today.getUTCFullYear() + 1}-${today.toISOString().slice(5, 10)}`;
    expect(approved.json()).toMatchObject({ status: "approved", validUntil: inAYear, dueReason: null });
    expect((await save(approved.json(), { summary: "after approval" })).statusCode).toBe(422);

    const trail = (
      await get(
        `/api/v1/audit-events?entityType=impact_assessment&entityId=${ia.id}&order=asc&limit=50`,
        "auditor",
      )
    ).json();
    const actions = trail.items.map((e: { action: string }) => e.action);
    expect(actions).toContain("impact_assessment.rejected");
    expect(actions.at(-1)).toBe("impact_assessment.approved");
    expect(JSON.stringify(trail.items)).toContain("Add the appeal statistics");

    // A new revision copies the answers; approving it supersedes the first.
    const revision = await send("POST", `${url}/${ia.id}/revisions`, "contributor");
    expect(revision.statusCode, revision.body).toBe(201);
    expect(revision.json()).toMatchObject({
      revision: 2,
      previousId: ia.id,
      status: "draft",
      completeness: 100,
    });
    expect(revision.json().answers.impacts).toEqual(approved.json().answers.impacts);
    expect((await send("POST", `${url}/${ia.id}/revisions`, "contributor")).statusCode).toBe(409);
    const r2 = revision.json() as ImpactAssessmentView;
    await send("POST", `${url}/${r2.id}/submit`, "contributor", { version: r2.version });
    await send("POST", `${url}/${r2.id}/decision`, "viewer", { decision: "approve" });
    expect((await get(`${url}/${ia.id}`, "viewer")).json().status).toBe("superseded");
  });

  it("asks a manager when the system has no owner, never the submitter", async () => {
    const system = await createSystem();
    const ia = await start(system.id, "ai-system-impact", "manager");
    const filled = (
      await save(ia, complete("ai-system-impact", { ...ia.answers, ...iaAnswers }), "manager")
    ).json();
    const submitted = await send("POST", `${url}/${ia.id}/submit`, "manager", { version: filled.version });
    expect(submitted.json().approval.steps[0]).toMatchObject({
      approverRole: "manager",
      approverUserId: null,
    });
    const own = await send("POST", `${url}/${ia.id}/decision`, "manager", { decision: "approve" });
    expect(own.statusCode).toBe(403);
    expect(own.json().error.message).toMatch(/your own request/);
  });

  it("marks approved assessments due after a substantial change, not after a life-cycle change", async () => {
    const system = await createSystem();
    const approved = await approvedAssessment(system.id);
    // Sends the whole record back with the change, as the system page does.
    const patch = async (change: object) => {
      const {
        id: _i,
        key: _k,
        euRiskClass: _e,
        frameworkRefs: _f,
        classification: _c,
        classifiedAt: _ca,
        intakeRequestId: _r,
        createdAt: _cr,
        updatedAt: _u,
        ...current
      } = (await get(`/api/v1/ai-systems/${system.id}`, "admin")).json();
      const res = await send("PATCH", `/api/v1/ai-systems/${system.id}`, "admin", { ...current, ...change });
      expect(res.statusCode, res.body).toBe(200);
    };
    await patch({ lifecycleStage: "retired", ownerId: t.users.manager.id });
    const still = (await get(`${url}/${approved.id}`, "viewer")).json();
    expect(still).toMatchObject({ status: "approved", dueReason: null, dueSince: null });

    await patch({ models: [{ name: "gradient-boosting", version: "2" }] });
    const due = (await get(`${url}/${approved.id}`, "viewer")).json();
    expect(due.dueReason).toMatch(/^substantial modification of AIS-\d+: the models changed$/);
    expect(due.dueSince).not.toBeNull();
    const dueList = (await get(`${url}?due=true&aiSystemId=${system.id}`, "viewer")).json();
    expect(dueList.items.map((i: { id: string }) => i.id)).toEqual([approved.id]);
  });

  it("marks assessments due when their validity ends", async () => {
    const system = await createSystem();
    const approved = await approvedAssessment(system.id);
    expect(await markExpiredAssessmentsDue(t.database.db, approved.validUntil!)).toBe(0);
    const dayAfter = new Date(Date.parse(`${approved.validUntil}T00:00:00Z`) + 86_400_000)
      .toISOString()
      .slice(0, 10);
    expect(await markExpiredAssessmentsDue(t.database.db, dayAfter)).toBeGreaterThanOrEqual(1);
    const due = (await get(`${url}/${approved.id}`, "viewer")).json();
    expect(due.dueReason).toBe(`the validity period ended on ${approved.validUntil}`);
  });

  it("creates a register risk from an impact row in one step", async () => {
    const system = await createSystem();
    const ia = await start(system.id, "ai-system-impact");
    await save(ia, iaAnswers);
    const res = await send("POST", `${url}/${ia.id}/risks`, "contributor", {
      row: 0,
      overrides: { ownerId: t.users.manager.id },
    });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toMatchObject({
      key: expect.stringMatching(/^RSK-/),
      title: "Thin-file applicants refused",
      aiSystemId: system.id,
      ownerId: t.users.manager.id,
      inherentLikelihood: 3,
      inherentImpact: 4,
      consequences: { individuals: "Affects young adults." },
    });
    const missing = await send("POST", `${url}/${ia.id}/risks`, "contributor", { row: 5 });
    expect(missing.statusCode).toBe(400);
    const trail = (
      await get(`/api/v1/audit-events?entityType=impact_assessment&entityId=${ia.id}&limit=50`, "auditor")
    ).json();
    expect(trail.items.some((e: { action: string }) => e.action === "impact_assessment.risk_created")).toBe(
      true,
    );
  });

  it("hides assessments of other business units from a scoped contributor", async () => {
    const unit = (name: string) =>
      send("POST", "/api/v1/business-units", "admin", { name }).then((r) => r.json());
    const [unitA, unitB] = [await unit("Retail"), await unit("Corporate")];
    const system = await createSystem({ businessUnitId: unitB.id });
    const ia = await start(system.id, "ai-system-impact", "admin");
    expect(ia.businessUnitId).toBe(unitB.id);
    await send("POST", "/api/v1/users", "admin", {
      email: "ia-scoped@example.org",
      name: "S",
      role: "contributor",
      password: TEST_PASSWORD,
      businessUnitIds: [unitA.id],
    });
    const s = await signIn(t.app, "ia-scoped@example.org");
    const headers = { cookie: s.cookie, "x-csrf-token": s.csrf };
    const scoped = (method: "GET" | "PATCH" | "POST", path: string, payload?: object) =>
      t.app.inject({ method, url: path, headers, payload }).then((r) => r.statusCode);
    expect(await scoped("GET", `${url}/${ia.id}`)).toBe(404);
    expect(await scoped("PATCH", `${url}/${ia.id}`, { version: ia.version, answers: {} })).toBe(404);
    expect(await scoped("POST", url, { aiSystemId: system.id, templateId: "eu-fria" })).toBe(404);
    const list = (await t.app.inject({ url: `${url}?limit=200`, headers })).json();
    expect(list.items.some((i: { id: string }) => i.id === ia.id)).toBe(false);
  });

  it("serves the templates", async () => {
    const res = (await get("/api/v1/impact-assessment-templates", "viewer")).json();
    expect(res.items.map((x: { id: string }) => x.id)).toEqual([
      "ai-system-impact",
      "eu-fria",
      "colorado-deployer",
    ]);
    const one = (await get("/api/v1/impact-assessment-templates/eu-fria", "viewer")).json();
    expect(one.legalBasis).toEqual(["EU AI Act Art. 27"]);
  });
});
