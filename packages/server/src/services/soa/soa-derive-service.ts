import { eq } from "drizzle-orm";
import { deriveSoaDraft, type SoaDeriveResult, type SoaProposal, type SoaReason } from "@openaims/core";
import { soaEntries } from "../../db/schema/index.js";
import { recordAudit } from "../audit/record-audit.js";
import { actorId, type ServiceContext } from "../context.js";
import type { CatalogCache } from "../catalogs/catalog-cache.js";
import { assertCatalogLoaded, loadAnnexA } from "./soa-catalog.js";
import { ensureEntryRows, loadEntryRows, lockSoaWrites } from "./soa-entries.js";
import { loadLegalLinks, loadRiskLinks } from "./soa-sources.js";

/**
 * Recomputes the SoA draft from risk treatment and the classification of the AI systems in scope
 * (ISO/IEC 42001 6.1.3 b–d): undecided entries get their reasons, manual decisions get proposals.
 */
export async function deriveSoa(ctx: ServiceContext, cache: CatalogCache): Promise<SoaDeriveResult> {
  // The crosswalk graph is read before the transaction: keep transactions free of other waits.
  const graph = await cache.get();
  const catalog = await loadAnnexA(ctx.db);
  assertCatalogLoaded(catalog);
  return ctx.db.transaction(async (tx) => {
    await lockSoaWrites(tx);
    await ensureEntryRows(tx, catalog.keys);
    const rows = await loadEntryRows(tx, catalog.keys, true);
    const riskLinks = await loadRiskLinks(tx, catalog.keys);
    const legal = await loadLegalLinks(tx, graph, catalog.keys);
    const draft = deriveSoaDraft({
      controls: catalog.controls,
      riskLinks,
      legalLinks: legal.links,
      // Interested-party requirements (4.2) are free text without links to Annex A controls in the
      // context model, so they cannot justify a control yet: that source is skipped.
      partyLinks: [],
      entries: [...rows.values()].map((r) => ({
        controlKey: r.controlKey,
        applicable: r.applicable,
        reasons: r.reasons as SoaReason[],
        decisionSource: r.decisionSource as "derived" | "manual" | null,
        proposal: r.proposal as SoaProposal | null,
      })),
    });
    const changed = draft.items.filter((i) => i.change !== "none");
    const now = new Date();
    for (const item of changed) {
      const row = rows.get(item.controlKey)!;
      await tx
        .update(soaEntries)
        .set({
          applicable: item.applicable,
          reasons: item.reasons,
          decisionSource: item.decisionSource,
          proposal: item.proposal,
          version: row.version + 1,
          updatedAt: now,
          updatedBy: actorId(ctx.actor),
        })
        .where(eq(soaEntries.controlKey, item.controlKey));
    }
    const titles = new Map(catalog.controls.map((c) => [c.key, c.title]));
    const result: SoaDeriveResult = {
      decided: draft.counts.decided,
      updated: draft.counts.updated,
      reverted: draft.counts.reverted,
      proposals: draft.counts.proposal,
      changes: changed.map((i) => ({
        controlId: i.controlId,
        title: titles.get(i.controlKey) ?? i.controlId,
        change: i.change as Exclude<typeof i.change, "none">,
      })),
      notes: [
        "Interested-party requirements are not linked to Annex A controls, so they were not used.",
        ...(legal.unmapped
          ? [
              `${legal.unmapped} duties of applicable laws have no crosswalk to an Annex A control and justify none.`,
            ]
          : []),
      ],
    };
    await recordAudit(tx, ctx, {
      action: "soa.derived",
      entityType: "soa",
      entityId: null,
      before: changed.map((i) => {
        const r = rows.get(i.controlKey)!;
        return { controlId: i.controlId, applicable: r.applicable, reasons: r.reasons, proposal: r.proposal };
      }),
      after: {
        ...result,
        entries: changed.map((i) => ({
          controlId: i.controlId,
          applicable: i.applicable,
          reasons: i.reasons,
          proposal: i.proposal,
        })),
      },
    });
    return result;
  });
}
