import { z } from "zod";
import { RiskMatrixDefinition } from "../risks/risk-matrix.js";
import {
  IsoDateTime,
  LongText,
  PageQuery,
  patchOf,
  QueryBoolean,
  SafeString,
  ShortText,
  Uuid,
  Version,
} from "./common.js";

export const RISK_TREATMENTS = ["undecided", "mitigate", "accept", "avoid", "transfer"] as const;
export const RISK_STATUSES = ["open", "treating", "acceptance_pending", "accepted", "closed"] as const;

export const RiskMatrixVersion = z.object({
  version: z.number().int(),
  definition: RiskMatrixDefinition,
  createdAt: IsoDateTime,
  createdBy: Uuid.nullable(),
});
export const UpdateRiskMatrix = z.object({
  basedOnVersion: z.number().int().min(1),
  definition: RiskMatrixDefinition,
});

const Score = z.number().int().min(1).max(6);
const IsoDate = z.iso.date({ message: "must be a date YYYY-MM-DD" });

export const RiskFields = z.object({
  title: ShortText(),
  description: LongText(4000).default(""),
  aiSystemId: Uuid.nullable().default(null),
  businessUnitId: Uuid.nullable().default(null),
  /** A risk source: an ISO/IEC 42001 Annex C.3 item or a NIST AI 600-1 risk (catalog requirement key). */
  source: SafeString(200).nullable().default(null),
  /** The trustworthiness characteristic it threatens (NIST AI RMF catalog key). */
  characteristic: SafeString(200).nullable().default(null),
  consequences: z
    .object({
      organization: LongText(2000).default(""),
      individuals: LongText(2000).default(""),
      society: LongText(2000).default(""),
    })
    .default({ organization: "", individuals: "", society: "" }),
  inherentLikelihood: Score,
  inherentImpact: Score,
  existingControls: LongText(4000).default(""),
  residualLikelihood: Score,
  residualImpact: Score,
  ownerId: Uuid.nullable().default(null),
  treatment: z.enum(RISK_TREATMENTS).default("undecided"),
  nextReviewOn: IsoDate.nullable().default(null),
  /** The organization's controls chosen to treat the risk. */
  treatmentControls: z.array(Uuid).max(100).default([]),
  /** ISO/IEC 42001 Annex A controls the treatment relies on (catalog keys); the SoA cites the risk for them. */
  annexAControls: z.array(SafeString(200)).max(38).default([]),
});
export const CreateRisk = RiskFields;
export type CreateRisk = z.input<typeof CreateRisk>;
export const UpdateRisk = patchOf(RiskFields)
  .extend({ version: Version, status: z.enum(["open", "treating", "closed"]).optional() })
  .strict();
export type UpdateRisk = z.infer<typeof UpdateRisk>;

const LevelView = z.object({
  index: z.number().int(),
  id: z.string(),
  label: z.string(),
  color: z.string(),
  appetite: z.string(),
});

export const RiskView = RiskFields.extend({
  id: Uuid,
  key: z.string(),
  inherentLevel: LevelView,
  residualLevel: LevelView,
  matrixVersion: z.number().int(),
  status: z.enum(RISK_STATUSES),
  acceptanceApprovalId: Uuid.nullable(),
  acceptedUntil: z.string().nullable(),
  createdAt: IsoDateTime,
  updatedAt: IsoDateTime,
  version: z.number().int(),
});
export type RiskView = z.infer<typeof RiskView>;

export const RiskListQuery = PageQuery.extend({
  sort: z
    .enum(["key", "title", "residualLevel", "inherentLevel", "updatedAt", "nextReviewOn"])
    .default("key"),
  q: SafeString(200).optional(),
  aiSystemId: Uuid.optional(),
  businessUnitId: Uuid.optional(),
  ownerId: Uuid.optional(),
  status: z.enum(RISK_STATUSES).optional(),
  treatment: z.enum(RISK_TREATMENTS).optional(),
  minResidualLevel: z.coerce.number().int().min(0).max(5).optional(),
  /** One heat-map cell: risks with exactly these scores (served by the cell indexes). */
  inherentLikelihood: z.coerce.number().int().min(1).max(6).optional(),
  inherentImpact: z.coerce.number().int().min(1).max(6).optional(),
  residualLikelihood: z.coerce.number().int().min(1).max(6).optional(),
  residualImpact: z.coerce.number().int().min(1).max(6).optional(),
  /** true: leave closed risks out, as the heat map does. */
  openOnly: QueryBoolean.optional(),
});
export type RiskListQuery = z.infer<typeof RiskListQuery>;

