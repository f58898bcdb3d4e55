import { asc, eq, inArray } from "drizzle-orm";
import { DomainError, type ControlLink } from "@openaims/core";
import type { DbOrTx, Tx } from "../../db/client.js";
import { controlRequirements, requirements } from "../../db/schema/index.js";

export type LinkView = ControlLink & { title: string; frameworkRef: string; requirementId: string };

/** Links of many controls in two queries, grouped by control. */
export async function linksOf(db: DbOrTx, controlIds: string[]): Promise<Map<string, LinkView[]>> {
  const map = new Map<string, LinkView[]>(controlIds.map((id) => [id, []]));
  if (controlIds.length === 0) return map;
  const rows = await db
    .select({
      controlId: controlRequirements.controlId,
      requirementKey: controlRequirements.requirementKey,
      coverage: controlRequirements.coverage,
      note: controlRequirements.note,
      title: requirements.title,
      frameworkRef: requirements.frameworkRef,
      requirementId: requirements.requirementId,
      sortOrder: requirements.sortOrder,
    })
    .from(controlRequirements)
    .innerJoin(requirements, eq(controlRequirements.requirementKey, requirements.key))
    .where(inArray(controlRequirements.controlId, controlIds))
    .orderBy(asc(requirements.frameworkRef), asc(requirements.sortOrder));
  for (const { controlId, sortOrder: _s, ...link } of rows)
    map.get(controlId)?.push({ ...link, coverage: link.coverage as ControlLink["coverage"] });
  return map;
}

/** Every linked requirement must exist and be assessable; duplicates are refused. */
export async function assertLinkable(tx: Tx, links: readonly ControlLink[]): Promise<void> {
  const keys = links.map((l) => l.requirementKey);
  const dup = keys.find((k, i) => keys.indexOf(k) !== i);
  if (dup)
    throw new DomainError("VALIDATION_FAILED", `requirement ${dup} is linked twice`, {
      issues: [{ path: "links", message: `duplicate ${dup}` }],
    });
  if (keys.length === 0) return;
  const found = await tx
    .select({
      key: requirements.key,
      assessable: requirements.assessable,
      withdrawn: requirements.isWithdrawn,
    })
    .from(requirements)
    .where(inArray(requirements.key, keys));
  const issues = links.flatMap((l, i) => {
    const r = found.find((f) => f.key === l.requirementKey);
    if (!r)
      return [{ path: `links.${i}.requirementKey`, message: `unknown requirement ${l.requirementKey}` }];
    if (!r.assessable || r.withdrawn)
      return [
        {
          path: `links.${i}.requirementKey`,
          message: `${l.requirementKey} is a heading or reference item, not an assessable requirement`,
        },
      ];
    return [];
  });
  if (issues.length) throw new DomainError("VALIDATION_FAILED", issues[0]!.message, { issues });
}

export async function replaceLinks(tx: Tx, controlId: string, links: readonly ControlLink[]): Promise<void> {
  await tx.delete(controlRequirements).where(inArray(controlRequirements.controlId, [controlId]));
  if (links.length)
    await tx.insert(controlRequirements).values(
      links.map((l) => ({
        controlId,
        requirementKey: l.requirementKey,
        coverage: l.coverage,
        note: l.note,
      })),
    );
}
