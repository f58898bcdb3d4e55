import { z } from "zod";
import { FrameworkRef, RELATIONSHIPS } from "../catalogs/catalog-schema.js";
import { PageQuery } from "./common.js";

export const CoverageQuery = PageQuery.extend({
  framework: FrameworkRef,
  status: z.enum(["full", "partial", "none"]).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(200),
});

const Step = z.object({
  from: z.string(),
  to: z.string(),
  relationship: z.enum(RELATIONSHIPS),
  crosswalk: z.string(),
});

export const CoverageSourceView = z.object({
  controlId: z.string(),
  controlCode: z.string(),
  controlTitle: z.string(),
  linkedTo: z.string(),
  linkCoverage: z.enum(["full", "partial"]),
  path: z.array(Step),
  strength: z.enum(["full", "partial"]),
  explanation: z.string(),
});

export const RequirementCoverageView = z.object({
  key: z.string(),
  id: z.string(),
  title: z.string(),
  assessable: z.boolean(),
  status: z.enum(["full", "partial", "none"]),
  sourceCount: z.number().int(),
  /** The strongest, shortest explanations first (at most 20). */
  sources: z.array(CoverageSourceView),
});
export type RequirementCoverageView = z.infer<typeof RequirementCoverageView>;

export const FrameworkScoreView = z.object({
  frameworkRef: z.string(),
  name: z.string(),
  assessable: z.number().int(),
  full: z.number().int(),
  partial: z.number().int(),
  none: z.number().int(),
  fullShare: z.number(),
  partialShare: z.number(),
});
export const CoverageSummary = z.object({
  frameworks: z.array(FrameworkScoreView),
  controlCount: z.number().int(),
  implementedCount: z.number().int(),
});
