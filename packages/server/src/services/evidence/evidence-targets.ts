import { and, eq, inArray, or } from "drizzle-orm";
import { DomainError, type EvidenceTarget, type EvidenceTargetType } from "@openaims/core";
import type { DbOrTx } from "../../db/client.js";
import {
  aiSystems,
  controls,
  documents,
  evidence,
  requirements,
  risks,
  vendors,
} from "../../db/schema/index.js";
import type { Actor } from "../context.js";
import { unitVisibility } from "../shared/business-unit-scope.js";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const NOUNS: Record<EvidenceTargetType, string> = {
  control: "control",
  requirement: "requirement",
  risk: "risk",
  ai_system: "AI system",
  document: "document",
  vendor: "vendor",
};

/**
 * The stored form of a target: record ids in lower case (as PostgreSQL prints a uuid), so a link
 * written `ABCD…` is found by the record's id; requirement keys stay as they are.
 */
export function normalizeTarget<T extends { targetType: EvidenceTargetType; targetId: string }>(t: T): T {
  return t.targetType === "requirement" ? t : { ...t, targetId: t.targetId.toLowerCase() };
}

const invalid = (path: string, message: string): never => {
  throw new DomainError("VALIDATION_FAILED", `${path}: ${message}`, { issues: [{ path, message }] });
};

type Labelled = { id: string; label: string };

/** Records of one type by id (or requirement key) that the actor may see, with a display label. */
async function findTargets(
  db: DbOrTx,
  actor: Actor,
  type: EvidenceTargetType,
  ids: string[],
): Promise<Labelled[]> {
  if (ids.length === 0) return [];
  if (type === "requirement") {
    const rows = await db
      .select({ id: requirements.key, ref: requirements.requirementId, title: requirements.title })
      .from(requirements)
      .where(inArray(requirements.key, ids));
    return rows.map((r) => ({ id: r.id, label: `${r.ref} ${r.title}` }));
  }
  const uuids = ids.filter((id) => UUID.test(id));
  if (uuids.length === 0) return [];
  switch (type) {
    case "control": {
      const rows = await db
        .select({ id: controls.id, code: controls.code, title: controls.title })
        .from(controls)
        .where(and(inArray(controls.id, uuids), unitVisibility(controls.businessUnitId, actor)));
      return rows.map((r) => ({ id: r.id, label: `${r.code} ${r.title}` }));
    }
    case "risk": {
      const rows = await db
        .select({ id: risks.id, key: risks.key, title: risks.title })
        .from(risks)
        .where(and(inArray(risks.id, uuids), unitVisibility(risks.businessUnitId, actor)));
      return rows.map((r) => ({ id: r.id, label: `${r.key} ${r.title}` }));
    }
    case "ai_system": {
      const rows = await db
        .select({ id: aiSystems.id, key: aiSystems.key, name: aiSystems.name })
        .from(aiSystems)
        .where(and(inArray(aiSystems.id, uuids), unitVisibility(aiSystems.businessUnitId, actor)));
      return rows.map((r) => ({ id: r.id, label: `${r.key} ${r.name}` }));
    }
    case "document": {
      const rows = await db
        .select({ id: documents.id, key: documents.key, title: documents.title })
        .from(documents)
        .where(and(inArray(documents.id, uuids), unitVisibility(documents.businessUnitId, actor)));
      return rows.map((r) => ({ id: r.id, label: `${r.key} ${r.title}` }));
    }
    case "vendor": {
      const rows = await db
        .select({ id: vendors.id, key: vendors.key, name: vendors.name })
        .from(vendors)
        .where(and(inArray(vendors.id, uuids), unitVisibility(vendors.businessUnitId, actor)));
      return rows.map((r) => ({ id: r.id, label: `${r.key} ${r.name}` }));
    }
  }
}

/**
 * Every target must exist and be visible to the actor (a scoped contributor cannot attach evidence
 * to another unit's risk or vendor).
 */
export async function assertTargets(
  db: DbOrTx,
  actor: Actor,
  targets: readonly EvidenceTarget[],
  path = "links",
): Promise<void> {
  for (const [i, t] of targets.entries()) {
    const at = targets.length === 1 && path !== "links" ? path : `${path}.${i}`;
    if (t.targetType !== "requirement" && !UUID.test(t.targetId))
      invalid(`${at}.targetId`, `must be the id (UUID) of a ${NOUNS[t.targetType]}`);
    const [found] = await findTargets(db, actor, t.targetType, [t.targetId]);
    if (!found) invalid(`${at}.targetId`, `unknown ${NOUNS[t.targetType]} ${t.targetId}`);
  }
}

/** Whether the actor is limited to some business units (and so may not see every record). */
const isScoped = (actor: Actor) => unitVisibility(evidence.businessUnitId, actor) !== undefined;
const systemActor: Actor = { kind: "system", label: "visibility" };

/**
 * Of the targets the actor found no label for, those that exist: records of business units the
 * actor may not see. Their links are left out of what the actor reads (not even the id shows).
 */
export async function hiddenTargets(
  db: DbOrTx,
  actor: Actor,
  unlabelled: readonly { targetType: string; targetId: string }[],
): Promise<Set<string>> {
  // Someone who sees every unit found every record that exists: nothing is hidden from them.
  if (!isScoped(actor)) return new Set();
  const records = unlabelled.filter((t) => t.targetType !== "requirement");
  return new Set((await targetLabels(db, systemActor, records)).keys());
}

/** Whether one target exists in a business unit the actor may not see. */
export async function isHiddenTarget(db: DbOrTx, actor: Actor, target: EvidenceTarget): Promise<boolean> {
  if (!isScoped(actor) || target.targetType === "requirement") return false;
  const key = `${target.targetType}:${target.targetId}`;
  if ((await targetLabels(db, actor, [target])).has(key)) return false;
  return (await targetLabels(db, systemActor, [target])).has(key);
}

/** Labels of many targets at once: one query per target type, never one per link. */
export async function targetLabels(
  db: DbOrTx,
  actor: Actor,
  targets: readonly { targetType: string; targetId: string }[],
): Promise<Map<string, string>> {
  const byType = new Map<EvidenceTargetType, string[]>();
  for (const t of targets) {
    const type = t.targetType as EvidenceTargetType;
    byType.set(type, [...(byType.get(type) ?? []), t.targetId]);
  }
  const labels = new Map<string, string>();
  for (const [type, ids] of byType) {
    for (const found of await findTargets(db, actor, type, [...new Set(ids)]))
      labels.set(`${type}:${found.id}`, found.label);
  }
  return labels;
}

/** A control by its readable key or code (`CTL-3`, `AC-1`), for the CLI. */
export async function controlIdByKey(db: DbOrTx, keyOrCode: string): Promise<string> {
  const [row] = await db
    .select({ id: controls.id })
    .from(controls)
    .where(or(eq(controls.key, keyOrCode), eq(controls.code, keyOrCode)))
    .limit(1);
  if (!row) throw new DomainError("NOT_FOUND", `no control with key or code ${keyOrCode}`);
  return row.id;
}
