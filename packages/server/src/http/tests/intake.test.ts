import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, bearer, TEST_PASSWORD, type TestApp } from "../../test-support/test-app.js";

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({}, { withCatalogs: true });
});
afterAll(async () => t?.close());

const cvScreening = {
  name: "CV screening assistant",
  purpose: "Ranks job applicants for recruiters",
  vendors: [{ name: "HireCo" }],
  models: [{ name: "hireco-ranker", type: "classical_ml" }],
  profile: {
    organizationRoles: ["customer"],
    jurisdictions: { eu: ["DE"], us: [], other: [] },
    annexIIIAreas: ["employment"],
    consequentialDecisions: ["employment"],
    decisionRole: "substantial_factor",
    processesPersonalData: true,
    performsProfiling: true,
  },
};

describe("intake to inventory", () => {
  it("submits, triages and approves an intake; the system lands in the inventory with its EU class and reasons", async () => {
    const submitted = await t.app.inject({
      method: "POST",
      url: "/api/v1/intake-requests",
      headers: bearer(t.tokens.viewer),
      payload: cvScreening,
    });
    expect(submitted.statusCode, submitted.body).toBe(201);
    const intake = submitted.json();
    expect(intake).toMatchObject({ status: "triage", euRiskClass: "high-risk" });
    expect(intake.approval.steps.map((s: { status: string }) => s.status)).toEqual(["pending", "waiting"]);

    const inbox = (await t.app.inject({ url: "/api/v1/inbox", headers: bearer(t.tokens.manager) })).json();
    expect(inbox.items.some((i: { id: string }) => i.id === intake.approval.id)).toBe(true);
    expect(
      (await t.app.inject({ url: "/api/v1/inbox", headers: bearer(t.tokens.viewer) })).json().items,
    ).toHaveLength(0);

    const triage = await t.app.inject({
      method: "POST",
      url: `/api/v1/intake-requests/${intake.id}/decision`,
      headers: bearer(t.tokens.manager),
      payload: { decision: "approve", comment: "in scope" },
    });
    expect(triage.json().status).toBe("assessment");
    const approved = await t.app.inject({
      method: "POST",
      url: `/api/v1/intake-requests/${intake.id}/decision`,
      headers: bearer(t.tokens.manager),
      payload: { decision: "approve", comment: "approved with FRIA" },
    });
    expect(approved.statusCode, approved.body).toBe(200);
    expect(approved.json().status).toBe("registered");
    const systemId = approved.json().aiSystemId;

    const system = (
      await t.app.inject({ url: `/api/v1/ai-systems/${systemId}`, headers: bearer(t.tokens.viewer) })
    ).json();
    expect(system).toMatchObject({
      name: "CV screening assistant",
      euRiskClass: "high-risk",
      intakeRequestId: intake.id,
    });
    const eu = system.classification.frameworks.find(
      (f: { frameworkRef: string }) => f.frameworkRef === "eu-ai-act:2024",
    );
    expect(eu.findings.some((f: { provision: string }) => /Annex III/.test(f.provision))).toBe(true);
    expect(eu.roles).toContain("deployer");
    const list = (
      await t.app.inject({
        url: "/api/v1/ai-systems?euRiskClass=high-risk&framework=eu-ai-act:2024",
        headers: bearer(t.tokens.viewer),
      })
    ).json();
    expect(list.items.map((s: { id: string }) => s.id)).toContain(systemId);

    const trail = (
      await t.app.inject({
        url: `/api/v1/audit-events?entityType=intake_request&entityId=${intake.id}&order=asc`,
        headers: bearer(t.tokens.auditor),
      })
    ).json();
    expect(trail.items.map((e: { action: string }) => e.action)).toEqual([
      "intake.submitted",
      "approval.opened",
      "approval.approved_step",
      "intake.assessment",
      "approval.approved_step",
      "intake.approved",
      "intake.registered",
    ]);
  });

  it("never lets the requester approve their own request, even as a manager", async () => {
    const mine = (
      await t.app.inject({
        method: "POST",
        url: "/api/v1/intake-requests",
        headers: bearer(t.tokens.manager),
        payload: { name: "Meeting summariser" },
      })
    ).json();
    const res = await t.app.inject({
      method: "POST",
      url: `/api/v1/intake-requests/${mine.id}/decision`,
      headers: bearer(t.tokens.manager),
      payload: { decision: "approve" },
    });
    expect(res.statusCode).toBe(403);
    expect(res.json().error.message).toMatch(/your own request/);
    expect(
      (
        await t.app.inject({ url: `/api/v1/intake-requests/${mine.id}`, headers: bearer(t.tokens.manager) })
      ).json().status,
    ).toBe("triage");
    const byAdmin = await t.app.inject({
      method: "POST",
      url: `/api/v1/intake-requests/${mine.id}/decision`,
      headers: bearer(t.tokens.admin),
      payload: { decision: "approve" },
    });
    expect(byAdmin.statusCode).toBe(403); // the step needs a manager
  });

  it("needs a reason to reject, and lets the requester withdraw", async () => {
    const req = (
      await t.app.inject({
        method: "POST",
        url: "/api/v1/intake-requests",
        headers: bearer(t.tokens.contributor),
        payload: { name: "Duplicate chatbot" },
      })
    ).json();
    const noReason = await t.app.inject({
      method: "POST",
      url: `/api/v1/intake-requests/${req.id}/decision`,
      headers: bearer(t.tokens.manager),
      payload: { decision: "reject" },
    });
    expect(noReason.statusCode).toBe(400);
    const rejected = await t.app.inject({
      method: "POST",
      url: `/api/v1/intake-requests/${req.id}/decision`,
      headers: bearer(t.tokens.manager),
      payload: { decision: "reject", comment: "same as AIS-1" },
    });
    expect(rejected.json()).toMatchObject({ status: "rejected", decisionReason: "same as AIS-1" });
    const other = (
      await t.app.inject({
        method: "POST",
        url: "/api/v1/intake-requests",
        headers: bearer(t.tokens.contributor),
        payload: { name: "Another idea" },
      })
    ).json();
    expect(
      (
        await t.app.inject({
          method: "POST",
          url: `/api/v1/intake-requests/${other.id}/withdraw`,
          headers: bearer(t.tokens.viewer),
        })
      ).statusCode,
    ).toBe(403);
    expect(
      (
        await t.app.inject({
          method: "POST",
          url: `/api/v1/intake-requests/${other.id}/withdraw`,
          headers: bearer(t.tokens.contributor),
        })
      ).json().status,
    ).toBe("withdrawn");
    expect(
      (
        await t.app.inject({
          method: "POST",
          url: "/api/v1/intake-requests",
          headers: bearer(t.tokens.auditor),
          payload: { name: "x" },
        })
      ).statusCode,
    ).toBe(403);
  });

  it("shows similar systems before submitting", async () => {
    const res = await t.app.inject({
      method: "POST",
      url: "/api/v1/ai-systems/similar",
      headers: bearer(t.tokens.viewer),
      payload: { name: "Resume screening assistant", purpose: "rank applicants", vendors: ["HireCo"] },
    });
    expect(res.json().items[0]).toMatchObject({ name: "CV screening assistant", kind: "ai_system" });
  });
});

