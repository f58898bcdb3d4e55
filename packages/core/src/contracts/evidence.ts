import { z } from "zod";
import { EVIDENCE_STATES } from "../evidence/evidence-state.js";
import { IsoDateTime, LongText, PageQuery, patchOf, SafeString, ShortText, Uuid, Version } from "./common.js";
import { IsoDate } from "./context.js";

/** A calendar day a record may carry (years 1900–2999, see `IsoDate`). */
export const RecordDay = IsoDate;

/** Evidence (ISO/IEC 42001 7.5.3, 9.1): a stored file or a link, with the dates it holds. */
export const EVIDENCE_KINDS = ["file", "link"] as const;
export type EvidenceKind = (typeof EVIDENCE_KINDS)[number];

/** Records evidence can support (vendors: ISO/IEC 42001 A.10.3 supplier evidence such as certificates). */
export const EVIDENCE_TARGET_TYPES = [
  "control",
  "requirement",
  "risk",
  "ai_system",
  "document",
  "vendor",
] as const;
export type EvidenceTargetType = (typeof EVIDENCE_TARGET_TYPES)[number];

/** One record evidence supports: a record id, or a requirement's catalog key (`iso-iec-42001:2023/A.6.2.4`). */
export const EvidenceTarget = z
  .object({
    targetType: z.enum(EVIDENCE_TARGET_TYPES),
    targetId: SafeString(300).min(1, "must not be empty"),
  })
  .strict();
export type EvidenceTarget = z.infer<typeof EvidenceTarget>;

/** Only web addresses: no javascript:, data:, file: or other schemes a click could run. */
export const EvidenceUrl = z
  .string()
  .trim()
  .max(2000, "must be at most 2000 characters")
  .refine((s) => {
    try {
      const u = new URL(s);
      return (u.protocol === "http:" || u.protocol === "https:") && u.hostname !== "";
    } catch {
      return false;
    }
  }, "must be an http:// or https:// address");

export const EvidenceFields = z.object({
  title: ShortText(300),
  description: LongText(4000).default(""),
  /** When it was gathered; today when left out. */
  collectedOn: RecordDay.optional(),
  /** From when it holds; null = from when it was collected. */
  effectiveOn: RecordDay.nullable().default(null),
  /** The last day it holds; null = does not expire. */
  validUntil: RecordDay.nullable().default(null),
  ownerId: Uuid.nullable().default(null),
  businessUnitId: Uuid.nullable().default(null),
  /** Where it came from: manual, a tool, a questionnaire. */
  source: ShortText(100).default("manual"),
});

/** `POST /api/v1/evidence`: a link, optionally linked to records at once. */
export const CreateEvidenceLink = EvidenceFields.extend({
  url: EvidenceUrl,
  links: z.array(EvidenceTarget).max(50).default([]),
}).strict();
export type CreateEvidenceLink = z.input<typeof CreateEvidenceLink>;

const formText = <T extends z.ZodType>(schema: T) =>
  z.preprocess((v) => (v === "" ? undefined : v), schema.optional());
const formNullable = <T extends z.ZodType>(schema: T) =>
  z.preprocess((v) => (v === "" || v === undefined ? null : v), schema.nullable());

/**
 * The text fields of `POST /api/v1/evidence/files` (multipart/form-data, beside the `file` part).
 * Empty fields mean "not given"; `links` is a JSON array of targets.
 */
export const EvidenceUploadFields = z
  .object({
    title: ShortText(300),
    description: formText(LongText(4000)),
    collectedOn: formText(RecordDay),
    effectiveOn: formNullable(RecordDay),
    validUntil: formNullable(RecordDay),
    ownerId: formNullable(Uuid),
    businessUnitId: formNullable(Uuid),
    source: formText(ShortText(100)),
    links: formText(
      z
        .string()
        .transform((s, ctx) => {
          try {
            return JSON.parse(s) as unknown;
          } catch {
            ctx.addIssue({ code: "custom", message: "must be a JSON array of {targetType, targetId}" });
            return z.NEVER;
          }
        })
        .pipe(z.array(EvidenceTarget).max(50)),
    ),
  })
  .strict();
