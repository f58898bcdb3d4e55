import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, bearer, type TestApp } from "../../test-support/test-app.js";

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({}, { withCatalogs: true });
});
afterAll(async () => t?.close());

type Entry = {
  controlId: string;
  applicable: boolean | null;
  decisionSource: string | null;
  reasons: { kind: string; ref: string; label: string; note: string }[];
  controls: { code: string }[];
  risks: { key: string }[];
  proposal: { applicable: boolean | null; message: string } | null;
  implementationStatus: string;
  version: number;
};
const ISO = "iso-iec-42001:2023";
const soa = async (query = "") =>
  (await t.app.inject({ url: `/api/v1/soa${query}`, headers: bearer(t.tokens.viewer) })).json() as {
    items: Entry[];
    total: number;
    summary: Record<string, number>;
    problems: { controlId: string; code: string }[];
    latestVersion: { number: number; status: string } | null;
  };
const entry = async (id: string) => (await soa()).items.find((e) => e.controlId === id)!;
const patch = (id: string, payload: object, token = t.tokens.contributor) =>
  t.app.inject({ method: "PATCH", url: `/api/v1/soa/${id}`, headers: bearer(token), payload });
const derive = () =>
  t.app.inject({ method: "POST", url: "/api/v1/soa/derive", headers: bearer(t.tokens.contributor) });
const issue = (token = t.tokens.admin) =>
  t.app.inject({
    method: "POST",
    url: "/api/v1/soa/versions",
    headers: bearer(token),
    payload: { note: "" },
  });

let riskKey = "";

