// Contracts of questionnaire templates (ISO/IEC 42001 A.10.3): the questions sent to AI vendors,
// built in the builder or adopted from the built-in questionnaire, published before they can be sent.
import { z } from "zod";
import { QuestionnaireContent } from "../questionnaires/content.js";
import { IsoDateTime, LongText, PageQuery, pageOf, SafeString, ShortText, Uuid, Version } from "./common.js";

export const QUESTIONNAIRE_TEMPLATE_STATUSES = ["draft", "published", "retired"] as const;
export type QuestionnaireTemplateStatus = (typeof QUESTIONNAIRE_TEMPLATE_STATUSES)[number];

/** The content a new template starts with when none is given: one empty section. */
export const EMPTY_QUESTIONNAIRE_CONTENT = {
  sections: [{ id: "general", title: "General", description: "", questions: [] }],
} as const;

const TemplateFields = z.object({
  name: ShortText(200),
  description: LongText(2000).default(""),
  content: QuestionnaireContent.optional(),
  /** Who keeps it up to date; the creator when left out. */
  ownerId: Uuid.nullable().optional(),
});

export const CreateQuestionnaireTemplate = TemplateFields.strict();
export type CreateQuestionnaireTemplate = z.input<typeof CreateQuestionnaireTemplate>;

/**
 * `PATCH /api/v1/questionnaire-templates/:id`: the fields to change and the version you read.
 * Content is replaced as a whole (the builder sends the working copy).
 */
export const UpdateQuestionnaireTemplate = z
  .object({
    name: ShortText(200).optional(),
    description: LongText(2000).optional(),
    content: QuestionnaireContent.optional(),
    ownerId: Uuid.nullable().optional(),
    version: Version,
  })
  .strict();
export type UpdateQuestionnaireTemplate = z.infer<typeof UpdateQuestionnaireTemplate>;

/** Publish or retire: the version you read. */
export const QuestionnaireTemplateVersionBody = z.object({ version: Version }).strict();

/**
 * Copy a template or adopt a built-in one: the new draft's name (defaults to "Copy of …" / the
 * built-in name). The body may be left out.
 */
export const NewTemplateFrom = z
  .object({ name: ShortText(200).optional() })
  .strict()
  .nullish();

export const DeleteQuestionnaireTemplateQuery = z.object({
  /** The version you read; when given, a template changed since is not deleted (409). */
  version: z.coerce.number().int().min(1).optional(),
});

export const BuiltinSlugParams = z.object({
  slug: z.string().regex(/^[a-z0-9-]{1,60}$/, "unknown built-in questionnaire"),
});

const Owner = z.object({ id: Uuid, name: z.string(), email: z.string() });
const IssueView = z.object({ path: z.string(), message: z.string() });

export const QuestionnaireTemplateSummary = z.object({
  id: Uuid,
  key: z.string(),
  name: z.string(),
  description: z.string(),
  status: z.enum(QUESTIONNAIRE_TEMPLATE_STATUSES),
  /** Slug of the built-in questionnaire it was adopted from, if any. */
  origin: z.string().nullable(),
  owner: Owner.nullable(),
  questionCount: z.number().int().min(0),
  /** Questionnaires sent from it (campaigns keep their own frozen copy of the content). */
  campaignCount: z.number().int().min(0),
  createdAt: IsoDateTime,
  updatedAt: IsoDateTime,
  version: z.number().int(),
});
export type QuestionnaireTemplateSummary = z.infer<typeof QuestionnaireTemplateSummary>;

export const QuestionnaireTemplate = QuestionnaireTemplateSummary.extend({
  content: QuestionnaireContent,
  /** Structure problems (questionnaireIssues); a draft may have some, publishing refuses them. */
  issues: z.array(IssueView),
  /** Always true: editing never changes questionnaires already sent, which keep the content they were sent with. */
  sentCopiesFrozen: z.literal(true),
});
export type QuestionnaireTemplate = z.infer<typeof QuestionnaireTemplate>;

export const QuestionnaireTemplateListQuery = PageQuery.extend({
  order: z.enum(["asc", "desc"]).default("desc"),
  sort: z.enum(["updatedAt", "createdAt", "name", "key", "status"]).default("updatedAt"),
  q: SafeString(200).optional(),
  status: z.enum(QUESTIONNAIRE_TEMPLATE_STATUSES).optional(),
});
export type QuestionnaireTemplateListQuery = z.infer<typeof QuestionnaireTemplateListQuery>;

export const QuestionnaireTemplatePage = pageOf(QuestionnaireTemplateSummary);
export type QuestionnaireTemplatePage = z.infer<typeof QuestionnaireTemplatePage>;

/** A questionnaire shipped with OpenAIMS, to preview and adopt. */
export const BuiltinQuestionnaireView = z.object({
  slug: z.string(),
  name: z.string(),
  description: z.string(),
  sectionCount: z.number().int(),
  questionCount: z.number().int(),
  content: QuestionnaireContent,
});
export type BuiltinQuestionnaireView = z.infer<typeof BuiltinQuestionnaireView>;

export const BuiltinQuestionnaireList = z.object({ items: z.array(BuiltinQuestionnaireView) });
export type BuiltinQuestionnaireList = z.infer<typeof BuiltinQuestionnaireList>;
