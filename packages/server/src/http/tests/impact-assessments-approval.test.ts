import { describe, expect, it } from "vitest";
import type { ImpactAssessmentView } from "@openaims/core";
import { markExpiredAssessmentsDue } from "../../services/impact-assessments/assessment-due.js";
import { complete, iaAnswers, url, useAssessmentApp } from "../../test-support/impact-assessments.js";

const { h, get, send, createSystem, start, save, approvedAssessment } = useAssessmentApp();

describe("impact assessment approval and validity", () => {
  it("submits only complete drafts, then the system owner approves; one year valid; frozen after", async () => {
    const system = await createSystem({ ownerId: h.t.users.viewer.id });
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
      approval: { status: "pending", steps: [{ approverUserId: h.t.users.viewer.id, status: "pending" }] },
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
    const superseded = (await get(`${url}/${ia.id}`, "viewer")).json() as ImpactAssessmentView;
    expect(superseded.status).toBe("superseded");
    // Its own version moves on (never back to the version of the revision that replaced it).
    expect(superseded.version).toBe(approved.json().version + 1);
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
    await patch({ lifecycleStage: "retired", ownerId: h.t.users.manager.id });
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
    expect(await markExpiredAssessmentsDue(h.t.database.db, approved.validUntil!)).toBe(0);
    const dayAfter = new Date(Date.parse(`${approved.validUntil}T00:00:00Z`) + 86_400_000)
      .toISOString()
      .slice(0, 10);
    expect(await markExpiredAssessmentsDue(h.t.database.db, dayAfter)).toBeGreaterThanOrEqual(1);
    const due = (await get(`${url}/${approved.id}`, "viewer")).json();
    expect(due.dueReason).toBe(`the validity period ended on ${approved.validUntil}`);
  });

  it("opens one revision when a new revision and a new assessment are asked for at once", async () => {
    const system = await createSystem();
    const approved = await approvedAssessment(system.id);
    const results = await Promise.all([
      send("POST", `${url}/${approved.id}/revisions`, "contributor"),
      send("POST", url, "contributor", { aiSystemId: system.id, templateId: "ai-system-impact" }),
      send("POST", `${url}/${approved.id}/revisions`, "contributor"),
    ]);
    expect(results.map((r) => r.statusCode).sort()).toEqual([201, 409, 409]);
    const open = (await get(`${url}?aiSystemId=${system.id}&status=draft`, "viewer")).json();
    expect(open.total).toBe(1);
  });
});