describe("statement of applicability", () => {
  it("lists the 38 Annex A controls, undecided, with filters", async () => {
    const all = await soa();
    expect(all.total).toBe(38);
    expect(all.summary).toMatchObject({ total: 38, undecided: 38, applicable: 0 });
    expect(all.problems).toHaveLength(38);
    expect(all.latestVersion).toBeNull();
    expect(all.items[0]).toMatchObject({
      controlKey: `${ISO}/A.2.2`,
      controlId: "A.2.2",
      title: "AI policy",
      theme: "A.2",
      themeTitle: "Policies related to AI",
      applicable: null,
      evidence: [],
      version: 1,
    });
    expect((await soa("?theme=A.6")).items.map((e) => e.controlId)).toEqual([
      "A.6.1.2",
      "A.6.1.3",
      ...[2, 3, 4, 5, 6, 7, 8].map((n) => `A.6.2.${n}`),
    ]);
    expect((await soa("?q=suppliers")).items.map((e) => e.controlId)).toEqual(["A.10.3"]);
    const bad = await t.app.inject({ url: "/api/v1/soa?applicable=maybe", headers: bearer(t.tokens.viewer) });
    expect(bad.statusCode).toBe(400);
  });

  it("derives a draft: controls chosen in risk treatment are applicable with the risk as justification", async () => {
    const w = bearer(t.tokens.contributor);
    const control = (
      await t.app.inject({
        method: "POST",
        url: "/api/v1/controls",
        headers: w,
        payload: {
          code: "MON-01",
          title: "Production drift monitoring",
          links: [{ requirementKey: `${ISO}/A.6.2.6`, coverage: "full" }],
        },
      })
    ).json();
    const risk = await t.app.inject({
      method: "POST",
      url: "/api/v1/risks",
      headers: w,
      payload: {
        title: "Unvalidated model ranks applicants unfairly",
        inherentLikelihood: 3,
        inherentImpact: 3,
        residualLikelihood: 2,
        residualImpact: 2,
        treatment: "mitigate",
        annexAControls: [`${ISO}/A.6.2.4`],
        treatmentControls: [control.id],
      },
    });
    expect(risk.statusCode, risk.body).toBe(201);
    riskKey = risk.json().key;
    // A risk without a treatment decision selects no control.
    await t.app.inject({
      method: "POST",
      url: "/api/v1/risks",
      headers: w,
      payload: {
        title: "Poor data quality",
        inherentLikelihood: 2,
        inherentImpact: 2,
        residualLikelihood: 2,
        residualImpact: 2,
        annexAControls: [`${ISO}/A.7.4`],
      },
    });

    const res = await derive();
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ decided: 2, proposals: 0 });
    expect(
      res
        .json()
        .changes.map((c: { controlId: string }) => c.controlId)
        .sort(),
    ).toEqual(["A.6.2.4", "A.6.2.6"]);

    const direct = await entry("A.6.2.4");
    expect(direct).toMatchObject({ applicable: true, decisionSource: "derived" });
    expect(direct.reasons).toEqual([
      expect.objectContaining({
        kind: "risk_treatment",
        ref: riskKey,
        label: "Unvalidated model ranks applicants unfairly",
      }),
    ]);
    expect(direct.risks.map((r) => r.key)).toEqual([riskKey]);
    const viaControl = await entry("A.6.2.6");
    expect(viaControl.applicable).toBe(true);
    expect(viaControl.reasons[0]).toMatchObject({ kind: "risk_treatment", ref: riskKey });
    expect(viaControl.reasons[0]!.note).toMatch(/through MON-01/);
    expect(viaControl.controls.map((c) => c.code)).toEqual(["MON-01"]);
    expect((await entry("A.7.4")).applicable).toBeNull();
    expect((await soa("?reasonKind=risk_treatment")).total).toBe(2);

    // Deriving again changes nothing.
    expect((await derive()).json()).toMatchObject({ decided: 0, updated: 0, reverted: 0, proposals: 0 });

    // A closed risk justifies nothing: the control it alone justified goes back to undecided.
    const closing = (
      await t.app.inject({
        method: "POST",
        url: "/api/v1/risks",
        headers: w,
        payload: {
          title: "No impact assessment before launch",
          inherentLikelihood: 2,
          inherentImpact: 2,
          residualLikelihood: 1,
          residualImpact: 1,
          treatment: "mitigate",
          annexAControls: [`${ISO}/A.5.2`],
        },
      })
    ).json();
    await derive();
    expect((await entry("A.5.2")).reasons.map((r) => r.ref)).toEqual([closing.key]);
    await t.app.inject({
      method: "PATCH",
      url: `/api/v1/risks/${closing.id}`,
      headers: w,
      payload: { version: closing.version, status: "closed" },
    });
    expect((await derive()).json().changes).toEqual([
      { controlId: "A.5.2", title: "AI system impact assessment process", change: "reverted" },
    ]);
    expect(await entry("A.5.2")).toMatchObject({ applicable: null, reasons: [], decisionSource: null });
    const trail = (
      await t.app.inject({
        url: "/api/v1/audit-events?entityType=soa&order=asc",
        headers: bearer(t.tokens.auditor),
      })
    ).json();
    expect(trail.items.map((e: { action: string }) => e.action)).toContain("soa.derived");
  });

  it("adds legal reasons from the classification of an EU high-risk system through the crosswalks", async () => {
    const created = await t.app.inject({
      method: "POST",
      url: "/api/v1/ai-systems",
      headers: bearer(t.tokens.contributor),
      payload: {
        name: "CV ranking model",
        purpose: "Ranks job applicants for recruiters",
        profile: {
          organizationRoles: ["provider"],
          jurisdictions: { eu: ["DE"], us: [], other: [] },
          annexIIIAreas: ["employment"],
          consequentialDecisions: ["employment"],
          decisionRole: "substantial_factor",
          processesPersonalData: true,
          performsProfiling: true,
        },
      },
    });
    expect(created.statusCode, created.body).toBe(201);
    expect(created.json().euRiskClass).toBe("high-risk");
    const res = (await derive()).json();
    expect(res.decided).toBeGreaterThan(0);
    const legal = (await soa("?reasonKind=legal")).items;
    expect(legal.length).toBeGreaterThan(3);
    const refs = legal.flatMap((e) => e.reasons.filter((r) => r.kind === "legal").map((r) => r.ref));
    expect(refs.every((r) => r.includes("/"))).toBe(true);
    // Art. 9 (risk management system) of a high-risk provider reaches Annex A through the crosswalk.
    const art9 = legal.flatMap((e) => e.reasons).find((r) => r.ref === "eu-ai-act:2024/Art. 9");
    expect(art9, JSON.stringify(refs)).toBeDefined();
    expect(art9!.label).toMatch(/^EU AI Act Art\. 9 /);
    expect(art9!.note).toContain(created.json().key);
    // The risk reason on A.6.2.4 is still there, before the legal ones.
    expect((await entry("A.6.2.4")).reasons[0]!.ref).toBe(riskKey);
  });

  it("keeps a manual exclusion through a re-derive and reports the draft's proposal", async () => {
    const before = await entry("A.6.2.4");
    const excluded = await patch("A.6.2.4", {
      version: before.version,
      applicable: false,
      exclusionJustification: "Validation is performed by the model vendor under contract",
    });
    expect(excluded.statusCode, excluded.body).toBe(200);
    expect(excluded.json()).toMatchObject({ applicable: false, decisionSource: "manual", proposal: null });
    const res = (await derive()).json();
    expect(res.changes).toContainEqual(expect.objectContaining({ controlId: "A.6.2.4", change: "proposal" }));
    const after = await entry("A.6.2.4");
    expect(after).toMatchObject({ applicable: false, decisionSource: "manual" });
    expect(after.proposal).toMatchObject({ applicable: true });
    expect(after.proposal!.message).toContain(riskKey);
  });

  it("refuses to issue while an exclusion has no justification, naming the control", async () => {
    const a22 = await entry("A.2.2");
    await patch("A.2.2", { version: a22.version, applicable: false });
    const refused = await issue();
    expect(refused.statusCode).toBe(422);
    const problems = refused.json().error.details.problems as { controlId: string; code: string }[];
    expect(problems).toContainEqual(
      expect.objectContaining({ controlId: "A.2.2", code: "excluded_without_justification" }),
    );
    expect((await soa()).summary.excludedWithoutJustification).toBe(1);
  });

  it("issues a version that another manager-role user approves, then shows what changed since", async () => {
    // Decide every remaining control so the SoA is complete.
    for (const e of (await soa()).items) {
      if (e.applicable === false && e.controlId !== "A.2.2") continue;
      if (e.applicable === true && e.reasons.length) continue;
      const res = await patch(
        e.controlId,
        e.controlId === "A.2.2" || e.controlId.startsWith("A.10")
          ? { version: e.version, applicable: false, exclusionJustification: "Not relevant to our scope" }
          : {
              version: e.version,
              applicable: true,
              reasons: [{ kind: "business", ref: "AI policy commitment", note: "management decision" }],
            },
      );
      expect(res.statusCode, res.body).toBe(200);
    }
    expect((await soa()).problems).toEqual([]);
    expect((await issue(t.tokens.contributor)).statusCode).toBe(403);
    const issued = await issue();
    expect(issued.statusCode, issued.body).toBe(201);
    expect(issued.json()).toMatchObject({
      number: 1,
      status: "in_review",
      approval: { status: "pending", steps: [{ approverRole: "manager", status: "pending" }] },
    });
    expect(issued.json().entries).toHaveLength(38);
    expect((await issue()).statusCode).toBe(409);

    const inbox = (await t.app.inject({ url: "/api/v1/inbox", headers: bearer(t.tokens.manager) })).json();
    expect(inbox.items).toContainEqual(expect.objectContaining({ link: "/controls/soa" }));
    // The admin issued it and holds no manager step; nobody approves their own request.
    const byAdmin = await t.app.inject({
      method: "POST",
      url: "/api/v1/soa/versions/1/decision",
      headers: bearer(t.tokens.admin),
      payload: { decision: "approve" },
    });
    expect(byAdmin.statusCode).toBe(403);
    const approved = await t.app.inject({
      method: "POST",
      url: "/api/v1/soa/versions/1/decision",
      headers: bearer(t.tokens.manager),
      payload: { decision: "approve", comment: "reviewed in the management review" },
    });
    expect(approved.statusCode, approved.body).toBe(200);
    expect(approved.json()).toMatchObject({
      number: 1,
      status: "approved",
      approval: { status: "approved" },
    });
    expect((await soa()).latestVersion).toEqual({ number: 1, status: "approved" });

    const a624 = await entry("A.6.2.4");
    await patch("A.6.2.4", { version: a624.version, implementationStatus: "implemented" });
    const compare = await t.app.inject({
      url: "/api/v1/soa/versions/compare?from=1&to=working",
      headers: bearer(t.tokens.viewer),
    });
    expect(compare.statusCode, compare.body).toBe(200);
    expect(compare.json()).toMatchObject({
      from: { number: 1 },
      to: { number: null, label: "Working copy" },
      total: 1,
      changes: [{ controlId: "A.6.2.4", implementationStatus: { from: "not_started", to: "implemented" } }],
    });
  });

  it("keeps versions as records: rejection, listing, reading and comparing them", async () => {
    const v2 = await issue(t.tokens.manager);
    expect(v2.statusCode, v2.body).toBe(201);
    const noReason = await t.app.inject({
      method: "POST",
      url: "/api/v1/soa/versions/2/decision",
      headers: bearer(t.tokens.admin),
      payload: { decision: "reject" },
    });
    expect(noReason.statusCode).toBe(403); // the step needs a manager, and the manager issued it
    const second = await t.app.inject({
      method: "POST",
      url: "/api/v1/users",
      headers: bearer(t.tokens.admin),
      payload: {
        email: "second-manager@example.org",
        name: "Second manager",
        role: "manager",
        password: "correct horse battery staple",
      },
    });
    expect(second.statusCode, second.body).toBe(201);
    const login = await t.app.inject({
      method: "POST",
      url: "/api/v1/auth/login",
      payload: { email: "second-manager@example.org", password: "correct horse battery staple" },
    });
    const cookie = `aims_session=${login.cookies.find((c) => c.name === "aims_session")!.value}`;
    const headers = { cookie, "x-csrf-token": login.json().csrfToken };
    const rejected = await t.app.inject({
      method: "POST",
      url: "/api/v1/soa/versions/2/decision",
      headers,
      payload: { decision: "reject", comment: "A.6.2.4 is not implemented yet" },
    });
    expect(rejected.statusCode, rejected.body).toBe(200);
    expect(rejected.json().status).toBe("rejected");
    const again = await t.app.inject({
      method: "POST",
      url: "/api/v1/soa/versions/2/decision",
      headers,
      payload: { decision: "approve" },
    });
    expect(again.statusCode).toBe(422);

    const list = (
      await t.app.inject({
        url: "/api/v1/soa/versions?order=desc&limit=10",
        headers: bearer(t.tokens.viewer),
      })
    ).json();
    expect(list.total).toBe(2);
    expect(list.items.map((v: { number: number; status: string }) => [v.number, v.status])).toEqual([
      [2, "rejected"],
      [1, "approved"],
    ]);
    expect(list.items[1].summary.total).toBe(38);
    expect(list.items[1].entries).toBeUndefined();
    const v1 = (
      await t.app.inject({ url: "/api/v1/soa/versions/1", headers: bearer(t.tokens.viewer) })
    ).json();
    expect(v1.entries.find((e: Entry) => e.controlId === "A.6.2.4").implementationStatus).toBe("not_started");
    const diff = (
      await t.app.inject({
        url: "/api/v1/soa/versions/compare?from=1&to=2",
        headers: bearer(t.tokens.viewer),
      })
    ).json();
    expect(diff.changes.map((c: { controlId: string }) => c.controlId)).toEqual(["A.6.2.4"]);
    for (const url of ["/api/v1/soa/versions/9", "/api/v1/soa/versions/compare?from=9"])
      expect((await t.app.inject({ url, headers: bearer(t.tokens.viewer) })).statusCode).toBe(404);
    for (const url of ["/api/v1/soa/versions/x", "/api/v1/soa/versions/compare?from=1&to=latest"])
      expect((await t.app.inject({ url, headers: bearer(t.tokens.viewer) })).statusCode).toBe(400);
  });

  it("takes legal reasons only from the AI systems in the approved AIMS scope", async () => {
    const derivedLegal = async () =>
      (await soa("?reasonKind=legal")).items.filter((e) => e.decisionSource === "derived").length;
    expect(await derivedLegal()).toBeGreaterThan(0);
    const unit = (
      await t.app.inject({
        method: "POST",
        url: "/api/v1/business-units",
        headers: bearer(t.tokens.admin),
        payload: { name: "Research lab" },
      })
    ).json();
    const draft = (
      await t.app.inject({
        method: "POST",
        url: "/api/v1/scope/versions",
        headers: bearer(t.tokens.manager),
        payload: {},
      })
    ).json();
    const edited = await t.app.inject({
      method: "PATCH",
      url: `/api/v1/scope/versions/${draft.id}`,
      headers: bearer(t.tokens.manager),
      payload: { version: draft.version, businessUnitIds: [unit.id] },
    });
    expect(edited.statusCode, edited.body).toBe(200);
    const approved = await t.app.inject({
      method: "POST",
      url: `/api/v1/scope/versions/${draft.id}/approve`,
      headers: bearer(t.tokens.admin),
      payload: { version: edited.json().version },
    });
    expect(approved.statusCode, approved.body).toBe(200);
    // The high-risk system belongs to no unit of the scope: its duties justify nothing any more.
    const res = (await derive()).json();
    expect(res.reverted + res.updated).toBeGreaterThan(0);
    expect(await derivedLegal()).toBe(0);
  });
});
