import { z } from "zod";
import { IMPLEMENTATION_STATUSES } from "../coverage/coverage.js";
import { IsoDateTime, LongText, PageQuery, SafeString, ShortText, Uuid, Version } from "./common.js";

export const CONTROL_FREQUENCIES = [
  "continuous",
  "per-change",
  "monthly",
  "quarterly",
  "semiannual",
  "annual",
  "ad-hoc",
] as const;
export const EFFECTIVENESS = ["not_assessed", "ineffective", "partially_effective", "effective"] as const;
export const LINK_COVERAGE = ["full", "partial"] as const;

export const ControlLink = z.object({
  requirementKey: SafeString(200).min(3),
  coverage: z.enum(LINK_COVERAGE),
  note: LongText(1000).default(""),
});
export type ControlLink = z.infer<typeof ControlLink>;

export const ControlLinkView = ControlLink.extend({
  title: z.string(),
  frameworkRef: z.string(),
  requirementId: z.string(),
});

export const Control = z.object({
  id: Uuid,
  key: z.string(),
  code: z.string(),
  title: z.string(),
  description: z.string(),
  ownerId: Uuid.nullable(),
  businessUnitId: Uuid.nullable(),
  frequency: z.enum(CONTROL_FREQUENCIES),
  implementationStatus: z.enum(IMPLEMENTATION_STATUSES),
  effectiveness: z.enum(EFFECTIVENESS),
  templateCode: z.string().nullable(),
  links: z.array(ControlLinkView),
  createdAt: IsoDateTime,
  updatedAt: IsoDateTime,
  version: z.number().int(),
});
export type Control = z.infer<typeof Control>;

const Code = z
  .string()
  .trim()
  .min(1)
  .max(40)
  .regex(/^[A-Za-z0-9][A-Za-z0-9._-]*$/, "use letters, digits, dot, dash or underscore");

export const CreateControl = z.object({
  code: Code,
  title: ShortText(),
  description: LongText(5000).default(""),
  ownerId: Uuid.nullable().default(null),
  businessUnitId: Uuid.nullable().default(null),
  frequency: z.enum(CONTROL_FREQUENCIES).default("annual"),
  implementationStatus: z.enum(IMPLEMENTATION_STATUSES).default("not_started"),
  effectiveness: z.enum(EFFECTIVENESS).default("not_assessed"),
  links: z.array(ControlLink).max(200).default([]),
});
export type CreateControl = z.input<typeof CreateControl>;

export const UpdateControl = z
  .object({
    version: Version,
    code: Code.optional(),
    title: ShortText().optional(),
    description: LongText(5000).optional(),
    ownerId: Uuid.nullable().optional(),
    businessUnitId: Uuid.nullable().optional(),
    frequency: z.enum(CONTROL_FREQUENCIES).optional(),
    implementationStatus: z.enum(IMPLEMENTATION_STATUSES).optional(),
    effectiveness: z.enum(EFFECTIVENESS).optional(),
    /** When present, replaces every requirement link of the control. */
    links: z.array(ControlLink).max(200).optional(),
  })
  .strict();
export type UpdateControl = z.infer<typeof UpdateControl>;

export const ControlListQuery = PageQuery.extend({
  sort: z.enum(["code", "title", "createdAt", "implementationStatus"]).default("code"),
  q: SafeString(200).optional(),
  implementationStatus: z.enum(IMPLEMENTATION_STATUSES).optional(),
  businessUnitId: Uuid.optional(),
  requirementKey: SafeString(200).optional(),
});
export type ControlListQuery = z.infer<typeof ControlListQuery>;

export const ControlTemplate = z.object({
  code: z.string(),
  title: z.string(),
  description: z.string(),
  frequency: z.enum(CONTROL_FREQUENCIES),
  category: z.string(),
  evidence: z.array(z.string()),
  requirements: z.array(z.object({ key: z.string(), coverage: z.enum(LINK_COVERAGE), note: z.string() })),
});
export type ControlTemplate = z.infer<typeof ControlTemplate>;

export const ControlTemplateView = ControlTemplate.extend({ adoptedAs: Uuid.nullable() });

export const AdoptTemplatesRequest = z.object({ codes: z.array(z.string().max(40)).min(1).max(200) });
export const AdoptTemplatesResult = z.object({
  adopted: z.array(Control),
  skipped: z.array(z.object({ code: z.string(), reason: z.string() })),
});