export const HeatMapQuery = z.object({
  kind: z.enum(["inherent", "residual"]).default("residual"),
  aiSystemId: Uuid.optional(),
  businessUnitId: Uuid.optional(),
});
export const HeatMap = z.object({
  kind: z.enum(["inherent", "residual"]),
  matrixVersion: z.number().int(),
  counts: z.array(z.array(z.number().int())),
  total: z.number().int(),
});

export const RequestAcceptance = z.object({
  version: Version,
  acceptedUntil: IsoDate,
  justification: LongText(4000).refine((s) => s.trim().length > 0, "explain why the risk can be accepted"),
});

export const RISK_ACTION_STATUSES = ["open", "in_progress", "done", "cancelled"] as const;
export const RiskAction = z.object({
  id: Uuid,
  riskId: Uuid,
  title: z.string(),
  ownerId: Uuid.nullable(),
  dueOn: z.string().nullable(),
  status: z.enum(RISK_ACTION_STATUSES),
  createdAt: IsoDateTime,
  updatedAt: IsoDateTime,
  version: z.number().int(),
});
export type RiskAction = z.infer<typeof RiskAction>;
export const CreateRiskAction = z.object({
  title: ShortText(300),
  ownerId: Uuid.nullable().default(null),
  dueOn: IsoDate.nullable().default(null),
});
export const UpdateRiskAction = z
  .object({
    version: Version,
    title: ShortText(300).optional(),
    ownerId: Uuid.nullable().optional(),
    dueOn: IsoDate.nullable().optional(),
    status: z.enum(RISK_ACTION_STATUSES).optional(),
  })
  .strict();
export const RiskActionParams = z.object({ id: Uuid, actionId: Uuid });

/**
 * An entry of the organization's library of common AI risks (ISO/IEC 42001 6.1.2): the starter
 * library we ship, adapted by the organization (customized or hidden) and extended with its own.
 */
export const RISK_LIBRARY_ORIGINS = ["starter", "customized", "custom"] as const;
const LibraryScore = z.number().int().min(1).max(5);
export const RiskLibraryFields = z.object({
  title: ShortText(),
  description: LongText(4000).default(""),
  /** Risk sources (Annex C.3 items, NIST AI 600-1 risks) as catalog keys or free text. */
  sources: z.array(SafeString(200).min(1)).max(20).default([]),
  characteristic: SafeString(200).nullable().default(null),
  consequences: z
    .object({
      organization: LongText(2000).default(""),
      individuals: LongText(2000).default(""),
      society: LongText(2000).default(""),
    })
    .default({ organization: "", individuals: "", society: "" }),
  /** On a 5-point scale; rescaled to the organization's matrix when a risk is started from it. */
  suggestedLikelihood: LibraryScore,
  suggestedImpact: LibraryScore,
  /** Starter control codes the organization may have adopted (linked when it has). */
  suggestedControls: z.array(SafeString(40).min(1)).max(30).default([]),
  annexA: z.array(SafeString(200).min(1)).max(38).default([]),
  appliesTo: z.enum(["any", "generative", "high-risk"]).default("any"),
});
export const RiskLibraryCode = z
  .string()
  .trim()
  .min(2)
  .max(40)
  .regex(/^[A-Z0-9][A-Z0-9._-]*$/, "use capital letters, digits, dot, dash or underscore");
export const RiskLibraryEntry = RiskLibraryFields.extend({
  code: z.string(),
  origin: z.enum(RISK_LIBRARY_ORIGINS),
  hidden: z.boolean(),
  /** 0 for an untouched starter entry; the organization's edits count from 1. */
  version: z.number().int().min(0),
  updatedAt: IsoDateTime.nullable(),
});
export type RiskLibraryEntry = z.infer<typeof RiskLibraryEntry>;
export const CreateRiskLibraryEntry = RiskLibraryFields.extend({ code: RiskLibraryCode }).strict();
export type CreateRiskLibraryEntry = z.input<typeof CreateRiskLibraryEntry>;
export const UpdateRiskLibraryEntry = patchOf(RiskLibraryFields)
  .extend({ version: z.number().int().min(0), hidden: z.boolean().optional() })
  .strict();
export type UpdateRiskLibraryEntry = z.infer<typeof UpdateRiskLibraryEntry>;
export const RiskLibraryQuery = z.object({
  q: SafeString(200).optional(),
  origin: z.enum(RISK_LIBRARY_ORIGINS).optional(),
  includeHidden: z.enum(["true", "false"]).default("false"),
  limit: z.coerce.number().int().min(1).max(200).default(200),
  offset: z.coerce.number().int().min(0).max(100_000).default(0),
});
export const RiskLibraryCodeParams = z.object({ code: SafeString(40).min(1) });
