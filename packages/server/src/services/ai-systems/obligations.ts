import type { ServiceContext } from "../context.js";
import type { CatalogCache } from "../catalogs/catalog-cache.js";
import { computeCoverage } from "@openaims/core";
import { loadControlsForCoverage } from "../controls/controls-service.js";
import { evidenceByTarget } from "../coverage/coverage-evidence.js";
import { loadAiSystem } from "./ai-systems-service.js";

/**
 * The duties the classification found for a system, each with its coverage from the organization's
 * controls — the checklist on the system's page.
 */
export async function obligationsOf(ctx: ServiceContext, cache: CatalogCache, id: string) {
  const row = await loadAiSystem(ctx.db, ctx.actor, id);
  const classification = row.classification as {
    frameworks: { frameworkRef: string; obligations: string[] }[];
  };
  const keys = [...new Set(classification.frameworks.flatMap((f) => f.obligations))];
  const graph = await cache.get();
  const coverage = computeCoverage(
    graph.requirements,
    graph.adjacency,
    await loadControlsForCoverage(ctx.db),
    // Evidence on the requirement itself caps it too (ISO/IEC 42001 9.1), as on the coverage page.
    { requirementEvidence: await evidenceByTarget(ctx.db, "requirement", { targetIds: keys }) },
  );
  return {
    items: keys.flatMap((key) => {
      const r = graph.byKey.get(key);
      if (!r) return [];
      const c = coverage.get(key);
      return [
        {
          key,
          frameworkRef: r.frameworkRef,
          id: r.id,
          title: r.title,
          coverage: c?.status ?? "none",
          controls: [...new Set((c?.sources ?? []).map((s) => s.controlCode))],
        },
      ];
    }),
  };
}
