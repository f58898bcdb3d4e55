import type {
  AiSystemProfile,
  ANNEX_III_AREAS,
  ART_6_3_CONDITIONS,
  DECISION_DOMAINS,
  PROHIBITED_PRACTICES,
} from "../contracts/ai-systems.js";

/**
 * The EU AI Act (Regulation (EU) 2024/1689) rules as data. The evaluator in `eu-ai-act.ts` reads
 * these tables; the duties that follow come from the catalog tags (`obligation-index.ts`).
 */
export const EU_AI_ACT_REF = "eu-ai-act:2024";
export const EU_AI_ACT = "EU AI Act";

type Practice = (typeof PROHIBITED_PRACTICES)[number];
type Area = (typeof ANNEX_III_AREAS)[number];
type Condition = (typeof ART_6_3_CONDITIONS)[number];
type Domain = (typeof DECISION_DOMAINS)[number];
/** Yes/no facts of the profile a rule can test. */
export type BooleanFact = {
  [K in keyof AiSystemProfile]: AiSystemProfile[K] extends boolean ? K : never;
}[keyof AiSystemProfile];

/** Art. 5(1)(a)–(h): each screened practice, the catalog id it maps to, and why it is banned. */
export const PROHIBITED_PRACTICE_RULES: Record<Practice, { id: string; label: string; reason: string }> = {
  subliminal_manipulation: {
    id: "Art. 5(1)(a)",
    label: "manipulative or deceptive techniques",
    reason:
      "The screening says the system uses subliminal, manipulative or deceptive techniques; the Act bans these where they materially distort behaviour and are likely to cause significant harm.",
  },
  exploiting_vulnerabilities: {
    id: "Art. 5(1)(b)",
    label: "exploitation of vulnerabilities",
    reason:
      "The screening says the system exploits vulnerabilities due to age, disability or a social or economic situation; the Act bans this where it distorts behaviour in a harmful way.",
  },
  social_scoring: {
    id: "Art. 5(1)(c)",
    label: "social scoring",
    reason:
      "The screening says the system scores people on their social behaviour or personal traits; the Act bans this where the score leads to detrimental treatment in unrelated contexts or out of proportion to the behaviour.",
  },
  crime_risk_profiling: {
    id: "Art. 5(1)(d)",
    label: "individual crime prediction by profiling",
    reason:
      "The screening says the system predicts whether a person will commit a crime from profiling or personality traits alone, which the Act bans.",
  },
  untargeted_face_scraping: {
    id: "Art. 5(1)(e)",
    label: "untargeted scraping of facial images",
    reason:
      "The screening says the system builds or expands a face-recognition database by untargeted scraping from the internet or CCTV, which the Act bans.",
  },
  emotion_recognition_work_education: {
    id: "Art. 5(1)(f)",
    label: "emotion recognition at work or in education",
    reason:
      "The screening says the system infers emotions of people at the workplace or in an education institution; the Act bans this unless it is for medical or safety reasons.",
  },
  biometric_categorisation_sensitive: {
    id: "Art. 5(1)(g)",
    label: "biometric categorisation by sensitive traits",
    reason:
      "The screening says the system sorts people by biometric data to infer race, political opinions, union membership, beliefs, sex life or sexual orientation, which the Act bans.",
  },
  realtime_remote_biometric_identification: {
    id: "Art. 5(1)(h)",
    label: "real-time remote biometric identification for law enforcement",
    reason:
      "The screening says the system identifies people remotely and in real time in publicly accessible spaces for law enforcement. The Act bans this except for a few listed objectives (targeted victim search, imminent threats, serious-crime suspects) with prior authorisation (Art. 5(1)(h)(i)–(iii), 5(2)–(7)); the exceptions are narrow, so the practice is flagged.",
  },
};

/** Annex III areas: point number and what the point covers (our short wording). */
export const ANNEX_III_RULES: Record<Area, { point: number; label: string }> = {
  biometrics: { point: 1, label: "biometrics" },
  critical_infrastructure: { point: 2, label: "critical infrastructure" },
  education: { point: 3, label: "education and vocational training" },
  employment: { point: 4, label: "employment, workers' management and access to self-employment" },
  essential_services: { point: 5, label: "access to essential private and public services and benefits" },
  law_enforcement: { point: 6, label: "law enforcement" },
  migration_border: { point: 7, label: "migration, asylum and border control" },
  justice_democracy: { point: 8, label: "administration of justice and democratic processes" },
};

/** Biometric functions that are themselves listed in Annex III point 1, so the area follows from the fact. */
export const ANNEX_III_BIOMETRIC_FACTS: { fact: BooleanFact; point: string; label: string }[] = [
  { fact: "remoteBiometricIdentification", point: "1(a)", label: "remote biometric identification" },
  { fact: "emotionRecognition", point: "1(c)", label: "emotion recognition" },
];

