// Words the scale plan needs beyond the demo insurer's (demo-content.ts): people's names, regions,
// risks any AI system can have, one prohibited practice, certificates and AIMS roles.
import type { RiskSeed } from "./demo-content.js";
import type { PlannedAiSystem } from "./demo-plan.js";

export const FIRST_NAMES = [
  "Amira",
  "Bas",
  "Chiara",
  "Dmitri",
  "Elena",
  "Farid",
  "Greta",
  "Hugo",
  "Ines",
  "Jonas",
  "Katja",
  "Luca",
  "Maren",
  "Nils",
  "Olga",
  "Pieter",
  "Rosa",
  "Sven",
  "Tess",
  "Youssef",
];

export const LAST_NAMES = [
  "Andersen",
  "Bakker",
  "Costa",
  "Dubois",
  "Eriksson",
  "Fischer",
  "García",
  "Horvat",
  "Ivanova",
  "Jansen",
  "Kowalski",
  "Laurent",
  "Moreau",
  "Novak",
  "Olsen",
  "Peeters",
  "Rossi",
  "Schmidt",
];

/** Business units repeat the demo's five functions per region. */
export const REGIONS = ["North", "South", "Benelux", "Iberia"];

/** Risks any AI system can carry, for systems the demo gives none (controls: starter-library codes). */
export const GENERIC_RISKS: RiskSeed[] = [
  {
    system: "*",
    title: "Performance degrades unnoticed in production",
    description: "Input data drifts away from the training data and nobody sees the accuracy fall.",
    controls: ["AIC-LCY-10"],
  },
  {
    system: "*",
    title: "Training data no longer representative",
    description: "The population served changed; the model treats new groups worse.",
    controls: ["AIC-DAT-03"],
  },
  {
    system: "*",
    title: "Outputs used beyond the intended purpose",
    description: "A team reuses the system for decisions it was never validated for.",
    controls: ["AIC-TRA-04", "AIC-IMP-01"],
  },
  {
    system: "*",
    title: "Too little logging to investigate an incident",
    description: "Inputs and outputs are not kept long enough to reconstruct a complaint.",
    controls: ["AIC-LCY-10"],
  },
];

/** A practice the EU AI Act prohibits (Art. 5(1)(f)): a few such proposals stay in the inventory. */
export const PROHIBITED_SYSTEM: PlannedAiSystem = {
  ref: "emotion-monitor",
  unit: "service",
  name: "Agent mood monitor",
  purpose: "Reads agents' facial expressions on video calls to rate their mood.",
  intendedUse: "Proposed by a vendor; stopped at screening.",
  lifecycleStage: "proposed",
  profile: {
    organizationRoles: ["customer"],
    jurisdictions: { eu: ["DE", "FR", "NL"], us: [], other: [] },
    affectedPersons: "Customer service agents.",
    emotionRecognition: true,
    prohibitedPractices: ["emotion_recognition_work_education"],
    processesPersonalData: true,
    processesSpecialCategoryData: true,
    automationLevel: "fully_automated",
  },
};

export const CERTIFICATIONS = [
  { kind: "iso_27001", label: "Hosting and operations" },
  { kind: "soc2_type2", label: "Platform services" },
  { kind: "iso_42001", label: "AI management system" },
  { kind: "soc2_type1", label: "Model API" },
];

export const ORG_ROLES = [
  { name: "AI governance lead", description: "Owns the AIMS and reports on it to top management." },
  { name: "Model risk officer", description: "Challenges models and their risk assessments independently." },
  { name: "Data protection officer", description: "Advises on personal data used by AI systems." },
  { name: "ML engineering lead", description: "Runs the teams that build and operate models." },
];
