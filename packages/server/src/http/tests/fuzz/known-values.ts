/**
 * Real ids and keys for the fuzzer, harvested from the API's own answers, so that a request with
 * one hostile field reaches the service (a random id would stop at "not found" and test little).
 */
import type { KnownValues } from "./schema-values.js";

const MAX_PER_NAME = 40;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** Fields whose values are addresses of something (besides `id` and `…Id`). */
const ADDRESS_FIELDS = new Set(["ref", "code", "slug", "number"]);
/** Field names that point at a user without saying so. */
const ALIASES: Record<string, string> = { owner: "user", member: "user", assignee: "user", approver: "user" };

/**
 * A name reduced to its singular words ("ai-systems" and "aiSystemIds" both give "aisystem"), so
 * a path parameter, a body field and a response key that mean the same record meet.
 */
export function normalizeName(name: string): string {
  const words = name
    .replace(/([a-z0-9])([A-Z])/g, "$1 $2")
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
  if (words.length > 1 && /^ids?$/.test(words.at(-1)!)) words.pop();
  const joined = words.map((w) => (w.length > 3 && /[^s]s$/.test(w) ? w.slice(0, -1) : w)).join("");
  return ALIASES[joined] ?? joined;
}

export class KnownValuePool {
  private readonly byName = new Map<string, string[]>();
  private readonly excluded: Set<string>;

  /** `excluded` values are never offered (the fuzzing admin's own user and token). */
  constructor(excluded: string[]) {
    this.excluded = new Set(excluded);
  }

  get size(): number {
    return [...this.byName.values()].reduce((n, v) => n + v.length, 0);
  }

  private add(name: string, value: unknown): void {
    if (typeof value !== "string" && typeof value !== "number") return;
    const text = String(value);
    if (!name || !text || this.excluded.has(text)) return;
    const list = this.byName.get(name) ?? [];
    if (list.length < MAX_PER_NAME && !list.includes(text)) list.push(text);
    this.byName.set(name, list);
  }

  /**
   * Records the addresses in a GET answer: `id`s under the name of the list or key that holds them
   * (a page of `/risks/{id}/actions` gives "action" and "riskaction"), `…Id`, `ref`, `code`… fields
   * under their own names.
   */
  harvest(container: string[], value: unknown): void {
    if (Array.isArray(value)) {
      for (const item of value) this.harvest(container, item);
      return;
    }
    if (!value || typeof value !== "object") return;
    const record = value as Record<string, unknown>;
    if ("id" in record) for (const name of container) this.add(normalizeName(name), record.id);
    for (const [key, field] of Object.entries(record)) {
      if (typeof field === "object" && field !== null) {
        this.harvest(key === "items" ? container : [key], field);
      } else if (key !== "id" && (ADDRESS_FIELDS.has(key) || /[a-z]Id$/.test(key))) {
        this.add(normalizeName(key), field);
      }
    }
  }

  /** Known values for a name: exact first, then names that end alike, then (for uuids) any id. */
  readonly lookup: KnownValues = (name, format) => {
    const wanted = normalizeName(name);
    const exact = this.byName.get(wanted);
    if (exact?.length) return exact;
    const alike = [...this.byName.entries()]
      .filter(
        ([key]) => key.length >= 3 && wanted.length >= 3 && (key.endsWith(wanted) || wanted.endsWith(key)),
      )
      .flatMap(([, values]) => values);
    if (alike.length || format !== "uuid") return alike.slice(0, MAX_PER_NAME);
    return [...this.byName.values()]
      .flat()
      .filter((v) => UUID.test(v))
      .slice(0, MAX_PER_NAME);
  };
}
