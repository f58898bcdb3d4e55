import type { AiSystemProfile } from "../contracts/ai-systems.js";
import { decidesOrSubstantiallyInfluences } from "./roles.js";

/**
 * GDPR (Regulation (EU) 2016/679) rules as data. All controller duties in the catalog apply to a
 * controller processing personal data; the articles below need a specific trigger.
 */
export const GDPR_REF = "gdpr:2016";
export const GDPR = "GDPR";

/** Requirements decided by a rule rather than by tags; "not decided" ones are never emitted. */
export const GDPR_CONDITIONAL: Record<string, string> = {
  "Art. 7": "not decided: applies only when consent is the legal basis, which the profile does not record",
  "Art. 9": "processesSpecialCategoryData",
  "Art. 10": "not decided: criminal-offence data is not recorded in the profile",
  "Art. 22": "solely automated decision with legal or similarly significant effect",
  "Art. 35": "one of the Art. 35(3) triggers (see DPIA_TRIGGERS)",
  "Art. 36": "not decided: needed only when a DPIA shows high risk that cannot be mitigated",
};

/** Art. 22(1): a decision based solely on automated processing with legal or similarly significant effects. */
export function solelyAutomatedSignificantDecision(p: AiSystemProfile): boolean {
  return (
    p.automationLevel === "fully_automated" &&
    p.decisionRole === "makes" &&
    p.consequentialDecisions.length > 0
  );
}

/** Art. 35(3)(a)–(c): when a data protection impact assessment is mandatory. */
export const DPIA_TRIGGERS: {
  code: string;
  provision: string;
  applies: (p: AiSystemProfile) => boolean;
  reason: string;
}[] = [
  {
    code: "gdpr.dpia.systematic_evaluation",
    provision: "Art. 35(3)(a)",
    applies: (p) =>
      p.consequentialDecisions.length > 0 &&
      p.decisionRole !== "none" &&
      (p.performsProfiling || decidesOrSubstantiallyInfluences(p)),
    reason:
      "The system evaluates people systematically by automated means, including profiling, and decisions with legal or similarly significant effects on them rest on it.",
  },
  {
    code: "gdpr.dpia.special_categories",
    provision: "Art. 35(3)(b)",
    applies: (p) => p.processesSpecialCategoryData && p.largeScale,
    reason: "The system processes special categories of personal data on a large scale.",
  },
  {
    code: "gdpr.dpia.monitoring",
    provision: "Art. 35(3)(c)",
    applies: (p) => p.systematicMonitoring && p.largeScale,
    reason: "The system monitors people systematically and on a large scale.",
  },
  {
    code: "gdpr.dpia.monitoring_small",
    provision: "Art. 35(1), (4)",
    applies: (p) => p.systematicMonitoring && !p.largeScale,
    reason:
      "The system monitors people systematically. Art. 35(3)(c) names large-scale monitoring of public areas; supervisory authorities' lists under Art. 35(4) also treat systematic monitoring as a sign of high risk, so an assessment is expected.",
  },
];

/** Facts that imply personal data is processed (for the contradiction note). */
export function impliesPersonalData(p: AiSystemProfile): boolean {
  return (
    p.processesSpecialCategoryData ||
    p.performsProfiling ||
    p.emotionRecognition ||
    p.biometricCategorisation ||
    p.remoteBiometricIdentification ||
    p.consequentialDecisions.length > 0
  );
}
