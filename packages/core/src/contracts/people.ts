// Contracts of roles, the RACI matrix and competence (ISO/IEC 42001 5.3, 7.2, A.3.2, A.4.6; EU AI Act Art. 4).
import { z } from "zod";
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
import { IsoDate } from "./context.js";
import { RecordDay } from "./evidence.js";
import {
  AI_LITERACY_POPULATIONS,
  COMPETENCE_STATUSES,
  RACI_ASSIGNEE_TYPES,
  RACI_SUBJECT_TYPES,
  RACI_WARNING_CODES,
  RESPONSIBILITIES,
} from "../people/index.js";

const Timestamps = { createdAt: IsoDateTime, updatedAt: IsoDateTime, version: z.number().int() };
const unique = <T>(list: readonly T[]) => new Set(list).size === list.length;
const UniqueIds = (max: number, what: string) =>
  z.array(Uuid).max(max).refine(unique, `must not repeat a ${what}`);

/** A person as the people feature shows them (name only: viewers may not read user accounts). */
export const PersonRef = z.object({ id: Uuid, name: z.string(), isActive: z.boolean() });
export type PersonRef = z.infer<typeof PersonRef>;
export const OrgRoleRef = z.object({ id: Uuid, key: z.string(), name: z.string() });
export type OrgRoleRef = z.infer<typeof OrgRoleRef>;
export const CompetenceRef = z.object({
  id: Uuid,
  key: z.string(),
  name: z.string(),
  aiLiteracy: z.boolean(),
});
export type CompetenceRef = z.infer<typeof CompetenceRef>;
export const CompetenceStatusSchema = z.enum(COMPETENCE_STATUSES);
export const StatusCounts = z.object({
  met: z.number().int(),
  expiring: z.number().int(),
  expired: z.number().int(),
  missing: z.number().int(),
});

// ── Organization roles (5.3, A.3.2) ──────────────────────────────────────────────────────────────
const OrgRoleFields = {
  name: ShortText(120),
  description: LongText(2000).default(""),
};
export const OrgRole = z.object({
  id: Uuid,
  key: z.string(),
  name: z.string(),
  description: z.string(),
  members: z.array(PersonRef),
  /** Competences the role requires (7.2 a). */
  competences: z.array(CompetenceRef),
  ...Timestamps,
});
export type OrgRole = z.infer<typeof OrgRole>;

export const CreateOrgRole = z
  .object({ ...OrgRoleFields, memberIds: UniqueIds(200, "member").default([]) })
  .strict();
export type CreateOrgRole = z.input<typeof CreateOrgRole>;
export const UpdateOrgRole = patchOf(z.object(OrgRoleFields)).extend({ version: Version }).strict();
export type UpdateOrgRole = z.infer<typeof UpdateOrgRole>;
export const OrgRoleListQuery = PageQuery.extend({
  sort: z.enum(["key", "name"]).default("name"),
  q: SafeString(200).optional(),
});
export type OrgRoleListQuery = z.infer<typeof OrgRoleListQuery>;
export const OrgRoleMemberBody = z.object({ userId: Uuid }).strict();
export const OrgRoleMemberParams = z.object({ id: Uuid, userId: Uuid });
/** Replaces the competences a role requires; sends the role's version (no lost updates). */
export const SetRoleCompetences = z
  .object({ competenceIds: UniqueIds(200, "competence"), version: Version })
  .strict();
export type SetRoleCompetences = z.infer<typeof SetRoleCompetences>;

/** Deleting a role, competence or training record names the version read (409 when it moved on). */
export const VersionQuery = z.object({ version: z.coerce.number().int().min(1) });

// ── RACI matrix ──────────────────────────────────────────────────────────────────────────────────
export const ResponsibilitySchema = z.enum(RESPONSIBILITIES);
export const RaciSubjectTypeSchema = z.enum(RACI_SUBJECT_TYPES);
export const RaciAssigneeTypeSchema = z.enum(RACI_ASSIGNEE_TYPES);

export const RaciCell = z.object({
  assigneeType: RaciAssigneeTypeSchema,
  assigneeId: Uuid,
  responsibility: ResponsibilitySchema,
});
export type RaciCell = z.infer<typeof RaciCell>;
export const RaciWarningSchema = z.object({ code: z.enum(RACI_WARNING_CODES), message: z.string() });

/** A column of the matrix: a role, or a person assigned directly. */
export const RaciColumn = z.object({
  assigneeType: RaciAssigneeTypeSchema,
  assigneeId: Uuid,
  name: z.string(),
  /** The role's key (ROLE-3); null for a person. */
  key: z.string().nullable(),
  isActive: z.boolean(),
  /** How many hold the role; null for a person. */
  memberCount: z.number().int().nullable(),
});
export type RaciColumn = z.infer<typeof RaciColumn>;

