import { and, asc, eq, inArray, notInArray, sql } from "drizzle-orm";
import {
  canonicalJson,
  frameworkRefOf,
  type Crosswalk,
  type Framework,
  type Requirement,
} from "@openaims/core";
import type { DbOrTx, Tx } from "../../db/client.js";
import {
  controlRequirements,
  crosswalkEntries,
  crosswalks,
  frameworks,
  requirements,
  settings,
} from "../../db/schema/index.js";
import { recordAudit, sha256 } from "../audit/record-audit.js";
import type { ServiceContext } from "../context.js";

export const crosswalkRefOf = (c: Pick<Crosswalk, "from" | "to">) => `${c.from}__${c.to}`;
export const contentHash = (value: unknown) => sha256(canonicalJson(value));
const REVISION_KEY = "catalog_revision";
/** Serializes catalog writers across server processes sharing one PostgreSQL (start-up loads race). */
const CATALOG_WRITE_LOCK = 42420002;
const lockCatalogWrites = (tx: Tx) => tx.execute(sql`SELECT pg_advisory_xact_lock(${CATALOG_WRITE_LOCK})`);
const BATCH = 500;

/** Any change to catalogs bumps the revision, so every process reloads its cached graph. */
async function bumpRevision(tx: Tx): Promise<void> {
  await tx
    .insert(settings)
    .values({ key: REVISION_KEY, value: 1 })
    .onConflictDoUpdate({
      target: settings.key,
      set: { value: sql`to_jsonb((${settings.value})::int + 1)`, updatedAt: new Date() },
    });
}

export async function catalogRevision(db: DbOrTx): Promise<number> {
  const [row] = await db.select().from(settings).where(eq(settings.key, REVISION_KEY));
  return Number(row?.value ?? 0);
}

const requirementRow = (ref: string, r: Requirement) => ({
  key: `${ref}/${r.id}`,
  frameworkRef: ref,
  requirementId: r.id,
  title: r.title,
  summary: r.summary,
  kind: r.kind,
  assessable: r.assessable,
  parentId: r.parent,
  tags: r.tags,
  effectiveFrom: r.effectiveFrom ?? null,
  citation: r.citation ?? null,
  aliases: r.aliases ?? null,
  sortOrder: r.sortOrder,
  isWithdrawn: false,
});

/**
 * Writes a framework version. Unchanged content is skipped. Requirements that left the file are
 * deleted unless a control links them — those are kept and flagged withdrawn, so assessed work is
 * never silently rewritten. Returns whether anything changed.
 */
export async function upsertFramework(
  tx: Tx,
  ctx: ServiceContext,
  framework: Framework,
  isCustom: boolean,
): Promise<boolean> {
  await lockCatalogWrites(tx);
  const ref = frameworkRefOf(framework);
  const hash = contentHash(framework);
  const [existing] = await tx
    .select({ hash: frameworks.contentHash })
    .from(frameworks)
    .where(eq(frameworks.ref, ref));
  if (existing?.hash === hash) return false;
  const { requirements: reqs, ...meta } = framework;
  await tx
    .insert(frameworks)
    .values({
      ref,
      frameworkId: framework.id,
      version: framework.version,
      name: framework.name,
      isCustom,
      meta,
      contentHash: hash,
    })
    .onConflictDoUpdate({
      target: frameworks.ref,
      set: { name: framework.name, isCustom, meta, contentHash: hash, loadedAt: new Date() },
    });
  const rows = reqs.map((r) => requirementRow(ref, r));
  for (let i = 0; i < rows.length; i += BATCH) {
    await tx
      .insert(requirements)
      .values(rows.slice(i, i + BATCH))
      .onConflictDoUpdate({
        target: requirements.key,
        set: {
          title: sql`excluded.title`,
          summary: sql`excluded.summary`,
          kind: sql`excluded.kind`,
          assessable: sql`excluded.assessable`,
          parentId: sql`excluded.parent_id`,
          tags: sql`excluded.tags`,
          effectiveFrom: sql`excluded.effective_from`,
          citation: sql`excluded.citation`,
          aliases: sql`excluded.aliases`,
          sortOrder: sql`excluded.sort_order`,
          isWithdrawn: sql`false`,
        },
      });
  }
  const keep = rows.map((r) => r.key);
  const gone = await tx
    .select({ key: requirements.key })
    .from(requirements)
    .where(and(eq(requirements.frameworkRef, ref), notInArray(requirements.key, keep)));
  if (gone.length > 0) {
    const goneKeys = gone.map((g) => g.key);
    const linked = new Set(
      (
        await tx
          .selectDistinct({ key: controlRequirements.requirementKey })
          .from(controlRequirements)
          .where(inArray(controlRequirements.requirementKey, goneKeys))
      ).map((l) => l.key),
    );
    const removable = goneKeys.filter((k) => !linked.has(k));
    if (removable.length) await tx.delete(requirements).where(inArray(requirements.key, removable));
    if (linked.size)
      await tx
        .update(requirements)
        .set({ isWithdrawn: true })
        .where(inArray(requirements.key, [...linked]));
  }
  await bumpRevision(tx);
  await recordAudit(tx, ctx, {
    action: existing ? "catalog.framework_updated" : "catalog.framework_added",
    entityType: "framework",
    entityId: ref,
    after: { ref, name: framework.name, requirements: rows.length, isCustom, contentHash: hash },
  });
  return true;
}