/** Art. 6(3)(a)–(d): the conditions under which an Annex III system is not high-risk. */
export const ART_6_3_RULES: Record<Condition, { letter: string; label: string }> = {
  narrow_procedural_task: { letter: "a", label: "performs a narrow procedural task" },
  improves_completed_human_activity: {
    letter: "b",
    label: "improves the result of a completed human activity",
  },
  detects_patterns_without_replacing: {
    letter: "c",
    label: "detects decision patterns without replacing or influencing the human assessment",
  },
  preparatory_task: { letter: "d", label: "performs a preparatory task to an assessment" },
};

/** Art. 50(1)–(4): transparency triggers, whose duty it is, and the reason in plain words. */
export const TRANSPARENCY_RULES: {
  id: string;
  code: string;
  facts: BooleanFact[];
  holder: "provider" | "deployer";
  conclusion: string;
  reason: string;
}[] = [
  {
    id: "Art. 50(1)",
    code: "eu.transparency.interaction",
    facts: ["interactsWithNaturalPersons"],
    holder: "provider",
    conclusion: "People must be told they are dealing with an AI system",
    reason:
      "The system interacts directly with natural persons, so its provider must design it to tell them they are dealing with AI, unless that is obvious from the context.",
  },
  {
    id: "Art. 50(2)",
    code: "eu.transparency.synthetic_content",
    facts: ["generatesSyntheticContent"],
    holder: "provider",
    conclusion: "Generated content must be marked as artificial",
    reason:
      "The system generates synthetic audio, image, video or text, so its provider must mark the outputs in a machine-readable way that lets them be detected as AI-generated.",
  },
  {
    id: "Art. 50(3)",
    code: "eu.transparency.emotion_biometric",
    facts: ["emotionRecognition", "biometricCategorisation"],
    holder: "deployer",
    conclusion: "People exposed to emotion recognition or biometric categorisation must be informed",
    reason:
      "The system recognises emotions or categorises people from biometric data, so its deployer must inform the people exposed to it and process their data lawfully.",
  },
  {
    id: "Art. 50(4)",
    code: "eu.transparency.deepfake",
    facts: ["deepfake"],
    holder: "deployer",
    conclusion: "Deep fakes must be disclosed as artificially generated or manipulated",
    reason:
      "The system produces deep fakes (image, audio or video resembling real people, objects or events), so its deployer must disclose that the content is artificial.",
  },
];

/**
 * Catalog requirements whose trigger is too specific for the tags; the evaluator decides them.
 * Everything else is selected from the tags (roles, risk classes, scope).
 */
export const EU_CONDITIONAL: Record<string, string> = {
  "Art. 5(1)(a)": "screening answer subliminal_manipulation",
  "Art. 5(1)(b)": "screening answer exploiting_vulnerabilities",
  "Art. 5(1)(c)": "screening answer social_scoring",
  "Art. 5(1)(d)": "screening answer crime_risk_profiling",
  "Art. 5(1)(e)": "screening answer untargeted_face_scraping",
  "Art. 5(1)(f)": "screening answer emotion_recognition_work_education",
  "Art. 5(1)(g)": "screening answer biometric_categorisation_sensitive",
  "Art. 5(1)(h)": "screening answer realtime_remote_biometric_identification",
  "Art. 6(4)": "provider relies on the Art. 6(3) exception for an Annex III system",
  "Art. 26(11)": "high-risk through Annex III (not Annex I alone)",
  "Art. 27":
    "deployer of an Annex III high-risk system (not point 2 only) that is a public body or uses it for credit scoring or life/health insurance",
  "Art. 49":
    "provider of an Annex III system (high-risk, or relying on Art. 6(3)), or public-body deployer of a high-risk system",
  "Art. 50(1)": "interacts with natural persons",
  "Art. 50(2)": "generates synthetic content",
  "Art. 50(3)": "emotion recognition or biometric categorisation",
  "Art. 50(4)": "deep fakes",
  "Art. 86": "high-risk through Annex III (not Annex I alone)",
};

/** Scope tags of the catalog, and the profile facts that set them. */
export const EU_SCOPE_FACTS = {
  "public-body": "isGovernmentalEntity",
  employer: "annexIIIAreas has employment, or a consequential decision in employment",
  "law-enforcement": "annexIIIAreas has law_enforcement and the system does remote biometric identification",
  "non-eu-provider":
    "never set: the profile does not record where the provider is established (see the note)",
} as const;

/** Consequential-decision domains that are usually Annex III use cases (for the missing-fact note). */
export const DOMAIN_TO_ANNEX_III: Partial<Record<Domain, { area: Area; point: string }>> = {
  education: { area: "education", point: "3" },
  employment: { area: "employment", point: "4" },
  essential_government_services: { area: "essential_services", point: "5(a)" },
  lending: { area: "essential_services", point: "5(b)" },
  insurance: { area: "essential_services", point: "5(c)" },
};

/** Art. 113(c): Art. 6(1) (Annex I products) and its obligations apply from this date. */
export const ANNEX_I_APPLIES_FROM = "2027-08-02";