export const RaciRow = z.object({
  subjectType: RaciSubjectTypeSchema,
  /** The process code or the AI system id. */
  subjectId: z.string(),
  /** The process's clause (6.1.2) or the AI system's key (AIS-4). */
  label: z.string(),
  name: z.string(),
  businessUnitId: Uuid.nullable(),
  cells: z.array(RaciCell),
  warnings: z.array(RaciWarningSchema),
});
export type RaciRow = z.infer<typeof RaciRow>;

/** Rows (processes first, then AI systems) with the columns they use and every organization role. */
export const RaciMatrix = z.object({
  items: z.array(RaciRow),
  total: z.number().int(),
  columns: z.array(RaciColumn),
});
export type RaciMatrix = z.infer<typeof RaciMatrix>;

export const RaciMatrixQuery = PageQuery.extend({
  subjectType: RaciSubjectTypeSchema.optional(),
  /** AI systems of this business unit (processes are organization-wide and stay). */
  businessUnitId: Uuid.optional(),
  q: SafeString(200).optional(),
});
export type RaciMatrixQuery = z.infer<typeof RaciMatrixQuery>;

/** Sets the letters of one cell (idempotent: the cell then holds exactly these). */
export const SetRaciCell = z
  .object({
    subjectType: RaciSubjectTypeSchema,
    subjectId: SafeString(100).min(1, "must not be empty"),
    assigneeType: RaciAssigneeTypeSchema,
    assigneeId: Uuid,
    responsibilities: z.array(ResponsibilitySchema).max(4).refine(unique, "must not repeat a letter"),
  })
  .strict();
export type SetRaciCell = z.infer<typeof SetRaciCell>;

export const RaciVia = z.discriminatedUnion("type", [
  z.object({ type: z.literal("direct") }),
  z.object({ type: z.literal("role"), role: OrgRoleRef }),
]);
export const PersonRaciItem = z.object({
  subjectType: RaciSubjectTypeSchema,
  subjectId: z.string(),
  label: z.string(),
  name: z.string(),
  responsibility: ResponsibilitySchema,
  via: RaciVia,
});
export type PersonRaciItem = z.infer<typeof PersonRaciItem>;
/** What one person is Responsible, Accountable, Consulted or Informed for, directly or through roles. */
export const PersonRaci = z.object({
  user: PersonRef,
  roles: z.array(OrgRoleRef),
  items: z.array(PersonRaciItem),
  total: z.number().int(),
  counts: z.object({ R: z.number().int(), A: z.number().int(), C: z.number().int(), I: z.number().int() }),
});
export type PersonRaci = z.infer<typeof PersonRaci>;
export const PersonRaciQuery = PageQuery.extend({ responsibility: ResponsibilitySchema.optional() });
export type PersonRaciQuery = z.infer<typeof PersonRaciQuery>;
export const UserIdParams = z.object({ userId: Uuid });

// ── Competences (7.2, A.4.6, EU AI Act Art. 4) ───────────────────────────────────────────────────
const CompetenceFields = {
  name: ShortText(120),
  description: LongText(2000).default(""),
  /** Counts toward AI literacy (EU AI Act Art. 4). */
  aiLiteracy: z.boolean().default(false),
  /** How long training holds when a record gives no expiry; null = it does not expire. */
  validityMonths: z.number().int().min(1).max(120).nullable().default(null),
};
export const Competence = z.object({
  id: Uuid,
  key: z.string(),
  name: z.string(),
  description: z.string(),
  aiLiteracy: z.boolean(),
  validityMonths: z.number().int().nullable(),
  /** How many roles require it. */
  requiredByRoles: z.number().int(),
  ...Timestamps,
});
export type Competence = z.infer<typeof Competence>;
export const CreateCompetence = z.object(CompetenceFields).strict();
export type CreateCompetence = z.input<typeof CreateCompetence>;
export const UpdateCompetence = patchOf(z.object(CompetenceFields)).extend({ version: Version }).strict();
export type UpdateCompetence = z.infer<typeof UpdateCompetence>;
export const CompetenceListQuery = PageQuery.extend({
  sort: z.enum(["key", "name"]).default("name"),
  q: SafeString(200).optional(),
  aiLiteracy: QueryBoolean.optional(),
});
export type CompetenceListQuery = z.infer<typeof CompetenceListQuery>;

// ── Training records (7.2 d: evidence of competence) ─────────────────────────────────────────────
const TrainingFields = {
  userId: Uuid,
  competenceId: Uuid,
  course: ShortText(200),
  completedOn: RecordDay,
  /** The last day it holds; left empty, the competence's validity decides. */
  expiresOn: RecordDay.nullable().default(null),
  evidenceId: Uuid.nullable().default(null),
  note: LongText(2000).default(""),
};
const expiryAfterCompletion = (r: { completedOn?: string; expiresOn?: string | null }) =>
  !r.completedOn || !r.expiresOn || r.expiresOn >= r.completedOn;
