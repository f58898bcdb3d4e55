import { z } from "zod";
import {
  FRAMEWORK_KINDS,
  FrameworkRef,
  RELATIONSHIPS,
  REQUIREMENT_KINDS,
  CONFIDENCE_LEVELS,
} from "../catalogs/catalog-schema.js";
import { PageQuery, SafeString } from "./common.js";

export const FrameworkSummary = z.object({
  ref: z.string(),
  id: z.string(),
  version: z.string(),
  name: z.string(),
  shortName: z.string().nullable(),
  publisher: z.string(),
  kind: z.enum(FRAMEWORK_KINDS),
  jurisdiction: z.string().nullable(),
  effectiveFrom: z.string().nullable(),
  effectiveTo: z.string().nullable(),
  supersededBy: z.string().nullable(),
  url: z.string(),
  isCustom: z.boolean(),
  requirementCount: z.number().int(),
  assessableCount: z.number().int(),
  notes: z.array(z.string()),
});
export type FrameworkSummary = z.infer<typeof FrameworkSummary>;

export const FrameworkListQuery = PageQuery.extend({ q: SafeString(200).optional() });

export const FrameworkParams = z.object({ ref: FrameworkRef });

export const RequirementView = z.object({
  key: z.string(),
  frameworkRef: z.string(),
  id: z.string(),
  title: z.string(),
  summary: z.string(),
  kind: z.enum(REQUIREMENT_KINDS),
  assessable: z.boolean(),
  parent: z.string().nullable(),
  tags: z.record(z.string(), z.unknown()),
  effectiveFrom: z.string().nullable(),
  citation: z.string().nullable(),
  sortOrder: z.number().int(),
});
export type RequirementView = z.infer<typeof RequirementView>;

export const RequirementListQuery = PageQuery.extend({
  limit: z.coerce.number().int().min(1).max(200).default(200),
  q: SafeString(200).optional(),
  kind: z.enum(REQUIREMENT_KINDS).optional(),
  assessable: z
    .enum(["true", "false"])
    .transform((v) => v === "true")
    .optional(),
  parent: SafeString(80).optional(),
});

export const RequirementParams = z.object({ ref: FrameworkRef, requirementId: SafeString(80).min(1) });

export const MappingView = z.object({
  crosswalk: z.string(),
  /** The other end, read from this requirement: "<this> <relationship> <other>". */
  other: z.object({ key: z.string(), frameworkRef: z.string(), id: z.string(), title: z.string() }),
  relationship: z.enum(RELATIONSHIPS),
  rationale: z.string(),
  confidence: z.enum(CONFIDENCE_LEVELS),
  source: z.string(),
});
export type MappingView = z.infer<typeof MappingView>;

export const RequirementDetail = RequirementView.extend({
  mappings: z.array(MappingView),
  children: z.array(RequirementView),
});
export type RequirementDetail = z.infer<typeof RequirementDetail>;

export const CrosswalkSummary = z.object({
  ref: z.string(),
  from: z.string(),
  to: z.string(),
  title: z.string().nullable(),
  isCustom: z.boolean(),
  entryCount: z.number().int(),
  byRelationship: z.record(z.string(), z.number().int()),
});
export type CrosswalkSummary = z.infer<typeof CrosswalkSummary>;

export const CrosswalkEntryView = z.object({
  from: z.object({ key: z.string(), id: z.string(), title: z.string() }),
  to: z.object({ key: z.string(), id: z.string(), title: z.string() }),
  relationship: z.enum(RELATIONSHIPS),
  rationale: z.string(),
  confidence: z.enum(CONFIDENCE_LEVELS),
  source: z.string(),
});
export type CrosswalkEntryView = z.infer<typeof CrosswalkEntryView>;

export const CrosswalkQuery = PageQuery.extend({
  limit: z.coerce.number().int().min(1).max(200).default(200),
  from: FrameworkRef,
  to: FrameworkRef,
  relationship: z.enum(RELATIONSHIPS).optional(),
});

export const CATALOG_FILE_FORMATS = ["csv", "yaml", "json"] as const;
export const CatalogImportRequest = z.object({
  format: z.enum(CATALOG_FILE_FORMATS),
  content: z.string().min(1, "the file is empty").max(5_000_000, "the file is larger than 5 MB"),
  /** Replace a custom framework or crosswalk of the same reference (built-in ones are never replaced). */
  replace: z.boolean().default(false),
});
export const CatalogImportResult = z.object({
  kind: z.enum(["framework", "crosswalk"]),
  ref: z.string(),
  requirementCount: z.number().int().optional(),
  entryCount: z.number().int().optional(),
});
export const CatalogExportQuery = z.object({
  format: z.enum(["csv", "yaml", "json", "oscal"]).default("json"),
});
