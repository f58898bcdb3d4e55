// Contracts of the vendor register (ISO/IEC 42001 A.10.2, A.10.3): vendors, their contacts,
// certifications, the AI systems they supply, risk ratings and periodic reviews.
import { z } from "zod";
import { VENDOR_RISK_RATINGS } from "../questionnaires/content.js";
import {
  CERTIFICATION_KINDS,
  CERTIFICATION_STATES,
  dataSharedProblem,
  VENDOR_ATTENTION_CODES,
  VENDOR_CRITICALITIES,
  VENDOR_DATA_CATEGORIES,
  VENDOR_REVIEW_STATES,
  VENDOR_STATUSES,
} from "../vendors/index.js";
import {
  IsoDateTime,
  LongText,
  PageQuery,
  pageOf,
  patchOf,
  QueryBoolean,
  SafeString,
  ShortText,
  Uuid,
  Version,
} from "./common.js";
import { IsoDate } from "./context.js";
import { EvidenceRef, EvidenceUrl } from "./evidence.js";
import { Email } from "./users.js";

const DataShared = z
  .array(z.enum(VENDOR_DATA_CATEGORIES))
  .max(VENDOR_DATA_CATEGORIES.length)
  .superRefine((list, ctx) => {
    const problem = dataSharedProblem(list);
    if (problem) ctx.addIssue({ code: "custom", message: problem });
  });

export const VendorFields = z.object({
  name: ShortText(200),
  legalName: SafeString(300).default(""),
  /** The vendor's web site (http or https only). */
  website: EvidenceUrl.nullable().default(null),
  description: LongText(5000).default(""),
  /** What they provide: hosting, a model API, data labelling, … */
  services: LongText(2000).default(""),
  status: z.enum(VENDOR_STATUSES).default("onboarding"),
  /** How much the organization depends on them (the risk rating is separate and audited). */
  criticality: z.enum(VENDOR_CRITICALITIES).default("medium"),
  dataShared: DataShared.default([]),
  dataSharedNote: LongText(2000).default(""),
  contractStart: IsoDate.nullable().default(null),
  contractEnd: IsoDate.nullable().default(null),
  ownerId: Uuid.nullable().default(null),
  businessUnitId: Uuid.nullable().default(null),
  reviewCadenceMonths: z.number().int().min(1).max(60).default(12),
  lastReviewedOn: IsoDate.nullable().default(null),
  /** Left out: the last review plus the cadence, or today for a vendor never reviewed. */
  nextReviewOn: IsoDate.optional(),
  notes: LongText(5000).default(""),
});

export const CreateVendor = VendorFields.strict();
export type CreateVendor = z.input<typeof CreateVendor>;

/** `PATCH /api/v1/vendors/:id`: the fields to change and the version you read. */
export const UpdateVendor = patchOf(VendorFields).extend({ version: Version }).strict();
export type UpdateVendor = z.infer<typeof UpdateVendor>;

export const DeleteVendorQuery = z.object({
  /** The version you read; when given, a vendor changed since is not deleted (409). */
  version: z.coerce.number().int().min(1).optional(),
});

const Named = z.object({ id: Uuid, name: z.string() });

/** A vendor's page lists all its contacts and certifications, so each list is bounded. */
export const MAX_VENDOR_CONTACTS = 100;
/** AI systems one vendor may be recorded as supplying (the vendor page lists them all). */
export const MAX_VENDOR_AI_SYSTEMS = 500;
export const MAX_VENDOR_CERTIFICATIONS = 100;

export const VendorContactFields = z.object({
  name: ShortText(200),
  email: Email,
  title: SafeString(200).default(""),
  /** The contact questionnaires go to by default; at most one per vendor. */
  isPrimary: z.boolean().optional(),
});
export const CreateVendorContact = VendorContactFields.strict();
export type CreateVendorContact = z.input<typeof CreateVendorContact>;
export const UpdateVendorContact = patchOf(VendorContactFields).strict();
export type UpdateVendorContact = z.infer<typeof UpdateVendorContact>;
export const VendorContactParams = z.object({ id: Uuid, contactId: Uuid });

export const VendorContact = z.object({
  id: Uuid,
  name: z.string(),
  email: z.string(),
  title: z.string(),
  isPrimary: z.boolean(),
});
export type VendorContact = z.infer<typeof VendorContact>;

export const VendorCertificationFields = z.object({
  kind: z.enum(CERTIFICATION_KINDS),
  /** Scope or name of the certificate (needed to tell "other" ones apart). */
  label: SafeString(300).default(""),
  issuer: SafeString(200).default(""),
  issuedOn: IsoDate.nullable().default(null),
  /** The last day it holds; null = no expiry stated. */
  expiresOn: IsoDate.nullable().default(null),
  /** The certificate itself, as evidence you may see. */
  evidenceId: Uuid.nullable().default(null),
});
export const CreateVendorCertification = VendorCertificationFields.strict();
export type CreateVendorCertification = z.input<typeof CreateVendorCertification>;
export const UpdateVendorCertification = patchOf(VendorCertificationFields).strict();
export type UpdateVendorCertification = z.infer<typeof UpdateVendorCertification>;
export const VendorCertificationParams = z.object({ id: Uuid, certificationId: Uuid });

export const VendorCertification = z.object({
  id: Uuid,
  kind: z.enum(CERTIFICATION_KINDS),
  label: z.string(),
  issuer: z.string(),
  issuedOn: z.string().nullable(),
  expiresOn: z.string().nullable(),
  /** Null when none is attached or it belongs to a business unit you cannot see. */
  evidence: EvidenceRef.nullable(),
  /** Where it stands today (computed). */
  state: z.enum(CERTIFICATION_STATES),
});
export type VendorCertification = z.infer<typeof VendorCertification>;

