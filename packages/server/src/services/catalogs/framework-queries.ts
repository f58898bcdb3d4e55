import { and, asc, count, eq, ilike, inArray, or, sql, type SQL } from "drizzle-orm";
import {
  DomainError,
  inverseRelationship,
  type CrosswalkEntryView,
  type CrosswalkSummary,
  type FrameworkSummary,
  type MappingView,
  type Page,
  type Relationship,
  type RequirementDetail,
  type RequirementView,
} from "@openaims/core";
import type { DbOrTx } from "../../db/client.js";
import { crosswalkEntries, crosswalks, frameworks, requirements } from "../../db/schema/index.js";
import { likePattern } from "../shared/search.js";

type FrameworkRow = typeof frameworks.$inferSelect;
type RequirementRow = typeof requirements.$inferSelect;
type Meta = {
  shortName?: string;
  publisher: string;
  kind: FrameworkSummary["kind"];
  jurisdiction?: string;
  effectiveFrom?: string;
  effectiveTo?: string;
  supersededBy?: string;
  url: string;
  notes?: string[];
};

const toRequirementView = (r: RequirementRow): RequirementView => ({
  key: r.key,
  frameworkRef: r.frameworkRef,
  id: r.requirementId,
  title: r.title,
  summary: r.summary,
  kind: r.kind as RequirementView["kind"],
  assessable: r.assessable,
  parent: r.parentId,
  tags: r.tags as Record<string, unknown>,
  effectiveFrom: r.effectiveFrom,
  citation: r.citation,
  sortOrder: r.sortOrder,
});

function toSummary(f: FrameworkRow, counts: { n: number; assessable: number } | undefined): FrameworkSummary {
  const m = f.meta as Meta;
  return {
    ref: f.ref,
    id: f.frameworkId,
    version: f.version,
    name: f.name,
    shortName: m.shortName ?? null,
    publisher: m.publisher,
    kind: m.kind,
    jurisdiction: m.jurisdiction ?? null,
    effectiveFrom: m.effectiveFrom ?? null,
    effectiveTo: m.effectiveTo ?? null,
    supersededBy: m.supersededBy ?? null,
    url: m.url,
    isCustom: f.isCustom,
    requirementCount: counts?.n ?? 0,
    assessableCount: counts?.assessable ?? 0,
    notes: m.notes ?? [],
  };
}

/** Frameworks with their versions and requirement counts (counts fetched for the page only). */
export async function listFrameworks(
  db: DbOrTx,
  q: { limit: number; offset: number; q?: string | undefined },
): Promise<Page<FrameworkSummary>> {
  const where = q.q
    ? or(ilike(frameworks.name, likePattern(q.q)), ilike(frameworks.ref, likePattern(q.q)))
    : undefined;
  const rows = await db
    .select()
    .from(frameworks)
    .where(where)
    .orderBy(asc(frameworks.frameworkId), asc(frameworks.version))
    .limit(q.limit)
    .offset(q.offset);
  const [total] = await db.select({ n: count() }).from(frameworks).where(where);
  const counts = rows.length
    ? await db
        .select({
          ref: requirements.frameworkRef,
          n: count(),
          assessable: sql<number>`count(*) filter (where ${requirements.assessable})`.mapWith(Number),
        })
        .from(requirements)
        .where(
          and(
            inArray(
              requirements.frameworkRef,
              rows.map((r) => r.ref),
            ),
            eq(requirements.isWithdrawn, false),
          ),
        )
        .groupBy(requirements.frameworkRef)
    : [];
  const byRef = new Map(counts.map((c) => [c.ref, c]));
  return { items: rows.map((r) => toSummary(r, byRef.get(r.ref))), total: total?.n ?? 0 };
}

export async function getFramework(db: DbOrTx, ref: string): Promise<FrameworkSummary> {
  const page = await db.select().from(frameworks).where(eq(frameworks.ref, ref));
  if (!page[0]) throw new DomainError("NOT_FOUND", `framework ${ref} not found`);
  const [c] = await db
    .select({
      n: count(),
      assessable: sql<number>`count(*) filter (where ${requirements.assessable})`.mapWith(Number),
    })
    .from(requirements)
    .where(and(eq(requirements.frameworkRef, ref), eq(requirements.isWithdrawn, false)));
  return toSummary(page[0], c);
}

export type RequirementQuery = {
  limit: number;
  offset: number;
  q?: string | undefined;
  kind?: string | undefined;
  assessable?: boolean | undefined;
  parent?: string | undefined;
};

/** Requirements in document order; `q` searches id, title and summary. */
export async function listRequirements(
  db: DbOrTx,
  ref: string,
  q: RequirementQuery,
): Promise<Page<RequirementView>> {
  await getFramework(db, ref);
  const filters: SQL[] = [eq(requirements.frameworkRef, ref), eq(requirements.isWithdrawn, false)];
  if (q.q)
    filters.push(
      or(
        ilike(requirements.requirementId, likePattern(q.q)),
        ilike(requirements.title, likePattern(q.q)),
        ilike(requirements.summary, likePattern(q.q)),
      )!,
    );
  if (q.kind) filters.push(eq(requirements.kind, q.kind));
  if (q.assessable !== undefined) filters.push(eq(requirements.assessable, q.assessable));
  if (q.parent !== undefined)
    filters.push(
      q.parent === "" ? sql`${requirements.parentId} is null` : eq(requirements.parentId, q.parent),
    );
  const where = and(...filters);
  const rows = await db
    .select()
    .from(requirements)
    .where(where)
    .orderBy(asc(requirements.sortOrder))
    .limit(q.limit)
    .offset(q.offset);
  const [total] = await db.select({ n: count() }).from(requirements).where(where);
  return { items: rows.map(toRequirementView), total: total?.n ?? 0 };
}

