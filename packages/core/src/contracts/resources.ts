// Contracts and rules of AI system resources (ISO/IEC 42001 7.1, A.4.2–A.4.6).
import { z } from "zod";
import { IsoDateTime, LongText, SafeString, ShortText, Uuid, Version } from "./common.js";

/** Data (A.4.3), tooling (A.4.4), system and computing (A.4.5) and human resources (A.4.6). */
export const RESOURCE_KINDS = ["data", "tooling", "computing", "human"] as const;
export type ResourceKind = (typeof RESOURCE_KINDS)[number];

/** At most this many resources per AI system, so its resource list is always one bounded answer. */
export const MAX_RESOURCES_PER_SYSTEM = 200;

export const DATA_USES = ["training", "validation", "testing", "production", "other"] as const;
export const COMPUTING_ENVIRONMENTS = ["cloud", "on_premises", "edge"] as const;

const unique = <T>(list: readonly T[]) => new Set(list).size === list.length;
const Words = (max: number) => z.array(ShortText(100)).max(max).refine(unique, "must not repeat an entry");

/** A.4.3: where the data comes from, what it holds, what it is used for and how long it is kept. */
export const DataAttributes = z
  .object({
    provenance: SafeString(1000).default(""),
    personalData: z.boolean().default(false),
    /** Kinds of data held, e.g. "contact details", "transaction history". */
    categories: Words(30).default([]),
    uses: z
      .array(z.enum(DATA_USES))
      .max(DATA_USES.length)
      .refine(unique, "must not repeat a use")
      .default([]),
    retention: SafeString(500).default(""),
  })
  .strict();

/** A.4.4: tools, libraries and models the system is built or run with. */
export const ToolingAttributes = z
  .object({
    version: SafeString(100).default(""),
    licence: SafeString(200).default(""),
  })
  .strict();

/** A.4.5: where the system runs and on what. */
export const ComputingAttributes = z
  .object({
    environment: z.enum(COMPUTING_ENVIRONMENTS),
    region: SafeString(200).default(""),
    accelerator: SafeString(200).default(""),
  })
  .strict();

/** A.4.6: the people the system needs, by role and skills, counted in heads or full-time equivalents. */
export const HumanAttributes = z
  .object({
    role: ShortText(200),
    skills: Words(30).default([]),
    headcount: z.number().int().min(0).max(1_000_000).nullable().default(null),
    fte: z.number().min(0).max(1_000_000).nullable().default(null),
  })
  .strict()
  .refine((h) => h.headcount !== null || h.fte !== null, {
    message: "give a headcount or full-time equivalents",
    path: ["headcount"],
  });

/** The attribute schema of each kind (a PATCH's attributes are merged with the stored ones, then checked). */
export const RESOURCE_ATTRIBUTES = {
  data: DataAttributes,
  tooling: ToolingAttributes,
  computing: ComputingAttributes,
  human: HumanAttributes,
} as const;
export type ResourceAttributes = {
  data: z.infer<typeof DataAttributes>;
  tooling: z.infer<typeof ToolingAttributes>;
  computing: z.infer<typeof ComputingAttributes>;
  human: z.infer<typeof HumanAttributes>;
};

const Common = {
  name: ShortText(200),
  description: LongText(4000).default(""),
  /** Provider, location or origin (a dataset's source, a cloud provider, a team). */
  provider: SafeString(200).default(""),
  ownerId: Uuid.nullable().default(null),
};

/** A new resource: its kind decides which attributes it carries. */
export const CreateResource = z.discriminatedUnion("kind", [
  z
    .object({
      kind: z.literal("data"),
      ...Common,
      attributes: DataAttributes.default(DataAttributes.parse({})),
    })
    .strict(),
  z
    .object({
      kind: z.literal("tooling"),
      ...Common,
      attributes: ToolingAttributes.default(ToolingAttributes.parse({})),
    })
    .strict(),
  z.object({ kind: z.literal("computing"), ...Common, attributes: ComputingAttributes }).strict(),
  z.object({ kind: z.literal("human"), ...Common, attributes: HumanAttributes }).strict(),
]);
export type CreateResource = z.input<typeof CreateResource>;

/**
 * A change (send the version you read). The kind stays; `attributes` lists only the attributes that
 * change and is checked, merged with the stored ones, against the kind's schema.
 */
export const UpdateResource = z
  .object({
    version: Version,
    name: ShortText(200).optional(),
    description: LongText(4000).optional(),
    provider: SafeString(200).optional(),
    ownerId: Uuid.nullable().optional(),
    attributes: z.record(z.string().max(50), z.unknown()).optional(),
  })
  .strict();
export type UpdateResource = z.infer<typeof UpdateResource>;

export const DeleteResourceQuery = z.object({
  /** The version you read; when given, a resource changed since is not deleted (409). */
  version: z.coerce.number().int().min(1).optional(),
});

export const Resource = z.object({
  id: Uuid,
  aiSystemId: Uuid,
  kind: z.enum(RESOURCE_KINDS),
  name: z.string(),
  description: z.string(),
  provider: z.string(),
  owner: z.object({ id: Uuid, name: z.string() }).nullable(),
  attributes: z.record(z.string(), z.unknown()),
  createdAt: IsoDateTime,
  updatedAt: IsoDateTime,
  version: z.number().int(),
});
export type Resource = z.infer<typeof Resource>;

/** The resources of one AI system by kind, and which kinds have nothing documented yet. */
export const SystemResources = z.object({
  aiSystemId: Uuid,
  groups: z.object({
    data: z.array(Resource),
    tooling: z.array(Resource),
    computing: z.array(Resource),
    human: z.array(Resource),
  }),
  missing: z.array(z.enum(RESOURCE_KINDS)),
  total: z.number().int().min(0),
});
export type SystemResources = z.infer<typeof SystemResources>;

/**
 * The completeness hint (ISO/IEC 42001 A.4.2): every AI system should document each of the four
 * kinds of resources; the kinds with nothing documented yet, in the standard's order.
 */
export function missingResourceKinds(kinds: Iterable<ResourceKind>): ResourceKind[] {
  const present = new Set(kinds);
  return RESOURCE_KINDS.filter((k) => !present.has(k));
}

/**
 * Checks a kind's attributes (a PATCH's are merged over the stored ones first); the issues name
 * their field under `attributes.` as a request body's would.
 */
export function parseResourceAttributes(
  kind: ResourceKind,
  value: unknown,
):
  | { ok: true; attributes: Record<string, unknown> }
  | { ok: false; issues: { path: string; message: string }[] } {
  const result = RESOURCE_ATTRIBUTES[kind].safeParse(value);
  if (result.success) return { ok: true, attributes: result.data as Record<string, unknown> };
  return {
    ok: false,
    issues: result.error.issues.map((i) => ({
      path: ["attributes", ...i.path.map(String)].join("."),
      message: i.message,
    })),
  };
}
