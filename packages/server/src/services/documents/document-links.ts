import { and, asc, eq, inArray, not, notInArray, sql } from "drizzle-orm";
import { DomainError, type DocumentView } from "@openaims/core";
import type { DbOrTx, Tx } from "../../db/client.js";
import { controls, documentLinks, requirements } from "../../db/schema/index.js";
import type { Actor } from "../context.js";
import { unitVisibility } from "../shared/business-unit-scope.js";

export type DocumentLinks = Pick<DocumentView, "requirements" | "controls">;

type Issue = { path: string; message: string };
const duplicates = (list: readonly string[]) => list.filter((v, i) => list.indexOf(v) !== i);

/** Control ids as PostgreSQL prints them (lower case), so each control is linked once under its id. */
export const controlIdsOf = (ids: readonly string[] | undefined) => ids?.map((id) => id.toLowerCase());

/**
 * Every linked requirement and control must exist (ISO/IEC 42001 7.5: documents trace to what they
 * address); a control of a business unit the actor may not see is unknown to them.
 */
export async function assertDocumentLinks(
  tx: Tx,
  actor: Actor,
  input: { requirementKeys?: readonly string[]; controlIds?: readonly string[] },
): Promise<void> {
  const keys = input.requirementKeys ?? [];
  const ids = input.controlIds ?? [];
  const issues: Issue[] = [
    ...duplicates(keys).map((k) => ({ path: "requirementKeys", message: `${k} is listed twice` })),
    ...duplicates(ids).map((k) => ({ path: "controlIds", message: `${k} is listed twice` })),
  ];
  if (keys.length) {
    const found = new Set(
      (
        await tx
          .select({ key: requirements.key })
          .from(requirements)
          .where(inArray(requirements.key, [...keys]))
      ).map((r) => r.key),
    );
    keys.forEach((k, i) => {
      if (!found.has(k)) issues.push({ path: `requirementKeys.${i}`, message: `unknown requirement ${k}` });
    });
  }
  if (ids.length) {
    const found = new Set(
      (
        await tx
          .select({ id: controls.id })
          .from(controls)
          .where(and(inArray(controls.id, [...ids]), unitVisibility(controls.businessUnitId, actor)))
      ).map((r) => r.id),
    );
    ids.forEach((id, i) => {
      if (!found.has(id)) issues.push({ path: `controlIds.${i}`, message: `unknown control ${id}` });
    });
  }
  if (issues.length)
    throw new DomainError("VALIDATION_FAILED", `${issues[0]!.path}: ${issues[0]!.message}`, { issues });
}

/** Controls linked to a document that the actor may not see (none for someone who sees every unit). */
async function hiddenControlIds(tx: Tx, actor: Actor, documentId: string): Promise<string[]> {
  const visible = unitVisibility(controls.businessUnitId, actor);
  if (!visible) return [];
  const rows = await tx
    .select({ id: documentLinks.targetId })
    .from(documentLinks)
    .innerJoin(controls, sql`${controls.id}::text = ${documentLinks.targetId}`)
    .where(
      and(eq(documentLinks.documentId, documentId), eq(documentLinks.targetType, "control"), not(visible)),
    );
  return rows.map((r) => r.id);
}

/**
 * Replaces one kind of link of a document with the list given (validated beforehand). Links to
 * controls the actor may not see stay: they cannot name them, so leaving them out removes nothing.
 */
export async function replaceDocumentLinks(
  tx: Tx,
  actor: Actor,
  documentId: string,
  targetType: "requirement" | "control",
  targetIds: readonly string[],
): Promise<void> {
  const kept = targetType === "control" ? await hiddenControlIds(tx, actor, documentId) : [];
  await tx
    .delete(documentLinks)
    .where(
      and(
        eq(documentLinks.documentId, documentId),
        eq(documentLinks.targetType, targetType),
        kept.length ? notInArray(documentLinks.targetId, kept) : undefined,
      ),
    );
  if (targetIds.length)
    await tx
      .insert(documentLinks)
      .values([...new Set(targetIds)].map((targetId) => ({ documentId, targetType, targetId })))
      .onConflictDoNothing();
}

/**
 * The links of one document with the titles to show (two queries); with an actor, only the
 * controls of the business units they may see.
 */
export async function documentLinksOf(db: DbOrTx, documentId: string, actor?: Actor): Promise<DocumentLinks> {
  const rows = await db
    .select({ targetType: documentLinks.targetType, targetId: documentLinks.targetId })
    .from(documentLinks)
    .where(eq(documentLinks.documentId, documentId))
    .orderBy(asc(documentLinks.targetType), asc(documentLinks.targetId));
  const keys = rows.filter((r) => r.targetType === "requirement").map((r) => r.targetId);
  const ids = rows.filter((r) => r.targetType === "control").map((r) => r.targetId);
  const titles = keys.length
    ? await db
        .select({ key: requirements.key, title: requirements.title })
        .from(requirements)
        .where(inArray(requirements.key, keys))
    : [];
  const linkedControls = ids.length
    ? await db
        .select({ id: controls.id, key: controls.key, code: controls.code, title: controls.title })
        .from(controls)
        .where(
          and(inArray(controls.id, ids), actor ? unitVisibility(controls.businessUnitId, actor) : undefined),
        )
        .orderBy(asc(controls.code))
    : [];
  return {
    // A requirement withdrawn from its catalog keeps its link, shown without a title.
    requirements: keys.map((key) => ({ key, title: titles.find((t) => t.key === key)?.title ?? null })),
    controls: linkedControls,
  };
}