describe("inventory", () => {
  it("classifies live without storing, reclassifies on change and keeps the history", async () => {
    const admin = bearer(t.tokens.admin);
    const before = (await t.app.inject({ url: "/api/v1/ai-systems?limit=1", headers: admin })).json().total;
    const preview = await t.app.inject({
      method: "POST",
      url: "/api/v1/ai-systems/classify",
      headers: admin,
      payload: {
        name: "Support bot",
        profile: {
          organizationRoles: ["customer"],
          jurisdictions: { eu: ["FR"] },
          interactsWithNaturalPersons: true,
        },
      },
    });
    expect(preview.json().euRiskClass).toBe("limited-risk");
    expect((await t.app.inject({ url: "/api/v1/ai-systems?limit=1", headers: admin })).json().total).toBe(
      before,
    );

    const created = (
      await t.app.inject({
        method: "POST",
        url: "/api/v1/ai-systems",
        headers: admin,
        payload: {
          name: "Support bot",
          profile: {
            organizationRoles: ["customer"],
            jurisdictions: { eu: ["FR"] },
            interactsWithNaturalPersons: true,
          },
        },
      })
    ).json();
    expect(created.key).toMatch(/^AIS-\d+$/);
    const changed = await t.app.inject({
      method: "PATCH",
      url: `/api/v1/ai-systems/${created.id}`,
      headers: admin,
      payload: { version: 1, profile: { ...created.profile, prohibitedPractices: ["social_scoring"] } },
    });
    expect(changed.json().euRiskClass).toBe("prohibited");
    const history = (
      await t.app.inject({ url: `/api/v1/ai-systems/${created.id}/classifications`, headers: admin })
    ).json();
    expect(history.items.map((h: { euRiskClass: string }) => h.euRiskClass)).toEqual([
      "prohibited",
      "limited-risk",
    ]);
    const obligations = (
      await t.app.inject({ url: `/api/v1/ai-systems/${created.id}/obligations`, headers: admin })
    ).json();
    expect(obligations.items.length).toBeGreaterThan(0);
    const stale = await t.app.inject({
      method: "PATCH",
      url: `/api/v1/ai-systems/${created.id}`,
      headers: admin,
      payload: { version: 1, name: "x" },
    });
    expect(stale.statusCode).toBe(409);
  });

  it("hides systems of other business units from a scoped viewer", async () => {
    const admin = bearer(t.tokens.admin);
    const unitA = (
      await t.app.inject({
        method: "POST",
        url: "/api/v1/business-units",
        headers: admin,
        payload: { name: "Unit A" },
      })
    ).json();
    const unitB = (
      await t.app.inject({
        method: "POST",
        url: "/api/v1/business-units",
        headers: admin,
        payload: { name: "Unit B" },
      })
    ).json();
    const inB = (
      await t.app.inject({
        method: "POST",
        url: "/api/v1/ai-systems",
        headers: admin,
        payload: { name: "B only", businessUnitId: unitB.id },
      })
    ).json();
    await t.app.inject({
      method: "POST",
      url: "/api/v1/users",
      headers: admin,
      payload: {
        email: "scoped-viewer@example.org",
        name: "S",
        role: "viewer",
        password: TEST_PASSWORD,
        businessUnitIds: [unitA.id],
      },
    });
    const login = await t.app.inject({
      method: "POST",
      url: "/api/v1/auth/login",
      payload: { email: "scoped-viewer@example.org", password: TEST_PASSWORD },
    });
    const cookie = `aims_session=${login.cookies.find((c) => c.name === "aims_session")!.value}`;
    expect(
      (await t.app.inject({ url: `/api/v1/ai-systems/${inB.id}`, headers: { cookie } })).statusCode,
    ).toBe(404);
    const list = (await t.app.inject({ url: "/api/v1/ai-systems?limit=200", headers: { cookie } })).json();
    expect(list.items.some((s: { id: string }) => s.id === inB.id)).toBe(false);
  });
});
