/**
 * The shape of a vendor questionnaire (ISO/IEC 42001 A.10.3): sections of questions, each of a type,
 * optionally shown only when an earlier choice question has one of some answers, with scored options
 * and a weight. Templates store this as JSON; a sent questionnaire keeps a frozen copy.
 */
import { z } from "zod";
import { ShortText, LongText } from "../contracts/common.js";

export const VQ_QUESTION_TYPES = [
  "text",
  "single_choice",
  "multiple_choice",
  "yes_no",
  "number",
  "date",
  "file",
] as const;
export type VqQuestionType = (typeof VQ_QUESTION_TYPES)[number];

/** Types whose answers score themselves from their options' scores. */
export const VQ_CHOICE_TYPES: readonly VqQuestionType[] = ["single_choice", "multiple_choice", "yes_no"];

/** Risk ratings of vendors, from the best to the worst. */
export const VENDOR_RISK_RATINGS = ["low", "medium", "high", "critical"] as const;
export type VendorRiskRating = (typeof VENDOR_RISK_RATINGS)[number];

/** Ids of sections, questions and options: short, stable, safe in URLs and JSON keys. */
export const VqContentId = z
  .string()
  .regex(
    /^[a-z0-9][a-z0-9_-]{0,39}$/,
    "use 1–40 lower-case letters, digits, - or _ (starting with a letter or digit)",
  );

export const MAX_OPTION_SCORE = 10;
export const MAX_QUESTION_WEIGHT = 10;
export const MAX_QUESTIONS = 200;

export const VqOption = z
  .object({
    id: VqContentId,
    label: ShortText(200),
    /** 0 (worst) to 10 (best); the question's earned share is score ÷ the best option's score. */
    score: z.number().int().min(0).max(MAX_OPTION_SCORE).default(0),
  })
  .strict();
export type VqOption = z.infer<typeof VqOption>;

/** Show the question only when an earlier choice question's answer is one of `anyOf` (option ids). */
export const VqCondition = z
  .object({ questionId: VqContentId, anyOf: z.array(VqContentId).min(1).max(50) })
  .strict();
export type VqCondition = z.infer<typeof VqCondition>;

export const VqQuestion = z
  .object({
    id: VqContentId,
    text: ShortText(500),
    help: LongText(2000).default(""),
    type: z.enum(VQ_QUESTION_TYPES),
    required: z.boolean().default(false),
    /** 0–10; 0 means "asked but not scored". */
    weight: z.number().int().min(0).max(MAX_QUESTION_WEIGHT).default(1),
    /** Choice types only; yes_no has exactly the options `yes` and `no`. */
    options: z.array(VqOption).max(50).default([]),
    showIf: VqCondition.nullable().default(null),
  })
  .strict();
export type VqQuestion = z.infer<typeof VqQuestion>;
export type VqQuestionInput = z.input<typeof VqQuestion>;

export const QuestionnaireSection = z
  .object({
    id: VqContentId,
    title: ShortText(200),
    description: LongText(2000).default(""),
    questions: z.array(VqQuestion).max(MAX_QUESTIONS),
  })
  .strict();
export type QuestionnaireSection = z.infer<typeof QuestionnaireSection>;

/** Lowest score (0–100) that still earns each rating; below `high` the rating is critical. */
export const RatingBands = z
  .object({
    low: z.number().int().min(0).max(100),
    medium: z.number().int().min(0).max(100),
    high: z.number().int().min(0).max(100),
  })
  .strict()
  .refine((b) => b.low > b.medium && b.medium > b.high, "bands must fall: low > medium > high");
export type RatingBands = z.infer<typeof RatingBands>;
export const DEFAULT_RATING_BANDS: RatingBands = { low: 80, medium: 60, high: 40 };

export const QuestionnaireContent = z
  .object({
    sections: z.array(QuestionnaireSection).min(1).max(50),
    ratingBands: RatingBands.default(DEFAULT_RATING_BANDS),
  })
  .strict();
export type QuestionnaireContent = z.infer<typeof QuestionnaireContent>;
export type QuestionnaireContentInput = z.input<typeof QuestionnaireContent>;

/**
 * An answer's value by question type: text → string; single_choice and yes_no → option id;
 * multiple_choice → option ids; number → number; date → YYYY-MM-DD; file → ids of uploaded files.
 */
export type VqAnswerValue = string | number | string[];
export type VqAnswers = Readonly<Record<string, VqAnswerValue | undefined>>;
