/**
 * Impact-assessment templates are data (ISO/IEC 42001 6.1.4, A.5.2: a defined, repeatable method;
 * structured after ISO/IEC 42005): sections of typed questions, conditions, shared concepts for
 * pre-fill across templates and a scoring rule. A new template is a new value, not new code.
 */
import { z } from "zod";

export const QUESTION_TYPES = [
  "text",
  "long_text",
  "single_choice",
  "multi_choice",
  "yes_no",
  "scale",
  "date",
  "table",
] as const;
export type QuestionType = (typeof QUESTION_TYPES)[number];
export const COLUMN_TYPES = ["text", "long_text", "single_choice", "yes_no", "scale"] as const;
export const RATINGS = ["low", "medium", "high", "critical"] as const;
export type Rating = (typeof RATINGS)[number];

const Id = z.string().regex(/^[a-z][a-z0-9_]{0,59}$/, "use a short snake_case id");

export const Choice = z.object({
  value: Id,
  label: z.string().min(1).max(200),
  /** Points this choice adds to the contextual factors of the score. */
  score: z.number().int().min(0).max(10).optional(),
});
export type Choice = z.infer<typeof Choice>;

export const Scale = z.object({
  min: z.number().int().min(0).max(1),
  max: z.number().int().min(2).max(10),
  labels: z.array(z.string().max(60)),
});
export type Scale = z.infer<typeof Scale>;

/** Shows a question only when another answer matches (e.g. privacy questions when personal data is processed). */
export const Condition = z.object({
  questionId: Id,
  /** Matches when the answer equals this value (yes_no, single_choice). */
  equals: z.union([z.string(), z.boolean(), z.number()]).optional(),
  /** Matches when the answer (or, for multi choice, any selected value) is one of these. */
  anyOf: z.array(z.string()).optional(),
});
export type Condition = z.infer<typeof Condition>;

export const Column = z.object({
  id: Id,
  label: z.string().min(1).max(120),
  type: z.enum(COLUMN_TYPES),
  required: z.boolean().default(false),
  choices: z.array(Choice).optional(),
  scale: Scale.optional(),
  /** Shared meaning of the column, so rows map between tables of different templates. */
  concept: Id.optional(),
});
export type Column = z.infer<typeof Column>;

export const Question = z.object({
  id: Id,
  type: z.enum(QUESTION_TYPES),
  label: z.string().min(1).max(300),
  help: z.string().max(1000).default(""),
  required: z.boolean().default(false),
  showIf: Condition.optional(),
  /** Shared concept id (e.g. `affected_groups`): questions with the same concept pre-fill each other. */
  concept: Id.optional(),
  /** Multiplier of the choice scores of this question in the contextual factors. */
  weight: z.number().int().min(0).max(5).default(1),
  choices: z.array(Choice).optional(),
  /** yes_no questions: points a "yes" adds to the contextual factors. */
  yesScore: z.number().int().min(0).max(10).optional(),
  scale: Scale.optional(),
  columns: z.array(Column).optional(),
  /** Table questions: rows needed for the question to count as answered. */
  minRows: z.number().int().min(1).max(50).default(1),
  /** Table pre-fill: keep only source rows whose column (by concept) has one of these values. */
  prefillFilter: z.object({ concept: Id, anyOf: z.array(z.string()).min(1) }).optional(),
});
export type Question = z.infer<typeof Question>;

export const Section = z.object({
  id: Id,
  title: z.string().min(1).max(200),
  description: z.string().max(1000).default(""),
  questions: z.array(Question).min(1),
});
export type Section = z.infer<typeof Section>;

/** The score: worst identified harm (severity × likelihood) in a band, raised by contextual factors. */
export const ScoringRule = z.object({
  /** The table of identified impacts. */
  impactsQuestionId: Id,
  severityColumn: Id,
  likelihoodColumn: Id,
  /** Optional column telling harms from benefits; only rows whose value is in `harmValues` count. */
  kindColumn: Id.optional(),
  harmValues: z.array(z.string()).default([]),
  /** Upper bounds of severity × likelihood for low, medium and high; above the last is critical. */
  bands: z.tuple([z.number().int(), z.number().int(), z.number().int()]),
  /** Contextual factor points at which the rating goes up one band (vulnerable groups, irreversibility…). */
  escalateAt: z.number().int().min(1),
});
export type ScoringRule = z.infer<typeof ScoringRule>;

export const ImpactAssessmentTemplate = z.object({
  id: z.string().regex(/^[a-z][a-z0-9-]{0,39}$/),
  version: z.number().int().min(1),
  title: z.string().min(1).max(200),
  description: z.string().max(2000),
  /** Texts the template follows, e.g. "ISO/IEC 42005", "EU AI Act Art. 27". */
  legalBasis: z.array(z.string()).min(1),
  /** How long an approved assessment stays valid before it is due again. */
  validityMonths: z.number().int().min(1).max(60),
  sections: z.array(Section).min(1),
  scoring: ScoringRule,
});
export type ImpactAssessmentTemplate = z.infer<typeof ImpactAssessmentTemplate>;
export type ImpactAssessmentTemplateInput = z.input<typeof ImpactAssessmentTemplate>;

/** A table row: column id → value. */
export type TableRow = Record<string, string | number | boolean | null>;
/** One answer: text, choice value(s), yes/no, a scale point, a date or table rows. */
export type AnswerValue = string | number | boolean | string[] | TableRow[] | null;
/** questionId → answer. */
export type Answers = Record<string, AnswerValue>;

/** Every question of a template with the section it belongs to, in order. */
export function allQuestions(t: ImpactAssessmentTemplate): (Question & { sectionId: string })[] {
  return t.sections.flatMap((s) => s.questions.map((q) => ({ ...q, sectionId: s.id })));
}
