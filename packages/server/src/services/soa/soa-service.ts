import { desc, eq } from "drizzle-orm";
import {
  matchesSoaFilter,
  soaProblems,
  soaSummary,
  soaWarnings,
  type SoaEntryView,
  type SoaListQuery,
  type SoaView,
  type UpdateSoaEntry,
} from "@openaims/core";
import type { DbOrTx } from "../../db/client.js";
import { soaEntries, soaVersions } from "../../db/schema/index.js";
import { recordAudit } from "../audit/record-audit.js";
import { actorId, type ServiceContext } from "../context.js";
import { assertVersion } from "../shared/versioning.js";
import { assertMayWriteUnit } from "../shared/business-unit-scope.js";
import { annexAControl, loadAnnexA } from "./soa-catalog.js";
import { buildEntryViews, ensureEntryRows, loadEntryRows, workingEntries } from "./soa-entries.js";

export { getSoaVersion } from "./soa-versions.js";

async function latestVersion(db: DbOrTx): Promise<SoaView["latestVersion"]> {
  const [v] = await db
    .select({ number: soaVersions.number, status: soaVersions.status })
    .from(soaVersions)
    .orderBy(desc(soaVersions.number))
    .limit(1);
  return v ? { number: v.number, status: v.status as "in_review" | "approved" | "rejected" } : null;
}

/**
 * The working Statement of Applicability (ISO/IEC 42001 6.1.3 d–e): all Annex A controls, the
 * filtered ones in `items`; summary, problems and warnings always describe the whole SoA.
 * Evidence is judged on `clock.today` (the server's UTC day by default).
 */
export async function getSoa(
  ctx: ServiceContext,
  query: SoaListQuery,
  clock: { today?: string | undefined } = {},
): Promise<SoaView> {
  const all = await workingEntries(ctx.db, ctx.actor, clock.today);
  const items = all.filter((e) => matchesSoaFilter(e, query));
  return {
    items,
    total: items.length,
    summary: soaSummary(all),
    problems: soaProblems(all),
    warnings: soaWarnings(all),
    latestVersion: await latestVersion(ctx.db),
  };
}

/** One working entry by Annex A id ("A.6.2.4"). */
export async function getSoaEntry(ctx: ServiceContext, controlId: string): Promise<SoaEntryView> {
  const catalog = await loadAnnexA(ctx.db);
  const control = annexAControl(catalog, controlId);
  const [view] = await buildEntryViews(
    ctx.db,
    ctx.actor,
    [control],
    await loadEntryRows(ctx.db, [control.key]),
  );
  return view!;
}

/**
 * Edits one entry. Sending applicability, reasons or the exclusion justification records a manual
 * decision that later derivations keep (they propose instead); sending `applicable: null` hands
 * the control back to the draft.
 */
export async function updateSoaEntry(
  ctx: ServiceContext,
  controlId: string,
  patch: UpdateSoaEntry,
): Promise<SoaEntryView> {
  const catalog = await loadAnnexA(ctx.db);
  const control = annexAControl(catalog, controlId);
  // The SoA belongs to the whole organization: a user limited to business units reads it only.
  assertMayWriteUnit(ctx.actor, null);
  return ctx.db.transaction(async (tx) => {
    await ensureEntryRows(tx, [control.key]);
    const rows = await loadEntryRows(tx, [control.key], true);
    const row = rows.get(control.key);
    assertVersion(row, patch.version, `SoA entry ${controlId}`);
    const [before] = await buildEntryViews(tx, ctx.actor, [control], rows);
    const { version, ...changes } = patch;
    const isDecision =
      changes.applicable !== undefined ||
      changes.reasons !== undefined ||
      changes.exclusionJustification !== undefined;
    const applicable = changes.applicable === undefined ? row!.applicable : changes.applicable;
    const [updated] = await tx
      .update(soaEntries)
      .set({
        ...changes,
        ...(isDecision
          ? { applicable, decisionSource: applicable === null ? null : "manual", proposal: null }
          : {}),
        version: version + 1,
        updatedAt: new Date(),
        updatedBy: actorId(ctx.actor),
      })
      .where(eq(soaEntries.controlKey, control.key))
      .returning();
    const [after] = await buildEntryViews(tx, ctx.actor, [control], new Map([[control.key, updated!]]));
    await recordAudit(tx, ctx, {
      action: "soa_entry.updated",
      entityType: "soa_entry",
      entityId: control.key,
      before,
      after,
    });
    return after!;
  });
}
