import { and, eq, inArray, ne, sql, type SQL } from "drizzle-orm";
import type { InterestedPartyLink, LegalLink, RiskTreatmentLink } from "@openaims/core";
import type { DbOrTx } from "../../db/client.js";
import { risks, riskTreatmentLinks } from "../../db/schema/index.js";
import type { CatalogGraph } from "../catalogs/catalog-cache.js";
import { approvedScopeRow } from "../context/scope-versions.js";

const SELECTING = ["mitigate", "avoid", "transfer"];
const SYSTEMS_NAMED = 3;

/**
 * Treatment links of every treating risk to Annex A controls: named directly, or reached through an
 * organization control linked to the Annex A requirement (ISO/IEC 42001 6.1.3 b–c). Organization-wide:
 * the SoA covers the whole AIMS, whatever unit a risk belongs to.
 */
export async function loadRiskLinks(db: DbOrTx, annexAKeys: string[]): Promise<RiskTreatmentLink[]> {
  if (annexAKeys.length === 0) return [];
  const treating = and(ne(risks.status, "closed"), inArray(risks.treatment, SELECTING));
  const riskCols = { key: risks.key, title: risks.title, status: risks.status, treatment: risks.treatment };
  const direct = await db
    .select({ ...riskCols, target: riskTreatmentLinks.target })
    .from(riskTreatmentLinks)
    .innerJoin(risks, eq(risks.id, riskTreatmentLinks.riskId))
    .where(and(inArray(riskTreatmentLinks.target, annexAKeys), treating));
  const list = sql.join(
    annexAKeys.map((k) => sql`${k}`),
    sql`, `,
  );
  const via = (await db.execute(sql`
    SELECT risks.key, risks.title, risks.status, risks.treatment, cr.requirement_key, c.code, c.title AS control_title
    FROM control_requirements cr
    JOIN controls c ON c.id = cr.control_id
    JOIN risk_treatment_links rtl ON rtl.target = 'control:' || c.id::text
    JOIN risks ON risks.id = rtl.risk_id
    WHERE cr.requirement_key IN (${list}) AND risks.status <> 'closed'
      AND risks.treatment IN ('mitigate', 'avoid', 'transfer')`)) as unknown as {
    rows: {
      key: string;
      title: string;
      status: string;
      treatment: string;
      requirement_key: string;
      code: string;
      control_title: string;
    }[];
  };
  return [
    ...direct.map(({ target, ...risk }) => ({ risk, annexAKey: target, via: null })),
    ...via.rows.map((r) => ({
      risk: { key: r.key, title: r.title, status: r.status, treatment: r.treatment },
      annexAKey: r.requirement_key,
      via: { code: r.code, title: r.control_title },
    })),
  ];
}

/** `value -> field` when it is a JSON array, else an empty one (a malformed row must not fail the draft). */
const arrayAt = (value: SQL, field: string) =>
  sql`CASE WHEN jsonb_typeof(${value} -> ${field}) = 'array' THEN ${value} -> ${field} ELSE '[]'::jsonb END`;

type ObligationRow = { obligation: string; systems: number | string; sample: string[] };

/**
 * Duties of the applicable laws, from the stored classification of the AI systems in the approved
 * AIMS scope (4.3; every system that is not retired when no scope is approved yet), counted in SQL.
 */
async function obligationsInScope(db: DbOrTx): Promise<ObligationRow[]> {
  const scope = await approvedScopeRow(db);
  const limited =
    scope && ((scope.aiSystemIds as string[]).length > 0 || (scope.businessUnitIds as string[]).length > 0);
  const inScope = limited
    ? sql`AND (s.id::text IN (SELECT jsonb_array_elements_text(sv.ai_system_ids) FROM scope_versions sv WHERE sv.id = ${scope.id})
          OR s.business_unit_id::text IN (SELECT jsonb_array_elements_text(sv.business_unit_ids) FROM scope_versions sv WHERE sv.id = ${scope.id}))`
    : sql``;
  const result = (await db.execute(sql`
    SELECT o.key AS obligation, count(DISTINCT s.id) AS systems,
      (array_agg(s.key ORDER BY length(s.key), s.key))[1:${sql.raw(String(SYSTEMS_NAMED))}] AS sample
    FROM ai_systems s
    CROSS JOIN LATERAL jsonb_array_elements(${arrayAt(sql`s.classification`, "frameworks")}) f
    CROSS JOIN LATERAL jsonb_array_elements_text(${arrayAt(sql`f`, "obligations")}) o(key)
    WHERE s.lifecycle_stage <> 'retired' ${inScope}
    GROUP BY o.key`)) as unknown as { rows: ObligationRow[] };
  return result.rows;
}

