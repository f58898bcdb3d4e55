/** Before/after of an audit event as rows a person can read. */

export type DiffChange = "added" | "removed" | "changed" | "same";
export type DiffRow = { field: string; before: string | null; after: string | null; change: DiffChange };

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** A value as text: strings as they are, the rest as (pretty) JSON; null for absent. */
export function displayValue(value: unknown): string | null {
  if (value === undefined) return null;
  if (typeof value === "string") return value;
  return JSON.stringify(value, null, 2) ?? String(value);
}

/**
 * One row per field of `before` and `after` (objects) with what happened to it; fields in the
 * order of `after`, then removed ones. Non-object values compare as a single "value" row.
 */
export function diffRecords(before: unknown, after: unknown): DiffRow[] {
  const b = before ?? undefined;
  const a = after ?? undefined;
  if ((b !== undefined && !isPlainObject(b)) || (a !== undefined && !isPlainObject(a))) {
    return [rowOf("value", b, a)];
  }
  const left = (b ?? {}) as Record<string, unknown>;
  const right = (a ?? {}) as Record<string, unknown>;
  const fields = [...Object.keys(right), ...Object.keys(left).filter((k) => !(k in right))];
  return fields.map((field) => rowOf(field, left[field], right[field], field in left, field in right));
}

function rowOf(
  field: string,
  before: unknown,
  after: unknown,
  inBefore = before !== undefined,
  inAfter = after !== undefined,
): DiffRow {
  const bt = inBefore ? displayValue(before ?? null) : null;
  const at = inAfter ? displayValue(after ?? null) : null;
  const change: DiffChange =
    !inBefore && inAfter ? "added" : inBefore && !inAfter ? "removed" : bt === at ? "same" : "changed";
  return { field, before: bt, after: at, change };
}

/**
 * A short label for the record an event is about, from its after (or before) state:
 * "USR-2 · Bo Li · bo@example.com". Empty when the state has none of these fields.
 */
export function eventSubject(event: { before: unknown; after: unknown }): string {
  const state = isPlainObject(event.after) ? event.after : isPlainObject(event.before) ? event.before : null;
  if (!state) return "";
  return (["key", "name", "email"] as const)
    .map((k) => state[k])
    .filter((v): v is string => typeof v === "string" && v.length > 0)
    .join(" · ");
}
