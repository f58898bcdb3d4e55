/** The facts of an AI system profile in plain words, for the screening questions and the classification tab. */
import type {
  ANNEX_III_AREAS,
  ART_6_3_CONDITIONS,
  DECISION_DOMAINS,
  DECISION_ROLES,
  PROHIBITED_PRACTICES,
} from "@openaims/core";

export type DecisionDomain = (typeof DECISION_DOMAINS)[number];
export type DecisionRole = (typeof DECISION_ROLES)[number];
export type AnnexIIIArea = (typeof ANNEX_III_AREAS)[number];
export type ProhibitedPractice = (typeof PROHIBITED_PRACTICES)[number];
export type Art63Condition = (typeof ART_6_3_CONDITIONS)[number];

type Described = { label: string; text: string };

export const DECISION_DOMAIN_LABELS: Record<DecisionDomain, string> = {
  employment: "Employment (hiring, promotion, dismissal, work allocation)",
  education: "Education (admission, grading, exam supervision)",
  lending: "Lending and credit",
  housing: "Housing",
  insurance: "Insurance",
  health_care: "Health care",
  legal_services: "Legal services",
  essential_government_services: "Essential government services and benefits",
};

export const DECISION_ROLE_LABELS: Record<DecisionRole, Described> = {
  none: { label: "No part", text: "It does not contribute to such decisions" },
  supports: { label: "Supports", text: "A person decides; the output is one input among many" },
  substantial_factor: {
    label: "Substantial factor",
    text: "Its output weighs heavily or usually settles the decision",
  },
  makes: { label: "Makes the decision", text: "The decision follows from its output without a person" },
};

/** EU AI Act Annex III points 1–8 in plain words. */
export const ANNEX_III_LABELS: Record<AnnexIIIArea, Described & { point: number }> = {
  biometrics: {
    point: 1,
    label: "Biometrics",
    text: "Recognizing people from their face, voice or body remotely, sorting people by sensitive traits, or reading emotions",
  },
  critical_infrastructure: {
    point: 2,
    label: "Critical infrastructure",
    text: "Safety of road traffic, digital infrastructure, or the supply of water, gas, heating or electricity",
  },
  education: {
    point: 3,
    label: "Education and training",
    text: "Deciding admission, grading students, steering their learning, or watching them during exams",
  },
  employment: {
    point: 4,
    label: "Employment and workers",
    text: "Recruiting or screening candidates, deciding promotions or dismissals, allocating work, monitoring workers",
  },
  essential_services: {
    point: 5,
    label: "Essential services and benefits",
    text: "Public benefits, credit scoring, life or health insurance pricing, or dispatching emergency services",
  },
  law_enforcement: {
    point: 6,
    label: "Law enforcement",
    text: "Used by or for the police: assessing risks of crime, evaluating evidence, lie detection",
  },
  migration_border: {
    point: 7,
    label: "Migration, asylum and border control",
    text: "Assessing visa, asylum or residence applications, or risks posed by travellers",
  },
  justice_democracy: {
    point: 8,
    label: "Justice and democracy",
    text: "Helping courts apply the law, or influencing how people vote in elections",
  },
};

/** EU AI Act Art. 5(1)(a)–(h) in plain words. */
export const PROHIBITED_LABELS: Record<ProhibitedPractice, Described> = {
  subliminal_manipulation: {
    label: "Manipulation",
    text: "Influences people with subliminal or deceptive techniques in a way that can cause them significant harm",
  },
  exploiting_vulnerabilities: {
    label: "Exploiting vulnerabilities",
    text: "Takes advantage of people's age, disability or social or economic situation to distort their behaviour",
  },
  social_scoring: {
    label: "Social scoring",
    text: "Rates people on their social behaviour or personality and treats them worse for it in unrelated settings",
  },
  crime_risk_profiling: {
    label: "Predicting crime from profiles",
    text: "Predicts whether a person will commit a crime based only on profiling or personality traits",
  },
  untargeted_face_scraping: {
    label: "Scraping faces",
    text: "Builds face-recognition databases by scraping images from the internet or CCTV",
  },
  emotion_recognition_work_education: {
    label: "Emotion recognition at work or school",
    text: "Infers the emotions of employees or students (except for medical or safety reasons)",
  },
  biometric_categorisation_sensitive: {
    label: "Biometric categorisation by sensitive traits",
    text: "Infers race, political opinions, union membership, religion, sex life or orientation from biometric data",
  },
  realtime_remote_biometric_identification: {
    label: "Real-time remote identification for police",
    text: "Identifies people in public spaces in real time for law enforcement",
  },
};

/** EU AI Act Art. 6(3)(a)–(d): when an Annex III system is not high-risk (unless it profiles). */
export const ART_6_3_LABELS: Record<Art63Condition, Described> = {
  narrow_procedural_task: {
    label: "Narrow procedural task",
    text: "It only performs a narrow procedural task, such as sorting documents or detecting duplicates",
  },
  improves_completed_human_activity: {
    label: "Improves finished human work",
    text: "It only improves the result of an activity a person has already completed",
  },
  detects_patterns_without_replacing: {
    label: "Flags deviations for review",
    text: "It detects patterns or deviations from earlier decisions without replacing or influencing a person's assessment",
  },
  preparatory_task: {
    label: "Preparatory task",
    text: "It only prepares an assessment that a person then makes",
  },
};
