import { describe, expect, it } from "vitest";
import { DomainError } from "../errors/domain-error.js";
import { CLASSIFICATION_RULES_VERSION, classifyAiSystem } from "./classify.js";

import {
  checkCase,
  type Case,
  ISO,
  EUR,
  GDPR_REF,
  TXR,
  EU,
  inEu,
  customer,
  vendor,
  cvScreening,
  creditModel,
  profile,
  allFindings,
} from "./classify-cases.kit.js";

const cases: Case[] = [
  // --- EU AI Act: high-risk through Annex III (Art. 6(2)) -------------------------------------------
  {
    name: "CV screening deployed in the EU by a customer: high-risk, Annex III point 4, deployer duties",
    facts: { ...inEu, ...customer, ...cvScreening },
    euRiskClass: "high-risk",
    euRoles: ["deployer"],
    frameworks: [ISO, EUR, GDPR_REF],
    findings: [
      "eu.high_risk.annex_iii.employment~Annex III point 4",
      "eu.deployer.high_risk~Art. 26",
      "eu.role.deployer",
    ],
    notes: ["eu.fria.private_public_service"],
    obligations: [
      EU("Art. 4"),
      EU("Art. 26(1)"),
      EU("Art. 26(2)"),
      EU("Art. 26(7)"),
      EU("Art. 26(11)"),
      EU("Art. 86"),
    ],
    absentObligations: [
      EU("Art. 9"),
      EU("Art. 16"),
      EU("Art. 43"),
      EU("Art. 27"),
      EU("Art. 26(8)"),
      EU("Art. 5(1)(c)"),
    ],
    roles: { [EUR]: ["deployer"], [GDPR_REF]: ["controller"] },
    riskClasses: { [EUR]: "high-risk" },
  },
  {
    name: "CV screening sold by its vendor under its own name: provider duties of Arts. 9–17, 43, 47–49, 72, 73",
    facts: { ...inEu, ...vendor, ...cvScreening },
    euRiskClass: "high-risk",
    euRoles: ["provider"],
    findings: ["eu.provider.high_risk", "eu.role.provider~Art. 3(3)"],
    notes: ["eu.role.own_use"],
    obligations: [
      EU("Art. 6"),
      EU("Art. 9"),
      EU("Art. 10"),
      EU("Art. 11"),
      EU("Art. 14"),
      EU("Art. 16"),
      EU("Art. 17(1)(a)"),
      EU("Art. 17(1)(m)"),
      EU("Art. 43"),
      EU("Art. 47"),
      EU("Art. 48"),
      EU("Art. 49"),
      EU("Art. 72"),
      EU("Art. 73"),
    ],
    absentObligations: [EU("Art. 26(1)"), EU("Art. 86"), EU("Art. 6(4)")],
  },
  {
    name: "Annex III area with no Art. 6(3) answer is high-risk, with a note on the missing answer",
    facts: { ...inEu, ...customer, annexIIIAreas: ["education"] },
    euRiskClass: "high-risk",
    findings: ["eu.high_risk.annex_iii.education~Annex III point 3"],
    notes: ["eu.art_6_3.unanswered"],
  },
  {
    name: "Art. 6(3) exception without profiling: not high-risk, provider documents and registers (Art. 6(4), 49)",
    facts: { ...inEu, ...vendor, annexIIIAreas: ["employment"], art63Conditions: ["narrow_procedural_task"] },
    euRiskClass: "minimal-risk",
    findings: ["eu.not_high_risk.art_6_3~Art. 6(3)(a)", "eu.annex_iii.employment"],
    absentFindings: ["eu.high_risk.annex_iii.employment", "eu.high_risk.profiling"],
    obligations: [EU("Art. 6(4)"), EU("Art. 49"), EU("Art. 4")],
    absentObligations: [EU("Art. 9"), EU("Art. 6")],
  },
  {
    name: "Art. 6(3) condition with profiling: always high-risk, reason recorded",
    facts: {
      ...inEu,
      ...vendor,
      annexIIIAreas: ["employment"],
      art63Conditions: ["preparatory_task"],
      performsProfiling: true,
    },
    euRiskClass: "high-risk",
    findings: ["eu.high_risk.profiling~Art. 6(3)", "eu.high_risk.annex_iii.employment"],
    absentFindings: ["eu.not_high_risk.art_6_3"],
    obligations: [EU("Art. 9")],
    absentObligations: [EU("Art. 6(4)")],
  },
  {
    name: "Annex III point 8: a system meant to influence elections is high-risk",
    facts: { ...inEu, ...vendor, annexIIIAreas: ["justice_democracy"] },
    euRiskClass: "high-risk",
    findings: ["eu.high_risk.annex_iii.justice_democracy~Annex III point 8"],
  },
  {
    name: "Consequential employment decisions without the Annex III area: note to check point 4",
    facts: { ...inEu, ...customer, consequentialDecisions: ["employment"], decisionRole: "supports" },
    euRiskClass: "minimal-risk",
    notes: ["eu.annex_iii.check.employment~Annex III point 4"],
  },
  // --- Annex I product safety (Art. 6(1)) -----------------------------------------------------------
  {
    name: "Safety component of an Annex I product: high-risk under Art. 6(1), applying from 2 Aug 2027",
    facts: { ...inEu, ...vendor, annexIProductSafety: true },
    euRiskClass: "high-risk",
    findings: ["eu.high_risk.annex_i~Art. 6(1)", "eu.dates.annex_i~Art. 113(c)"],
    obligations: [EU("Art. 9"), EU("Art. 43"), EU("Art. 72")],
    absentObligations: [EU("Art. 49"), EU("Art. 26(11)"), EU("Art. 86")],
  },
  {
    name: "Annex I product after 2 Aug 2027: no pending-date finding",
    facts: { ...inEu, ...vendor, annexIProductSafety: true },
    asOf: "2027-09-01",
    euRiskClass: "high-risk",
    absentFindings: ["eu.dates.annex_i", "eu.dates.upcoming"],
  },
  {
    name: "Annex I product: an Art. 6(3) condition does not lift the Art. 6(1) route",
    facts: {
      ...inEu,
      ...vendor,
      annexIProductSafety: true,
      annexIIIAreas: ["critical_infrastructure"],
      art63Conditions: ["preparatory_task"],
    },
    euRiskClass: "high-risk",
    findings: ["eu.high_risk.annex_i", "eu.not_high_risk.art_6_3"],
  },
  // --- Prohibited practices (Art. 5) ----------------------------------------------------------------
  {
    name: "Social scoring is prohibited (Art. 5(1)(c))",
    facts: { ...inEu, ...vendor, prohibitedPractices: ["social_scoring"] },
    euRiskClass: "prohibited",
    findings: ["eu.prohibited.social_scoring~Art. 5(1)(c)", "eu.risk_class~Art. 5"],
    obligations: [EU("Art. 5(1)(c)")],
    absentObligations: [EU("Art. 5(1)(a)"), EU("Art. 5(1)(f)")],
    riskClasses: { [EUR]: "prohibited" },
  },
  ...(
    [
      ["subliminal_manipulation", "Art. 5(1)(a)"],
      ["exploiting_vulnerabilities", "Art. 5(1)(b)"],
      ["crime_risk_profiling", "Art. 5(1)(d)"],
      ["untargeted_face_scraping", "Art. 5(1)(e)"],
      ["biometric_categorisation_sensitive", "Art. 5(1)(g)"],
      ["realtime_remote_biometric_identification", "Art. 5(1)(h)"],
    ] as const
  ).map(([practice, id]): Case => ({
    name: `Screening answer ${practice} is prohibited under ${id}`,
    facts: { ...inEu, ...customer, prohibitedPractices: [practice] },
    euRiskClass: "prohibited",
    findings: [`eu.prohibited.${practice}~${id}`],
    obligations: [EU(id)],
  })),
  {
    name: "Several practices: one finding each, and prohibited wins over high-risk",
    facts: {
      ...inEu,
      ...customer,
      ...cvScreening,
      prohibitedPractices: ["exploiting_vulnerabilities", "social_scoring"],
    },
    euRiskClass: "prohibited",
    findings: [
      "eu.prohibited.exploiting_vulnerabilities",
      "eu.prohibited.social_scoring",
      "eu.high_risk.annex_iii.employment",
    ],
    obligations: [EU("Art. 5(1)(b)"), EU("Art. 5(1)(c)"), EU("Art. 26(1)")],
  },
  {
    name: "Emotion recognition at work is prohibited (Art. 5(1)(f))",
    facts: {
      ...inEu,
      ...customer,
      emotionRecognition: true,
      annexIIIAreas: ["employment"],
      prohibitedPractices: ["emotion_recognition_work_education"],
    },
    euRiskClass: "prohibited",
    findings: ["eu.prohibited.emotion_recognition_work_education~Art. 5(1)(f)"],
    obligations: [EU("Art. 5(1)(f)")],
    absentFindings: ["eu.prohibited.check_emotion_work_education"],
  },
  {
    name: "Emotion recognition in a shop: Annex III point 1(c) high-risk plus the Art. 50(3) notice",
    facts: { ...inEu, ...customer, emotionRecognition: true },
    euRiskClass: "high-risk",
    findings: [
      "eu.high_risk.annex_iii.biometrics~Annex III point 1(c)",
      "eu.transparency.emotion_biometric~Art. 50(3)",
    ],
    obligations: [EU("Art. 50(3)"), EU("Art. 26(1)")],
    absentObligations: [EU("Art. 5(1)(f)")],
  },
  {
    name: "Emotion recognition used on staff without the screening answer: note on the Art. 5(1)(f) ban",
    facts: {
      ...inEu,
      ...customer,
      emotionRecognition: true,
      consequentialDecisions: ["employment"],
      decisionRole: "supports",
    },
    notes: ["eu.prohibited.check_emotion_work_education~Art. 5(1)(f)"],
  },
  {
    name: "Biometric categorisation by a deployer: Art. 50(3) notice and a note on Art. 5(1)(g)",
    facts: { ...inEu, ...customer, biometricCategorisation: true },
    euRiskClass: "limited-risk",
    obligations: [EU("Art. 50(3)")],
    notes: ["eu.prohibited.check_biometric_categorisation~Art. 5(1)(g)"],
  },
  {
    name: "Remote biometric identification in law enforcement: Annex III 1(a) and 6, Art. 26(10), check Art. 5(1)(h)",
    facts: { ...inEu, ...customer, remoteBiometricIdentification: true, annexIIIAreas: ["law_enforcement"] },
    euRiskClass: "high-risk",
    findings: [
      "eu.high_risk.annex_iii.biometrics~Annex III point 1(a)",
      "eu.high_risk.annex_iii.law_enforcement",
    ],
    obligations: [EU("Art. 26(10)")],
    notes: ["eu.prohibited.check_realtime_rbi"],
  },
  // --- Transparency (Art. 50) -----------------------------------------------------------------------
  {
    name: "Customer-service chatbot offered under the organization's name: Art. 50(1), limited-risk",
    facts: { ...inEu, ...vendor, interactsWithNaturalPersons: true },
    euRiskClass: "limited-risk",
    findings: ["eu.transparency.interaction~Art. 50(1)", "eu.risk_class~Art. 50"],
    obligations: [EU("Art. 50(1)"), EU("Art. 4")],
    absentObligations: [EU("Art. 9"), EU("Art. 26(1)"), EU("Art. 50(2)")],
    riskClasses: { [EUR]: "limited-risk" },
  },
  {
    name: "Bought-in chatbot used by a customer: limited-risk, but Art. 50(1) is the provider's duty",
    facts: { ...inEu, ...customer, interactsWithNaturalPersons: true },
    euRiskClass: "limited-risk",
    findings: ["eu.transparency.interaction"],
    obligations: [EU("Art. 4")],
    absentObligations: [EU("Art. 50(1)")],
  },
  {
    name: "Image generator: synthetic content must be marked (Art. 50(2))",
    facts: { ...inEu, ...vendor, generatesSyntheticContent: true },
    euRiskClass: "limited-risk",
    findings: ["eu.transparency.synthetic_content~Art. 50(2)"],
    obligations: [EU("Art. 50(2)")],
  },
  {
    name: "Deployer publishing deep fakes: Art. 50(4) disclosure",
    facts: { ...inEu, ...customer, deepfake: true, generatesSyntheticContent: true },
    euRiskClass: "limited-risk",
    findings: ["eu.transparency.deepfake~Art. 50(4)"],
    obligations: [EU("Art. 50(4)")],
    absentObligations: [EU("Art. 50(2)")],
  },
  {
    name: "Transparency duties stack with high-risk: an interviewing chatbot for recruitment",
    facts: { ...inEu, ...vendor, ...cvScreening, interactsWithNaturalPersons: true },
    euRiskClass: "high-risk",
    obligations: [EU("Art. 9"), EU("Art. 50(1)")],
  },
  // --- General-purpose AI models (Arts. 53–55) ------------------------------------------------------
  {
    name: "GPAI model provider without systemic risk: Art. 53 only, Art. 54 as a note",
    facts: { ...inEu, ...vendor, isGeneralPurposeModel: true },
    euRiskClass: "minimal-risk",
    findings: ["eu.gpai~Art. 53"],
    notes: ["eu.gpai.authorised_representative~Art. 54"],
    obligations: [EU("Art. 53")],
    absentObligations: [EU("Art. 55"), EU("Art. 54")],
  },
  {
    name: "GPAI model provider with systemic risk: Arts. 53 and 55",
    facts: { ...inEu, ...vendor, isGeneralPurposeModel: true, gpaiSystemicRisk: true },
    findings: ["eu.gpai.systemic_risk~Art. 55"],
    obligations: [EU("Art. 53"), EU("Art. 55")],
  },
  {
    name: "Downstream user of a GPAI model: the model duties rest with its provider",
    facts: { ...inEu, ...customer, isGeneralPurposeModel: true, gpaiSystemicRisk: true },
    findings: ["eu.gpai.systemic_risk"],
    absentObligations: [EU("Art. 53"), EU("Art. 55")],
  },
  {
    name: "Systemic risk flagged without a general-purpose model: contradiction note",
    facts: { ...inEu, ...vendor, gpaiSystemicRisk: true },
    notes: ["eu.gpai.inconsistent~Art. 51"],
    absentObligations: [EU("Art. 55")],
  },
  // --- FRIA (Art. 27) -------------------------------------------------------------------------------
  {
    name: "Public body using credit scoring: FRIA (Art. 27), public registration (Art. 26(8), 49)",
    facts: {
      ...inEu,
      ...customer,
      ...creditModel,
      annexIIIAreas: ["essential_services"],
      isGovernmentalEntity: true,
    },
    euRiskClass: "high-risk",
    findings: ["eu.deployer.fria~Art. 27(1)"],
    obligations: [EU("Art. 27"), EU("Art. 26(8)"), EU("Art. 49")],
  },
  {
    name: "Private bank using credit scoring: FRIA for Annex III 5(b), no public registration",
    facts: { ...inEu, ...customer, ...creditModel, annexIIIAreas: ["essential_services"] },
    findings: ["eu.deployer.fria"],
    obligations: [EU("Art. 27")],
    absentObligations: [EU("Art. 26(8)"), EU("Art. 49")],
  },
  {
    name: "Public body using a critical-infrastructure system (Annex III point 2): no FRIA",
    facts: { ...inEu, ...customer, annexIIIAreas: ["critical_infrastructure"], isGovernmentalEntity: true },
    euRiskClass: "high-risk",
    absentObligations: [EU("Art. 27")],
    obligations: [EU("Art. 26(8)")],
  },
  // --- Scope and roles ------------------------------------------------------------------------------
  {
    name: "US-only system: EU AI Act out of scope",
    facts: { ...vendor, jurisdictions: { us: ["TX"] }, interactsWithNaturalPersons: true },
    euRiskClass: "out-of-scope",
    euRoles: [],
    frameworks: [ISO, TXR],
    notes: ["eu.out_of_scope~Art. 2(1)"],
  },
  {
    name: "No jurisdictions at all: only ISO/IEC 42001, with a note",
    facts: { ...customer, ...cvScreening },
    euRiskClass: "out-of-scope",
    frameworks: [ISO],
    notes: ["jurisdictions.missing", "eu.out_of_scope"],
  },
  {
    name: "EU system with no role recorded: note, no role-bound duties",
    facts: { ...inEu, annexIIIAreas: ["employment"] },
    euRoles: [],
    notes: ["eu.role.missing"],
    absentObligations: [EU("Art. 4"), EU("Art. 9"), EU("Art. 26(1)")],
  },
  {
    name: "Producer building for another company: no EU role of its own",
    facts: { ...inEu, organizationRoles: ["producer"] },
    euRoles: [],
    notes: ["eu.role.missing"],
  },
  {
    name: "Customer rebranding a system under its own name becomes its provider too",
    facts: { ...inEu, organizationRoles: ["customer"], placedOnMarketUnderOwnName: true },
    euRoles: ["provider", "deployer"],
  },
  {
    name: "Spam filter: minimal risk, only AI literacy",
    facts: { ...inEu, ...vendor },
    euRiskClass: "minimal-risk",
    findings: ["eu.ai_literacy~Art. 4", "eu.risk_class"],
    obligations: [EU("Art. 4")],
  },
  {
    name: "Before 2 Aug 2026 the high-risk deployer duties are flagged as upcoming",
    facts: { ...inEu, ...customer, ...cvScreening },
    asOf: "2025-06-01",
    euRiskClass: "high-risk",
    findings: ["eu.dates.upcoming~Art. 113"],
    obligations: [EU("Art. 26(1)")],
  },
];

