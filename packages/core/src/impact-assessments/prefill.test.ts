import { describe, expect, it } from "vitest";
import { prefillAnswers, type AiSystemFacts } from "./prefill.js";
import { ImpactAssessmentTemplate, type Answers } from "./template-model.js";
import { impactAssessmentTemplate } from "./templates.js";

const ia = impactAssessmentTemplate("ai-system-impact");
const fria = impactAssessmentTemplate("eu-fria");
const colorado = impactAssessmentTemplate("colorado-deployer");

const iaAnswers: Answers = {
  intended_purpose: "Score the creditworthiness of loan applicants",
  intended_use: "Advise loan officers on consumer loans up to EUR 50k",
  deployment_context: "Branch loan desks in Germany and Colorado",
  expected_benefits: "Faster, more consistent decisions",
  affected_persons: "Loan applicants and their households",
  affected_groups: [
    { group: "Applicants", relation: "direct", vulnerable: false, effect: "Scored" },
    { group: "Young adults with thin credit files", relation: "direct", vulnerable: true },
  ],
  processes_personal_data: true,
  data_categories: "Income, debts, repayment history",
  output_categories: "A score from 0 to 1000 and reason codes",
  impacts: [
    { title: "Thin-file applicants refused", kind: "harm", category: "fairness", severity: 4, likelihood: 3 },
    { title: "Data breach", kind: "harm", category: "privacy", severity: 4, likelihood: 2 },
    { title: "Quicker answers", kind: "benefit", category: "financial", severity: 2, likelihood: 5 },
  ],
  human_oversight: "Loan officers review every refusal",
  mitigation_measures: "Monthly disparity review",
  monitoring: "Drift dashboard",
  complaints: "Appeal form on the website",
  bias_testing: "Approval rates compared by age band",
  performance_metrics: "AUC, calibration",
  known_limitations: "Weak for self-employed applicants",
  transparency_measures: "Notice before the application",
  decision_role: "substantial_factor",
};
const source = { assessmentKey: "IA-1", template: ia, answers: iaAnswers };
const facts: AiSystemFacts = {
  key: "AIS-7",
  purpose: "Credit scoring (from the inventory)",
  intendedUse: "",
  foreseeableMisuse: "Using the score for marketing",
  personalDataDescription: "Financial data",
  datasets: [{ name: "Bureau data", source: "SCHUFA" }],
  profile: {
    affectedPersons: "Applicants",
    humanOversight: "Officer review",
    decisionRole: "makes",
    processesPersonalData: true,
    jurisdictions: { eu: ["DE"], us: ["CO"], other: [] },
  },
};

