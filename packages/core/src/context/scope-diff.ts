/** An exclusion from the AIMS scope and why (ISO/IEC 42001 4.3: exclusions must be justified). */
export type ScopeExclusionItem = { item: string; justification: string };

/** The parts of a scope version that a comparison looks at. */
export type ScopeSnapshot = {
  description: string;
  businessUnitIds: readonly string[];
  aiSystemIds: readonly string[];
  exclusions: readonly ScopeExclusionItem[];
  boundaries: string;
  reassessBy: string | null;
};

export const SCOPE_TEXT_FIELDS = ["description", "boundaries", "reassessBy"] as const;
export type ScopeTextField = (typeof SCOPE_TEXT_FIELDS)[number];

export type ScopeIdDiff = { added: string[]; removed: string[] };

export type ScopeDiff = {
  businessUnits: ScopeIdDiff;
  aiSystems: ScopeIdDiff;
  exclusions: {
    added: ScopeExclusionItem[];
    removed: ScopeExclusionItem[];
    /** Same item, different justification. */
    changed: { item: string; before: string; after: string }[];
  };
  changedFields: { field: ScopeTextField; before: string | null; after: string | null }[];
  isSame: boolean;
};

/** Ids in `to` but not in `from` (added), and in `from` but not in `to` (removed), in list order. */
function diffIds(from: readonly string[], to: readonly string[]): ScopeIdDiff {
  const before = new Set(from);
  const after = new Set(to);
  return {
    added: [...after].filter((id) => !before.has(id)),
    removed: [...before].filter((id) => !after.has(id)),
  };
}

/** Exclusions are matched by their item (trimmed, case-insensitive). */
const itemKey = (e: ScopeExclusionItem) => e.item.trim().toLowerCase();

/**
 * What changed from scope version `a` to scope version `b` (ISO/IEC 42001 4.3, 7.5.2: earlier
 * versions are kept and a reviewer sees exactly what an approval would change).
 */
export function diffScopes(a: ScopeSnapshot, b: ScopeSnapshot): ScopeDiff {
  const before = new Map(a.exclusions.map((e) => [itemKey(e), e]));
  const after = new Map(b.exclusions.map((e) => [itemKey(e), e]));
  const exclusions: ScopeDiff["exclusions"] = {
    added: [...after].filter(([k]) => !before.has(k)).map(([, e]) => e),
    removed: [...before].filter(([k]) => !after.has(k)).map(([, e]) => e),
    changed: [...after].flatMap(([k, e]) => {
      const old = before.get(k);
      return old && old.justification !== e.justification
        ? [{ item: e.item, before: old.justification, after: e.justification }]
        : [];
    }),
  };
  const changedFields = SCOPE_TEXT_FIELDS.filter((f) => a[f] !== b[f]).map((field) => ({
    field,
    before: a[field],
    after: b[field],
  }));
  const businessUnits = diffIds(a.businessUnitIds, b.businessUnitIds);
  const aiSystems = diffIds(a.aiSystemIds, b.aiSystemIds);
  const counts = [
    businessUnits.added,
    businessUnits.removed,
    aiSystems.added,
    aiSystems.removed,
    exclusions.added,
    exclusions.removed,
    exclusions.changed,
    changedFields,
  ].map((list) => list.length);
  return {
    businessUnits,
    aiSystems,
    exclusions,
    changedFields,
    isSame: counts.every((n) => n === 0),
  };
}
