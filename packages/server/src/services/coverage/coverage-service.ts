import { count, eq } from "drizzle-orm";
import {
  computeCoverage,
  DomainError,
  explainSource,
  scoreFrameworks,
  sortSources,
  type Page,
  type RequirementCoverageView,
} from "@openaims/core";
import type { z } from "zod";
import type { CoverageSummary } from "@openaims/core";
import type { DbOrTx } from "../../db/client.js";
import { controls } from "../../db/schema/index.js";
import type { CatalogCache } from "../catalogs/catalog-cache.js";
import { loadControlsForCoverage } from "../controls/controls-service.js";

const MAX_SOURCES = 20;

/** Runs the coverage engine over every framework at once from the current controls. */
async function coverageNow(db: DbOrTx, cache: CatalogCache, explain: boolean | ((key: string) => boolean)) {
  const graph = await cache.get();
  const controlRows = await loadControlsForCoverage(db);
  return {
    graph,
    coverage: computeCoverage(graph.requirements, graph.adjacency, controlRows, { explain }),
    controlRows,
  };
}

/** Each requirement of one framework with its status and why (ISO/IEC 42001 6.1.3 d: compare with Annex A). */
export async function frameworkCoverage(
  db: DbOrTx,
  cache: CatalogCache,
  q: { framework: string; status?: "full" | "partial" | "none" | undefined; limit: number; offset: number },
): Promise<Page<RequirementCoverageView>> {
  const prefix = `${q.framework}/`;
  const { graph, coverage } = await coverageNow(db, cache, (key) => key.startsWith(prefix));
  if (!graph.frameworkNames.has(q.framework))
    throw new DomainError("NOT_FOUND", `framework ${q.framework} not found`);
  const rows = graph.requirements
    .filter((r) => r.frameworkRef === q.framework)
    .map((r) => ({ r, c: coverage.get(r.key)! }))
    .filter(({ c }) => !q.status || c.status === q.status);
  const items = rows.slice(q.offset, q.offset + q.limit).map(({ r, c }) => ({
    key: r.key,
    id: r.id,
    title: r.title,
    assessable: r.assessable,
    status: c.status,
    sourceCount: c.sources.length,
    sources: sortSources(c.sources)
      .slice(0, MAX_SOURCES)
      .map((s) => ({ ...s, explanation: explainSource(s) })),
  }));
  return { items, total: rows.length };
}

/** Scores of every framework, and how many controls are implemented. */
export async function coverageSummary(
  db: DbOrTx,
  cache: CatalogCache,
): Promise<z.infer<typeof CoverageSummary>> {
  const { graph, coverage, controlRows } = await coverageNow(db, cache, false);
  const frameworks = scoreFrameworks(graph.requirements, coverage).map((s) => ({
    ...s,
    name: graph.frameworkNames.get(s.frameworkRef) ?? s.frameworkRef,
  }));
  const [implemented] = await db
    .select({ n: count() })
    .from(controls)
    .where(eq(controls.implementationStatus, "implemented"));
  return { frameworks, controlCount: controlRows.length, implementedCount: implemented?.n ?? 0 };
}
