import { and, asc, eq, inArray } from "drizzle-orm";
import { DomainError, type DocumentView } from "@openaims/core";
import type { DbOrTx, Tx } from "../../db/client.js";
import { controls, documentLinks, requirements } from "../../db/schema/index.js";

export type DocumentLinks = Pick<DocumentView, "requirements" | "controls">;

type Issue = { path: string; message: string };
const duplicates = (list: readonly string[]) => list.filter((v, i) => list.indexOf(v) !== i);

/** Every linked requirement and control must exist (ISO/IEC 42001 7.5: documents trace to what they address). */
export async function assertDocumentLinks(
  tx: Tx,
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
          .where(inArray(controls.id, [...ids]))
      ).map((r) => r.id),
    );
    ids.forEach((id, i) => {
      if (!found.has(id)) issues.push({ path: `controlIds.${i}`, message: `unknown control ${id}` });
    });
  }
  if (issues.length)
    throw new DomainError("VALIDATION_FAILED", `${issues[0]!.path}: ${issues[0]!.message}`, { issues });
}

/** Replaces one kind of link of a document with the list given (validated beforehand). */
export async function replaceDocumentLinks(
  tx: Tx,
  documentId: string,
  targetType: "requirement" | "control",
  targetIds: readonly string[],
): Promise<void> {
  await tx
    .delete(documentLinks)
    .where(and(eq(documentLinks.documentId, documentId), eq(documentLinks.targetType, targetType)));
  if (targetIds.length)
    await tx
      .insert(documentLinks)
      .values([...new Set(targetIds)].map((targetId) => ({ documentId, targetType, targetId })));
}

/** The links of one document with the titles to show (two queries). */
export async function documentLinksOf(db: DbOrTx, documentId: string): Promise<DocumentLinks> {
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
        .where(inArray(controls.id, ids))
        .orderBy(asc(controls.code))
    : [];
  return {
    // A requirement withdrawn from its catalog keeps its link, shown without a title.
    requirements: keys.map((key) => ({ key, title: titles.find((t) => t.key === key)?.title ?? null })),
    controls: linkedControls,
  };
}
