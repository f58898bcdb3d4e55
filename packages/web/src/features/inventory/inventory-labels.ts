/** Display words and colours of AI system fields (the screening questions have their own, in profile-labels). */
import type { AI_ROLES, AUTOMATION_LEVELS, EuRiskClass, LIFECYCLE_STAGES, MODEL_TYPES } from "@openaims/core";

export type LifecycleStage = (typeof LIFECYCLE_STAGES)[number];
export type ModelType = (typeof MODEL_TYPES)[number];
export type AiRole = (typeof AI_ROLES)[number];
export type AutomationLevel = (typeof AUTOMATION_LEVELS)[number];

export const RISK_CLASS_LABELS: Record<EuRiskClass, { label: string; color: string; text: string }> = {
  prohibited: {
    label: "Prohibited",
    color: "red",
    text: "A practice banned by Art. 5: it must not be placed on the market or used in the EU.",
  },
  "high-risk": {
    label: "High-risk",
    color: "orange",
    text: "Annex I product safety or an Annex III area: the Chapter III duties apply.",
  },
  "limited-risk": {
    label: "Limited risk",
    color: "yellow",
    text: "Only the Art. 50 transparency duties apply.",
  },
  "minimal-risk": {
    label: "Minimal risk",
    color: "green",
    text: "No specific EU AI Act duty beyond Art. 4.",
  },
  "out-of-scope": {
    label: "Out of scope",
    color: "gray",
    text: "Not used in the EU: the EU AI Act does not apply.",
  },
};

/** The label and colour of an EU risk class; an unknown value is shown as it is, in grey. */
export function riskClassInfo(value: string): { label: string; color: string; text: string } {
  return RISK_CLASS_LABELS[value as EuRiskClass] ?? { label: value, color: "gray", text: "" };
}

export const LIFECYCLE_LABELS: Record<LifecycleStage, string> = {
  proposed: "Proposed",
  design: "Design",
  development: "Development",
  validation: "Validation",
  deployed: "Deployed",
  retired: "Retired",
};

export const MODEL_TYPE_LABELS: Record<ModelType, string> = {
  classical_ml: "Classical machine learning",
  deep_learning: "Deep learning",
  llm: "Large language model",
  generative_other: "Other generative model",
  rules: "Rules",
  other: "Other",
};

/** ISO/IEC 22989 roles in plain words. */
export const AI_ROLE_LABELS: Record<AiRole, { label: string; text: string }> = {
  provider: { label: "Provider", text: "We develop it and offer or use it under our name" },
  producer: { label: "Producer", text: "We design or build it (or a part) for someone else" },
  customer: { label: "Customer / user", text: "We buy or use a system someone else provides" },
  partner: { label: "Partner", text: "We contribute data, tools or integration" },
};

export const AUTOMATION_LABELS: Record<AutomationLevel, { label: string; text: string }> = {
  fully_automated: { label: "Fully automated", text: "It acts without a person checking each result" },
  human_in_the_loop: {
    label: "Human in the loop",
    text: "A person confirms each result before it takes effect",
  },
  human_on_the_loop: {
    label: "Human on the loop",
    text: "It acts on its own; a person watches and can step in",
  },
  human_in_command: {
    label: "Human in command",
    text: "A person decides; the system only informs the decision",
  },
};

/** Framework references of the classification, in words, before the catalogs have loaded. */
export const FRAMEWORK_FALLBACK_LABELS: Record<string, string> = {
  "iso-iec-42001:2023": "ISO/IEC 42001",
  "eu-ai-act:2024": "EU AI Act",
  "gdpr:2016": "GDPR",
  "colorado-ai-act:sb24-205": "Colorado SB 24-205",
  "colorado-ai-act:sb26-189": "Colorado SB 26-189",
  "texas-traiga:hb149": "Texas TRAIGA",
};