export const EXPIRY_BEFORE_COMPLETION = "must not be before the completion date";

export const TrainingRecord = z.object({
  id: Uuid,
  user: PersonRef,
  competence: CompetenceRef,
  course: z.string(),
  completedOn: IsoDate,
  /** As recorded. */
  expiresOn: IsoDate.nullable(),
  /** As it counts: the recorded expiry, else completion plus the competence's validity. */
  effectiveExpiresOn: IsoDate.nullable(),
  status: z.enum(["met", "expiring", "expired"]),
  evidenceId: Uuid.nullable(),
  /** The linked evidence, when the reader may see it (evidence of other business units stays hidden). */
  evidence: z.object({ id: Uuid, key: z.string(), title: z.string() }).nullable(),
  note: z.string(),
  ...Timestamps,
});
export type TrainingRecord = z.infer<typeof TrainingRecord>;
export const CreateTrainingRecord = z
  .object(TrainingFields)
  .strict()
  .refine(expiryAfterCompletion, { path: ["expiresOn"], message: EXPIRY_BEFORE_COMPLETION });
export type CreateTrainingRecord = z.input<typeof CreateTrainingRecord>;
export const UpdateTrainingRecord = patchOf(z.object(TrainingFields))
  .extend({ version: Version })
  .strict()
  .refine(expiryAfterCompletion, { path: ["expiresOn"], message: EXPIRY_BEFORE_COMPLETION });
export type UpdateTrainingRecord = z.infer<typeof UpdateTrainingRecord>;
export const TrainingRecordListQuery = PageQuery.extend({
  order: z.enum(["asc", "desc"]).default("desc"),
  sort: z.enum(["completedOn", "course"]).default("completedOn"),
  userId: Uuid.optional(),
  competenceId: Uuid.optional(),
  q: SafeString(200).optional(),
});
export type TrainingRecordListQuery = z.infer<typeof TrainingRecordListQuery>;

// ── Gaps and AI literacy ─────────────────────────────────────────────────────────────────────────
export const PersonCompetenceItem = z.object({
  competence: CompetenceRef,
  requiredBy: z.array(OrgRoleRef),
  status: CompetenceStatusSchema,
  expiresOn: IsoDate.nullable(),
  recordId: Uuid.nullable(),
});
export type PersonCompetenceItem = z.infer<typeof PersonCompetenceItem>;
/** One person's required competences and where they stand (7.2: gaps to act on). */
export const PersonGaps = z.object({
  user: PersonRef,
  roles: z.array(OrgRoleRef),
  items: z.array(PersonCompetenceItem),
  counts: StatusCounts,
});
export type PersonGaps = z.infer<typeof PersonGaps>;
/** Without `userId`: every person holding a role, by name; with it: that person alone. */
export const CompetenceGapsQuery = PageQuery.extend({
  userId: Uuid.optional(),
  roleId: Uuid.optional(),
  q: SafeString(200).optional(),
});
export type CompetenceGapsQuery = z.infer<typeof CompetenceGapsQuery>;

export const RoleCompetenceSummary = z.object({
  role: OrgRoleRef,
  competences: z.array(CompetenceRef),
  members: z.array(z.object({ user: PersonRef, statuses: z.record(z.string(), CompetenceStatusSchema) })),
  counts: StatusCounts,
  membersComplete: z.number().int(),
});
export type RoleCompetenceSummary = z.infer<typeof RoleCompetenceSummary>;
export const RoleCompetenceQuery = PageQuery.extend({ q: SafeString(200).optional() });
export type RoleCompetenceQuery = z.infer<typeof RoleCompetenceQuery>;

export const AiLiteracyPopulationSchema = z.enum(AI_LITERACY_POPULATIONS);
export const AiLiteracyQuery = PageQuery.extend({
  population: AiLiteracyPopulationSchema.default("role_holders"),
});
export type AiLiteracyQuery = z.infer<typeof AiLiteracyQuery>;
/** EU AI Act Art. 4 summary: the share of the population with current AI-literacy training. */
export const AiLiteracy = z.object({
  population: AiLiteracyPopulationSchema,
  total: z.number().int(),
  literate: z.number().int(),
  share: z.number().nullable(),
  competences: z.array(CompetenceRef),
  /** A page (limit, offset) of the people without it. */
  without: z.array(z.object({ user: PersonRef, status: z.enum(["expired", "missing"]) })),
  withoutTotal: z.number().int(),
});
export type AiLiteracy = z.infer<typeof AiLiteracy>;
