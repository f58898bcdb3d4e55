import { z } from "zod";
import { IsoDateTime, LongText, PageQuery, patchOf, SafeString, ShortText, Uuid, Version } from "./common.js";

/** ISO/IEC 22989 roles an organization may hold for one AI system (ISO/IEC 42001 4.1). */
export const AI_ROLES = ["provider", "producer", "customer", "partner"] as const;
export const LIFECYCLE_STAGES = [
  "proposed",
  "design",
  "development",
  "validation",
  "deployed",
  "retired",
] as const;
/** Consequential-decision domains (Colorado SB 24-205 6-1-1701(3); TRAIGA; EU AI Act Annex III 3–5). */
export const DECISION_DOMAINS = [
  "employment",
  "education",
  "lending",
  "housing",
  "insurance",
  "health_care",
  "legal_services",
  "essential_government_services",
] as const;
export const DECISION_ROLES = ["none", "supports", "substantial_factor", "makes"] as const;
/** EU AI Act Annex III areas (points 1–8). */
export const ANNEX_III_AREAS = [
  "biometrics",
  "critical_infrastructure",
  "education",
  "employment",
  "essential_services",
  "law_enforcement",
  "migration_border",
  "justice_democracy",
] as const;
/** EU AI Act Art. 5(1)(a)–(h) practices a screening asks about. */
export const PROHIBITED_PRACTICES = [
  "subliminal_manipulation",
  "exploiting_vulnerabilities",
  "social_scoring",
  "crime_risk_profiling",
  "untargeted_face_scraping",
  "emotion_recognition_work_education",
  "biometric_categorisation_sensitive",
  "realtime_remote_biometric_identification",
] as const;
/** Art. 6(3) conditions under which an Annex III system is not high-risk (unless it profiles). */
export const ART_6_3_CONDITIONS = [
  "narrow_procedural_task",
  "improves_completed_human_activity",
  "detects_patterns_without_replacing",
  "preparatory_task",
] as const;
export const AUTOMATION_LEVELS = [
  "fully_automated",
  "human_in_the_loop",
  "human_on_the_loop",
  "human_in_command",
] as const;
export const MODEL_TYPES = [
  "classical_ml",
  "deep_learning",
  "llm",
  "generative_other",
  "rules",
  "other",
] as const;

const Code = (max: number) => SafeString(max).min(1);

export const Jurisdictions = z.object({
  /** ISO 3166-1 alpha-2 codes of EU member states ("EU" for the whole Union). */
  eu: z
    .array(z.string().regex(/^[A-Z]{2}$/, "use two-letter country codes"))
    .max(30)
    .default([]),
  /** US state postal codes, e.g. CO, TX. */
  us: z
    .array(z.string().regex(/^[A-Z]{2}$/, "use two-letter state codes"))
    .max(60)
    .default([]),
  other: z.array(Code(60)).max(50).default([]),
});

/** The facts classification and duty screening rely on (the intake questions). */
export const AiSystemProfile = z.object({
  organizationRoles: z.array(z.enum(AI_ROLES)).max(4).default([]),
  /** Placed on the market or put into service under the organization's own name (EU AI Act Art. 3(3)). */
  placedOnMarketUnderOwnName: z.boolean().default(false),
  jurisdictions: Jurisdictions.default({ eu: [], us: [], other: [] }),
  affectedPersons: LongText(2000).default(""),
  interactsWithNaturalPersons: z.boolean().default(false),
  generatesSyntheticContent: z.boolean().default(false),
  deepfake: z.boolean().default(false),
  emotionRecognition: z.boolean().default(false),
  biometricCategorisation: z.boolean().default(false),
  remoteBiometricIdentification: z.boolean().default(false),
  consequentialDecisions: z.array(z.enum(DECISION_DOMAINS)).max(8).default([]),
  decisionRole: z.enum(DECISION_ROLES).default("none"),
  annexIIIAreas: z.array(z.enum(ANNEX_III_AREAS)).max(8).default([]),
  /** Safety component of (or itself) a product under Annex I legislation needing third-party conformity assessment (Art. 6(1)). */
  annexIProductSafety: z.boolean().default(false),
  prohibitedPractices: z.array(z.enum(PROHIBITED_PRACTICES)).max(8).default([]),
  art63Conditions: z.array(z.enum(ART_6_3_CONDITIONS)).max(4).default([]),
  performsProfiling: z.boolean().default(false),
  isGeneralPurposeModel: z.boolean().default(false),
  gpaiSystemicRisk: z.boolean().default(false),
  processesPersonalData: z.boolean().default(false),
  processesSpecialCategoryData: z.boolean().default(false),
  systematicMonitoring: z.boolean().default(false),
  largeScale: z.boolean().default(false),
  automationLevel: z.enum(AUTOMATION_LEVELS).default("human_in_the_loop"),
  humanOversight: LongText(2000).default(""),
  isGovernmentalEntity: z.boolean().default(false),
  isHealthCareProvider: z.boolean().default(false),
});
export type AiSystemProfile = z.infer<typeof AiSystemProfile>;
export type AiSystemProfileInput = z.input<typeof AiSystemProfile>;

