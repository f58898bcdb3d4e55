/** Contracts of AI system impact assessments (ISO/IEC 42001 6.1.4, 8.4, A.5; EU AI Act Art. 27; C.R.S. 6-1-1703(3)). */
import { z } from "zod";
import { ASSESSMENT_STATUSES } from "../impact-assessments/lifecycle.js";
import { RATINGS } from "../impact-assessments/template-model.js";
import { TEMPLATE_IDS } from "../impact-assessments/templates.js";
import {
  IsoDateTime,
  LongText,
  PageQuery,
  QueryBoolean,
  SafeString,
  ShortText,
  Uuid,
  Version,
} from "./common.js";
import { ApprovalView } from "./intake.js";
import { RiskFields } from "./risks.js";

const Cell = z.union([SafeString(10_000), z.number(), z.boolean(), z.null()]);
/** One answer; core's `validateAnswers` checks it against its question. */
export const AnswerInput = z.union([
  SafeString(10_000),
  z.number(),
  z.boolean(),
  z.null(),
  z.array(SafeString(200)).max(100),
  z.array(z.record(SafeString(60), Cell)).max(100),
]);
export const AnswersInput = z
  .record(SafeString(60), AnswerInput)
  .refine((a) => Object.keys(a).length <= 300, "too many answers");

export const ProvenanceView = z.union([
  z.object({ assessmentKey: z.string(), questionId: z.string() }),
  z.object({ aiSystemKey: z.string(), field: z.string() }),
]);

export const AssessmentScoreView = z.object({
  rating: z.enum(RATINGS),
  worst: z
    .object({
      row: z.number().int(),
      title: z.string(),
      severity: z.number(),
      likelihood: z.number(),
      product: z.number(),
    })
    .nullable(),
  factorPoints: z.number().int(),
  escalated: z.boolean(),
  explanation: z.array(z.string()),
});

const SystemRef = z.object({ id: Uuid, key: z.string(), name: z.string() });
const Status = z.enum(ASSESSMENT_STATUSES);

export const ImpactAssessmentView = z.object({
  id: Uuid,
  key: z.string(),
  templateId: z.string(),
  templateVersion: z.number().int(),
  templateTitle: z.string(),
  aiSystem: SystemRef,
  businessUnitId: Uuid.nullable(),
  title: z.string(),
  revision: z.number().int(),
  previousId: Uuid.nullable(),
  status: Status,
  answers: z.record(z.string(), AnswerInput),
  prefilledFrom: z.record(z.string(), ProvenanceView),
  /** Percent of required visible questions answered. */
  completeness: z.number().int(),
  /** Required visible questions still unanswered. */
  missing: z.array(z.string()),
  score: AssessmentScoreView.nullable(),
  ownerId: Uuid.nullable(),
  approval: ApprovalView.nullable(),
  approvedAt: IsoDateTime.nullable(),
  validUntil: z.string().nullable(),
  dueReason: z.string().nullable(),
  dueSince: IsoDateTime.nullable(),
  createdAt: IsoDateTime,
  updatedAt: IsoDateTime,
  version: z.number().int(),
});
export type ImpactAssessmentView = z.infer<typeof ImpactAssessmentView>;

/** A row of the assessments list (no answers). */
export const ImpactAssessmentSummary = ImpactAssessmentView.pick({
  id: true,
  key: true,
  templateId: true,
  templateTitle: true,
  aiSystem: true,
  businessUnitId: true,
  title: true,
  revision: true,
  status: true,
  completeness: true,
  ownerId: true,
  approvedAt: true,
  validUntil: true,
  dueReason: true,
  dueSince: true,
  updatedAt: true,
  version: true,
}).extend({ rating: z.enum(RATINGS).nullable() });
export type ImpactAssessmentSummary = z.infer<typeof ImpactAssessmentSummary>;

export const CreateImpactAssessment = z.object({
  aiSystemId: Uuid,
  templateId: z.enum(TEMPLATE_IDS),
  ownerId: Uuid.nullable().optional(),
  title: ShortText(300).optional(),
});
export type CreateImpactAssessment = z.infer<typeof CreateImpactAssessment>;

/** Save as you go: the answers sent are merged into the stored ones (null clears one). */
export const UpdateImpactAssessment = z
  .object({
    version: Version,
    answers: AnswersInput.default({}),
    ownerId: Uuid.nullable().optional(),
    title: ShortText(300).optional(),
  })
  .strict();
export type UpdateImpactAssessment = z.infer<typeof UpdateImpactAssessment>;

export const SubmitImpactAssessment = z.object({ version: Version });

export const ImpactAssessmentListQuery = PageQuery.extend({
  sort: z.enum(["key", "updatedAt", "validUntil"]).default("key"),
  aiSystemId: Uuid.optional(),
  templateId: z.enum(TEMPLATE_IDS).optional(),
  status: Status.optional(),
  /** true: only assessments due again (expired or the system changed substantially). */
  due: QueryBoolean.optional(),
  q: SafeString(200).optional(),
});
export type ImpactAssessmentListQuery = z.infer<typeof ImpactAssessmentListQuery>;

/** An identified impact becomes a register risk in one step; overrides replace derived fields. */
export const RiskFromImpactRequest = z.object({
  /** Index of the row in the template's impacts table. */
  row: z.number().int().min(0).max(99),
  overrides: RiskFields.pick({ title: true, ownerId: true, source: true, characteristic: true })
    .extend({ description: LongText(4000) })
    .partial()
    .default({}),
});
export type RiskFromImpactRequest = z.infer<typeof RiskFromImpactRequest>;
