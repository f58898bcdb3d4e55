import { count, eq } from "drizzle-orm";
import {
  computeCoverage,
  DomainError,
  explainSource,
  scoreFrameworks,
  sortSources,
  utcDay,
  type Page,
  type RequirementCoverageView,
} from "@openaims/core";
import type { z } from "zod";
import type { CoverageSummary } from "@openaims/core";
import type { DbOrTx } from "../../db/client.js";
import { controls } from "../../db/schema/index.js";
import type { CatalogCache } from "../catalogs/catalog-cache.js";
import { loadControlsForCoverage } from "../controls/controls-service.js";
import { evidenceByTarget } from "./coverage-evidence.js";
import { CoverageMemo } from "./coverage-memo.js";

const MAX_SOURCES = 20;

/** When evidence is judged: the server's UTC day unless a caller (a test) fixes it. */
export type CoverageClock = { today?: string | undefined };

type CoverageRun = {
  graph: Awaited<ReturnType<CatalogCache["get"]>>;
  coverage: ReturnType<typeof computeCoverage>;
  controlRows: Awaited<ReturnType<typeof loadControlsForCoverage>>;
  /** Identifies the inputs and day this run was computed from. */
  stateKey: string;
};
const memo = new CoverageMemo<CoverageRun>(8);
/** Finished pages of one framework: sorting and explaining 20 sources per requirement costs too. */
const pages = new CoverageMemo<Page<RequirementCoverageView>>(4);

/**
 * Runs the coverage engine over every framework at once from the current controls and the evidence
 * linked to them and to requirements (ISO/IEC 42001 9.1: stale evidence stops counting).
 * `explainKey` names the set of requirements `explain` selects, so equal sets share one result.
 */
export async function coverageNow(
  db: DbOrTx,
  cache: CatalogCache,
  explain: { key: string; explains: boolean | ((key: string) => boolean) },
  clock: CoverageClock,
): Promise<CoverageRun> {
  const today = clock.today ?? utcDay();
  const state = await memo.inputsKey(db);
  const graph = await cache.get();
  const stateKey = `${state}|${graph.revision}|${today}`;
  return memo.get(`${stateKey}|${explain.key}`, async () => {
    const controlRows = await loadControlsForCoverage(db);
    const requirementEvidence = await evidenceByTarget(db, "requirement");
    return {
      graph,
      coverage: computeCoverage(graph.requirements, graph.adjacency, controlRows, {
        explain: explain.explains,
        today,
        requirementEvidence,
      }),
      controlRows,
      stateKey,
    };
  });
}

const RANK = { none: 0, partial: 1, full: 2 } as const;

/** Each requirement of one framework with its status and why (ISO/IEC 42001 6.1.3 d: compare with Annex A). */
export async function frameworkCoverage(
  db: DbOrTx,
  cache: CatalogCache,
  q: {
    framework: string;
    status?: "full" | "partial" | "none" | undefined;
    heldBack?: "true" | "false" | undefined;
    limit: number;
    offset: number;
  },
  clock: CoverageClock = {},
): Promise<Page<RequirementCoverageView>> {
  const prefix = `${q.framework}/`;
  const { graph, coverage, stateKey } = await coverageNow(
    db,
    cache,
    { key: `framework:${q.framework}`, explains: (key) => key.startsWith(prefix) },
    clock,
  );
  if (!graph.frameworkNames.has(q.framework))
    throw new DomainError("NOT_FOUND", `framework ${q.framework} not found`);
  const pageKey = `${stateKey}|${q.framework}|${q.status}|${q.heldBack}|${q.limit}|${q.offset}`;
  return pages.get(pageKey, async () => frameworkPage(graph, coverage, q));
}

function frameworkPage(
  graph: CoverageRun["graph"],
  coverage: CoverageRun["coverage"],
  q: Parameters<typeof frameworkCoverage>[2],
): Page<RequirementCoverageView> {
  const rows = graph.requirements
    .filter((r) => r.frameworkRef === q.framework)
    .map((r) => ({ r, c: coverage.get(r.key)! }))
    .filter(({ c }) => !q.status || c.status === q.status)
    .filter(({ c }) => !q.heldBack || RANK[c.potential] > RANK[c.status] === (q.heldBack === "true"));
  const items = rows.slice(q.offset, q.offset + q.limit).map(({ r, c }) => ({
    key: r.key,
    id: r.id,
    title: r.title,
    assessable: r.assessable,
    status: c.status,
    potential: c.potential,
    sourceCount: c.sources.length,
    sources: sortSources(c.sources)
      .slice(0, MAX_SOURCES)
      .map((s) => ({ ...s, explanation: explainSource(s) })),
    evidence: c.evidence,
    limitedBy: c.limitedBy,
  }));
  return { items, total: rows.length };
}

/** Scores of every framework (with requirements held back by stale evidence), and how many controls are implemented. */
export async function coverageSummary(
  db: DbOrTx,
  cache: CatalogCache,
  clock: CoverageClock = {},
): Promise<z.infer<typeof CoverageSummary>> {
  const { graph, coverage, controlRows } = await coverageNow(
    db,
    cache,
    { key: "none", explains: false },
    clock,
  );
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
