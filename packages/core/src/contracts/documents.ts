/** Contracts of documented information (ISO/IEC 42001 7.5) and its acknowledgement (7.3, 7.4). */
import { z } from "zod";
import {
  ACKNOWLEDGEMENT_STATUSES,
  DOCUMENT_KINDS,
  DOCUMENT_STATUSES,
  MAX_REVIEW_MONTHS,
  REVISION_STATUSES,
} from "../documents/document-rules.js";
import {
  IsoDateTime,
  LongText,
  PageQuery,
  pageOf,
  patchOf,
  SafeString,
  ShortText,
  Uuid,
  Version,
} from "./common.js";
import { RecordDay } from "./evidence.js";
import { ApprovalView } from "./intake.js";

/** Longest Markdown accepted for one document (a long procedure is some 50 000 characters). */
export const MAX_DOCUMENT_CHARS = 200_000;

const Kind = z.enum(DOCUMENT_KINDS);
const Status = z.enum(DOCUMENT_STATUSES);
const ReviewMonths = z
  .number()
  .int()
  .min(1, "must be at least 1 month")
  .max(MAX_REVIEW_MONTHS, `must be at most ${MAX_REVIEW_MONTHS} months`);

export const DocumentFields = z.object({
  title: ShortText(300),
  kind: Kind,
  summary: LongText(1000).default(""),
  /** Markdown; rendered without raw HTML. */
  content: SafeString(MAX_DOCUMENT_CHARS).default(""),
  /** Left out when creating: the person creating it. */
  ownerId: Uuid.nullable().optional(),
  businessUnitId: Uuid.nullable().default(null),
  /** Review cadence in months (ISO/IEC 42001 A.2.4); null: no periodic review. */
  reviewEveryMonths: ReviewMonths.nullable().default(null),
  /** Catalog requirement keys the document addresses, e.g. `iso-iec-42001:2023/5.2`. */
  requirementKeys: z.array(SafeString(200)).max(200).default([]),
  /** The organization's controls the document supports. */
  controlIds: z.array(Uuid).max(200).default([]),
});
export const CreateDocument = DocumentFields.strict();
export type CreateDocument = z.input<typeof CreateDocument>;

/** Changes to the working copy (send the version you read). */
export const UpdateDocument = patchOf(DocumentFields).extend({ version: Version }).strict();
export type UpdateDocument = z.infer<typeof UpdateDocument>;

export const DocumentRequirementLink = z.object({ key: z.string(), title: z.string().nullable() });
export type DocumentRequirementLink = z.infer<typeof DocumentRequirementLink>;
export const DocumentControlLink = z.object({
  id: Uuid,
  key: z.string(),
  code: z.string(),
  title: z.string(),
});
export type DocumentControlLink = z.infer<typeof DocumentControlLink>;

export const DocumentView = z.object({
  id: Uuid,
  key: z.string(),
  title: z.string(),
  kind: Kind,
  status: Status,
  summary: z.string(),
  content: z.string(),
  ownerId: Uuid.nullable(),
  businessUnitId: Uuid.nullable(),
  /** Starter document it was adopted from. */
  templateCode: z.string().nullable(),
  reviewEveryMonths: z.number().int().nullable(),
  nextReviewOn: z.string().nullable(),
  lastReviewedAt: IsoDateTime.nullable(),
  reviewState: z.enum(["none", "scheduled", "due_soon", "overdue"]),
  /** The approved revision in force. */
  effectiveRevision: z.number().int().nullable(),
  /** The revision waiting for approval. */
  pendingRevision: z.number().int().nullable(),
  /** Whether the working copy differs from the revision in force (title or content). */
  hasChangesSinceEffective: z.boolean(),
  approval: ApprovalView.nullable(),
  requirements: z.array(DocumentRequirementLink),
  controls: z.array(DocumentControlLink),
  retiredAt: IsoDateTime.nullable(),
  createdAt: IsoDateTime,
  updatedAt: IsoDateTime,
  version: z.number().int(),
});
export type DocumentView = z.infer<typeof DocumentView>;

/** A row of the documents list (no content, no links). */
export const DocumentSummary = DocumentView.pick({
  id: true,
  key: true,
  title: true,
  kind: true,
  status: true,
  summary: true,
  ownerId: true,
  businessUnitId: true,
  templateCode: true,
  reviewEveryMonths: true,
  nextReviewOn: true,
  reviewState: true,
  effectiveRevision: true,
  pendingRevision: true,
  updatedAt: true,
  version: true,
});
export type DocumentSummary = z.infer<typeof DocumentSummary>;

export const DOCUMENT_SORTS = ["key", "title", "updatedAt", "nextReviewOn"] as const;
export const DocumentListQuery = PageQuery.extend({
  sort: z.enum(DOCUMENT_SORTS).default("key"),
  kind: Kind.optional(),
  status: Status.optional(),
  ownerId: Uuid.optional(),
  businessUnitId: Uuid.optional(),
  /** due: review within the notice period or overdue; overdue: review date passed. */
  review: z.enum(["due", "overdue"]).optional(),
  q: SafeString(200).optional(),
});
export type DocumentListQuery = z.infer<typeof DocumentListQuery>;

export const SubmitDocument = z.object({ version: Version, changeNote: LongText(1000).default("") }).strict();
export const DocumentVersionBody = z.object({ version: Version }).strict();
export const MarkDocumentReviewed = z.object({ version: Version, note: LongText(1000).default("") }).strict();