describe("classifyAiSystem: EU AI Act", () => {
  it("has at least 30 cases", () => expect(cases.length).toBeGreaterThanOrEqual(30));
  it.each(cases.map((c) => [c.name, c] as const))("%s", (_name, c) => checkCase(c));
});

describe("classification contract", () => {
  const cv = profile({
    ...inEu,
    ...customer,
    ...cvScreening,
    jurisdictions: { eu: ["DE"], us: ["CO", "TX"] },
  });

  it("stamps the rules version and the calendar date", () => {
    const result = classifyAiSystem(cv, "2026-09-01T12:30:00+02:00");
    expect(result.rulesVersion).toBe(CLASSIFICATION_RULES_VERSION);
    expect(result.asOf).toBe("2026-09-01");
  });

  it.each(["", "2026-13-01", "2026-02-30", "yesterday", "01/09/2026"])("refuses asOf %j", (asOf) => {
    expect(() => classifyAiSystem(cv, asOf)).toThrow(DomainError);
  });

  it("is deterministic and does not change its input", () => {
    const before = JSON.stringify(cv);
    expect(classifyAiSystem(cv, "2026-09-01")).toEqual(classifyAiSystem(cv, "2026-09-01"));
    expect(JSON.stringify(cv)).toBe(before);
  });

  it("gives every finding a code, conclusion, reason and provision, with unique codes per framework", () => {
    const result = classifyAiSystem(cv, "2026-09-01");
    for (const f of result.frameworks) {
      const codes = f.findings.map((x) => x.code);
      expect(new Set(codes).size, f.frameworkRef).toBe(codes.length);
      expect(new Set(f.obligations).size, f.frameworkRef).toBe(f.obligations.length);
    }
    for (const f of allFindings(result)) {
      expect(f.code).toMatch(/^[a-z0-9_.-]+$/);
      expect(f.conclusion.length).toBeGreaterThan(0);
      expect(f.reason.length).toBeGreaterThan(20);
      expect(f.provision.length).toBeGreaterThan(0);
    }
  });

  it("reports a law not yet in force as upcoming", () => {
    const tx = profile({ ...vendor, jurisdictions: { us: ["TX"] } });
    const before = classifyAiSystem(tx, "2025-10-01").frameworks.find((f) => f.frameworkRef === TXR)!;
    const after = classifyAiSystem(tx, "2026-01-01").frameworks.find((f) => f.frameworkRef === TXR)!;
    expect(before.findings.find((f) => f.code === "texas.scope")?.conclusion).toContain("upcoming");
    expect(after.findings.find((f) => f.code === "texas.scope")?.conclusion).not.toContain("upcoming");
  });

  it("keeps obligations in catalog order", () => {
    const eu = classifyAiSystem(cv, "2026-09-01").frameworks.find((f) => f.frameworkRef === EUR)!;
    expect(eu.obligations.indexOf(EU("Art. 4"))).toBeLessThan(eu.obligations.indexOf(EU("Art. 26(1)")));
  });
});
