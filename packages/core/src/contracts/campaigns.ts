// Contracts of questionnaire campaigns (ISO/IEC 42001 A.10.3): sending a questionnaire to a vendor
// contact as a link, the reviewer's scoring and acceptance, and the vendor portal behind the link.
import { z } from "zod";
import { CAMPAIGN_STATUSES, LINK_STATES, MAX_LINK_DAYS } from "../campaigns/campaign-rules.js";
import { QuestionnaireContent, VENDOR_RISK_RATINGS, VqContentId } from "../questionnaires/content.js";
import { IsoDateTime, LongText, PageQuery, SafeString, ShortText, Uuid, Version } from "./common.js";
import { IsoDate } from "./context.js";

const CampaignStatus = z.enum(CAMPAIGN_STATUSES);
const LinkState = z.enum(LINK_STATES);
const Rating = z.enum(VENDOR_RISK_RATINGS);

/** `POST /api/v1/vendor-campaigns`: send a published template to one contact of the vendor. */
export const CreateCampaign = z
  .object({
    vendorId: Uuid,
    templateId: Uuid,
    /** A contact of that vendor; the questionnaire goes to their e-mail address. */
    contactId: Uuid,
    /** The day the answers are expected (after today). */
    dueOn: IsoDate,
    /** Days the link works from now; default: until 14 days after the due date. */
    linkValidDays: z.number().int().min(1).max(MAX_LINK_DAYS).optional(),
    /** A note to the contact, put in the invitation. */
    message: LongText(4000).default(""),
  })
  .strict();
export type CreateCampaign = z.input<typeof CreateCampaign>;

/** The link, shown once: only its hash is kept, so it cannot be shown again (reissue instead). */
export const CampaignLink = z.object({
  url: z.string(),
  token: z.string(),
  expiresAt: IsoDateTime,
});
export type CampaignLink = z.infer<typeof CampaignLink>;

const Ref = z.object({ id: Uuid, key: z.string(), name: z.string() });
const TemplateRef = Ref.extend({ version: z.number().int() });
const Person = z.object({ id: Uuid, name: z.string() });

export const AnswerProgress = z.object({
  answered: z.number().int(),
  visible: z.number().int(),
  required: z.number().int(),
  requiredAnswered: z.number().int(),
});
export type AnswerProgress = z.infer<typeof AnswerProgress>;

/** A campaign in lists: what tracking needs (sent, opened, in progress, submitted, reviewed). */
export const CampaignSummary = z.object({
  id: Uuid,
  key: z.string(),
  vendor: Ref,
  template: TemplateRef,
  contact: z.object({ id: Uuid.nullable(), name: z.string(), email: z.string() }),
  status: CampaignStatus,
  linkState: LinkState,
  dueOn: z.string(),
  linkExpiresAt: IsoDateTime,
  openedAt: IsoDateTime.nullable(),
  lastAccessAt: IsoDateTime.nullable(),
  submittedAt: IsoDateTime.nullable(),
  reviewedAt: IsoDateTime.nullable(),
  score: z.number().int().nullable(),
  rating: Rating.nullable(),
  progress: AnswerProgress,
  openFollowUps: z.number().int(),
  createdAt: IsoDateTime,
  updatedAt: IsoDateTime,
  version: z.number().int(),
});
export type CampaignSummary = z.infer<typeof CampaignSummary>;

export const CampaignAnswer = z.object({
  questionId: z.string(),
  value: z.unknown(),
  comment: z.string(),
  updatedAt: IsoDateTime,
});
export type CampaignAnswer = z.infer<typeof CampaignAnswer>;

export const CampaignFile = z.object({
  id: Uuid,
  questionId: z.string(),
  fileName: z.string(),
  contentType: z.string(),
  sizeBytes: z.number().int(),
  sha256: z.string(),
  uploadedAt: IsoDateTime,
  /** The evidence item made of it at acceptance. */
  evidenceId: Uuid.nullable(),
});
export type CampaignFile = z.infer<typeof CampaignFile>;

export const CampaignFollowUp = z.object({
  id: Uuid,
  questionId: z.string().nullable(),
  question: z.string(),
  answer: z.string().nullable(),
  askedBy: Person.nullable(),
  askedAt: IsoDateTime,
  answeredAt: IsoDateTime.nullable(),
});
export type CampaignFollowUp = z.infer<typeof CampaignFollowUp>;

export const OutboundMessage = z.object({
  id: Uuid,
  kind: z.string(),
  toEmail: z.string(),
  subject: z.string(),
  body: z.string(),
  /** sent: e-mailed; manual: no e-mail server configured, forward it yourself; failed: see error. */
  status: z.string(),
  error: z.string().nullable(),
  createdAt: IsoDateTime,
  sentAt: IsoDateTime.nullable(),
});
export type OutboundMessage = z.infer<typeof OutboundMessage>;

