import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { defaultRiskMatrix } from "@openaims/core";
import { createTestApp, bearer, type TestApp } from "../../test-support/test-app.js";
import { expireRiskAcceptances } from "../../services/risks/acceptance-expiry.js";

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({}, { withCatalogs: true });
});
afterAll(async () => t?.close());

const risk = (extra: object = {}) => ({
  title: "Biased ranking of applicants",
  inherentLikelihood: 4,
  inherentImpact: 5,
  residualLikelihood: 3,
  residualImpact: 4,
  ...extra,
});

describe("risk register", () => {
  it("computes both levels on the server with the criteria version used", async () => {
    const res = await t.app.inject({
      method: "POST",
      url: "/api/v1/risks",
      headers: bearer(t.tokens.contributor),
      payload: risk(),
    });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toMatchObject({
      key: expect.stringMatching(/^RSK-/),
      matrixVersion: 1,
      inherentLevel: { id: "critical" },
      residualLevel: { id: "high", appetite: "needs_treatment" },
      status: "open",
    });
    const off = await t.app.inject({
      method: "POST",
      url: "/api/v1/risks",
      headers: bearer(t.tokens.contributor),
      payload: risk({ residualImpact: 6 }),
    });
    expect(off.statusCode).toBe(400);
  });

  it("refuses to accept a risk above appetite until its owner approves", async () => {
    const w = bearer(t.tokens.contributor);
    const direct = await t.app.inject({
      method: "POST",
      url: "/api/v1/risks",
      headers: w,
      payload: risk({ treatment: "accept" }),
    });
    expect(direct.statusCode).toBe(422);
    expect(direct.json().error.message).toMatch(/above appetite/);
    const created = (
      await t.app.inject({
        method: "POST",
        url: "/api/v1/risks",
        headers: w,
        payload: risk({ ownerId: t.users.viewer.id }),
      })
    ).json();
    const patch = await t.app.inject({
      method: "PATCH",
      url: `/api/v1/risks/${created.id}`,
      headers: w,
      payload: { version: 1, treatment: "accept" },
    });
    expect(patch.statusCode).toBe(422);
    const requested = await t.app.inject({
      method: "POST",
      url: `/api/v1/risks/${created.id}/acceptance`,
      headers: w,
      payload: { version: 1, acceptedUntil: "2099-12-31", justification: "compensating human review" },
    });
    expect(requested.statusCode, requested.body).toBe(200);
    expect(requested.json().status).toBe("acceptance_pending");
    // Nobody but the owner decides, not even a manager.
    const byManager = await t.app.inject({
      method: "POST",
      url: `/api/v1/risks/${created.id}/acceptance/decision`,
      headers: bearer(t.tokens.manager),
      payload: { decision: "approve" },
    });
    expect(byManager.statusCode).toBe(403);
    const inbox = (await t.app.inject({ url: "/api/v1/inbox", headers: bearer(t.tokens.viewer) })).json();
    expect(inbox.items.some((i: { link: string }) => i.link === `/risks/${created.id}`)).toBe(true);
    const accepted = await t.app.inject({
      method: "POST",
      url: `/api/v1/risks/${created.id}/acceptance/decision`,
      headers: bearer(t.tokens.viewer),
      payload: { decision: "approve", comment: "ok until the retrain" },
    });
    expect(accepted.json()).toMatchObject({
      status: "accepted",
      treatment: "accept",
      acceptedUntil: "2099-12-31",
    });
    const approval = (
      await t.app.inject({ url: `/api/v1/risks/${created.id}/acceptance`, headers: bearer(t.tokens.auditor) })
    ).json().approval;
    expect(approval).toMatchObject({ status: "approved", requesterId: t.users.contributor.id });
    expect(approval.steps).toMatchObject([
      {
        status: "approved",
        approverUserId: t.users.viewer.id,
        decidedBy: t.users.viewer.id,
        comment: "ok until the retrain",
      },
    ]);
    const trail = (
      await t.app.inject({
        url: `/api/v1/audit-events?entityType=risk&entityId=${created.id}&order=asc`,
        headers: bearer(t.tokens.auditor),
      })
    ).json();
    expect(trail.items.map((e: { action: string }) => e.action)).toEqual([
      "risk.created",
      "approval.opened",
      "risk.acceptance_requested",
      "approval.approved_step",
      "risk.accepted",
    ]);
  });

  it("reopens an acceptance that ran out", async () => {
    const accepted = (
      await t.app.inject({ url: "/api/v1/risks?status=accepted", headers: bearer(t.tokens.viewer) })
    ).json().items[0];
    expect(await expireRiskAcceptances(t.database.db, "2099-12-30")).toBe(0);
    expect(await expireRiskAcceptances(t.database.db, "2100-01-01")).toBeGreaterThanOrEqual(1);
    const after = (
      await t.app.inject({ url: `/api/v1/risks/${accepted.id}`, headers: bearer(t.tokens.viewer) })
    ).json();
    expect(after).toMatchObject({ status: "open", treatment: "undecided" });
  });

  it("lets an owner reject, sending the risk back to treatment", async () => {
    const w = bearer(t.tokens.contributor);
    const created = (
      await t.app.inject({
        method: "POST",
        url: "/api/v1/risks",
        headers: w,
        payload: risk({ ownerId: t.users.viewer.id }),
      })
    ).json();
    await t.app.inject({
      method: "POST",
      url: `/api/v1/risks/${created.id}/acceptance`,
      headers: w,
      payload: { version: 1, acceptedUntil: "2099-01-01", justification: "x" },
    });
    const rejected = await t.app.inject({
      method: "POST",
      url: `/api/v1/risks/${created.id}/acceptance/decision`,
      headers: bearer(t.tokens.viewer),
      payload: { decision: "reject", comment: "mitigate first" },
    });
    expect(rejected.json()).toMatchObject({ status: "open", treatment: "undecided", acceptedUntil: null });
  });

  it("versions the criteria; old risks keep their version, rescored ones move", async () => {
    const m = (await t.app.inject({ url: "/api/v1/risk-matrix", headers: bearer(t.tokens.viewer) })).json();
    const three = defaultRiskMatrix(3);
    expect(
      (
        await t.app.inject({
          method: "PUT",
          url: "/api/v1/risk-matrix",
          headers: bearer(t.tokens.contributor),
          payload: { basedOnVersion: m.version, definition: three },
        })
      ).statusCode,
    ).toBe(403);
    const bad = await t.app.inject({
      method: "PUT",
      url: "/api/v1/risk-matrix",
      headers: bearer(t.tokens.manager),
      payload: { basedOnVersion: m.version, definition: { ...three, grid: three.grid.slice(1) } },
    });
    expect(bad.statusCode).toBe(400);
    const next = await t.app.inject({
      method: "PUT",
      url: "/api/v1/risk-matrix",
      headers: bearer(t.tokens.manager),
      payload: { basedOnVersion: m.version, definition: three },
    });
    expect(next.json().version).toBe(m.version + 1);
    const stale = await t.app.inject({
      method: "PUT",
      url: "/api/v1/risk-matrix",
      headers: bearer(t.tokens.manager),
      payload: { basedOnVersion: m.version, definition: three },
    });
    expect(stale.statusCode).toBe(409);
    const old = (
      await t.app.inject({ url: "/api/v1/risks?limit=1&sort=key", headers: bearer(t.tokens.viewer) })
    ).json().items[0];
    expect(old.matrixVersion).toBe(1);
    const rescored = await t.app.inject({
      method: "PATCH",
      url: `/api/v1/risks/${old.id}`,
      headers: bearer(t.tokens.contributor),
      payload: {
        version: old.version,
        inherentLikelihood: 3,
        inherentImpact: 3,
        residualLikelihood: 3,
        residualImpact: 3,
      },
    });
    expect(rescored.json()).toMatchObject({
      matrixVersion: m.version + 1,
      residualLevel: { id: "critical" },
    });
  });

  it("links treatment controls and Annex A controls, and keeps a treatment plan", async () => {
    const w = bearer(t.tokens.contributor);
    const control = (
      await t.app.inject({
        method: "POST",
        url: "/api/v1/controls",
        headers: w,
        payload: { code: "BIAS-01", title: "Bias testing" },
      })
    ).json();
    const created = await t.app.inject({
      method: "POST",
      url: "/api/v1/risks",
      headers: w,
      payload: risk({
        inherentLikelihood: 3,
        inherentImpact: 3,
        residualLikelihood: 2,
        residualImpact: 2,
        treatment: "mitigate",
        treatmentControls: [control.id],
      }),
    });
    expect(created.json()).toMatchObject({
      status: "treating",
      treatmentControls: [control.id],
      annexAControls: [],
    });
    // The answer to a create is built from what was written; it must equal what a read returns.
    const twice = await t.app.inject({
      method: "POST",
      url: "/api/v1/risks",
      headers: w,
      payload: risk({
        inherentLikelihood: 2,
        inherentImpact: 2,
        residualLikelihood: 1,
        residualImpact: 1,
        treatmentControls: [control.id, control.id],
        annexAControls: [
          "iso-iec-42001:2023/A.6.2.4",
          "iso-iec-42001:2023/A.2.2",
          "iso-iec-42001:2023/A.2.2",
        ],
      }),
    });
    expect(twice.statusCode, twice.body).toBe(201);
    const read = await t.app.inject({ url: `/api/v1/risks/${twice.json().id}`, headers: w });
    expect(twice.json()).toEqual(read.json());
    expect(read.json().annexAControls).toEqual(["iso-iec-42001:2023/A.2.2", "iso-iec-42001:2023/A.6.2.4"]);
    const badKey = await t.app.inject({
      method: "PATCH",
      url: `/api/v1/risks/${created.json().id}`,
      headers: w,
      payload: { version: 1, annexAControls: ["iso-iec-42001:2023/A.99"] },
    });
    expect(badKey.statusCode).toBe(400);
    expect(badKey.json().error.details.issues[0].path).toBe("annexAControls.0");
    const action = await t.app.inject({
      method: "POST",
      url: `/api/v1/risks/${created.json().id}/actions`,
      headers: w,
      payload: { title: "Add fairness tests to CI", dueOn: "2027-03-01", ownerId: t.users.contributor.id },
    });
    expect(action.statusCode).toBe(201);
    const done = await t.app.inject({
      method: "PATCH",
      url: `/api/v1/risks/${created.json().id}/actions/${action.json().id}`,
      headers: w,
      payload: { version: 1, status: "done" },
    });
    expect(done.json()).toMatchObject({ status: "done", version: 2 });
    const plan = (
      await t.app.inject({
        url: `/api/v1/risks/${created.json().id}/actions`,
        headers: bearer(t.tokens.viewer),
      })
    ).json();
    expect(plan.items.map((a: { title: string }) => a.title)).toEqual(["Add fairness tests to CI"]);
  });

  it("starts a risk from the library with scores rescaled to the criteria in force", async () => {
    const templates = (
      await t.app.inject({ url: "/api/v1/risk-templates", headers: bearer(t.tokens.viewer) })
    ).json();
    expect(templates.total).toBeGreaterThanOrEqual(40);
    const template = templates.items[0];
    const res = await t.app.inject({
      method: "POST",
      url: "/api/v1/risks/from-template",
      headers: bearer(t.tokens.contributor),
      payload: { code: template.code },
    });
    expect(res.statusCode, res.body).toBe(201);
    const matrix = (
      await t.app.inject({ url: "/api/v1/risk-matrix", headers: bearer(t.tokens.viewer) })
    ).json();
    expect(res.json()).toMatchObject({
      title: template.title,
      source: template.sources[0],
      annexAControls: [...template.annexA].sort(),
    });
    expect(res.json().inherentLikelihood).toBeLessThanOrEqual(matrix.definition.likelihood.length);
    expect(
      (
        await t.app.inject({
          method: "POST",
          url: "/api/v1/risks/from-template",
          headers: bearer(t.tokens.contributor),
          payload: { code: "RL-NOPE-99" },
        })
      ).statusCode,
    ).toBe(400);
  });

  it("draws the heat map and filters the register", async () => {
    const v = bearer(t.tokens.viewer);
    const map = (await t.app.inject({ url: "/api/v1/risks/heat-map?kind=inherent", headers: v })).json();
    expect(map.total).toBeGreaterThan(0);
    expect(map.counts.flat().reduce((a: number, b: number) => a + b, 0)).toBeLessThanOrEqual(map.total);
    const high = (
      await t.app.inject({
        url: "/api/v1/risks?minResidualLevel=2&sort=residualLevel&order=desc",
        headers: v,
      })
    ).json();
    expect(high.items.every((r: { residualLevel: { index: number } }) => r.residualLevel.index >= 2)).toBe(
      true,
    );
  });

  it("lists the risks of one heat-map cell, as many as the cell counts", async () => {
    const v = bearer(t.tokens.viewer);
    const map = (await t.app.inject({ url: "/api/v1/risks/heat-map?kind=residual", headers: v })).json();
    // The fullest cell: likelihood row l, impact column i (1-based on the criteria in force).
    let best = { l: 1, i: 1, n: -1 };
    map.counts.forEach((row: number[], l: number) =>
      row.forEach((n, i) => {
        if (n > best.n) best = { l: l + 1, i: i + 1, n };
      }),
    );
    expect(best.n).toBeGreaterThan(0);
    const cell = (
      await t.app.inject({
        url: `/api/v1/risks?residualLikelihood=${best.l}&residualImpact=${best.i}&openOnly=true&limit=200`,
        headers: v,
      })
    ).json();
    expect(cell.total).toBe(best.n);
    for (const r of cell.items) {
      expect(r).toMatchObject({ residualLikelihood: best.l, residualImpact: best.i });
      expect(r.status).not.toBe("closed");
    }
    const bad = await t.app.inject({ url: "/api/v1/risks?residualImpact=7", headers: v });
    expect(bad.statusCode).toBe(400);
  });
});
