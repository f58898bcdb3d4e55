// Contracts of the AIMS context (ISO/IEC 42001 4.1–4.3, 6.1.1, 6.2).
import { z } from "zod";
import {
  IsoDateTime,
  LongText,
  PageQuery,
  patchOf,
  SafeString,
  ShortText,
  SortOrder,
  Uuid,
  Version,
} from "./common.js";

// The pure rules of this feature, re-exported so server and web reach them through "@openaims/core".
export * from "../context/objective-progress.js";
export * from "../context/scope-diff.js";

export const ISSUE_KINDS = ["internal", "external"] as const;
export const ISSUE_CATEGORIES = [
  "legal",
  "regulatory",
  "technical",
  "social",
  "economic",
  "environmental",
  "organizational",
  "ethical",
  "other",
] as const;
export const ISSUE_STATUSES = ["open", "monitored", "closed"] as const;
export const PARTY_CATEGORIES = [
  "customer",
  "regulator",
  "employee",
  "affected_person",
  "supplier",
  "investor",
  "partner",
  "public",
  "other",
] as const;
/** ISO/IEC 22989 5.19 AI stakeholder roles the organization holds (ISO/IEC 42001 4.1 note). */
export const ORGANIZATION_ROLES = [
  "provider",
  "producer",
  "customer",
  "partner",
  "subject",
  "authority",
] as const;
export const OBJECTIVE_STATUSES = [
  "not_started",
  "on_track",
  "at_risk",
  "achieved",
  "missed",
  "cancelled",
] as const;
export const SCOPE_STATUSES = ["draft", "approved", "superseded"] as const;

/** A calendar date, YYYY-MM-DD. */
/**
 * A calendar day a record may carry: years 1900–2999. A bare ISO date lets `0000-01-01` through,
 * which PostgreSQL refuses (a 500), and years below 1000 break date arithmetic (`addMonths`).
 */
export const FIRST_RECORD_DAY = "1900-01-01";
export const LAST_RECORD_DAY = "2999-12-31";
export const IsoDate = z.iso
  .date({ message: "must be a date YYYY-MM-DD" })
  .refine(
    (d) => d >= FIRST_RECORD_DAY && d <= LAST_RECORD_DAY,
    `must be between ${FIRST_RECORD_DAY} and ${LAST_RECORD_DAY}`,
  );
/** A catalog key of an ISO/IEC 42001 Annex C.2 objective, e.g. `iso-iec-42001:2023/C.2.fairness`. */
export const AnnexCObjectiveKey = SafeString(200).min(3);
const Timestamps = { createdAt: IsoDateTime, updatedAt: IsoDateTime, version: z.number().int() };
const unique = <T>(list: readonly T[]) => new Set(list).size === list.length;

// ── 4.1 Internal and external issues ─────────────────────────────────────────────────────────────
const IssueFields = {
  kind: z.enum(ISSUE_KINDS),
  category: z.enum(ISSUE_CATEGORIES),
  title: ShortText(),
  description: LongText(5000),
  threatenedObjectives: z.array(AnnexCObjectiveKey).max(20).refine(unique, "must not repeat an objective"),
  status: z.enum(ISSUE_STATUSES),
  businessUnitId: Uuid.nullable(),
};
export const ContextIssue = z.object({ id: Uuid, key: z.string(), ...IssueFields, ...Timestamps });
export type ContextIssue = z.infer<typeof ContextIssue>;

export const CreateContextIssue = z.object({
  ...IssueFields,
  description: IssueFields.description.default(""),
  threatenedObjectives: IssueFields.threatenedObjectives.default([]),
  status: IssueFields.status.default("open"),
  businessUnitId: IssueFields.businessUnitId.default(null),
});
export type CreateContextIssue = z.input<typeof CreateContextIssue>;

export const UpdateContextIssue = z.object(IssueFields).partial().extend({ version: Version }).strict();
export type UpdateContextIssue = z.infer<typeof UpdateContextIssue>;

export const ContextIssueListQuery = PageQuery.extend({
  sort: z.enum(["key", "title", "createdAt", "status"]).default("key"),
  q: SafeString(200).optional(),
  kind: z.enum(ISSUE_KINDS).optional(),
  category: z.enum(ISSUE_CATEGORIES).optional(),
  status: z.enum(ISSUE_STATUSES).optional(),
  businessUnitId: Uuid.optional(),
});
export type ContextIssueListQuery = z.infer<typeof ContextIssueListQuery>;

// ── 4.2 Interested parties ───────────────────────────────────────────────────────────────────────
/** A catalog key of an ISO/IEC 42001 Annex A control, e.g. `iso-iec-42001:2023/A.8.3` (the server checks it). */
export const AnnexAControlKey = SafeString(200).min(3);
/** At most the 38 Annex A controls, none twice. */
const AnnexALinks = z.array(AnnexAControlKey).max(38).refine(unique, "must not repeat an Annex A control");