/** A requirement with its children and its mappings in every direction, read from it. */
export async function getRequirementDetail(
  db: DbOrTx,
  ref: string,
  requirementId: string,
): Promise<RequirementDetail> {
  const key = `${ref}/${requirementId}`;
  const [row] = await db.select().from(requirements).where(eq(requirements.key, key));
  if (!row) throw new DomainError("NOT_FOUND", `requirement ${key} not found`);
  const children = await db
    .select()
    .from(requirements)
    .where(
      and(
        eq(requirements.frameworkRef, ref),
        eq(requirements.parentId, requirementId),
        eq(requirements.isWithdrawn, false),
      ),
    )
    .orderBy(asc(requirements.sortOrder))
    .limit(200);
  const entries = await db
    .select()
    .from(crosswalkEntries)
    .where(or(eq(crosswalkEntries.fromKey, key), eq(crosswalkEntries.toKey, key)))
    .limit(500);
  const otherKeys = entries.map((e) => (e.fromKey === key ? e.toKey : e.fromKey));
  const others = otherKeys.length
    ? await db.select().from(requirements).where(inArray(requirements.key, otherKeys))
    : [];
  const byKey = new Map(others.map((o) => [o.key, o]));
  const mappings: MappingView[] = entries.flatMap((e) => {
    const forward = e.fromKey === key;
    const other = byKey.get(forward ? e.toKey : e.fromKey);
    if (!other) return [];
    const relationship = e.relationship as Relationship;
    return [
      {
        crosswalk: e.crosswalkRef,
        other: {
          key: other.key,
          frameworkRef: other.frameworkRef,
          id: other.requirementId,
          title: other.title,
        },
        relationship: forward ? relationship : inverseRelationship(relationship),
        rationale: e.rationale,
        confidence: e.confidence as MappingView["confidence"],
        source: e.source,
      },
    ];
  });
  mappings.sort(
    (a, b) =>
      a.other.frameworkRef.localeCompare(b.other.frameworkRef) || a.other.key.localeCompare(b.other.key),
  );
  return { ...toRequirementView(row), children: children.map(toRequirementView), mappings };
}

/** Every crosswalk with entry counts by relationship. */
export async function listCrosswalks(db: DbOrTx): Promise<CrosswalkSummary[]> {
  const rows = await db.select().from(crosswalks).orderBy(asc(crosswalks.ref)).limit(200);
  const counts = await db
    .select({ ref: crosswalkEntries.crosswalkRef, relationship: crosswalkEntries.relationship, n: count() })
    .from(crosswalkEntries)
    .groupBy(crosswalkEntries.crosswalkRef, crosswalkEntries.relationship);
  return rows.map((c) => {
    const mine = counts.filter((x) => x.ref === c.ref);
    return {
      ref: c.ref,
      from: c.fromRef,
      to: c.toRef,
      title: c.title,
      isCustom: c.isCustom,
      entryCount: mine.reduce((a, x) => a + x.n, 0),
      byRelationship: Object.fromEntries(mine.map((x) => [x.relationship, x.n])),
    };
  });
}

/** Entries between two frameworks, read from `from` to `to` whichever way the crosswalk was authored. */
export async function listCrosswalkEntries(
  db: DbOrTx,
  q: { from: string; to: string; relationship?: Relationship | undefined; limit: number; offset: number },
): Promise<Page<CrosswalkEntryView>> {
  const [cw] = await db
    .select()
    .from(crosswalks)
    .where(
      or(
        and(eq(crosswalks.fromRef, q.from), eq(crosswalks.toRef, q.to)),
        and(eq(crosswalks.fromRef, q.to), eq(crosswalks.toRef, q.from)),
      ),
    );
  if (!cw) return { items: [], total: 0 };
  const inverted = cw.fromRef !== q.from;
  const stored = q.relationship
    ? inverted
      ? inverseRelationship(q.relationship)
      : q.relationship
    : undefined;
  const where = and(
    eq(crosswalkEntries.crosswalkRef, cw.ref),
    stored ? eq(crosswalkEntries.relationship, stored) : undefined,
  );
  const rows = await db
    .select()
    .from(crosswalkEntries)
    .where(where)
    .orderBy(asc(crosswalkEntries.sortOrder))
    .limit(q.limit)
    .offset(q.offset);
  const [total] = await db.select({ n: count() }).from(crosswalkEntries).where(where);
  const keys = [...new Set(rows.flatMap((r) => [r.fromKey, r.toKey]))];
  const reqs = keys.length ? await db.select().from(requirements).where(inArray(requirements.key, keys)) : [];
  const byKey = new Map(reqs.map((r) => [r.key, r]));
  const end = (k: string) => ({
    key: k,
    id: byKey.get(k)?.requirementId ?? k,
    title: byKey.get(k)?.title ?? "",
  });
  const items = rows.map((r) => {
    const relationship = r.relationship as Relationship;
    return {
      from: end(inverted ? r.toKey : r.fromKey),
      to: end(inverted ? r.fromKey : r.toKey),
      relationship: inverted ? inverseRelationship(relationship) : relationship,
      rationale: r.rationale,
      confidence: r.confidence as CrosswalkEntryView["confidence"],
      source: r.source,
    };
  });
  return { items, total: total?.n ?? 0 };
}
