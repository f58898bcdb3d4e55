import { z } from "zod";
import { SOA_DECISION_SOURCES, SOA_IMPLEMENTATION_STATUSES, SOA_REASON_KINDS } from "../soa/soa-types.js";
import { SOA_PROBLEM_CODES } from "../soa/soa-checks.js";
import { SOA_WARNING_CODES } from "../soa/soa-evidence.js";
import { EVIDENCE_STATES } from "../evidence/evidence-state.js";
import { IMPLEMENTATION_STATUSES } from "../coverage/coverage.js";
import { ApprovalView } from "./intake.js";
import { IsoDateTime, LongText, PageQuery, SafeString, ShortText, Uuid, Version } from "./common.js";

export const SOA_VERSION_STATUSES = ["in_review", "approved", "rejected"] as const;

export const SoaReasonView = z.object({
  kind: z.enum(SOA_REASON_KINDS),
  ref: ShortText(300),
  label: LongText(500).default(""),
  note: LongText(2000).default(""),
});

export const SoaProposalView = z.object({
  applicable: z.boolean().nullable(),
  reasons: z.array(SoaReasonView),
  missingReasons: z.array(SoaReasonView),
  message: z.string(),
});

/** One Annex A control in the SoA (ISO/IEC 42001 6.1.3 d–e). */
export const SoaEntryView = z.object({
  controlKey: z.string(),
  /** "A.6.2.4" */
  controlId: z.string(),
  title: z.string(),
  /** Annex A topic, e.g. "A.6", and its title. */
  theme: z.string(),
  themeTitle: z.string(),
  /** null: not decided yet. */
  applicable: z.boolean().nullable(),
  decisionSource: z.enum(SOA_DECISION_SOURCES).nullable(),
  reasons: z.array(SoaReasonView),
  exclusionJustification: z.string(),
  implementationStatus: z.enum(SOA_IMPLEMENTATION_STATUSES),
  notes: z.string(),
  /** The organization's controls linked to this Annex A requirement. */
  controls: z.array(
    z.object({
      id: Uuid,
      key: z.string(),
      code: z.string(),
      title: z.string(),
      implementationStatus: z.enum(IMPLEMENTATION_STATUSES),
    }),
  ),
  /** Risks whose treatment relies on the control, directly or through an organization control (at most 50). */
  risks: z.array(z.object({ id: Uuid, key: z.string(), title: z.string() })),
  riskCount: z.number().int(),
  /**
   * Evidence of implementation, linked to this Annex A requirement (`direct`) or to the controls
   * above (`controls`, by code), with its state on the day read (frozen in an issued version).
   */
  evidence: z.array(
    z.object({
      id: Uuid,
      key: z.string(),
      title: z.string(),
      state: z.enum(EVIDENCE_STATES),
      effectiveOn: z.string().nullable(),
      validUntil: z.string().nullable(),
      direct: z.boolean(),
      controls: z.array(z.string()),
    }),
  ),
  /** What the last derivation suggests where it disagrees with a manual decision. */
  proposal: SoaProposalView.nullable(),
  version: z.number().int(),
  updatedAt: IsoDateTime.nullable(),
  updatedBy: Uuid.nullable(),
});
export type SoaEntryView = z.infer<typeof SoaEntryView>;

export const SoaSummaryView = z.object({
  total: z.number().int(),
  applicable: z.number().int(),
  excluded: z.number().int(),
  undecided: z.number().int(),
  implemented: z.number().int(),
  excludedWithoutJustification: z.number().int(),
  applicableWithoutReason: z.number().int(),
});

export const SoaProblemView = z.object({
  controlKey: z.string(),
  controlId: z.string(),
  code: z.enum(SOA_PROBLEM_CODES),
  message: z.string(),
});

/** Worth fixing but not blocking: e.g. an implemented control whose evidence is all stale. */
export const SoaWarningView = z.object({
  controlKey: z.string(),
  controlId: z.string(),
  code: z.enum(SOA_WARNING_CODES),
  message: z.string(),
});