/** Writes a crosswalk, replacing its entries; unchanged content is skipped. */
export async function upsertCrosswalk(
  tx: Tx,
  ctx: ServiceContext,
  crosswalk: Crosswalk,
  isCustom: boolean,
): Promise<boolean> {
  await lockCatalogWrites(tx);
  const ref = crosswalkRefOf(crosswalk);
  const hash = contentHash(crosswalk);
  const [existing] = await tx
    .select({ hash: crosswalks.contentHash })
    .from(crosswalks)
    .where(eq(crosswalks.ref, ref));
  if (existing?.hash === hash) return false;
  await tx
    .insert(crosswalks)
    .values({
      ref,
      fromRef: crosswalk.from,
      toRef: crosswalk.to,
      title: crosswalk.title ?? null,
      isCustom,
      notes: crosswalk.notes ?? [],
      contentHash: hash,
    })
    .onConflictDoUpdate({
      target: crosswalks.ref,
      set: {
        title: crosswalk.title ?? null,
        isCustom,
        notes: crosswalk.notes ?? [],
        contentHash: hash,
        loadedAt: new Date(),
      },
    });
  await tx.delete(crosswalkEntries).where(eq(crosswalkEntries.crosswalkRef, ref));
  const rows = crosswalk.entries.map((e, i) => ({
    crosswalkRef: ref,
    fromKey: `${crosswalk.from}/${e.from}`,
    toKey: `${crosswalk.to}/${e.to}`,
    relationship: e.relationship,
    rationale: e.rationale,
    confidence: e.confidence,
    source: e.source,
    sortOrder: i,
  }));
  for (let i = 0; i < rows.length; i += BATCH)
    await tx.insert(crosswalkEntries).values(rows.slice(i, i + BATCH));
  await bumpRevision(tx);
  await recordAudit(tx, ctx, {
    action: existing ? "catalog.crosswalk_updated" : "catalog.crosswalk_added",
    entityType: "crosswalk",
    entityId: ref,
    after: { ref, entries: rows.length, isCustom, contentHash: hash },
  });
  return true;
}

type FrameworkMeta = Omit<Framework, "requirements">;

/** Rebuilds a framework file from the database (for export and for validating imported crosswalks). */
export async function readFramework(db: DbOrTx, ref: string): Promise<Framework | null> {
  const [f] = await db.select().from(frameworks).where(eq(frameworks.ref, ref));
  if (!f) return null;
  const rows = await db
    .select()
    .from(requirements)
    .where(and(eq(requirements.frameworkRef, ref), eq(requirements.isWithdrawn, false)))
    .orderBy(asc(requirements.sortOrder));
  return {
    ...(f.meta as FrameworkMeta),
    requirements: rows.map((r) => ({
      id: r.requirementId,
      title: r.title,
      summary: r.summary,
      kind: r.kind as Requirement["kind"],
      assessable: r.assessable,
      parent: r.parentId,
      tags: r.tags as Requirement["tags"],
      ...(r.effectiveFrom ? { effectiveFrom: r.effectiveFrom } : {}),
      ...(r.citation ? { citation: r.citation } : {}),
      ...(r.aliases ? { aliases: r.aliases as string[] } : {}),
      sortOrder: r.sortOrder,
    })),
  };
}

export async function readCrosswalk(db: DbOrTx, ref: string): Promise<Crosswalk | null> {
  const [c] = await db.select().from(crosswalks).where(eq(crosswalks.ref, ref));
  if (!c) return null;
  const rows = await db
    .select()
    .from(crosswalkEntries)
    .where(eq(crosswalkEntries.crosswalkRef, ref))
    .orderBy(asc(crosswalkEntries.sortOrder));
  const strip = (key: string, prefix: string) => key.slice(prefix.length + 1);
  return {
    from: c.fromRef,
    to: c.toRef,
    ...(c.title ? { title: c.title } : {}),
    ...((c.notes as string[]).length ? { notes: c.notes as string[] } : {}),
    entries: rows.map((e) => ({
      from: strip(e.fromKey, c.fromRef),
      to: strip(e.toKey, c.toRef),
      relationship: e.relationship as Crosswalk["entries"][number]["relationship"],
      rationale: e.rationale,
      confidence: e.confidence as Crosswalk["entries"][number]["confidence"],
      source: e.source,
    })),
  };
}