export const ModelComponent = z.object({
  name: ShortText(),
  type: z.enum(MODEL_TYPES).default("other"),
  provider: SafeString(200).default(""),
  version: SafeString(100).default(""),
  /** e.g. an MLflow registered model name or URI. */
  externalId: SafeString(300).default(""),
});
export const DatasetComponent = z.object({
  name: ShortText(),
  source: SafeString(500).default(""),
  containsPersonalData: z.boolean().default(false),
  provenance: LongText(2000).default(""),
});
export const VendorComponent = z.object({ name: ShortText(), service: SafeString(300).default("") });

export const AiSystemFields = z.object({
  name: ShortText(),
  purpose: LongText(4000).default(""),
  intendedUse: LongText(4000).default(""),
  foreseeableMisuse: LongText(4000).default(""),
  businessUnitId: Uuid.nullable().default(null),
  ownerId: Uuid.nullable().default(null),
  lifecycleStage: z.enum(LIFECYCLE_STAGES).default("proposed"),
  personalDataDescription: LongText(2000).default(""),
  models: z.array(ModelComponent).max(50).default([]),
  datasets: z.array(DatasetComponent).max(100).default([]),
  vendors: z.array(VendorComponent).max(50).default([]),
  profile: AiSystemProfile.default(AiSystemProfile.parse({})),
});
export const CreateAiSystem = AiSystemFields;
export type CreateAiSystem = z.input<typeof CreateAiSystem>;

export const UpdateAiSystem = patchOf(AiSystemFields).extend({ version: Version }).strict();
export type UpdateAiSystem = z.infer<typeof UpdateAiSystem>;

export const AiSystemListQuery = PageQuery.extend({
  sort: z.enum(["key", "name", "lifecycleStage", "euRiskClass", "createdAt", "updatedAt"]).default("key"),
  q: SafeString(200).optional(),
  lifecycleStage: z.enum(LIFECYCLE_STAGES).optional(),
  euRiskClass: SafeString(40).optional(),
  businessUnitId: Uuid.optional(),
  ownerId: Uuid.optional(),
  framework: SafeString(80).optional(),
});
export type AiSystemListQuery = z.infer<typeof AiSystemListQuery>;

export const AiSystemIdParams = z.object({ id: Uuid });
export const AiSystemTimestamps = z.object({ createdAt: IsoDateTime, updatedAt: IsoDateTime });

const FindingView = z.object({
  code: z.string(),
  conclusion: z.string(),
  reason: z.string(),
  provision: z.string(),
});
export const ClassificationView = z.object({
  rulesVersion: z.string(),
  asOf: z.string(),
  euRiskClass: z.string(),
  euRoles: z.array(z.string()),
  frameworks: z.array(
    z.object({
      frameworkRef: z.string(),
      roles: z.array(z.string()),
      riskClass: z.string().nullable(),
      obligations: z.array(z.string()),
      findings: z.array(FindingView),
    }),
  ),
  notes: z.array(FindingView),
});

export const AiSystemView = AiSystemFields.extend({
  id: Uuid,
  key: z.string(),
  euRiskClass: z.string(),
  frameworkRefs: z.array(z.string()),
  classification: ClassificationView,
  classifiedAt: IsoDateTime,
  intakeRequestId: Uuid.nullable(),
  createdAt: IsoDateTime,
  updatedAt: IsoDateTime,
  version: z.number().int(),
});
export type AiSystemView = z.infer<typeof AiSystemView>;

export const ClassificationHistoryItem = z.object({
  id: Uuid,
  at: IsoDateTime,
  rulesVersion: z.string(),
  euRiskClass: z.string(),
  trigger: z.string(),
  result: ClassificationView,
});

export const ObligationView = z.object({
  key: z.string(),
  frameworkRef: z.string(),
  id: z.string(),
  title: z.string(),
  coverage: z.enum(["full", "partial", "none"]),
  controls: z.array(z.string()),
});

export const InventoryImportRequest = z.object({
  format: z.enum(["csv", "xlsx"]),
  /** CSV text, or the .xlsx file base64-encoded. */
  content: z.string().min(1, "the file is empty").max(20_000_000, "the file is larger than 15 MB"),
  /** preview: check only; all: write only if every row is valid; valid-only: write the valid rows. */
  mode: z.enum(["preview", "all", "valid-only"]).default("preview"),
});
export const InventoryImportResult = z.object({
  rows: z.number().int(),
  valid: z.number().int(),
  invalid: z.number().int(),
  errors: z.array(z.object({ row: z.number().int(), column: z.string(), message: z.string() })),
  created: z.array(z.string()),
});
export const InventoryExportQuery = z.object({ format: z.enum(["csv", "xlsx"]).default("csv") });

/** What the inventory table shows: a list page carries no profile, components or findings. */
export const AiSystemSummary = z.object({
  id: Uuid,
  key: z.string(),
  name: z.string(),
  purpose: z.string(),
  businessUnitId: Uuid.nullable(),
  ownerId: Uuid.nullable(),
  lifecycleStage: z.enum(LIFECYCLE_STAGES),
  euRiskClass: z.string(),
  frameworkRefs: z.array(z.string()),
  createdAt: IsoDateTime,
  updatedAt: IsoDateTime,
  version: z.number().int(),
});
export type AiSystemSummary = z.infer<typeof AiSystemSummary>;