export const SoaView = z.object({
  items: z.array(SoaEntryView),
  /** Entries matching the filters (the SoA has one per Annex A control). */
  total: z.number().int(),
  /** Summary and problems of the whole SoA, whatever the filters. */
  summary: SoaSummaryView,
  problems: z.array(SoaProblemView),
  warnings: z.array(SoaWarningView),
  latestVersion: z.object({ number: z.number().int(), status: z.enum(SOA_VERSION_STATUSES) }).nullable(),
});
export type SoaView = z.infer<typeof SoaView>;

export const SoaListQuery = z.object({
  theme: SafeString(20).optional(),
  applicable: z.enum(["true", "false", "undecided"]).optional(),
  status: z.enum(SOA_IMPLEMENTATION_STATUSES).optional(),
  reasonKind: z.enum(SOA_REASON_KINDS).optional(),
  q: SafeString(200).optional(),
});
export type SoaListQuery = z.infer<typeof SoaListQuery>;

export const SoaEntryParams = z.object({ controlId: SafeString(40) });

/** A change to one entry; sending applicable, reasons or the justification makes it a manual decision. */
export const UpdateSoaEntry = z
  .object({
    version: Version,
    applicable: z.boolean().nullable().optional(),
    reasons: z.array(SoaReasonView).max(100).optional(),
    exclusionJustification: LongText(4000).optional(),
    implementationStatus: z.enum(SOA_IMPLEMENTATION_STATUSES).optional(),
    notes: LongText(4000).optional(),
  })
  .strict();
export type UpdateSoaEntry = z.infer<typeof UpdateSoaEntry>;

export const SoaDeriveResult = z.object({
  decided: z.number().int(),
  updated: z.number().int(),
  reverted: z.number().int(),
  proposals: z.number().int(),
  changes: z.array(
    z.object({
      controlId: z.string(),
      title: z.string(),
      change: z.enum(["decided", "updated", "reverted", "proposal"]),
    }),
  ),
  /** Sources the draft could not use, said plainly (e.g. parties not linked to Annex A). */
  notes: z.array(z.string()),
});
export type SoaDeriveResult = z.infer<typeof SoaDeriveResult>;

export const IssueSoaVersion = z.object({ note: LongText(2000).default("") });

/** An issued SoA: frozen entries and the approval that decides it. */
export const SoaVersionView = z.object({
  number: z.number().int(),
  status: z.enum(SOA_VERSION_STATUSES),
  note: z.string(),
  entries: z.array(SoaEntryView),
  summary: SoaSummaryView,
  approval: ApprovalView.nullable(),
  createdAt: IsoDateTime,
  createdBy: Uuid.nullable(),
  decidedAt: IsoDateTime.nullable(),
});
export type SoaVersionView = z.infer<typeof SoaVersionView>;
export const SoaVersionListItem = SoaVersionView.omit({ entries: true });
export type SoaVersionListItem = z.infer<typeof SoaVersionListItem>;

export const SoaVersionParams = z.object({ number: z.coerce.number().int().min(1).max(1_000_000) });
export const SoaVersionListQuery = PageQuery;

/** Compare two issued versions, or a version with the working copy (`to=working`). */
export const SoaCompareQuery = z.object({
  from: z.coerce.number().int().min(1).max(1_000_000),
  to: z.union([z.literal("working"), z.coerce.number().int().min(1).max(1_000_000)]).default("working"),
});

const Change = <T extends z.ZodType>(t: T) => z.object({ from: t, to: t }).nullable();
export const SoaEntryDiffView = z.object({
  controlKey: z.string(),
  controlId: z.string(),
  title: z.string(),
  applicable: Change(z.boolean().nullable()),
  reasonsAdded: z.array(SoaReasonView),
  reasonsRemoved: z.array(SoaReasonView),
  exclusionJustification: Change(z.string()),
  implementationStatus: Change(z.string()),
  notes: Change(z.string()),
  controlsAdded: z.array(z.string()),
  controlsRemoved: z.array(z.string()),
});
export const SoaComparison = z.object({
  from: z.object({ number: z.number().int(), label: z.string() }),
  to: z.object({ number: z.number().int().nullable(), label: z.string() }),
  changes: z.array(SoaEntryDiffView),
  total: z.number().int(),
});
export type SoaComparison = z.infer<typeof SoaComparison>;
