import { z } from "zod";

/** Limits every list endpoint shares: no unbounded lists. */
export const MAX_PAGE_SIZE = 200;
export const DEFAULT_PAGE_SIZE = 50;

export const Uuid = z.uuid({ message: "must be a UUID" });
export const IsoDateTime = z.iso.datetime({ offset: true, message: "must be an ISO 8601 date-time" });
/** Control characters other than tab and line breaks are refused (PostgreSQL text rejects NUL). */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL_CHARS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;
export const SafeString = (max: number) =>
  z
    .string()
    .max(max, `must be at most ${max} characters`)
    .refine((s) => !CONTROL_CHARS.test(s), "must not contain control characters");
export const ShortText = (max = 200) =>
  z
    .string()
    .trim()
    .min(1, "must not be empty")
    .max(max, `must be at most ${max} characters`)
    .refine((s) => !CONTROL_CHARS.test(s), "must not contain control characters");
export const LongText = (max = 5000) => SafeString(max);

/** A version number read with a record and sent back with its update (optimistic concurrency). */
export const Version = z.number().int().min(1);

export const IdParams = z.object({ id: Uuid });

export const SortOrder = z.enum(["asc", "desc"]);

/** Query string coercion: "true"/"false" to boolean. */
export const QueryBoolean = z.enum(["true", "false"]).transform((v) => v === "true");

/** Paging query shared by every list (`limit` ≤ 200, `offset`). */
export const PageQuery = z.object({
  limit: z.coerce.number().int().min(1).max(MAX_PAGE_SIZE).default(DEFAULT_PAGE_SIZE),
  offset: z.coerce.number().int().min(0).max(1_000_000).default(0),
  order: SortOrder.default("asc"),
});

/** A page of results: `{ items, total }`. */
export function pageOf<T extends z.ZodType>(item: T) {
  return z.object({ items: z.array(item), total: z.number().int().min(0) });
}

export type Page<T> = { items: T[]; total: number };

export const ErrorBody = z.object({
  error: z.object({
    code: z.string(),
    message: z.string(),
    details: z.unknown().optional(),
  }),
});
export type ErrorBody = z.infer<typeof ErrorBody>;

export const Health = z.object({
  status: z.literal("ok"),
  database: z.enum(["pglite", "postgresql"]),
  version: z.string(),
});
export type Health = z.infer<typeof Health>;

type WithoutDefault<T> = T extends z.ZodDefault<infer Inner> ? Inner : T;
type PatchShape<T extends z.ZodRawShape> = { [K in keyof T]: z.ZodOptional<WithoutDefault<T[K]>> };

/**
 * The body of a partial update (PATCH): every field optional and, unlike zod's `.partial()`, no
 * defaults — a field left out keeps its stored value instead of being reset to the default.
 */
export function patchOf<T extends z.ZodRawShape>(schema: z.ZodObject<T>): z.ZodObject<PatchShape<T>> {
  const shape = Object.fromEntries(
    Object.entries(schema.shape).map(([key, field]) => {
      const inner = field instanceof z.ZodDefault ? (field.unwrap() as z.ZodType) : (field as z.ZodType);
      return [key, inner.optional()];
    }),
  );
  return z.object(shape) as unknown as z.ZodObject<PatchShape<T>>;
}
