import { OBLIGATION_INDEX, type IndexedFrameworkRef, type IndexedRequirement } from "./obligation-index.js";
import type { Finding } from "./types.js";

/**
 * Picks the duties of one framework from the catalogs' own tags (see `obligation-index.ts`), so the
 * rules say *which facts hold* and the catalogs say *which requirements follow from them*.
 *
 * A requirement is selected when
 * - it is listed in `conditional` (its trigger is too specific for the tags, e.g. Art. 50(3)): only
 *   if the evaluator fired it and the role matches; or
 * - otherwise: its `roles` tag is absent or meets `roles`, its `riskClasses` tag is absent or meets
 *   `riskClasses`, and its `scope` tag is absent or meets `scopes`.
 */
export type ObligationSelection = {
  roles: readonly string[];
  riskClasses: readonly string[];
  scopes: readonly string[];
  /** Ids decided by a rule rather than by tags (the law's conditional table). */
  conditional: ReadonlySet<string>;
  /** The conditional ids whose rule fired. */
  fired: ReadonlySet<string>;
};

const meets = (tag: readonly string[] | undefined, active: readonly string[]) =>
  !tag || tag.some((value) => active.includes(value));

export function requirementsOf(ref: IndexedFrameworkRef): readonly IndexedRequirement[] {
  return OBLIGATION_INDEX[ref].requirements;
}

/** Catalog keys (`<ref>/<id>`) of the selected requirements, in catalog order. */
export function selectObligations(ref: IndexedFrameworkRef, selection: ObligationSelection): string[] {
  return requirementsOf(ref)
    .filter((r) => {
      if (!meets(r.roles, selection.roles)) return false;
      if (selection.conditional.has(r.id)) return selection.fired.has(r.id);
      return meets(r.riskClasses, selection.riskClasses) && meets(r.scope, selection.scopes);
    })
    .map((r) => `${ref}/${r.id}`);
}

/** Application date of a framework from its catalog (`null` when the catalog has none). */
export function frameworkEffectiveFrom(ref: IndexedFrameworkRef): string | null {
  return OBLIGATION_INDEX[ref].effectiveFrom;
}

/** Application date of one requirement key: its own date, else its framework's. */
export function obligationEffectiveFrom(key: string): string | null {
  const slash = key.indexOf("/");
  const ref = key.slice(0, slash) as IndexedFrameworkRef;
  const id = key.slice(slash + 1);
  const framework = OBLIGATION_INDEX[ref];
  if (!framework) return null;
  const requirement = framework.requirements.find((r) => r.id === id) as IndexedRequirement | undefined;
  return requirement?.effectiveFrom ?? framework.effectiveFrom;
}

/** Every key in the index (used by tests and by callers that validate stored results). */
export function allIndexedKeys(): string[] {
  return (Object.keys(OBLIGATION_INDEX) as IndexedFrameworkRef[]).flatMap((ref) =>
    requirementsOf(ref).map((r) => `${ref}/${r.id}`),
  );
}

export const finding = (code: string, conclusion: string, reason: string, provision: string): Finding => ({
  code,
  conclusion,
  reason,
  provision,
});

/** "2 August 2026" from "2026-08-02", for reasons a person reads. */
export function longDate(iso: string): string {
  const months = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
  ];
  const [y, m, d] = iso.split("-");
  return `${Number(d)} ${months[Number(m) - 1] ?? m} ${y}`;
}

/** Joins words as "a, b and c". */
export function listWords(items: readonly string[]): string {
  if (items.length <= 1) return items.join("");
  return `${items.slice(0, -1).join(", ")} and ${items[items.length - 1]}`;
}

/** Groups obligations not yet applicable on `asOf` by their application date. */
export function upcomingByDate(keys: readonly string[], asOf: string): Map<string, string[]> {
  const byDate = new Map<string, string[]>();
  for (const key of keys) {
    const from = obligationEffectiveFrom(key);
    if (from && from > asOf) byDate.set(from, [...(byDate.get(from) ?? []), key]);
  }
  return new Map([...byDate.entries()].sort(([a], [b]) => a.localeCompare(b)));
}
