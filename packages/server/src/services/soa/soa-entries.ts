import { and, asc, eq, inArray, sql } from "drizzle-orm";
import {
  SOA_IMPLEMENTATION_STATUSES,
  soaEvidenceOf,
  utcDay,
  type SoaEvidenceLink,
  type ImplementationStatus,
  type SoaDecisionSource,
  type SoaEntryView,
  type SoaImplementationStatus,
  type SoaProposal,
  type SoaReason,
} from "@openaims/core";
import type { DbOrTx, Tx } from "../../db/client.js";
import { controlRequirements, controls, evidence, risks, soaEntries } from "../../db/schema/index.js";
import type { Actor } from "../context.js";
import { unitVisibility } from "../shared/business-unit-scope.js";
import { evidenceByTarget } from "../coverage/coverage-evidence.js";
import { loadAnnexA, type SoaControl } from "./soa-catalog.js";

export type SoaRow = typeof soaEntries.$inferSelect;

/** Serializes SoA writes that read the whole working copy (derive, issue) across processes. */
const SOA_WRITE_LOCK = 42420042;
export const lockSoaWrites = (tx: Tx) => tx.execute(sql`SELECT pg_advisory_xact_lock(${SOA_WRITE_LOCK})`);

/** Risks shown per control; the count says how many there are in all. */
const RISKS_PER_CONTROL = 50;

/** Rows of the given controls; missing ones are simply absent (created on first write). */
export async function loadEntryRows(db: DbOrTx, keys: string[], lock = false): Promise<Map<string, SoaRow>> {
  if (keys.length === 0) return new Map();
  const query = db.select().from(soaEntries).where(inArray(soaEntries.controlKey, keys));
  const rows = lock ? await query.for("update") : await query;
  return new Map(rows.map((r) => [r.controlKey, r]));
}

/** Creates the missing working entries (undecided) so they can be locked and versioned. */
export async function ensureEntryRows(tx: Tx, keys: string[]): Promise<void> {
  if (keys.length === 0) return;
  await tx
    .insert(soaEntries)
    .values(keys.map((controlKey) => ({ controlKey })))
    .onConflictDoNothing();
}

/** The organization's controls linked to each Annex A requirement (one query). */
async function implementingControls(db: DbOrTx, actor: Actor, keys: string[]) {
  const rows = await db
    .select({
      requirementKey: controlRequirements.requirementKey,
      id: controls.id,
      key: controls.key,
      code: controls.code,
      title: controls.title,
      implementationStatus: controls.implementationStatus,
    })
    .from(controlRequirements)
    .innerJoin(controls, eq(controls.id, controlRequirements.controlId))
    .where(
      and(inArray(controlRequirements.requirementKey, keys), unitVisibility(controls.businessUnitId, actor)),
    )
    .orderBy(asc(controls.code));
  const map = new Map<string, SoaEntryView["controls"]>();
  for (const { requirementKey, ...c } of rows) {
    const list = map.get(requirementKey) ?? [];
    list.push({ ...c, implementationStatus: c.implementationStatus as ImplementationStatus });
    map.set(requirementKey, list);
  }
  return map;
}

/**
 * Risks whose treatment relies on each Annex A control, directly or through an organization
 * control linked to it; closed, accepted and undecided risks select no control (6.1.3 b).
 */
async function treatingRisks(db: DbOrTx, actor: Actor, keys: string[]) {
  const list = sql.join(
    keys.map((k) => sql`${k}`),
    sql`, `,
  );
  const visible = unitVisibility(risks.businessUnitId, actor) ?? sql`true`;
  const result = (await db.execute(sql`
    WITH links AS (
      SELECT rtl.target AS requirement_key, rtl.risk_id FROM risk_treatment_links rtl
        WHERE rtl.target IN (${list})
      UNION
      SELECT cr.requirement_key, rtl.risk_id FROM control_requirements cr
        JOIN risk_treatment_links rtl ON rtl.target = 'control:' || cr.control_id::text
        WHERE cr.requirement_key IN (${list})
    ), ranked AS (
      SELECT links.requirement_key, risks.id, risks.key, risks.title,
        row_number() OVER (PARTITION BY links.requirement_key ORDER BY risks.created_at, risks.id) AS n,
        count(*) OVER (PARTITION BY links.requirement_key) AS total
      FROM links JOIN risks ON risks.id = links.risk_id
      WHERE risks.status <> 'closed' AND risks.treatment IN ('mitigate', 'avoid', 'transfer') AND ${visible}
    )
    SELECT requirement_key, id, key, title, total FROM ranked
      WHERE n <= ${RISKS_PER_CONTROL} ORDER BY requirement_key, n`)) as unknown as {
    rows: { requirement_key: string; id: string; key: string; title: string; total: number | string }[];
  };
  const map = new Map<string, { items: SoaEntryView["risks"]; total: number }>();
  for (const r of result.rows) {
    const entry = map.get(r.requirement_key) ?? { items: [], total: Number(r.total) };
    entry.items.push({ id: r.id, key: r.key, title: r.title });
    map.set(r.requirement_key, entry);
  }
  return map;
}

