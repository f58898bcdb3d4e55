import { and, asc, eq, inArray } from "drizzle-orm";
import { annexAThemeOf, DomainError, type AnnexAControl } from "@openaims/core";
import type { DbOrTx } from "../../db/client.js";
import { requirements } from "../../db/schema/index.js";

/** The SoA covers the Annex A controls of the loaded ISO/IEC 42001 catalog (38 in the 2023 edition). */
export const ISO_42001_REF = "iso-iec-42001:2023";

export type SoaControl = AnnexAControl & { themeTitle: string };
export type AnnexACatalog = { controls: SoaControl[]; byId: Map<string, SoaControl>; keys: string[] };

/** Annex A controls and their topics, in catalog order (one indexed query). */
export async function loadAnnexA(db: DbOrTx): Promise<AnnexACatalog> {
  const rows = await db
    .select({
      key: requirements.key,
      id: requirements.requirementId,
      title: requirements.title,
      kind: requirements.kind,
    })
    .from(requirements)
    .where(
      and(
        eq(requirements.frameworkRef, ISO_42001_REF),
        eq(requirements.isWithdrawn, false),
        inArray(requirements.kind, ["control", "topic"]),
      ),
    )
    .orderBy(asc(requirements.sortOrder));
  const topics = new Map(rows.filter((r) => r.kind === "topic").map((r) => [r.id, r.title]));
  const controls = rows
    .filter((r) => r.kind === "control" && r.id.startsWith("A."))
    .map((r) => {
      const theme = annexAThemeOf(r.id);
      return { key: r.key, id: r.id, title: r.title, theme, themeTitle: topics.get(theme) ?? theme };
    });
  return { controls, byId: new Map(controls.map((c) => [c.id, c])), keys: controls.map((c) => c.key) };
}

/** One Annex A control by its id ("A.6.2.4"); 404 for anything else. */
export function annexAControl(catalog: AnnexACatalog, controlId: string): SoaControl {
  const control = catalog.byId.get(controlId);
  if (!control)
    throw new DomainError("NOT_FOUND", `${controlId} is not an Annex A control of ISO/IEC 42001:2023`);
  return control;
}

/** Deriving or issuing needs the catalog: without it there is nothing to decide. */
export function assertCatalogLoaded(catalog: AnnexACatalog): void {
  if (catalog.controls.length === 0)
    throw new DomainError(
      "RULE_VIOLATION",
      "the ISO/IEC 42001:2023 catalog is not loaded, so there are no Annex A controls to decide",
    );
}