export const CampaignScoring = z.object({
  score: z.number().int().nullable(),
  rating: Rating.nullable(),
  /** Visible weighted questions still waiting for a reviewer's score. */
  pending: z.number().int(),
  pendingQuestionIds: z.array(z.string()),
  perQuestion: z.array(
    z.object({
      questionId: z.string(),
      weight: z.number(),
      earned: z.number().nullable(),
      source: z.enum(["auto", "reviewer", "pending"]),
    }),
  ),
  perSection: z.array(
    z.object({ sectionId: z.string(), title: z.string(), score: z.number().int().nullable() }),
  ),
  /** The reviewer's scores (question id → 0–1). */
  overrides: z.record(z.string(), z.number()),
});
export type CampaignScoring = z.infer<typeof CampaignScoring>;

/** `GET /api/v1/vendor-campaigns/:id`: everything the reviewer needs. */
export const CampaignDetail = CampaignSummary.extend({
  content: QuestionnaireContent,
  message: z.string(),
  answers: z.array(CampaignAnswer),
  /** Ids of the questions shown given the answers. */
  visibleQuestionIds: z.array(z.string()),
  files: z.array(CampaignFile),
  followUps: z.array(CampaignFollowUp),
  scoring: CampaignScoring,
  reviewNote: z.string(),
  reviewer: Person.nullable(),
  sentBy: Person.nullable(),
  answersEvidenceId: Uuid.nullable(),
  /** Every evidence item made at acceptance: the answers and each file. */
  evidenceIds: z.array(Uuid),
  riskId: Uuid.nullable(),
  risk: z.object({ id: Uuid, key: z.string(), title: z.string() }).nullable(),
  revokedAt: IsoDateTime.nullable(),
  /** Messages to the contact, newest first (the latest MAX_CAMPAIGN_MESSAGES_SHOWN). */
  messages: z.array(OutboundMessage),
});
export type CampaignDetail = z.infer<typeof CampaignDetail>;

/** `POST /api/v1/vendor-campaigns` and `POST …/reissue-link`: the campaign and its link, once. */
export const CampaignCreated = z.object({ campaign: CampaignDetail, link: CampaignLink });
export type CampaignCreated = z.infer<typeof CampaignCreated>;

export const CampaignListQuery = PageQuery.extend({
  order: z.enum(["asc", "desc"]).default("desc"),
  sort: z.enum(["createdAt", "dueOn", "score", "status"]).default("createdAt"),
  q: SafeString(200).optional(),
  vendorId: Uuid.optional(),
  templateId: Uuid.optional(),
  status: CampaignStatus.optional(),
  linkState: LinkState.optional(),
});
export type CampaignListQuery = z.infer<typeof CampaignListQuery>;

export const CampaignPage = z.object({ items: z.array(CampaignSummary), total: z.number().int().min(0) });
export type CampaignPage = z.infer<typeof CampaignPage>;

/** A body that only names the version read (revoke, reissue, risk). */
export const CampaignVersion = z.object({ version: Version }).strict();
export type CampaignVersion = z.infer<typeof CampaignVersion>;

/** Move the link's end and/or the due date (send at least one). */
export const ExtendCampaign = z
  .object({ version: Version, linkExpiresAt: IsoDateTime.optional(), dueOn: IsoDate.optional() })
  .strict()
  .refine((b) => b.linkExpiresAt !== undefined || b.dueOn !== undefined, "send linkExpiresAt, dueOn or both");
export type ExtendCampaign = z.infer<typeof ExtendCampaign>;

/** The reviewer's scores replace the previous set (question id → 0 worst … 1 best). */
export const CampaignScores = z
  .object({
    version: Version,
    overrides: z.record(VqContentId, z.number().min(0).max(1)),
    reviewNote: LongText(5000).optional(),
  })
  .strict()
  .refine((b) => Object.keys(b.overrides).length <= 500, "at most 500 scores");
export type CampaignScores = z.infer<typeof CampaignScores>;

export const AskFollowUps = z
  .object({
    version: Version,
    questions: z
      .array(
        z
          .object({
            /** The questionnaire question it is about; the vendor may change that answer again. */
            questionId: VqContentId.optional(),
            question: ShortText(2000),
          })
          .strict(),
      )
      .min(1, "ask at least one question")
      .max(20, "ask at most 20 questions at once"),
  })
  .strict();
export type AskFollowUps = z.infer<typeof AskFollowUps>;

