import { asc, eq } from "drizzle-orm";
import {
  buildAdjacency,
  type CoverageEdge,
  type CoverageRequirement,
  type PathStep,
  type Relationship,
} from "@openaims/core";
import type { AimsDb } from "../../db/client.js";
import { crosswalkEntries, frameworks, requirements } from "../../db/schema/index.js";
import { catalogRevision } from "./catalog-store.js";

export type CachedRequirement = CoverageRequirement & { id: string; title: string; sortOrder: number };

export type CatalogGraph = {
  revision: number;
  requirements: CachedRequirement[];
  byKey: Map<string, CachedRequirement>;
  frameworkNames: Map<string, string>;
  adjacency: Map<string, PathStep[]>;
};

/**
 * Catalog content changes rarely (start-up load, custom imports), so each process keeps the whole
 * requirement graph in memory and reloads it when the revision in the database moves.
 */
export class CatalogCache {
  private graph: CatalogGraph | null = null;
  private loading: Promise<CatalogGraph> | null = null;

  constructor(private readonly db: AimsDb) {}

  async get(): Promise<CatalogGraph> {
    const revision = await catalogRevision(this.db);
    if (this.graph?.revision === revision) return this.graph;
    this.loading ??= this.load(revision).finally(() => (this.loading = null));
    return this.loading;
  }

  private async load(revision: number): Promise<CatalogGraph> {
    const reqRows = await this.db
      .select({
        key: requirements.key,
        frameworkRef: requirements.frameworkRef,
        assessable: requirements.assessable,
        id: requirements.requirementId,
        title: requirements.title,
        sortOrder: requirements.sortOrder,
      })
      .from(requirements)
      .where(eq(requirements.isWithdrawn, false))
      .orderBy(asc(requirements.frameworkRef), asc(requirements.sortOrder));
    const edgeRows = await this.db
      .select({
        from: crosswalkEntries.fromKey,
        to: crosswalkEntries.toKey,
        relationship: crosswalkEntries.relationship,
        crosswalk: crosswalkEntries.crosswalkRef,
      })
      .from(crosswalkEntries);
    const names = await this.db
      .select({ ref: frameworks.ref, name: frameworks.name, meta: frameworks.meta })
      .from(frameworks);
    const edges: CoverageEdge[] = edgeRows.map((e) => ({
      ...e,
      relationship: e.relationship as Relationship,
    }));
    this.graph = {
      revision,
      requirements: reqRows,
      byKey: new Map(reqRows.map((r) => [r.key, r])),
      frameworkNames: new Map(
        names.map((n) => [n.ref, (n.meta as { shortName?: string }).shortName ?? n.name]),
      ),
      adjacency: buildAdjacency(edges),
    };
    return this.graph;
  }
}
