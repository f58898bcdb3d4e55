import { eq } from "drizzle-orm";
import {
  CreateRiskLibraryEntry,
  DomainError,
  RiskLibraryFields,
  type RiskLibraryEntry,
  type UpdateRiskLibraryEntry,
} from "@openaims/core";
import type { DbOrTx } from "../../db/client.js";
import { riskLibraryEntries } from "../../db/schema/index.js";
import { recordAudit } from "../audit/record-audit.js";
import { assertVersion } from "../shared/versioning.js";
import { actorId, type ServiceContext } from "../context.js";
import { riskTemplates, type RiskTemplate } from "./risk-templates.js";

type EntryRow = typeof riskLibraryEntries.$inferSelect;
type Fields = ReturnType<typeof RiskLibraryFields.parse>;

const fieldsOf = ({ code: _c, ...fields }: RiskTemplate): Fields => fields;

const starterEntry = (t: RiskTemplate): RiskLibraryEntry => ({
  ...fieldsOf(t),
  code: t.code,
  origin: "starter",
  hidden: false,
  version: 0,
  updatedAt: null,
});

const storedEntry = (row: EntryRow): RiskLibraryEntry => ({
  ...RiskLibraryFields.parse(row.fields),
  code: row.code,
  origin: row.origin as "customized" | "custom",
  hidden: row.hidden,
  version: row.version,
  updatedAt: row.updatedAt.toISOString(),
});

/**
 * The organization's risk library: the starter library with its edits applied, then its own entries
 * (ISO/IEC 42001 6.1.2 — a starting point that each organization adapts to its context).
 */
export async function riskLibrary(db: DbOrTx): Promise<RiskLibraryEntry[]> {
  const rows = await db.select().from(riskLibraryEntries);
  const byCode = new Map(rows.map((r) => [r.code, r]));
  const starter = riskTemplates().map((t) => {
    const row = byCode.get(t.code);
    return row ? storedEntry(row) : starterEntry(t);
  });
  const own = rows
    .filter((r) => r.origin === "custom")
    .map(storedEntry)
    .sort((a, b) => a.code.localeCompare(b.code));
  return [...starter, ...own];
}

/** A page of the library, searchable; hidden entries only when asked for. */
export async function listRiskLibrary(
  db: DbOrTx,
  q: {
    q?: string | undefined;
    origin?: string | undefined;
    includeHidden: string;
    limit: number;
    offset: number;
  },
): Promise<{ items: RiskLibraryEntry[]; total: number }> {
  const needle = q.q?.trim().toLowerCase();
  const all = (await riskLibrary(db)).filter(
    (e) =>
      (q.includeHidden === "true" || !e.hidden) &&
      (!q.origin || e.origin === q.origin) &&
      (!needle || `${e.code} ${e.title} ${e.description}`.toLowerCase().includes(needle)),
  );
  return { items: all.slice(q.offset, q.offset + q.limit), total: all.length };
}

/** One library entry by code (hidden ones included); 404 when there is none. */
export async function libraryEntry(db: DbOrTx, code: string): Promise<RiskLibraryEntry> {
  const found = (await riskLibrary(db)).find((e) => e.code === code);
  if (!found) throw new DomainError("NOT_FOUND", `risk library entry ${code} not found`);
  return found;
}

/** Adds an entry of the organization's own; its code must not be taken by any entry. */
export async function createLibraryEntry(
  ctx: ServiceContext,
  raw: CreateRiskLibraryEntry,
): Promise<RiskLibraryEntry> {
  const { code, ...fields } = CreateRiskLibraryEntry.parse(raw);
  return ctx.db.transaction(async (tx) => {
    if ((await riskLibrary(tx)).some((e) => e.code === code))
      throw new DomainError("ALREADY_EXISTS", `the library already has a risk ${code}`, {
        issues: [{ path: "code", message: "already in the library" }],
      });
    const [row] = await tx
      .insert(riskLibraryEntries)
      .values({ code, origin: "custom", fields, updatedBy: actorId(ctx.actor) })
      .returning();
    const after = storedEntry(row!);
    await recordAudit(tx, ctx, {
      action: "risk_library.created",
      entityType: "risk_library",
      entityId: code,
      after,
    });
    return after;
  });
}

/**
 * Edits or hides an entry. The first edit of a starter entry (version 0) stores the organization's
 * copy; later edits name the version they read, like every other record.
 */
export async function updateLibraryEntry(
  ctx: ServiceContext,
  code: string,
  patch: UpdateRiskLibraryEntry,
): Promise<RiskLibraryEntry> {
  return ctx.db.transaction(async (tx) => {
    const [row] = await tx
      .select()
      .from(riskLibraryEntries)
      .where(eq(riskLibraryEntries.code, code))
      .for("update");
    const before = row ? storedEntry(row) : await libraryEntry(tx, code);
    assertVersion(before, patch.version, `risk library entry ${code}`);
    const { version, hidden, ...changes } = patch;
    const { code: _c, origin: _o, hidden: _h, version: _v, updatedAt: _u, ...current } = before;
    const fields = RiskLibraryFields.parse({ ...current, ...changes });
    const values = {
      fields,
      hidden: hidden ?? before.hidden,
      version: version + 1,
      updatedAt: new Date(),
      updatedBy: actorId(ctx.actor),
    };
    const [saved] = row
      ? await tx.update(riskLibraryEntries).set(values).where(eq(riskLibraryEntries.code, code)).returning()
      : await tx
          .insert(riskLibraryEntries)
          .values({ code, origin: "customized", ...values })
          .returning();
    const after = storedEntry(saved!);
    await recordAudit(tx, ctx, {
      action: "risk_library.updated",
      entityType: "risk_library",
      entityId: code,
      before,
      after,
    });
    return after;
  });
}

/**
 * Takes back the organization's changes: a customized starter entry returns to the shipped text;
 * an entry of its own is removed (risks started from it keep their own copy of the text).
 */
export async function resetLibraryEntry(ctx: ServiceContext, code: string): Promise<RiskLibraryEntry | null> {
  return ctx.db.transaction(async (tx) => {
    const [row] = await tx
      .select()
      .from(riskLibraryEntries)
      .where(eq(riskLibraryEntries.code, code))
      .for("update");
    if (!row) {
      await libraryEntry(tx, code);
      throw new DomainError("RULE_VIOLATION", `${code} is the shipped starter text already`);
    }
    await tx.delete(riskLibraryEntries).where(eq(riskLibraryEntries.code, code));
    const starter = riskTemplates().find((t) => t.code === code);
    const after = starter ? starterEntry(starter) : null;
    await recordAudit(tx, ctx, {
      action: row.origin === "custom" ? "risk_library.deleted" : "risk_library.reset",
      entityType: "risk_library",
      entityId: code,
      before: storedEntry(row),
      after,
    });
    return after;
  });
}
