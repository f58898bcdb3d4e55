import type { ServiceContext } from "../context.js";
import type { CatalogCache } from "../catalogs/catalog-cache.js";
import { coverageNow } from "../coverage/coverage-service.js";
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
  const wanted = new Set(keys);
  // Systems with the same classification share their duties, so the run is shared too; sources
  // only for these duties (explaining every requirement cost 0.5 s at 300 controls).
  const { graph, coverage } = await coverageNow(
    ctx.db,
    cache,
    { key: `requirements:${[...wanted].sort().join(",")}`, explains: (key) => wanted.has(key) },
    {},
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
