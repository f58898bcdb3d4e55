import { eq } from "drizzle-orm";
import {
  deriveSoaDraft,
  type InterestedPartyLink,
  type SoaDeriveResult,
  type SoaProposal,
  type SoaReason,
} from "@openaims/core";
import { soaEntries } from "../../db/schema/index.js";
import { recordAudit } from "../audit/record-audit.js";
import { actorId, type ServiceContext } from "../context.js";
import { assertMayWriteUnit } from "../shared/business-unit-scope.js";
import type { CatalogCache } from "../catalogs/catalog-cache.js";
import { assertCatalogLoaded, loadAnnexA } from "./soa-catalog.js";
import { ensureEntryRows, loadEntryRows, lockSoaWrites } from "./soa-entries.js";
import { loadLegalLinks, loadPartyLinks, loadRiskLinks } from "./soa-sources.js";

const counted = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** What the interested-party source contributed (4.2 b → 6.1.3 d). */
function partyNote(links: readonly InterestedPartyLink[]): string {
  if (links.length === 0) return "No requirement of an interested party is linked to an Annex A control.";
  const parties = new Set(links.map((l) => l.partyKey)).size;
  const controls = new Set(links.map((l) => l.annexAKey)).size;
  return `Requirements of ${counted(parties, "interested party", "interested parties")} justify ${counted(controls, "Annex A control", "Annex A controls")}.`;
}

/**
 * Recomputes the SoA draft from risk treatment, the classification of the AI systems in scope and
 * the requirements of interested parties linked to Annex A controls (ISO/IEC 42001 4.2, 6.1.3 b–d):
 * undecided entries get their reasons, manual decisions get proposals.
 */
export async function deriveSoa(ctx: ServiceContext, cache: CatalogCache): Promise<SoaDeriveResult> {
  // The SoA is organization-wide: users limited to business units may read it, not rewrite it.
  assertMayWriteUnit(ctx.actor, null);
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
    const partyLinks = await loadPartyLinks(tx, catalog.keys);
    const draft = deriveSoaDraft({
      controls: catalog.controls,
      riskLinks,
      legalLinks: legal.links,
      partyLinks,
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
        partyNote(partyLinks),
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