/**
 * Duties of applicable laws mapped to Annex A controls through one crosswalk step (ISO/IEC 42001 ↔
 * EU AI Act, Colorado, Texas, GDPR). Duties with no crosswalk to Annex A are counted, not guessed.
 */
export async function loadLegalLinks(
  db: DbOrTx,
  graph: CatalogGraph,
  annexAKeys: string[],
): Promise<{ links: LegalLink[]; unmapped: number }> {
  const toAnnexA = new Map<string, { annexAKey: string; relationship: string }[]>();
  for (const annexAKey of annexAKeys) {
    for (const step of graph.adjacency.get(annexAKey) ?? []) {
      const list = toAnnexA.get(step.to) ?? [];
      list.push({ annexAKey, relationship: step.relationship });
      toAnnexA.set(step.to, list);
    }
  }
  const links: LegalLink[] = [];
  let unmapped = 0;
  for (const row of await obligationsInScope(db)) {
    const targets = toAnnexA.get(row.obligation);
    const requirement = graph.byKey.get(row.obligation);
    if (!targets || !requirement) {
      if (!row.obligation.startsWith("iso-iec-42001:")) unmapped++;
      continue;
    }
    const framework = graph.frameworkNames.get(requirement.frameworkRef) ?? requirement.frameworkRef;
    for (const t of targets)
      links.push({
        obligationKey: row.obligation,
        obligationLabel: `${framework} ${requirement.id} ${requirement.title}`,
        annexAKey: t.annexAKey,
        relationship: t.relationship,
        systemKeys: row.sample.filter(Boolean),
        systemCount: Number(row.systems),
      });
  }
  return { links, unmapped };
}

/** A reason's note is at most 2000 characters (SoaReasonView), so a person can save it as it is. */
const NOTE_MAX = 2000;
const clip = (text: string, max: number) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

type PartyLinkRow = { key: string; name: string; annex_a_key: string; texts: string[] };

/**
 * Requirements of interested parties (4.2 b) linked to Annex A controls, one link per party and
 * control with the requirement texts in list order (6.1.3 d), read in one query. Every recorded
 * party counts: the party model has no status, a party that is no longer relevant is deleted.
 */
export async function loadPartyLinks(db: DbOrTx, annexAKeys: string[]): Promise<InterestedPartyLink[]> {
  if (annexAKeys.length === 0) return [];
  const list = sql.join(
    annexAKeys.map((k) => sql`${k}`),
    sql`, `,
  );
  const result = (await db.execute(sql`
    SELECT p.key, p.name, a.key AS annex_a_key, array_agg(r.item ->> 'text' ORDER BY r.n) AS texts
    FROM interested_parties p
    CROSS JOIN LATERAL jsonb_array_elements(
      CASE WHEN jsonb_typeof(p.requirements) = 'array' THEN p.requirements ELSE '[]'::jsonb END
    ) WITH ORDINALITY r(item, n)
    CROSS JOIN LATERAL jsonb_array_elements_text(${arrayAt(sql`r.item`, "annexA")}) a(key)
    WHERE a.key IN (${list})
    GROUP BY p.key, p.name, a.key
    ORDER BY split_part(p.key, '-', 2)::int, a.key`)) as unknown as { rows: PartyLinkRow[] };
  return result.rows.map((r) => ({
    partyKey: r.key,
    partyName: r.name,
    requirement: clip(r.texts.filter(Boolean).join("; "), NOTE_MAX),
    annexAKey: r.annex_a_key,
  }));
}