/**
 * Evidence of each Annex A control: linked to the requirement itself or to one of the organization's
 * controls linked to it (two queries for all controls), judged on `today` (ISO/IEC 42001 9.1).
 */
async function entryEvidence(
  db: DbOrTx,
  actor: Actor,
  keys: string[],
  linked: Map<string, SoaEntryView["controls"]>,
  today: string,
) {
  const visible = unitVisibility(evidence.businessUnitId, actor);
  const direct = await evidenceByTarget(db, "requirement", { targetIds: keys, visible });
  const controlIds = [...new Set([...linked.values()].flatMap((list) => list.map((c) => c.id)))];
  const ofControl = await evidenceByTarget(db, "control", { targetIds: controlIds, visible });
  const map = new Map<string, SoaEntryView["evidence"]>();
  for (const key of keys) {
    const links: SoaEvidenceLink[] = (direct.get(key) ?? []).map((e) => ({
      via: { kind: "requirement" },
      evidence: e,
    }));
    for (const c of linked.get(key) ?? [])
      for (const e of ofControl.get(c.id) ?? [])
        links.push({ via: { kind: "control", code: c.code }, evidence: e });
    if (links.length) map.set(key, soaEvidenceOf(links, today));
  }
  return map;
}

const statusOf = (s: string): SoaImplementationStatus =>
  (SOA_IMPLEMENTATION_STATUSES as readonly string[]).includes(s)
    ? (s as SoaImplementationStatus)
    : "not_started";

/**
 * Entries as the API shows them, with implementing controls, risks and evidence fetched once for
 * all; evidence is judged on `today` (the server's UTC day unless a caller fixes it).
 */
export async function buildEntryViews(
  db: DbOrTx,
  actor: Actor,
  catalog: readonly SoaControl[],
  rows: Map<string, SoaRow>,
  today: string = utcDay(),
): Promise<SoaEntryView[]> {
  const keys = catalog.map((c) => c.key);
  if (keys.length === 0) return [];
  const linked = await implementingControls(db, actor, keys);
  const treating = await treatingRisks(db, actor, keys);
  const evidenceOf = await entryEvidence(db, actor, keys, linked, today);
  return catalog.map((c) => {
    const row = rows.get(c.key);
    const r = treating.get(c.key);
    return {
      controlKey: c.key,
      controlId: c.id,
      title: c.title,
      theme: c.theme,
      themeTitle: c.themeTitle,
      applicable: row?.applicable ?? null,
      decisionSource: (row?.decisionSource as SoaDecisionSource | null | undefined) ?? null,
      reasons: (row?.reasons as SoaReason[] | undefined) ?? [],
      exclusionJustification: row?.exclusionJustification ?? "",
      implementationStatus: statusOf(row?.implementationStatus ?? "not_started"),
      notes: row?.notes ?? "",
      controls: linked.get(c.key) ?? [],
      risks: r?.items ?? [],
      riskCount: r?.total ?? 0,
      evidence: evidenceOf.get(c.key) ?? [],
      proposal: (row?.proposal as SoaProposal | null | undefined) ?? null,
      version: row?.version ?? 1,
      updatedAt: row?.updatedAt.toISOString() ?? null,
      updatedBy: row?.updatedBy ?? null,
    };
  });
}

/** Every working entry (one per Annex A control), unfiltered. */
export async function workingEntries(db: DbOrTx, actor: Actor, today?: string): Promise<SoaEntryView[]> {
  const catalog = await loadAnnexA(db);
  return buildEntryViews(db, actor, catalog.controls, await loadEntryRows(db, catalog.keys), today);
}
