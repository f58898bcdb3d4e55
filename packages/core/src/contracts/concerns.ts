// Contracts of the concerns feature (ISO/IEC 42001 A.3.3): raising, reading and triaging concerns.
import { z } from "zod";
import {
  CONCERN_CATEGORIES,
  CONCERN_SEVERITIES,
  CONCERN_STATUSES,
  type ConcernStatus,
} from "../concerns/index.js";
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

const Description = LongText(5000).refine((s) => s.trim().length > 0, "describe what worries you");

export const CreateConcern = z
  .object({
    title: ShortText(200),
    description: Description,
    category: z.enum(CONCERN_CATEGORIES),
    /** The AI system it is about, if any (must be one the reporter can see). */
    aiSystemId: Uuid.nullable().default(null),
    /** Hide the reporter from everyone else: the concern is kept with no name shown to anyone. */
    anonymous: z.boolean().default(false),
  })
  .strict();
export type CreateConcern = z.input<typeof CreateConcern>;

/** A triager's change (send the version you read); title and description stay the reporter's words. */
export const UpdateConcern = patchOf(
  z.object({
    category: z.enum(CONCERN_CATEGORIES),
    status: z.enum(CONCERN_STATUSES),
    severity: z.enum(CONCERN_SEVERITIES).nullable(),
    assigneeId: Uuid.nullable(),
    triageNote: LongText(5000),
    resolution: LongText(5000),
    aiSystemId: Uuid.nullable(),
  }),
)
  .extend({ version: Version })
  .strict();
export type UpdateConcern = z.infer<typeof UpdateConcern>;

const Person = z.object({ id: Uuid, name: z.string(), email: z.string() });

export const Concern = z.object({
  id: Uuid,
  key: z.string(),
  title: z.string(),
  description: z.string(),
  category: z.enum(CONCERN_CATEGORIES),
  aiSystem: z.object({ id: Uuid, key: z.string(), name: z.string() }).nullable(),
  anonymous: z.boolean(),
  /** Who raised it; always null for an anonymous concern, whoever asks. */
  reporter: Person.nullable(),
  /** Whether the person asking raised it (lets a reporter follow an anonymous concern). */
  raisedByMe: z.boolean(),
  status: z.enum(CONCERN_STATUSES),
  severity: z.enum(CONCERN_SEVERITIES).nullable(),
  assignee: Person.nullable(),
  /** Internal notes of the triagers; null for a reporter who may only follow their concern. */
  triageNote: z.string().nullable(),
  resolution: z.string(),
  closedAt: IsoDateTime.nullable(),
  createdAt: IsoDateTime,
  updatedAt: IsoDateTime,
  version: z.number().int(),
});
export type Concern = z.infer<typeof Concern>;

export const ConcernListQuery = PageQuery.extend({
  order: z.enum(["asc", "desc"]).default("desc"),
  sort: z.enum(["createdAt", "updatedAt", "key", "status", "severity"]).default("createdAt"),
  q: SafeString(200).optional(),
  status: z.enum(CONCERN_STATUSES).optional(),
  category: z.enum(CONCERN_CATEGORIES).optional(),
  severity: z.enum(CONCERN_SEVERITIES).optional(),
  aiSystemId: Uuid.optional(),
  assigneeId: Uuid.optional(),
  /** true: only the concerns I raised. */
  mine: QueryBoolean.optional(),
});
export type ConcernListQuery = z.infer<typeof ConcernListQuery>;

const StatusCounts = z.object(
  Object.fromEntries(CONCERN_STATUSES.map((s) => [s, z.number().int().min(0)])) as Record<
    ConcernStatus,
    z.ZodNumber
  >,
);

/** A page of concerns and, for the triage board, how many match the other filters in each status. */
export const ConcernPage = z.object({
  items: z.array(Concern),
  total: z.number().int().min(0),
  counts: StatusCounts,
});
export type ConcernPage = z.infer<typeof ConcernPage>;

/** Start a register risk from a concern (ISO/IEC 42001 6.1.2); the concern's note links to it. */
export const RiskFromConcern = z
  .object({
    version: Version,
    title: ShortText(200).optional(),
    description: LongText(4000).optional(),
  })
  .strict();
export type RiskFromConcern = z.infer<typeof RiskFromConcern>;
