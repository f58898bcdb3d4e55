import { describe, expect, it } from "vitest";
import type { Answers, ImpactAssessmentView } from "@openaims/core";
import { iaAnswers, url, useAssessmentApp } from "../../test-support/impact-assessments.js";

const { h, get, send, createSystem, start, save } = useAssessmentApp();

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

  it("creates a register risk from an impact row in one step", async () => {
    const system = await createSystem();
    const ia = await start(system.id, "ai-system-impact");
    const benefit = {
      title: "Faster decisions",
      kind: "benefit",
      category: "other",
      severity: 3,
      likelihood: 4,
    };
    const impacts = [...(iaAnswers.impacts as object[]), benefit];
    expect((await save(ia, { ...iaAnswers, impacts } as Answers)).statusCode).toBe(200);
    const res = await send("POST", `${url}/${ia.id}/risks`, "contributor", {
      row: 0,
      overrides: { ownerId: h.t.users.manager.id },
    });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toMatchObject({
      key: expect.stringMatching(/^RSK-/),
      title: "Thin-file applicants refused",
      aiSystemId: system.id,
      ownerId: h.t.users.manager.id,
      inherentLikelihood: 3,
      inherentImpact: 4,
      consequences: { individuals: "Affects young adults." },
    });
    const missing = await send("POST", `${url}/${ia.id}/risks`, "contributor", { row: 5 });
    expect(missing.statusCode).toBe(400);
    // A benefit is not a risk.
    const fromBenefit = await send("POST", `${url}/${ia.id}/risks`, "contributor", { row: 2 });
    expect(fromBenefit.statusCode).toBe(400);
    expect(fromBenefit.json().error.message).toMatch(/only an identified harm/);
    const trail = (
      await get(`/api/v1/audit-events?entityType=impact_assessment&entityId=${ia.id}&limit=50`, "auditor")
    ).json();
    expect(trail.items.some((e: { action: string }) => e.action === "impact_assessment.risk_created")).toBe(
      true,
    );
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
