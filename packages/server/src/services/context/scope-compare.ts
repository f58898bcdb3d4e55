import { inArray } from "drizzle-orm";
import { diffScopes, type ScopeComparison } from "@openaims/core";
import type { DbOrTx } from "../../db/client.js";
import { aiSystems, businessUnits } from "../../db/schema/index.js";
import { loadScopeRow, toScopeVersion } from "./scope-versions.js";

type Ref = { id: string; key: string | null; name: string | null };

/** Names of the given ids in one query per table (never one per id). */
async function refsOf(db: DbOrTx, table: typeof businessUnits | typeof aiSystems, ids: string[]) {
  const found = ids.length
    ? await db
        .select({ id: table.id, key: table.key, name: table.name })
        .from(table)
        .where(inArray(table.id, ids))
    : [];
  const byId = new Map(found.map((r) => [r.id, r]));
  return (list: string[]): Ref[] => list.map((id) => byId.get(id) ?? { id, key: null, name: null });
}

/**
 * What changed from scope version `a` to `b` (ISO/IEC 42001 4.3, 7.5.3): the rule is the pure
 * `diffScopes` of core; this adds the keys and names of the business units and AI systems.
 */
export async function compareScopeVersions(db: DbOrTx, aId: string, bId: string): Promise<ScopeComparison> {
  const a = toScopeVersion(await loadScopeRow(db, aId));
  const b = toScopeVersion(await loadScopeRow(db, bId));
  const diff = diffScopes(a, b);
  const units = await refsOf(db, businessUnits, [...diff.businessUnits.added, ...diff.businessUnits.removed]);
  const systems = await refsOf(db, aiSystems, [...diff.aiSystems.added, ...diff.aiSystems.removed]);
  return {
    a: { id: a.id, number: a.number, status: a.status },
    b: { id: b.id, number: b.number, status: b.status },
    businessUnits: { added: units(diff.businessUnits.added), removed: units(diff.businessUnits.removed) },
    aiSystems: { added: systems(diff.aiSystems.added), removed: systems(diff.aiSystems.removed) },
    exclusions: diff.exclusions,
    changedFields: diff.changedFields,
    isSame: diff.isSame,
  };
}