export const PartyRequirement = z.object({
  id: Uuid,
  text: ShortText(2000),
  addressed: z.boolean(),
  how: LongText(2000),
  /** Annex A controls the requirement calls for; they justify those controls in the SoA (6.1.3 d). */
  annexA: AnnexALinks,
});
export type PartyRequirement = z.infer<typeof PartyRequirement>;
/** On input the id is generated when missing; `how` says how the AIMS addresses it (4.2 c). */
export const PartyRequirementInput = PartyRequirement.extend({
  id: Uuid.optional(),
  addressed: z.boolean().default(false),
  how: LongText(2000).default(""),
  annexA: AnnexALinks.default([]),
});
/**
 * A requirement in a PATCH: `annexA` left out keeps the links stored under the same id (no default,
 * so an older client that does not know the field cannot wipe them).
 */
export const PartyRequirementPatch = PartyRequirementInput.extend({ annexA: AnnexALinks.optional() });
const uniqueIds = (list: readonly { id?: string | undefined }[]) =>
  unique(list.flatMap((r) => (r.id ? [r.id] : [])));
const PartyRequirements = z
  .array(PartyRequirementInput)
  .max(200)
  .refine(uniqueIds, "requirement ids must be unique");

const PartyFields = {
  name: ShortText(),
  category: z.enum(PARTY_CATEGORIES),
  description: LongText(5000),
};
export const InterestedParty = z.object({
  id: Uuid,
  key: z.string(),
  ...PartyFields,
  requirements: z.array(PartyRequirement),
  requirementsAddressed: z.number().int(),
  requirementsOpen: z.number().int(),
  ...Timestamps,
});
export type InterestedParty = z.infer<typeof InterestedParty>;

export const CreateInterestedParty = z.object({
  ...PartyFields,
  description: PartyFields.description.default(""),
  requirements: PartyRequirements.default([]),
});
export type CreateInterestedParty = z.input<typeof CreateInterestedParty>;

export const UpdateInterestedParty = patchOf(
  z.object({
    ...PartyFields,
    requirements: z.array(PartyRequirementPatch).max(200).refine(uniqueIds, "requirement ids must be unique"),
  }),
)
  .extend({ version: Version })
  .strict();
export type UpdateInterestedParty = z.infer<typeof UpdateInterestedParty>;

export const InterestedPartyListQuery = PageQuery.extend({
  sort: z.enum(["name", "key", "createdAt"]).default("name"),
  q: SafeString(200).optional(),
  category: z.enum(PARTY_CATEGORIES).optional(),
});
export type InterestedPartyListQuery = z.infer<typeof InterestedPartyListQuery>;

// ── AI roles and risk appetite (4.1, 6.1.1) ──────────────────────────────────────────────────────
export const AimsProfile = z.object({
  /** Shown to vendors in the questionnaire portal and invitations; empty until set. */
  organizationName: z.string(),
  organizationRoles: z.array(z.enum(ORGANIZATION_ROLES)),
  riskAppetite: z.string(),
  version: z.number().int(),
  updatedAt: IsoDateTime,
  updatedBy: Uuid.nullable(),
});
export type AimsProfile = z.infer<typeof AimsProfile>;

export const UpdateAimsProfile = z
  .object({
    version: Version,
    /** Left out: unchanged. */
    organizationName: SafeString(200).optional(),
    organizationRoles: z.array(z.enum(ORGANIZATION_ROLES)).max(6).refine(unique, "must not repeat a role"),
    riskAppetite: LongText(10_000),
  })
  .strict();
export type UpdateAimsProfile = z.infer<typeof UpdateAimsProfile>;

// ── 6.2 AI objectives ────────────────────────────────────────────────────────────────────────────
const ObjectiveFields = {
  title: ShortText(),
  description: LongText(5000),
  annexCObjective: AnnexCObjectiveKey.nullable(),
  measure: ShortText(500),
  baseline: z.number().nullable(),
  target: z.number(),
  unit: SafeString(40),
  ownerId: Uuid.nullable(),
  dueDate: IsoDate.nullable(),
  status: z.enum(OBJECTIVE_STATUSES),
};
export const Objective = z.object({
  id: Uuid,
  key: z.string(),
  ...ObjectiveFields,
  currentValue: z.number().nullable(),
  progress: z.object({ share: z.number().min(0).max(1).nullable(), isOverdue: z.boolean() }),
  ...Timestamps,
});
export type Objective = z.infer<typeof Objective>;

export const CreateObjective = z.object({
  ...ObjectiveFields,
  description: ObjectiveFields.description.default(""),
  annexCObjective: ObjectiveFields.annexCObjective.default(null),
  baseline: ObjectiveFields.baseline.default(null),
  unit: ObjectiveFields.unit.default(""),
  ownerId: ObjectiveFields.ownerId.default(null),
  dueDate: ObjectiveFields.dueDate.default(null),
  status: ObjectiveFields.status.default("not_started"),
});
export type CreateObjective = z.input<typeof CreateObjective>;

