import { z } from "zod";
import { FrameworkRef, RELATIONSHIPS } from "../catalogs/catalog-schema.js";
import { PageQuery } from "./common.js";

export const CoverageQuery = PageQuery.extend({
  framework: FrameworkRef,
  status: z.enum(["full", "partial", "none"]).optional(),
  /** "true": only requirements stale evidence holds below what their controls claim. */
  heldBack: z.enum(["true", "false"]).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(200),
});

const Step = z.object({
  from: z.string(),
  to: z.string(),
  relationship: z.enum(RELATIONSHIPS),
  crosswalk: z.string(),
});

const Status = z.enum(["full", "partial", "none"]);

/** Evidence that does not count on the day of the computation, and why in words. */
export const StaleEvidenceView = z.object({
  key: z.string(),
  title: z.string(),
  effectiveOn: z.string().nullable(),
  validUntil: z.string().nullable(),
  state: z.enum(["expired", "not_yet_effective"]),
  reason: z.string(),
});

/** The evidence of a control or requirement: none linked, at least one item counts, or none counts. */
export const EvidenceSummaryView = z.object({
  standing: z.enum(["none", "current", "stale"]),
  stale: z.array(StaleEvidenceView),
  /** Keys of the items that count. */
  current: z.array(z.string()),
});

/** Why stale evidence keeps a requirement below what its controls claim (ISO/IEC 42001 9.1). */
export const CoverageLimitView = z.object({
  kind: z.enum(["control_evidence", "requirement_evidence"]),
  control: z.object({ id: z.string(), code: z.string(), title: z.string() }).nullable(),
  from: z.enum(["full", "partial"]),
  to: Status,
  evidence: z.array(StaleEvidenceView),
  message: z.string(),
});

export const CoverageSourceView = z.object({
  controlId: z.string(),
  controlCode: z.string(),
  controlTitle: z.string(),
  linkedTo: z.string(),
  linkCoverage: z.enum(["full", "partial"]),
  path: z.array(Step),
  /** What the source contributes once its evidence is weighed. */
  strength: z.enum(["full", "partial"]),
  /** What the control's status and link alone would contribute. */
  claimed: z.enum(["full", "partial"]),
  evidence: EvidenceSummaryView,
  explanation: z.string(),
});

export const RequirementCoverageView = z.object({
  key: z.string(),
  id: z.string(),
  title: z.string(),
  assessable: z.boolean(),
  status: Status,
  /** The status if every linked evidence counted. */
  potential: Status,
  sourceCount: z.number().int(),
  /** The strongest, shortest explanations first (at most 20). */
  sources: z.array(CoverageSourceView),
  /** Evidence linked to the requirement itself. */
  evidence: EvidenceSummaryView,
  /** Why stale evidence holds the status below `potential`. */
  limitedBy: z.array(CoverageLimitView),
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
  /** Assessable requirements stale evidence keeps below what their controls claim. */
  heldBack: z.number().int(),
});
export const CoverageSummary = z.object({
  frameworks: z.array(FrameworkScoreView),
  controlCount: z.number().int(),
  implementedCount: z.number().int(),
});