/** `PUT /api/v1/vendors/:id/ai-systems/:aiSystemId`: what the vendor supplies to that system. */
export const LinkVendorAiSystem = z.object({ component: SafeString(300).default("") }).strict();
export type LinkVendorAiSystem = z.input<typeof LinkVendorAiSystem>;
export const VendorAiSystemParams = z.object({ id: Uuid, aiSystemId: Uuid });

export const VendorAiSystem = z.object({
  id: Uuid,
  key: z.string(),
  name: z.string(),
  component: z.string(),
});
export type VendorAiSystem = z.infer<typeof VendorAiSystem>;

export const VendorAttentionItem = z.object({ code: z.enum(VENDOR_ATTENTION_CODES), message: z.string() });

/** The vendor's most recent questionnaire (read from the campaigns). */
export const VendorLatestCampaign = z.object({
  id: Uuid,
  key: z.string(),
  status: z.string(),
  score: z.number().int().nullable(),
  submittedAt: IsoDateTime.nullable(),
  reviewedAt: IsoDateTime.nullable(),
});

const VendorCore = {
  id: Uuid,
  key: z.string(),
  name: z.string(),
  status: z.enum(VENDOR_STATUSES),
  criticality: z.enum(VENDOR_CRITICALITIES),
  riskRating: z.enum(VENDOR_RISK_RATINGS).nullable(),
  /** Score 0–100 of the last accepted questionnaire. */
  lastScore: z.number().int().nullable(),
  nextReviewOn: z.string().nullable(),
  reviewState: z.enum(VENDOR_REVIEW_STATES),
  owner: Named.nullable(),
  businessUnit: Named.nullable(),
  /** Why it needs attention today (computed; empty when all is in order). */
  attention: z.array(VendorAttentionItem),
  createdAt: IsoDateTime,
  updatedAt: IsoDateTime,
  version: z.number().int(),
};

export const VendorSummary = z.object({
  ...VendorCore,
  contactCount: z.number().int(),
  aiSystemCount: z.number().int(),
});
export type VendorSummary = z.infer<typeof VendorSummary>;
export const VendorPage = pageOf(VendorSummary);
export type VendorPage = z.infer<typeof VendorPage>;

export const Vendor = z.object({
  ...VendorCore,
  legalName: z.string(),
  website: z.string().nullable(),
  description: z.string(),
  services: z.string(),
  dataShared: z.array(z.enum(VENDOR_DATA_CATEGORIES)),
  dataSharedNote: z.string(),
  contractStart: z.string().nullable(),
  contractEnd: z.string().nullable(),
  reviewCadenceMonths: z.number().int(),
  lastReviewedOn: z.string().nullable(),
  notes: z.string(),
  contacts: z.array(VendorContact),
  certifications: z.array(VendorCertification),
  /** The AI systems it supplies that you may see. */
  aiSystems: z.array(VendorAiSystem),
  latestCampaign: VendorLatestCampaign.nullable(),
});
export type Vendor = z.infer<typeof Vendor>;

export const VENDOR_SORTS = [
  "name",
  "key",
  "criticality",
  "riskRating",
  "nextReviewOn",
  "lastScore",
  "createdAt",
] as const;

export const VendorListQuery = PageQuery.extend({
  sort: z.enum(VENDOR_SORTS).default("name"),
  /** Searches name, legal name and key. */
  q: SafeString(200).optional(),
  status: z.enum(VENDOR_STATUSES).optional(),
  criticality: z.enum(VENDOR_CRITICALITIES).optional(),
  /** A rating, or `unrated` for vendors not rated yet. */
  riskRating: z.enum([...VENDOR_RISK_RATINGS, "unrated"]).optional(),
  businessUnitId: Uuid.optional(),
  /** Vendors supplying this AI system. */
  aiSystemId: Uuid.optional(),
  /** true: vendors whose review is due within 14 days or overdue (offboarded ones left out). */
  reviewDue: QueryBoolean.optional(),
});
export type VendorListQuery = z.infer<typeof VendorListQuery>;

/** `POST /api/v1/vendors/:id/rating`: a manual rating, always with its reason. */
export const SetVendorRating = z
  .object({
    version: Version,
    rating: z.enum(VENDOR_RISK_RATINGS),
    reason: LongText(2000).refine((s) => s.trim().length > 0, "give the reason for the rating"),
  })
  .strict();
export type SetVendorRating = z.infer<typeof SetVendorRating>;

/** `POST /api/v1/vendors/:id/review`: the periodic review is done today. */
export const ReviewVendor = z
  .object({
    /** The version you read; when given, a vendor changed since is not marked reviewed (409). */
    version: Version.optional(),
    note: LongText(2000).default(""),
  })
  .strict();
export type ReviewVendor = z.input<typeof ReviewVendor>;

export const VendorRatingEntry = z.object({
  id: Uuid,
  rating: z.enum(VENDOR_RISK_RATINGS),
  score: z.number().int().nullable(),
  reason: z.string(),
  source: z.enum(["manual", "questionnaire"]),
  campaignId: Uuid.nullable(),
  actorLabel: z.string(),
  at: IsoDateTime,
});
export type VendorRatingEntry = z.infer<typeof VendorRatingEntry>;

/** Newest first. */
export const RatingHistoryQuery = PageQuery.omit({ order: true });
export type RatingHistoryQuery = z.infer<typeof RatingHistoryQuery>;
export const RatingHistoryPage = pageOf(VendorRatingEntry);
export type RatingHistoryPage = z.infer<typeof RatingHistoryPage>;