export const UpdateObjective = z.object(ObjectiveFields).partial().extend({ version: Version }).strict();
export type UpdateObjective = z.infer<typeof UpdateObjective>;

export const ObjectiveListQuery = PageQuery.extend({
  sort: z.enum(["key", "title", "dueDate", "status", "createdAt"]).default("key"),
  q: SafeString(200).optional(),
  status: z.enum(OBJECTIVE_STATUSES).optional(),
  ownerId: Uuid.optional(),
  annexCObjective: AnnexCObjectiveKey.optional(),
});
export type ObjectiveListQuery = z.infer<typeof ObjectiveListQuery>;

export const RecordObjectiveProgress = z
  .object({ value: z.number(), note: LongText(2000).default("") })
  .strict();
export type RecordObjectiveProgress = z.input<typeof RecordObjectiveProgress>;

export const ObjectiveProgressEntry = z.object({
  id: Uuid,
  objectiveId: Uuid,
  at: IsoDateTime,
  value: z.number(),
  note: z.string(),
  recordedBy: Uuid.nullable(),
});
export type ObjectiveProgressEntry = z.infer<typeof ObjectiveProgressEntry>;
export const ObjectiveProgressRecorded = z.object({ entry: ObjectiveProgressEntry, objective: Objective });

/** History newest first unless asked otherwise. */
export const ObjectiveProgressQuery = PageQuery.extend({ order: SortOrder.default("desc") });

// ── 4.3 Scope ────────────────────────────────────────────────────────────────────────────────────
export const ScopeExclusion = z.object({
  item: ShortText(500),
  justification: ShortText(2000),
});
export type ScopeExclusion = z.infer<typeof ScopeExclusion>;

const ScopeFields = {
  description: LongText(10_000),
  businessUnitIds: z.array(Uuid).max(1000).refine(unique, "must not repeat a business unit"),
  aiSystemIds: z.array(Uuid).max(10_000).refine(unique, "must not repeat an AI system"),
  exclusions: z
    .array(ScopeExclusion)
    .max(200)
    .refine((l) => unique(l.map((e) => e.item.toLowerCase())), "must not repeat an excluded item"),
  boundaries: LongText(10_000),
  reassessBy: IsoDate.nullable(),
};
export const ScopeVersion = z.object({
  id: Uuid,
  number: z.number().int(),
  status: z.enum(SCOPE_STATUSES),
  ...ScopeFields,
  createdBy: Uuid.nullable(),
  approvedBy: Uuid.nullable(),
  approvedAt: IsoDateTime.nullable(),
  ...Timestamps,
});
export type ScopeVersion = z.infer<typeof ScopeVersion>;

/** A new draft, empty or copied from the approved version (`from: "current"`). */
export const CreateScopeVersion = z.object({ from: z.enum(["empty", "current"]).default("empty") }).strict();
export type CreateScopeVersion = z.input<typeof CreateScopeVersion>;

export const UpdateScopeVersion = z.object(ScopeFields).partial().extend({ version: Version }).strict();
export type UpdateScopeVersion = z.infer<typeof UpdateScopeVersion>;

/** The approver names the version they reviewed, so an edit made meanwhile is not approved unseen. */
export const ApproveScopeVersion = z.object({ version: Version }).strict();

export const ScopeVersionListQuery = PageQuery.extend({
  order: SortOrder.default("desc"),
  status: z.enum(SCOPE_STATUSES).optional(),
});
export type ScopeVersionListQuery = z.infer<typeof ScopeVersionListQuery>;

export const ScopeCompareQuery = z.object({ a: Uuid, b: Uuid });

const EntityRef = z.object({ id: Uuid, key: z.string().nullable(), name: z.string().nullable() });
const RefDiff = z.object({ added: z.array(EntityRef), removed: z.array(EntityRef) });
const ScopeVersionRef = z.object({ id: Uuid, number: z.number().int(), status: z.enum(SCOPE_STATUSES) });
export const ScopeComparison = z.object({
  a: ScopeVersionRef,
  b: ScopeVersionRef,
  businessUnits: RefDiff,
  aiSystems: RefDiff,
  exclusions: z.object({
    added: z.array(ScopeExclusion),
    removed: z.array(ScopeExclusion),
    changed: z.array(z.object({ item: z.string(), before: z.string(), after: z.string() })),
  }),
  changedFields: z.array(
    z.object({
      field: z.enum(["description", "boundaries", "reassessBy"]),
      before: z.string().nullable(),
      after: z.string().nullable(),
    }),
  ),
  isSame: z.boolean(),
});
export type ScopeComparison = z.infer<typeof ScopeComparison>;