export const AcceptCampaign = z
  .object({
    version: Version,
    /** Overrides the rating computed from the score; then `reason` is required. */
    rating: Rating.optional(),
    reason: LongText(2000).default(""),
    reviewNote: LongText(5000).default(""),
    /** Also start a register risk about the vendor (ISO/IEC 42001 6.1.2). */
    createRisk: z.boolean().default(false),
  })
  .strict();
export type AcceptCampaign = z.input<typeof AcceptCampaign>;

export const CampaignFileParams = z.object({ id: Uuid, fileId: Uuid });

/** `?vendorIds=a,b,…`: two to ten vendors. */
export const CampaignCompareQuery = z
  .object({
    vendorIds: z
      .string()
      .max(400)
      .transform((s) => [
        ...new Set(
          s
            .split(",")
            .map((x) => x.trim())
            .filter(Boolean),
        ),
      ])
      .pipe(z.array(Uuid).min(2, "name at least 2 vendors").max(10, "name at most 10 vendors")),
  })
  .strict();
export type CampaignCompareQuery = z.infer<typeof CampaignCompareQuery>;

export const CampaignComparison = z.object({
  sections: z.array(z.object({ id: z.string(), title: z.string() })),
  vendors: z.array(
    z.object({
      vendor: Ref.extend({ riskRating: Rating.nullable() }),
      /** The latest reviewed questionnaire; null when the vendor has none. */
      campaign: z
        .object({ id: Uuid, key: z.string(), templateName: z.string(), reviewedAt: IsoDateTime.nullable() })
        .nullable(),
      score: z.number().int().nullable(),
      rating: Rating.nullable(),
      /** One score per entry of `sections`, in the same order (null: not asked of this vendor). */
      sectionScores: z.array(z.number().int().nullable()),
    }),
  ),
});
export type CampaignComparison = z.infer<typeof CampaignComparison>;

// ── The portal (no account: the link token in the `x-vendor-link` header) ──────────────────────────

export const PORTAL_LINK_HEADER = "x-vendor-link";

export const PortalFile = z.object({
  id: Uuid,
  questionId: z.string(),
  fileName: z.string(),
  contentType: z.string(),
  sizeBytes: z.number().int(),
  uploadedAt: IsoDateTime,
});
export type PortalFile = z.infer<typeof PortalFile>;

export const PortalFollowUp = z.object({
  id: Uuid,
  questionId: z.string().nullable(),
  question: z.string(),
  answer: z.string().nullable(),
  askedAt: IsoDateTime,
  answeredAt: IsoDateTime.nullable(),
});
export type PortalFollowUp = z.infer<typeof PortalFollowUp>;

/** What the vendor sees: the questionnaire and their own answers, nothing of the reviewer's. */
export const PortalQuestionnaire = z.object({
  organizationName: z.string(),
  vendorName: z.string(),
  campaignKey: z.string(),
  contactName: z.string(),
  dueOn: z.string(),
  linkExpiresAt: IsoDateTime,
  status: CampaignStatus,
  linkState: LinkState,
  /** The questions as sent, without the scoring key: option scores and weights read 0, rating bands the defaults. */
  content: QuestionnaireContent,
  answers: z.record(z.string(), z.unknown()),
  comments: z.record(z.string(), z.string()),
  files: z.array(PortalFile),
  followUps: z.array(PortalFollowUp),
  progress: AnswerProgress,
  canEdit: z.boolean(),
  /** Questions whose answers may change now (all while answering; during follow-up, those asked about). */
  editableQuestionIds: z.array(z.string()),
  submittedAt: IsoDateTime.nullable(),
});
export type PortalQuestionnaire = z.infer<typeof PortalQuestionnaire>;

/**
 * Save some answers (null clears one) and comments. File questions are answered by uploading files.
 */
export const PortalSaveAnswers = z
  .object({
    answers: z.record(VqContentId, z.unknown()).default({}),
    comments: z.record(VqContentId, LongText(2000)).optional(),
  })
  .strict()
  .refine((b) => Object.keys(b.answers).length <= 500, "at most 500 answers at once");
export type PortalSaveAnswers = z.input<typeof PortalSaveAnswers>;

export const PortalFollowUpParams = z.object({ followUpId: Uuid });
export const PortalFileParams = z.object({ fileId: Uuid });

export const PortalFollowUpAnswer = z
  .object({ answer: LongText(5000).refine((s) => s.trim().length > 0, "write an answer") })
  .strict();
export type PortalFollowUpAnswer = z.infer<typeof PortalFollowUpAnswer>;

/** The multipart fields of `POST /api/v1/portal/files` (documentation; the server reads the stream). */
export const PortalUploadForm = z.object({
  questionId: VqContentId,
  file: z.unknown().describe("the file (binary)"),
});
