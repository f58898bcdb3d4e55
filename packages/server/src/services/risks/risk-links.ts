import { eq, inArray } from "drizzle-orm";
import { DomainError } from "@openaims/core";
import type { DbOrTx, Tx } from "../../db/client.js";
import { controls, requirements, riskTreatmentLinks } from "../../db/schema/index.js";

const CONTROL = "control:";
export type TreatmentLinks = { treatmentControls: string[]; annexAControls: string[] };

/** Treatment links of many risks in one query. */
export async function treatmentLinksOf(db: DbOrTx, riskIds: string[]): Promise<Map<string, TreatmentLinks>> {
  const map = new Map<string, TreatmentLinks>(
    riskIds.map((id) => [id, { treatmentControls: [], annexAControls: [] }]),
  );
  if (riskIds.length === 0) return map;
  const rows = await db.select().from(riskTreatmentLinks).where(inArray(riskTreatmentLinks.riskId, riskIds));
  for (const r of rows) {
    const links = map.get(r.riskId);
    if (!links) continue;
    if (r.target.startsWith(CONTROL)) links.treatmentControls.push(r.target.slice(CONTROL.length));
    else links.annexAControls.push(r.target);
  }
  for (const l of map.values()) {
    l.treatmentControls.sort();
    l.annexAControls.sort();
  }
  return map;
}

/** Controls must exist; Annex A keys must be ISO/IEC 42001 Annex A controls of the catalog. */
export async function assertTreatmentLinks(tx: Tx, links: TreatmentLinks): Promise<void> {
  const issues: { path: string; message: string }[] = [];
  if (links.treatmentControls.length) {
    const found = new Set(
      (
        await tx
          .select({ id: controls.id })
          .from(controls)
          .where(inArray(controls.id, links.treatmentControls))
      ).map((c) => c.id),
    );
    links.treatmentControls.forEach(
      (id, i) =>
        found.has(id) || issues.push({ path: `treatmentControls.${i}`, message: `unknown control ${id}` }),
    );
  }
  if (links.annexAControls.length) {
    const found = await tx
      .select({ key: requirements.key, kind: requirements.kind })
      .from(requirements)
      .where(inArray(requirements.key, links.annexAControls));
    links.annexAControls.forEach((key, i) => {
      const r = found.find((f) => f.key === key);
      if (!r || r.kind !== "control" || !key.startsWith("iso-iec-42001:"))
        issues.push({
          path: `annexAControls.${i}`,
          message: `${key} is not an ISO/IEC 42001 Annex A control`,
        });
    });
  }
  if (issues.length) throw new DomainError("VALIDATION_FAILED", issues[0]!.message, { issues });
}

export async function replaceTreatmentLinks(tx: Tx, riskId: string, links: TreatmentLinks): Promise<void> {
  await tx.delete(riskTreatmentLinks).where(eq(riskTreatmentLinks.riskId, riskId));
  await insertTreatmentLinks(tx, riskId, links);
}

/** The links of a risk that has none yet (a new one). */
export async function insertTreatmentLinks(tx: Tx, riskId: string, links: TreatmentLinks): Promise<void> {
  const targets = [
    ...new Set([...links.treatmentControls.map((id) => `${CONTROL}${id}`), ...links.annexAControls]),
  ];
  if (targets.length)
    await tx.insert(riskTreatmentLinks).values(targets.map((target) => ({ riskId, target })));
}

/** Links as `treatmentLinksOf` reads them back: each target once, sorted. */
export const normalizedLinks = (links: TreatmentLinks): TreatmentLinks => ({
  treatmentControls: [...new Set(links.treatmentControls)].sort(),
  annexAControls: [...new Set(links.annexAControls)].sort(),
});