export const DocumentRevisionSummary = z.object({
  number: z.number().int(),
  title: z.string(),
  changeNote: z.string(),
  status: z.enum(REVISION_STATUSES),
  approvalId: Uuid.nullable(),
  createdAt: IsoDateTime,
  createdBy: Uuid.nullable(),
  decidedAt: IsoDateTime.nullable(),
});
export type DocumentRevisionSummary = z.infer<typeof DocumentRevisionSummary>;
export const DocumentRevisionView = DocumentRevisionSummary.extend({ content: z.string() });
export type DocumentRevisionView = z.infer<typeof DocumentRevisionView>;
export const RevisionParams = z.object({ id: Uuid, number: z.coerce.number().int().min(1).max(1_000_000) });

/** A revision number, or `working` for the working copy. */
export const RevisionRef = z
  .string()
  .regex(/^(working|[1-9]\d{0,5})$/, "must be a revision number or `working`");
export const DocumentDiffQuery = z.object({ from: RevisionRef, to: RevisionRef.default("working") });

const DiffSide = z.object({ ref: z.string(), label: z.string(), title: z.string() });
export const DocumentDiffView = z.object({
  from: DiffSide,
  to: DiffSide,
  hunks: z.array(z.object({ kind: z.enum(["added", "removed", "unchanged"]), lines: z.array(z.string()) })),
  added: z.number().int(),
  removed: z.number().int(),
  unchanged: z.number().int(),
});
export type DocumentDiffView = z.infer<typeof DocumentDiffView>;

/** A starter document shipped in catalogs/documents, and whether the organization adopted it. */
export const DocumentTemplateView = z.object({
  code: z.string(),
  title: z.string(),
  kind: Kind,
  summary: z.string(),
  reviewEveryMonths: z.number().int().nullable(),
  requirements: z.array(z.string()),
  content: z.string(),
  adoptedAs: z.object({ id: Uuid, key: z.string() }).nullable(),
});
export type DocumentTemplateView = z.infer<typeof DocumentTemplateView>;
export const DocumentTemplateParams = z.object({
  code: z.string().regex(/^[a-z0-9-]{1,80}$/, "unknown code"),
});
export const AdoptDocumentTemplate = z
  .object({ ownerId: Uuid.nullable().optional(), businessUnitId: Uuid.nullable().default(null) })
  .strict()
  .default({ businessUnitId: null });

/** Publishing the revision in force to people and business units (their members) to acknowledge. */
export const PublishDocument = z
  .object({
    userIds: z.array(Uuid).max(1000).default([]),
    businessUnitIds: z.array(Uuid).max(200).default([]),
    dueOn: RecordDay.nullable().default(null),
    note: LongText(2000).default(""),
  })
  .strict();
export type PublishDocument = z.input<typeof PublishDocument>;

export const PublicationView = z.object({
  id: Uuid,
  documentId: Uuid,
  documentKey: z.string(),
  documentTitle: z.string(),
  revisionNumber: z.number().int(),
  audience: z.object({ userIds: z.array(Uuid), businessUnitIds: z.array(Uuid) }),
  dueOn: z.string().nullable(),
  note: z.string(),
  publishedBy: Uuid.nullable(),
  publishedAt: IsoDateTime,
  total: z.number().int(),
  acknowledged: z.number().int(),
  pending: z.number().int(),
  percent: z.number().int(),
  /** Past the due date with someone still pending. */
  isOverdue: z.boolean(),
});
export type PublicationView = z.infer<typeof PublicationView>;

const AckStatus = z.enum(ACKNOWLEDGEMENT_STATUSES);
export const PublicationPerson = z.object({
  userId: Uuid,
  name: z.string(),
  /** Empty for readers who may not read user accounts (viewers). */
  email: z.string(),
  status: AckStatus,
  acknowledgedAt: IsoDateTime.nullable(),
  isOverdue: z.boolean(),
});
export type PublicationPerson = z.infer<typeof PublicationPerson>;
export const PublicationPeopleQuery = PageQuery.extend({ status: AckStatus.optional() });
export const PublicationDetail = PublicationView.extend({ people: pageOf(PublicationPerson) });
export type PublicationDetail = z.infer<typeof PublicationDetail>;
export const PublicationParams = z.object({ publicationId: Uuid });

/** What the signed-in person was asked to read and acknowledge. */
export const MyAcknowledgement = z.object({
  publicationId: Uuid,
  documentId: Uuid,
  documentKey: z.string(),
  title: z.string(),
  kind: Kind,
  summary: z.string(),
  revisionNumber: z.number().int(),
  dueOn: z.string().nullable(),
  note: z.string(),
  publishedAt: IsoDateTime,
  status: AckStatus,
  acknowledgedAt: IsoDateTime.nullable(),
  isOverdue: z.boolean(),
});
export type MyAcknowledgement = z.infer<typeof MyAcknowledgement>;
/** One acknowledgement with the text of the published revision, to read before acknowledging. */
export const MyAcknowledgementView = MyAcknowledgement.extend({ content: z.string() });
export type MyAcknowledgementView = z.infer<typeof MyAcknowledgementView>;
export const MyAcknowledgementsQuery = PageQuery.extend({ status: AckStatus.optional() });

export const OverdueAcknowledgement = z.object({
  publicationId: Uuid,
  documentId: Uuid,
  documentKey: z.string(),
  title: z.string(),
  revisionNumber: z.number().int(),
  dueOn: z.string(),
  publishedAt: IsoDateTime,
  userId: Uuid,
  name: z.string(),
  /** Empty for readers who may not read user accounts (viewers). */
  email: z.string(),
});
export type OverdueAcknowledgement = z.infer<typeof OverdueAcknowledgement>;
