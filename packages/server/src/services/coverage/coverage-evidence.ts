import { and, asc, eq, inArray, type SQL } from "drizzle-orm";
import type { CoverageEvidence } from "@openaims/core";
import type { DbOrTx } from "../../db/client.js";
import { evidence, evidenceLinks } from "../../db/schema/index.js";

/** One linked evidence item as coverage and the SoA read it (dates as YYYY-MM-DD). */
export type LinkedEvidence = CoverageEvidence & { id: string; businessUnitId: string | null };

/**
 * Evidence linked to records of one type (controls by id, requirements by catalog key), grouped by
 * the linked record, in one query for all of them (ISO/IEC 42001 7.5.3, 9.1). `targetIds` narrows
 * to some records; `visible` adds a business-unit filter on the evidence.
 */
export async function evidenceByTarget(
  db: DbOrTx,
  targetType: "control" | "requirement",
  options: { targetIds?: readonly string[]; visible?: SQL | undefined } = {},
): Promise<Map<string, LinkedEvidence[]>> {
  const out = new Map<string, LinkedEvidence[]>();
  if (options.targetIds && options.targetIds.length === 0) return out;
  const rows = await db
    .select({
      targetId: evidenceLinks.targetId,
      id: evidence.id,
      key: evidence.key,
      title: evidence.title,
      effectiveOn: evidence.effectiveOn,
      validUntil: evidence.validUntil,
      businessUnitId: evidence.businessUnitId,
    })
    .from(evidenceLinks)
    .innerJoin(evidence, eq(evidence.id, evidenceLinks.evidenceId))
    .where(
      and(
        eq(evidenceLinks.targetType, targetType),
        options.targetIds ? inArray(evidenceLinks.targetId, [...options.targetIds]) : undefined,
        options.visible,
      ),
    )
    .orderBy(asc(evidenceLinks.targetId), asc(evidence.createdAt), asc(evidence.id));
  for (const { targetId, ...item } of rows) {
    const list = out.get(targetId);
    if (list) list.push(item);
    else out.set(targetId, [item]);
  }
  return out;
}
