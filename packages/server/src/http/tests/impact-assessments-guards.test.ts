import { describe, expect, it } from "vitest";
import type { ImpactAssessmentView } from "@openaims/core";
import { bearer } from "../../test-support/test-app.js";
import { url, useAssessmentApp } from "../../test-support/impact-assessments.js";

const { h, get, send, createSystem, start, save, scopedContributor } = useAssessmentApp();

describe("impact assessment guards", () => {
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
      const res = await h.t.app.inject({
        method: "POST",
        url,
        headers: bearer(h.t.tokens.contributor),
        payload,
      });
      expect(res.statusCode, JSON.stringify(payload)).toBe(400);
    }
    expect((await get(`${url}?limit=500`, "viewer")).statusCode).toBe(400);
    expect((await get("/api/v1/impact-assessment-templates/dpia", "viewer")).statusCode).toBe(404);
    expect((await save(ia, { summary: "one" })).statusCode).toBe(200);
    expect((await save(ia, { summary: "two" })).statusCode).toBe(409);
  });

  it("answers every hostile input with a 4xx, never a 500 or a database message", async () => {
    const system = await createSystem();
    const ia = await start(system.id, "ai-system-impact");
    let nested: unknown = "deep";
    for (let i = 0; i < 2000; i++) nested = { a: nested };
    const row = { title: "x", kind: "harm", category: "fairness", severity: 2, likelihood: 2 };
    const answers: Record<string, unknown>[] = [
      { summary: nested },
      { impacts: [nested] },
      { impacts: Array.from({ length: 10_000 }, () => row) },
      { impacts: Array.from({ length: 101 }, () => row) },
      { impacts: [{ ...row, colour: "red" }] },
      { impacts: [{ ...row, severity: 2.5 }] },
      { impacts: [{ ...row, severity: "4" }] },
      { impacts: ["a row as text"] },
      { affected_groups: [[{ group: "x" }]] },
      { summary: "x".repeat(10_001) },
      { summary: "x".repeat(900_000) },
      { summary: ["a list"] },
      { summary: 42 },
      { summary: "bell\u0007" },
      { processes_personal_data: "yes" },
      { decision_role: "owns" },
      { decision_role: ["makes"] },
      { constructor: "x" },
      { toString: "x" },
      { "no such question": "x" },
      Object.fromEntries(Array.from({ length: 301 }, (_, i) => [`q${i}`, "x"])),
    ];
    for (const a of answers) {
      const res = await save(ia, a as never);
      expect([400, 413], JSON.stringify(a).slice(0, 120)).toContain(res.statusCode);
      expect(res.json().error.message).not.toMatch(
        /violates|relation "|syntax error|duplicate key|insert into|select .* from/i,
      );
    }
    // Prototype keys never reach the service.
    const proto = await h.t.app.inject({
      method: "PATCH",
      url: `${url}/${ia.id}`,
      headers: { ...bearer(h.t.tokens.contributor), "content-type": "application/json" },
      payload: `{"version":${ia.version},"answers":{"__proto__":{"summary":"x"}}}`,
    });
    expect(proto.statusCode).toBe(400);
    // Nothing of the above was stored.
    const now = (await get(`${url}/${ia.id}`, "viewer")).json() as ImpactAssessmentView;
    expect(now.version).toBe(ia.version);

    const ids = ["not-a-uuid", "../x", "00000000-0000-0000-0000-00000000000g"];
    for (const id of ids) {
      expect((await get(`${url}/${encodeURIComponent(id)}`, "viewer")).statusCode, id).toBe(400);
      expect(
        (await send("POST", `${url}/${encodeURIComponent(id)}/risks`, "contributor", { row: 0 })).statusCode,
      ).toBe(400);
    }
    const unknown = "7c9e6679-7425-40de-944b-e07fc1f90ae7";
    for (const [method, path, payload] of [
      ["GET", `${url}/${unknown}`, undefined],
      ["PATCH", `${url}/${unknown}`, { version: 1, answers: {} }],
      ["POST", `${url}/${unknown}/submit`, { version: 1 }],
      ["POST", `${url}/${unknown}/decision`, { decision: "approve" }],
      ["POST", `${url}/${unknown}/revisions`, undefined],
      ["POST", `${url}/${unknown}/risks`, { row: 0 }],
      ["POST", url, { aiSystemId: unknown, templateId: "eu-fria" }],
    ] as const) {
      const res = await h.t.app.inject({ method, url: path, headers: bearer(h.t.tokens.manager), payload });
      expect(res.statusCode, `${method} ${path}`).toBe(404);
    }
    for (const payload of [
      { row: -1 },
      { row: 100 },
      { row: "0" },
      { row: 0.5 },
      { row: 0, overrides: { title: "x".repeat(5000) } },
      { row: 0, overrides: { ownerId: "nobody" } },
    ]) {
      const res = await send("POST", `${url}/${ia.id}/risks`, "contributor", payload);
      expect(res.statusCode, JSON.stringify(payload)).toBe(400);
    }
    const ghostOwner = await send("POST", `${url}/${ia.id}/risks`, "contributor", {
      row: 0,
      overrides: { ownerId: unknown },
    });
    expect([400, 404, 422]).toContain(ghostOwner.statusCode);
    expect(
      (await send("PATCH", `${url}/${ia.id}`, "contributor", { version: ia.version, ownerId: unknown }))
        .statusCode,
    ).not.toBe(200);
    expect(
      (
        await send("POST", url, "contributor", {
          aiSystemId: system.id,
          templateId: "eu-fria",
          ownerId: unknown,
        })
      ).statusCode,
    ).not.toBe(201);
    for (const q of ["%", "_", "\\", "'; drop table impact_assessments; --", "ä".repeat(200)]) {
      const res = await get(`${url}?q=${encodeURIComponent(q)}`, "viewer");
      expect(res.statusCode, q).toBe(200);
    }
    expect((await get(`/api/v1/impact-assessment-templates/${"x".repeat(61)}`, "viewer")).statusCode).toBe(
      400,
    );
    expect((await get(`/api/v1/impact-assessment-templates/constructor`, "viewer")).statusCode).toBe(404);
  });

  it("keeps other business units' assessments out of reach of a scoped contributor", async () => {
    const { unitA, unitB, call } = await scopedContributor("ia-scoped@example.org");
    const system = await createSystem({ businessUnitId: unitB.id });
    const ia = await start(system.id, "ai-system-impact", "admin");
    expect(ia.businessUnitId).toBe(unitB.id);
    await save(
      ia,
      { impacts: [{ title: "x", kind: "harm", category: "fairness", severity: 2, likelihood: 2 }] },
      "admin",
    );
    const base = `${url}/${ia.id}`;
    for (const [method, path, payload] of [
      ["GET", base, undefined],
      ["PATCH", base, { version: ia.version + 1, answers: { summary: "mine now" } }],
      ["POST", `${base}/submit`, { version: ia.version + 1 }],
      ["POST", `${base}/decision`, { decision: "approve" }],
      ["POST", `${base}/revisions`, undefined],
      ["POST", `${base}/risks`, { row: 0 }],
      ["POST", url, { aiSystemId: system.id, templateId: "eu-fria" }],
      ["GET", `${base}/export?format=pdf`, undefined],
      ["GET", `${url}/${ia.key}/export?format=docx`, undefined],
    ] as const) {
      const res = await call(method, path, payload);
      expect(res.statusCode, `${method} ${path}`).toBe(404);
    }
    const list = (await call("GET", `${url}?limit=200`)).json();
    expect(list.items.some((i: { id: string }) => i.id === ia.id)).toBe(false);
    expect((await call("GET", `${url}?aiSystemId=${system.id}`)).json().total).toBe(0);
    // Nothing changed, no risk was created.
    const after = (await get(base, "viewer")).json() as ImpactAssessmentView;
    expect(after).toMatchObject({ version: ia.version + 1, status: "draft" });
    const risks = (await get(`/api/v1/risks?aiSystemId=${system.id}`, "viewer")).json();
    expect(risks.total ?? risks.items.length).toBe(0);

    // Organization-wide assessments are visible but not writable; their own unit's are both.
    const orgWide = await start((await createSystem()).id, "ai-system-impact", "admin");
    expect((await call("GET", `${url}/${orgWide.id}`)).statusCode).toBe(200);
    const denied = await call("PATCH", `${url}/${orgWide.id}`, {
      version: orgWide.version,
      answers: { summary: "x" },
    });
    expect(denied.statusCode).toBe(403);
    const own = await createSystem({ businessUnitId: unitA.id });
    const mine = await call("POST", url, { aiSystemId: own.id, templateId: "ai-system-impact" });
    expect(mine.statusCode, mine.body).toBe(201);
  });

  it("bounds the whole set of answers, saved piece by piece", async () => {
    const ia = await start((await createSystem()).id, "ai-system-impact");
    const long = "x".repeat(10_000);
    const groups = Array.from({ length: 60 }, (_, i) => ({
      group: `g${i}`,
      relation: "direct",
      effect: long,
    }));
    const first = await save(ia, { affected_groups: groups });
    expect(first.statusCode, first.body.slice(0, 200)).toBe(200);
    const impacts = Array.from({ length: 60 }, (_, i) => ({
      title: `i${i}`,
      kind: "harm",
      description: long,
    }));
    const second = await save(first.json() as ImpactAssessmentView, { impacts });
    expect(second.statusCode).toBe(400);
    expect(second.json().error.details.issues[0].path).toBe("answers");
  });

  it("moves a system's assessments with it to another business unit", async () => {
    const { unitA, unitB, call } = await scopedContributor("ia-moved@example.org");
    const system = await createSystem({ businessUnitId: unitB.id });
    const ia = await start(system.id, "ai-system-impact", "admin");
    expect((await call("GET", `${url}/${ia.id}`)).statusCode).toBe(404);
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
    const moved = await send("PATCH", `/api/v1/ai-systems/${system.id}`, "admin", {
      ...current,
      businessUnitId: unitA.id,
    });
    expect(moved.statusCode, moved.body).toBe(200);
    const seen = await call("GET", `${url}/${ia.id}`);
    expect(seen.statusCode).toBe(200);
    expect(seen.json()).toMatchObject({ businessUnitId: unitA.id, version: ia.version + 1 });
    const saved = await call("PATCH", `${url}/${ia.id}`, {
      version: ia.version + 1,
      answers: { summary: "ours now" },
    });
    expect(saved.statusCode, saved.body).toBe(200);
    const trail = (
      await get(`/api/v1/audit-events?entityType=impact_assessment&entityId=${ia.id}&limit=50`, "auditor")
    ).json();
    expect(trail.items.map((e: { action: string }) => e.action)).toContain("impact_assessment.unit_changed");
  });

  it("lets one of two concurrent saves of the same version through and answers 409 to the other", async () => {
    const ia = await start((await createSystem()).id, "ai-system-impact");
    const results = await Promise.all([
      save(ia, { summary: "from Ana" }),
      save(ia, { summary: "from Ben" }),
      save(ia, { known_limitations: "from Cy" }),
    ]);
    const codes = results.map((r) => r.statusCode).sort();
    expect(codes).toEqual([200, 409, 409]);
    const now = (await get(`${url}/${ia.id}`, "viewer")).json() as ImpactAssessmentView;
    expect(now.version).toBe(ia.version + 1);
    // A submit with the stale version also loses.
    const stale = await send("POST", `${url}/${ia.id}/submit`, "contributor", { version: ia.version });
    expect(stale.statusCode).toBe(409);
  });

  it("lists a page of assessments in a constant number of queries", async () => {
    const system = await createSystem();
    const templates = ["ai-system-impact", "eu-fria", "colorado-deployer"];
    for (let i = 0; i < 17; i++) {
      const s = i === 0 ? system : await createSystem({ name: `System ${i}` });
      for (const t of templates) await start(s.id, t);
    }
    const count = async (limit: number) => {
      h.t.takeQueries();
      const res = await get(`${url}?limit=${limit}`, "viewer");
      expect(res.statusCode).toBe(200);
      expect(res.json().items.length).toBeGreaterThanOrEqual(Math.min(limit, 50));
      return h.t.takeQueries().length;
    };
    const few = await count(2);
    const many = await count(50);
    expect(many).toBe(few);
    expect(many).toBeLessThanOrEqual(6);
  });
});