export type EvidenceUploadFields = z.input<typeof EvidenceUploadFields>;

/** What the OpenAPI document shows for the multipart upload. */
export const EvidenceUploadForm = z.object({
  file: z.string().meta({ format: "binary", description: "the file (one part named `file`)" }),
  title: z.string(),
  description: z.string().optional(),
  collectedOn: z.string().optional().meta({ format: "date" }),
  effectiveOn: z.string().optional().meta({ format: "date" }),
  validUntil: z.string().optional().meta({ format: "date" }),
  ownerId: z.string().optional().meta({ format: "uuid" }),
  businessUnitId: z.string().optional().meta({ format: "uuid" }),
  source: z.string().optional(),
  links: z
    .string()
    .optional()
    .meta({ description: 'JSON array, e.g. [{"targetType":"control","targetId":"…"}]' }),
});

/** `PATCH /api/v1/evidence/:id`: metadata only (the file itself never changes; upload a new item). */
export const UpdateEvidence = patchOf(EvidenceFields.extend({ collectedOn: RecordDay, url: EvidenceUrl }))
  .extend({ version: Version })
  .strict();
export type UpdateEvidence = z.infer<typeof UpdateEvidence>;

export const EvidenceRef = z.object({ id: Uuid, key: z.string(), title: z.string() });
export type EvidenceRef = z.infer<typeof EvidenceRef>;

export const EvidenceView = z.object({
  id: Uuid,
  key: z.string(),
  title: z.string(),
  description: z.string(),
  kind: z.enum(EVIDENCE_KINDS),
  url: z.string().nullable(),
  fileName: z.string().nullable(),
  contentType: z.string().nullable(),
  sizeBytes: z.number().int().nullable(),
  sha256: z.string().nullable(),
  collectedOn: z.string(),
  effectiveOn: z.string().nullable(),
  validUntil: z.string().nullable(),
  ownerId: Uuid.nullable(),
  businessUnitId: Uuid.nullable(),
  source: z.string(),
  /** Where it stands today (computed, never stored). */
  state: z.enum(EVIDENCE_STATES),
  /** Why it does not count, when expired or not yet effective. */
  staleReason: z.string().nullable(),
  linkCount: z.number().int(),
  createdAt: IsoDateTime,
  updatedAt: IsoDateTime,
  version: z.number().int(),
});
export type EvidenceView = z.infer<typeof EvidenceView>;

export const EvidenceLinkView = EvidenceTarget.extend({
  /** What the target is called ("CTL-3 Access review"); the id when it no longer exists. */
  label: z.string(),
  createdAt: IsoDateTime,
});
export type EvidenceLinkView = z.infer<typeof EvidenceLinkView>;

export const EvidenceDetail = EvidenceView.extend({ links: z.array(EvidenceLinkView) });
export type EvidenceDetail = z.infer<typeof EvidenceDetail>;

/** A new item, with the oldest item you can see that has the same file (or address), if any. */
export const EvidenceCreated = EvidenceDetail.extend({ duplicateOf: EvidenceRef.nullable() });
export type EvidenceCreated = z.infer<typeof EvidenceCreated>;

export const EvidenceListQuery = PageQuery.extend({
  sort: z.enum(["key", "title", "collectedOn", "validUntil", "updatedAt"]).default("key"),
  q: SafeString(200).optional(),
  state: z.enum(EVIDENCE_STATES).optional(),
  kind: z.enum(EVIDENCE_KINDS).optional(),
  targetType: z.enum(EVIDENCE_TARGET_TYPES).optional(),
  targetId: SafeString(300).optional(),
  ownerId: Uuid.optional(),
  businessUnitId: Uuid.optional(),
});
export type EvidenceListQuery = z.infer<typeof EvidenceListQuery>;

export const DeleteEvidenceQuery = z.object({ version: z.coerce.number().int().min(1) });
