/**
 * The screening questions' answers and the AI system profile they fill in. Questions that only
 * make sense after a "yes" (is it a deep fake? — only if it generates content) are dropped when
 * their parent answer is "no", so a changed mind never leaves a stale fact behind.
 */
import type { AiSystemProfile } from "@openaims/core";
import type { AiRole, AutomationLevel } from "../inventory/inventory-labels";
import type {
  AnnexIIIArea,
  Art63Condition,
  DecisionDomain,
  DecisionRole,
  ProhibitedPractice,
} from "../inventory/profile-labels";

export type ScreeningAnswers = {
  roles: AiRole[];
  ownName: boolean;
  euCountries: string[];
  usStates: string[];
  otherCountries: string[];
  affectedPersons: string;
  interactsWithPeople: boolean;
  decisionAreas: DecisionDomain[];
  decisionRole: DecisionRole;
  annexIII: AnnexIIIArea[];
  art63: Art63Condition[];
  profiling: boolean;
  productSafety: boolean;
  prohibited: ProhibitedPractice[];
  syntheticContent: boolean;
  deepfake: boolean;
  emotionRecognition: boolean;
  biometricCategorisation: boolean;
  remoteBiometricId: boolean;
  generalPurpose: boolean;
  systemicRisk: boolean;
  personalData: boolean;
  specialCategoryData: boolean;
  systematicMonitoring: boolean;
  largeScale: boolean;
  automation: AutomationLevel;
  humanOversight: string;
  governmental: boolean;
  healthCare: boolean;
};

export const EMPTY_ANSWERS: ScreeningAnswers = {
  roles: [],
  ownName: false,
  euCountries: [],
  usStates: [],
  otherCountries: [],
  affectedPersons: "",
  interactsWithPeople: false,
  decisionAreas: [],
  decisionRole: "none",
  annexIII: [],
  art63: [],
  profiling: false,
  productSafety: false,
  prohibited: [],
  syntheticContent: false,
  deepfake: false,
  emotionRecognition: false,
  biometricCategorisation: false,
  remoteBiometricId: false,
  generalPurpose: false,
  systemicRisk: false,
  personalData: false,
  specialCategoryData: false,
  systematicMonitoring: false,
  largeScale: false,
  automation: "human_in_the_loop",
  humanOversight: "",
  governmental: false,
  healthCare: false,
};

const unique = <T>(list: readonly T[]): T[] => [...new Set(list)];
const codes = (list: readonly string[]) => unique(list.map((c) => c.trim().toUpperCase()).filter(Boolean));

/** Whether the Art. 6(3) question applies: the system falls in an Annex III area (ticked or implied). */
export function asksArt63(a: ScreeningAnswers): boolean {
  return a.annexIII.length > 0 || a.emotionRecognition || a.remoteBiometricId;
}

/** The profile the answers describe (what classification and the inventory store). */
export function profileOfAnswers(a: ScreeningAnswers): AiSystemProfile {
  return {
    organizationRoles: unique(a.roles),
    placedOnMarketUnderOwnName: a.ownName,
    jurisdictions: { eu: codes(a.euCountries), us: codes(a.usStates), other: codes(a.otherCountries) },
    affectedPersons: a.affectedPersons.trim(),
    interactsWithNaturalPersons: a.interactsWithPeople,
    generatesSyntheticContent: a.syntheticContent,
    deepfake: a.syntheticContent && a.deepfake,
    emotionRecognition: a.emotionRecognition,
    biometricCategorisation: a.biometricCategorisation,
    remoteBiometricIdentification: a.remoteBiometricId,
    consequentialDecisions: unique(a.decisionAreas),
    decisionRole: a.decisionAreas.length > 0 ? a.decisionRole : "none",
    annexIIIAreas: unique(a.annexIII),
    annexIProductSafety: a.productSafety,
    prohibitedPractices: unique(a.prohibited),
    art63Conditions: asksArt63(a) ? unique(a.art63) : [],
    performsProfiling: a.profiling,
    isGeneralPurposeModel: a.generalPurpose,
    gpaiSystemicRisk: a.generalPurpose && a.systemicRisk,
    processesPersonalData: a.personalData,
    processesSpecialCategoryData: a.personalData && a.specialCategoryData,
    systematicMonitoring: a.personalData && a.systematicMonitoring,
    largeScale: a.personalData && a.largeScale,
    automationLevel: a.automation,
    humanOversight: a.humanOversight.trim(),
    isGovernmentalEntity: a.governmental,
    isHealthCareProvider: a.healthCare,
  };
}

/** The answers a stored profile gives (to edit the facts of a registered system). */
export function answersOfProfile(p: AiSystemProfile): ScreeningAnswers {
  return {
    roles: [...p.organizationRoles],
    ownName: p.placedOnMarketUnderOwnName,
    euCountries: [...p.jurisdictions.eu],
    usStates: [...p.jurisdictions.us],
    otherCountries: [...p.jurisdictions.other],
    affectedPersons: p.affectedPersons,
    interactsWithPeople: p.interactsWithNaturalPersons,
    decisionAreas: [...p.consequentialDecisions],
    decisionRole: p.decisionRole,
    annexIII: [...p.annexIIIAreas],
    art63: [...p.art63Conditions],
    profiling: p.performsProfiling,
    productSafety: p.annexIProductSafety,
    prohibited: [...p.prohibitedPractices],
    syntheticContent: p.generatesSyntheticContent,
    deepfake: p.deepfake,
    emotionRecognition: p.emotionRecognition,
    biometricCategorisation: p.biometricCategorisation,
    remoteBiometricId: p.remoteBiometricIdentification,
    generalPurpose: p.isGeneralPurposeModel,
    systemicRisk: p.gpaiSystemicRisk,
    personalData: p.processesPersonalData,
    specialCategoryData: p.processesSpecialCategoryData,
    systematicMonitoring: p.systematicMonitoring,
    largeScale: p.largeScale,
    automation: p.automationLevel,
    humanOversight: p.humanOversight,
    governmental: p.isGovernmentalEntity,
    healthCare: p.isHealthCareProvider,
  };
}

/** Decision areas that Annex III usually covers, by the area that covers them. */
const ANNEX_III_OF_DECISION: Partial<Record<DecisionDomain, AnnexIIIArea>> = {
  employment: "employment",
  education: "education",
  lending: "essential_services",
  insurance: "essential_services",
  health_care: "essential_services",
  essential_government_services: "essential_services",
};

/** Annex III areas the decision answers point to that are not ticked yet (a hint, not a decision). */
export function suggestedAnnexIII(a: ScreeningAnswers): AnnexIIIArea[] {
  return unique(a.decisionAreas.flatMap((d) => ANNEX_III_OF_DECISION[d] ?? [])).filter(
    (area) => !a.annexIII.includes(area),
  );
}

/** Facts still missing that change the result, in plain words (shown before submitting). */
export function missingFacts(a: ScreeningAnswers): string[] {
  const out: string[] = [];
  if (a.euCountries.length + a.usStates.length + a.otherCountries.length === 0)
    out.push("Where the system is used: without it, only ISO/IEC 42001 is assessed.");
  if (a.roles.length === 0) out.push("Your organization's role for the system.");
  if (a.decisionAreas.length > 0 && a.decisionRole === "none")
    out.push("How much the system weighs in the decisions you named.");
  if (a.decisionAreas.length === 0 && a.decisionRole !== "none")
    out.push("The area of the decisions the system takes part in.");
  return out;
}
