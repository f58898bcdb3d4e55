// Fills an empty installation with an enterprise-scale organization for the benchmark harness
// (issue 8): S × (20 units, 50 users, 1,000 AI systems, 300 controls, 10,000 risks, 2,000 evidence
// items, 200 vendors, 100,000 audit events). Rows go in as bulk multi-row inserts with the columns
// the services would derive; the few parts whose rules matter (documents, questionnaires sent to
// vendors, roles and RACI) go through the services. The audit trail stays one valid hash chain.
import { randomUUID } from "node:crypto";
import { count, eq, sql } from "drizzle-orm";
import { DomainError, utcDay, type ControlTemplate, type KeyedEntity } from "@openaims/core";
import type { AimsDb, Database } from "../../db/client.js";
import {
  aiSystemClassifications,
  aiSystems,
  auditChainHead,
  auditEvents,
  businessUnits,
  controlRequirements,
  controls,
  evidence,
  evidenceFiles,
  evidenceLinks,
  frameworks,
  keyCounters,
  requirements,
  riskTreatmentLinks,
  risks,
  userBusinessUnits,
  users,
  vendorAiSystems,
  vendorCertifications,
  vendorContacts,
  vendorRiskRatings,
  vendors,
} from "../../db/schema/index.js";
import { hashPassword } from "../auth/password.js";
import { systemContext } from "../context.js";
import { starterTemplates } from "../controls/control-templates.js";
import { currentMatrix } from "../risks/risk-matrix-service.js";
import {
  appendScaleAudit,
  Fillers,
  SCALE_SYSTEM_ACTOR,
  Timeline,
  type FillerTarget,
  type PlannedEvent,
} from "./scale-audit.js";
import { scalePlan, type ScalePlan } from "./scale-plan.js";
import {
  aiSystemRows,
  controlRows,
  riskRows,
  unitRows,
  userRows,
  type RowContext,
  type ScaleIds,
} from "./scale-rows.js";
import { evidenceRows, vendorRows } from "./scale-rows-more.js";
import { bulkInsert } from "./scale-insert.js";
import { writeServiceParts } from "./scale-services.js";

export type ScaleOptions = {
  scale: number;
  seed?: number;
  today?: string;
  onProgress?: (line: string) => void;
};
export type ScaleResult = {
  counts: Record<string, number>;
  ms: number;
  refs: {
    aiSystemId: string;
    riskId: string;
    vendorId: string;
    campaignId: string;
    evidenceFileId: string;
    portalToken: string;
    frameworkRef: string;
    /** An administrator who signs in with SCALE_USER_PASSWORD. */
    adminEmail: string;
  };
};

/** Every generated user signs in with this password (hashed once, shared by all). */
export const SCALE_USER_PASSWORD = "scale-bench-password";
export const MIN_SCALE_FACTOR = 0.001;
/** Tables a bench query reads; vacuumed so their GIN pending lists are merged. */
const BIG_TABLES = [
  "ai_systems",
  "ai_system_classifications",
  "controls",
  "control_requirements",
  "risks",
  "risk_treatment_links",
  "evidence",
  "evidence_links",
  "vendors",
  "vendor_ai_systems",
  "audit_events",
];

async function readKeyCounters(db: AimsDb): Promise<(entity: KeyedEntity) => number> {
  const rows = await db.select().from(keyCounters);
  const last = new Map(rows.map((r) => [r.entity, r.last]));
  return (entity) => last.get(entity) ?? 0;
}

/** Moves a key counter past the keys written, so the next service-made record gets a fresh key. */
async function advanceKeyCounter(db: AimsDb, entity: KeyedEntity, last: number): Promise<void> {
  await db.execute(
    sql`INSERT INTO key_counters (entity, last) VALUES (${entity}, ${last})
        ON CONFLICT (entity) DO UPDATE SET last = GREATEST(key_counters.last, EXCLUDED.last)`,
  );
}

/** The creation phase of the trail in order; each section's events follow the previous one's. */
function sectionsOf(plan: ScalePlan) {
  const bulkVendors = plan.vendors.slice(plan.counts.campaigns);
  const created: [string, number][] = [
    ["units", plan.businessUnits.length],
    ["users", plan.users.length],
    ["aiSystems", plan.aiSystems.length],
    ["controls", plan.controls.length],
    ["risks", plan.risks.length],
    ["evidence", plan.evidence.length],
    ["vendors", bulkVendors.length],
    ["ratings", bulkVendors.filter((v) => v.rating).length],
  ];
  const targeted = new Set(["aiSystems", "controls", "risks", "evidence", "vendors"]);
  const createdAt = new Map<string, number>();
  const targetAt = new Map<string, number>();
  let k = 0;
  let p = 0;
  for (const [name, n] of created) {
    createdAt.set(name, k);
    k += n;
    if (targeted.has(name)) {
      targetAt.set(name, p);
      p += n;
    }
  }
  return {
    created: (s: string) => createdAt.get(s)!,
    target: (s: string) => targetAt.get(s)!,
    events: k,
    targets: p,
  };
}