describe("prefillAnswers: the AI system impact assessment fills the FRIA and the Colorado assessment", () => {
  it.each([
    [
      "FRIA purpose",
      fria,
      "intended_purpose",
      iaAnswers.intended_purpose,
      { assessmentKey: "IA-1", questionId: "intended_purpose" },
    ],
    [
      "FRIA process from the deployment context",
      fria,
      "deployer_process",
      iaAnswers.deployment_context,
      { assessmentKey: "IA-1", questionId: "deployment_context" },
    ],
    [
      "FRIA oversight",
      fria,
      "human_oversight",
      iaAnswers.human_oversight,
      { assessmentKey: "IA-1", questionId: "human_oversight" },
    ],
    [
      "FRIA affected groups table",
      fria,
      "affected_groups",
      iaAnswers.affected_groups,
      { assessmentKey: "IA-1", questionId: "affected_groups" },
    ],
    [
      "FRIA complaints",
      fria,
      "complaints",
      iaAnswers.complaints,
      { assessmentKey: "IA-1", questionId: "complaints" },
    ],
    [
      "Colorado use cases",
      colorado,
      "intended_use_cases",
      iaAnswers.intended_use,
      { assessmentKey: "IA-1", questionId: "intended_use" },
    ],
    [
      "Colorado input data",
      colorado,
      "input_data",
      iaAnswers.data_categories,
      { assessmentKey: "IA-1", questionId: "data_categories" },
    ],
    [
      "Colorado safeguards from oversight",
      colorado,
      "user_safeguards",
      iaAnswers.human_oversight,
      { assessmentKey: "IA-1", questionId: "human_oversight" },
    ],
    [
      "Colorado limitations",
      colorado,
      "known_limitations",
      iaAnswers.known_limitations,
      { assessmentKey: "IA-1", questionId: "known_limitations" },
    ],
  ] as const)("%s", (_name, target, questionId, value, provenance) => {
    const r = prefillAnswers(target, [source], null);
    expect(r.answers[questionId]).toEqual(value);
    expect(r.prefilledFrom[questionId]).toEqual(provenance);
  });

  it("copies every impact into the FRIA risks of harm, only discrimination-related ones into Colorado", () => {
    expect(prefillAnswers(fria, [source], null).answers.risks_of_harm).toHaveLength(3);
    expect(prefillAnswers(colorado, [source], null).answers.discrimination_risks).toEqual([
      {
        title: "Thin-file applicants refused",
        kind: "harm",
        category: "fairness",
        severity: 4,
        likelihood: 3,
      },
    ]);
  });

  it("leaves questions of no shared concept empty", () => {
    const r = prefillAnswers(fria, [source], null);
    expect(r.answers).not.toHaveProperty("deployer_type");
    expect(r.answers).not.toHaveProperty("governance");
    expect(prefillAnswers(colorado, [source], null).answers).not.toHaveProperty("post_modification");
  });

  it("prefers the most recent source, then the inventory record", () => {
    const newer = { assessmentKey: "IA-9", template: fria, answers: { intended_purpose: "Newer purpose" } };
    const r = prefillAnswers(colorado, [newer, source], facts);
    expect(r.answers.purpose).toBe("Newer purpose");
    expect(r.prefilledFrom.purpose).toEqual({ assessmentKey: "IA-9", questionId: "intended_purpose" });
    expect(r.prefilledFrom.intended_use_cases).toEqual({ assessmentKey: "IA-1", questionId: "intended_use" });
  });

  it.each([
    ["purpose", "intended_purpose", "Credit scoring (from the inventory)", "purpose"],
    ["misuse", "foreseeable_misuse", "Using the score for marketing", "foreseeableMisuse"],
    ["affected persons", "affected_persons", "Applicants", "profile.affectedPersons"],
    ["oversight", "human_oversight", "Officer review", "profile.humanOversight"],
    ["personal data", "processes_personal_data", true, "profile.processesPersonalData"],
    ["decision role", "decision_role", "makes", "profile.decisionRole"],
    ["data categories", "data_categories", "Financial data", "personalDataDescription"],
    ["places", "deployment_geography", "EU DE, US CO", "profile.jurisdictions"],
    ["datasets", "data_sources", "Bureau data (SCHUFA)", "datasets"],
  ] as const)("from the inventory record alone: %s", (_n, questionId, value, field) => {
    const r = prefillAnswers(ia, [], facts);
    expect(r.answers[questionId]).toEqual(value);
    expect(r.prefilledFrom[questionId]).toEqual({ aiSystemKey: "AIS-7", field });
  });

  it("skips empty record fields", () => {
    expect(prefillAnswers(ia, [], facts).answers).not.toHaveProperty("intended_use");
  });

  it("turns tables and choices into text for a text question of the same concept", () => {
    const t = ImpactAssessmentTemplate.parse({
      ...ia,
      id: "summary",
      sections: [
        {
          id: "s",
          title: "S",
          questions: [
            { id: "who", type: "long_text", label: "Who", concept: "affected_groups" },
            { id: "role", type: "text", label: "Role", concept: "decision_role" },
            { id: "impacts", type: "table", label: "I", columns: ia.sections[4]!.questions[0]!.columns },
          ],
        },
      ],
    });
    const r = prefillAnswers(t, [source], null);
    expect(r.answers.who).toBe(
      "• Applicants — Directly affected — Vulnerable: no — Scored\n• Young adults with thin credit files — Directly affected — Vulnerable: yes",
    );
    expect(r.answers.role).toBe("A substantial factor in the decision");
  });
});
