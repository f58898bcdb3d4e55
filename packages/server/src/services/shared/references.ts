import { eq, inArray } from "drizzle-orm";
import { DomainError } from "@openaims/core";
import type { Tx } from "../../db/client.js";
import { aiSystems, businessUnits, requirements, users } from "../../db/schema/index.js";

type Issue = { path: string; message: string };

function refuse(issues: Issue[]): void {
  if (issues.length === 0) return;
  throw new DomainError("VALIDATION_FAILED", `${issues[0]!.path}: ${issues[0]!.message}`, { issues });
}

/** The catalog group whose items are the potential AI objectives (ISO/IEC 42001 Annex C.2). */
const ANNEX_C_OBJECTIVES = "C.2";
const ISO_42001 = "iso-iec-42001:";

/**
 * Every key must name an Annex C.2 objective of ISO/IEC 42001 in the loaded catalogs: a reference
 * item whose parent is C.2 (withdrawn items are no longer offered).
 */
export async function assertAnnexCObjectives(tx: Tx, keys: readonly string[], path: string): Promise<void> {
  await checkAnnexCObjectives(tx, keys, (i) => `${path}.${i}`);
}

/** One optional Annex C.2 objective key (an AI objective's `annexCObjective`). */
export async function assertAnnexCObjective(tx: Tx, key: string | null | undefined, path: string) {
  if (key) await checkAnnexCObjectives(tx, [key], () => path);
}

async function checkAnnexCObjectives(tx: Tx, keys: readonly string[], pathOf: (i: number) => string) {
  if (keys.length === 0) return;
  const found = await tx
    .select({
      key: requirements.key,
      frameworkRef: requirements.frameworkRef,
      kind: requirements.kind,
      parentId: requirements.parentId,
      withdrawn: requirements.isWithdrawn,
    })
    .from(requirements)
    .where(inArray(requirements.key, [...keys]));
  refuse(
    keys.flatMap((key, i) => {
      const r = found.find((f) => f.key === key);
      const at = pathOf(i);
      if (!r) return [{ path: at, message: `unknown Annex C objective ${key}` }];
      const isObjective =
        r.frameworkRef.startsWith(ISO_42001) &&
        r.kind === "reference" &&
        r.parentId === ANNEX_C_OBJECTIVES &&
        !r.withdrawn;
      return isObjective ? [] : [{ path: at, message: `${key} is not an ISO/IEC 42001 Annex C.2 objective` }];
    }),
  );
}

/** Every id must be an existing business unit. */
export async function assertBusinessUnits(tx: Tx, ids: readonly string[], path: string): Promise<void> {
  if (ids.length === 0) return;
  const found = await tx
    .select({ id: businessUnits.id })
    .from(businessUnits)
    .where(inArray(businessUnits.id, [...ids]));
  const known = new Set(found.map((f) => f.id));
  refuse(
    ids.flatMap((id, i) =>
      known.has(id) ? [] : [{ path: `${path}.${i}`, message: `unknown business unit ${id}` }],
    ),
  );
}

/** Every id must be an AI system of the inventory. */
export async function assertAiSystems(tx: Tx, ids: readonly string[], path: string): Promise<void> {
  if (ids.length === 0) return;
  const found = await tx
    .select({ id: aiSystems.id })
    .from(aiSystems)
    .where(inArray(aiSystems.id, [...ids]));
  const known = new Set(found.map((f) => f.id));
  refuse(
    ids.flatMap((id, i) =>
      known.has(id) ? [] : [{ path: `${path}.${i}`, message: `unknown AI system ${id}` }],
    ),
  );
}

/** A single optional business unit reference. */
export async function assertBusinessUnit(tx: Tx, id: string | null | undefined, path: string): Promise<void> {
  if (!id) return;
  const [row] = await tx.select({ id: businessUnits.id }).from(businessUnits).where(eq(businessUnits.id, id));
  refuse(row ? [] : [{ path, message: `unknown business unit ${id}` }]);
}

/** A single optional user reference (owners). */
export async function assertUser(tx: Tx, id: string | null | undefined, path: string): Promise<void> {
  if (!id) return;
  const [row] = await tx.select({ id: users.id }).from(users).where(eq(users.id, id));
  refuse(row ? [] : [{ path, message: `unknown user ${id}` }]);
}