export async function loadScaleOrganization(database: Database, options: ScaleOptions): Promise<ScaleResult> {
  const started = performance.now();
  const { db } = database;
  const { scale } = options;
  if (!Number.isFinite(scale) || scale < MIN_SCALE_FACTOR)
    throw new DomainError("VALIDATION_FAILED", `scale must be a number of at least ${MIN_SCALE_FACTOR}`, {
      issues: [{ path: "scale", message: `must be at least ${MIN_SCALE_FACTOR}` }],
    });
  const [held] = await db.select({ n: count() }).from(aiSystems);
  if ((held?.n ?? 0) > 0)
    throw new DomainError(
      "CONFLICT",
      `the scale organization loads only into an installation without AI systems; this one holds ${held!.n}`,
    );
  const today = options.today ?? utcDay();
  const say = (what: string) =>
    options.onProgress?.(`${what} (${((performance.now() - started) / 1000).toFixed(1)} s)`);
  const templates = new Map<string, ControlTemplate>(starterTemplates().map((t) => [t.code, t]));
  const plan = scalePlan(options.seed ?? 42, scale, [...templates.keys()]);
  const sections = sectionsOf(plan);
  const target = plan.counts.auditEvents;
  const timeline = new Timeline(Date.now(), Math.max(target, sections.events));
  const fresh = (n: number) => Array.from({ length: n }, () => randomUUID());
  const ids: ScaleIds = {
    units: fresh(plan.businessUnits.length),
    users: fresh(plan.users.length),
    aiSystems: fresh(plan.aiSystems.length),
    controls: fresh(plan.controls.length),
    risks: fresh(plan.risks.length),
    evidence: fresh(plan.evidence.length),
    vendors: [],
  };
  const actorOf = (user: number) =>
    ids.users[user] ? { id: ids.users[user], label: plan.users[user]!.email } : SCALE_SYSTEM_ACTOR;
  const planned: PlannedEvent[] = [];
  const targets: FillerTarget[] = [];

  // 1. Units and people first: the services below name owners and members.
  let keyBase = await readKeyCounters(db);
  const early: RowContext = {
    plan,
    today,
    ids,
    timeline,
    fillers: new Fillers(sections.events, 0, 0),
    keyBase: (e) => keyBase(e),
    created: sections.created,
    target: sections.target,
    actorOf,
  };
  const units = unitRows(early);
  await bulkInsert(db, businessUnits, units.rows);
  const people = userRows(early, await hashPassword(SCALE_USER_PASSWORD));
  await bulkInsert(db, users, people.rows.users);
  await bulkInsert(db, userBusinessUnits, people.rows.grants);
  await advanceKeyCounter(db, "businessUnit", keyBase("businessUnit") + units.rows.length);
  await advanceKeyCounter(db, "user", keyBase("user") + people.rows.users.length);
  planned.push(...units.events, ...people.events);
  say(`${units.rows.length} business units and ${people.rows.users.length} users`);

  // 2. Through the services: starter documents, AIMS roles and RACI, questionnaires sent to vendors.
  const parts = await writeServiceParts(systemContext(db, "scale"), plan, ids, today);
  ids.vendors = [
    ...parts.campaignVendors.map((v) => v.id),
    ...fresh(plan.vendors.length - parts.campaignVendors.length),
  ];
  say(`${parts.documents} documents, ${parts.orgRoles} roles, ${parts.campaigns.length} questionnaires sent`);

  // 3. The bulk of the register; filler updates fill the trail up to the target.
  const [head] = await db.select().from(auditChainHead).where(eq(auditChainHead.id, 1));
  const fillers = new Fillers(
    sections.events,
    sections.targets,
    Math.max(0, target - (head?.seq ?? 0) - sections.events),
  );
  keyBase = await readKeyCounters(db);
  const c: RowContext = { ...early, fillers, keyBase: (e) => keyBase(e) };

  const systems = aiSystemRows(c);
  await bulkInsert(db, aiSystems, systems.rows.systems);
  await bulkInsert(db, aiSystemClassifications, systems.rows.history);
  say(`${systems.rows.systems.length} AI systems`);

  const assessable = new Set(
    (
      await db.select({ key: requirements.key }).from(requirements).where(eq(requirements.assessable, true))
    ).map((r) => r.key),
  );
  const library = controlRows(c, templates, assessable);
  await bulkInsert(db, controls, library.rows.controls);
  await bulkInsert(db, controlRequirements, library.rows.links);
  say(`${library.rows.controls.length} controls, ${library.rows.links.length} requirement links`);

  const register = riskRows(c, await currentMatrix(db));
  await bulkInsert(db, risks, register.rows.risks);
  await bulkInsert(db, riskTreatmentLinks, register.rows.links);
  say(`${register.rows.risks.length} risks`);

  const proof = evidenceRows(c);
  await bulkInsert(db, evidence, proof.rows.evidence);
  await bulkInsert(db, evidenceFiles, proof.rows.files);
  await bulkInsert(db, evidenceLinks, proof.rows.links);
  say(`${proof.rows.evidence.length} evidence items`);

  const suppliers = vendorRows(c);
  await bulkInsert(db, vendors, suppliers.rows.vendors);
  await bulkInsert(db, vendorContacts, suppliers.rows.contacts);
  await bulkInsert(db, vendorCertifications, suppliers.rows.certifications);
  await bulkInsert(db, vendorAiSystems, suppliers.rows.systems);
  await bulkInsert(db, vendorRiskRatings, suppliers.rows.ratings);
  say(`${plan.vendors.length} vendors`);

  for (const [entity, n] of [
    ["aiSystem", systems.rows.systems.length],
    ["control", library.rows.controls.length],
    ["risk", register.rows.risks.length],
    ["evidence", proof.rows.evidence.length],
    ["vendor", suppliers.rows.vendors.length],
  ] as const)
    await advanceKeyCounter(db, entity, keyBase(entity) + n);

  // 4. The trail: creation events in section order, then the fillers.
  for (const built of [systems, library, register, proof, suppliers]) {
    planned.push(...built.events);
    targets.push(...built.targets);
  }
  const written = await appendScaleAudit(db, timeline, planned, targets, fillers, (n) => {
    if (n % 50_000 < 5_000) say(`${n} audit events`);
  });
  say(`${written} audit events`);

  await refreshStatistics(database);
  say("statistics refreshed");

  const [events] = await db.select({ n: count() }).from(auditEvents);
  const [framework] = await db
    .select({ ref: frameworks.ref })
    .from(frameworks)
    .orderBy(sql`${frameworks.ref} <> 'nist-ai-rmf:1.0'`, frameworks.ref)
    .limit(1);
  const fileItem = proof.rows.evidence.find((e) => e.kind === "file")!;
  return {
    counts: {
      businessUnits: units.rows.length,
      users: people.rows.users.length,
      aiSystems: systems.rows.systems.length,
      controls: library.rows.controls.length,
      controlRequirements: library.rows.links.length,
      risks: register.rows.risks.length,
      riskTreatmentLinks: register.rows.links.length,
      evidence: proof.rows.evidence.length,
      evidenceFiles: proof.rows.files.length,
      evidenceLinks: proof.rows.links.length,
      vendors: plan.vendors.length,
      vendorContacts: plan.vendors.length,
      vendorCertifications: suppliers.rows.certifications.length,
      vendorAiSystems: suppliers.rows.systems.length,
      campaigns: parts.campaigns.length,
      documents: parts.documents,
      orgRoles: parts.orgRoles,
      raciCells: parts.raciCells,
      auditEvents: events?.n ?? 0,
    },
    ms: Math.round(performance.now() - started),
    refs: {
      aiSystemId: ids.aiSystems[0]!,
      riskId: ids.risks[0]!,
      vendorId: ids.vendors[Math.min(plan.counts.campaigns, ids.vendors.length - 1)]!,
      campaignId: parts.campaigns[0]!.id,
      evidenceFileId: fileItem.id!,
      portalToken: parts.campaigns[0]!.token,
      frameworkRef: framework?.ref ?? "",
      adminEmail: plan.users[0]!.email,
    },
  };
}

/**
 * Fresh planner statistics for the bench; VACUUM also merges the GIN pending lists of the trigram
 * indexes (it cannot run inside a transaction: `query` runs it on its own; on PGlite it costs ~1 s).
 */
async function refreshStatistics(database: Database): Promise<void> {
  await database.query(`VACUUM ANALYZE ${BIG_TABLES.join(", ")}`);
  await database.query("ANALYZE");
}
