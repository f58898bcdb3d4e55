import { describe, expect, it } from "vitest";
import { isSubstantialModification, requiredTemplates, type SystemSnapshot } from "./triggers.js";

const base: SystemSnapshot = {
  purpose: "Screen job applications",
  intendedUse: "Rank CVs for recruiters",
  euRiskClass: "high-risk",
  models: [{ name: "ranker", type: "classical_ml", provider: "acme", version: "1" }],
  datasets: [{ name: "past hires", source: "HR" }],
  profile: {
    jurisdictions: { eu: ["DE"], us: [], other: [] },
    decisionRole: "supports",
    consequentialDecisions: ["employment"],
    annexIIIAreas: ["employment"],
    automationLevel: "human_in_the_loop",
    processesPersonalData: true,
    processesSpecialCategoryData: false,
  },
};
const withProfile = (p: Partial<SystemSnapshot["profile"]>) => ({
  ...base,
  profile: { ...base.profile, ...p },
});

describe("isSubstantialModification", () => {
  it.each([
    ["nothing changed", base, []],
    ["only whitespace and case of the purpose", { ...base, purpose: " screen  JOB applications" }, []],
    ["purpose", { ...base, purpose: "Screen tenants" }, ["the purpose changed"]],
    ["intended use", { ...base, intendedUse: "Reject CVs automatically" }, ["the intended use changed"]],
    ["model version", { ...base, models: [{ ...base.models[0]!, version: "2" }] }, ["the models changed"]],
    [
      "dataset added",
      { ...base, datasets: [...base.datasets, { name: "web", source: "" }] },
      ["the datasets changed"],
    ],
    [
      "EU class",
      { ...base, euRiskClass: "minimal-risk" },
      ["the EU risk class changed from high-risk to minimal-risk"],
    ],
    [
      "new state",
      withProfile({ jurisdictions: { eu: ["DE"], us: ["CO"], other: [] } }),
      ["new jurisdictions: US CO"],
    ],
    ["a jurisdiction dropped is not", withProfile({ jurisdictions: { eu: [], us: [], other: [] } }), []],
    [
      "decision role",
      withProfile({ decisionRole: "makes" }),
      ["the decision role changed from supports to makes"],
    ],
    [
      "automation",
      withProfile({ automationLevel: "fully_automated" }),
      ["the automation level changed from human_in_the_loop to fully_automated"],
    ],
    [
      "special-category data",
      withProfile({ processesSpecialCategoryData: true }),
      ["it now processes special-category data"],
    ],
  ] as const)("%s", (_name, after, reasons) => {
    const r = isSubstantialModification(base, after as SystemSnapshot);
    expect(r.reasons).toEqual(reasons);
    expect(r.substantial).toBe(reasons.length > 0);
  });
});

describe("requiredTemplates", () => {
  const f = (code: string, provision = "p") => ({ code, provision, conclusion: "", reason: "" });
  it.each([
    ["nothing applies: the ISO assessment only", [], ["ai-system-impact"]],
    ["FRIA finding", [f("eu.deployer.fria", "EU AI Act Art. 27(1)")], ["ai-system-impact", "eu-fria"]],
    [
      "Colorado finding",
      [f("colorado.deployer.impact_assessment")],
      ["ai-system-impact", "colorado-deployer"],
    ],
    ["the FRIA note alone does not require it", [f("eu.fria.private_public_service")], ["ai-system-impact"]],
    [
      "SB 26-189's 'no impact assessment'",
      [f("colorado.deployer.no_impact_assessment")],
      ["ai-system-impact"],
    ],
    [
      "both",
      [f("colorado.deployer.impact_assessment"), f("eu.deployer.fria")],
      ["ai-system-impact", "eu-fria", "colorado-deployer"],
    ],
  ] as const)("%s", (_name, findings, ids) => {
    const r = requiredTemplates({ frameworks: [{ findings: [...findings] }], notes: [] });
    expect(r.map((x) => x.templateId)).toEqual(ids);
  });
  it("cites the provision of the finding", () => {
    const r = requiredTemplates({ frameworks: [], notes: [f("eu.deployer.fria", "EU AI Act Art. 27(1)")] });
    expect(r[1]).toMatchObject({ templateId: "eu-fria", provision: "EU AI Act Art. 27(1)" });
  });
});
