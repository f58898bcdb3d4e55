// Rows of the scale organization's main tables, built from the plan with the same derived columns
// the services compute (classification, risk levels, keys), plus each record's creation event.
import {
  AiSystemProfile,
  addDays,
  classifyAiSystem,
  formatKey,
  riskLevel,
  type Classification,
  type KeyedEntity,
  type RiskMatrixDefinition,
} from "@openaims/core";
import type { ControlTemplate } from "@openaims/core";
import type {
  aiSystemClassifications,
  aiSystems,
  businessUnits,
  controlRequirements,
  controls,
  risks,
  riskTreatmentLinks,
  userBusinessUnits,
  users,
} from "../../db/schema/index.js";
import { searchTextOf } from "../ai-systems/ai-system-record.js";
import {
  SCALE_SYSTEM_ACTOR,
  stampOf,
  type AuditActor,
  type Fillers,
  type FillerTarget,
  type PlannedEvent,
  type Timeline,
} from "./scale-audit.js";
import type { ScalePlan } from "./scale-plan.js";

/** Ids of every planned record (made up front, so links need no round trip). */
export type ScaleIds = {
  units: string[];
  users: string[];
  aiSystems: string[];
  controls: string[];
  risks: string[];
  evidence: string[];
  /** All vendors: those the services made first, then the bulk ones. */
  vendors: string[];
};

/** What every builder needs: the plan, ids, keys, time and where its records sit in the trail. */
export type RowContext = {
  plan: ScalePlan;
  today: string;
  ids: ScaleIds;
  timeline: Timeline;
  fillers: Fillers;
  /** The key number before the first new record of each entity. */
  keyBase: (entity: KeyedEntity) => number;
  /** First creation-event index of the section. */
  created: (section: string) => number;
  /** First filler-target position of the section. */
  target: (section: string) => number;
  actorOf: (user: number) => AuditActor;
};

export type Built<R> = { rows: R; events: PlannedEvent[]; targets: FillerTarget[] };

const keyOf = (c: RowContext, entity: KeyedEntity, i: number) => formatKey(entity, c.keyBase(entity) + i + 1);

/** A record that later gets filler updates: its stamp and its place among the targets. */
function tracked(c: RowContext, section: string, i: number, events: number[] = []) {
  const p = c.target(section) + i;
  return stampOf(c.timeline, c.created(section) + i, events, { plan: c.fillers, p });
}

export function unitRows(c: RowContext): Built<(typeof businessUnits.$inferInsert)[]> {
  const rows = c.plan.businessUnits.map((u, i) => ({
    id: c.ids.units[i]!,
    key: keyOf(c, "businessUnit", i),
    name: u.name,
    description: u.description,
    ...stampOf(c.timeline, c.created("units") + i),
  }));
  const events = rows.map((r) => ({
    action: "business_unit.created",
    entityType: "business_unit",
    entityId: r.id,
    actor: SCALE_SYSTEM_ACTOR,
    after: { id: r.id, key: r.key, name: r.name, description: r.description },
  }));
  return { rows, events, targets: [] };
}

export function userRows(
  c: RowContext,
  passwordHash: string,
): Built<{ users: (typeof users.$inferInsert)[]; grants: (typeof userBusinessUnits.$inferInsert)[] }> {
  const rows = c.plan.users.map((u, i) => ({
    id: c.ids.users[i]!,
    key: keyOf(c, "user", i),
    email: u.email,
    name: u.name,
    role: u.role,
    passwordHash,
    ...stampOf(c.timeline, c.created("users") + i),
  }));
  const grants = c.plan.users.flatMap((u, i) =>
    u.units.map((unit) => ({ userId: c.ids.users[i]!, businessUnitId: c.ids.units[unit]! })),
  );
  const events = rows.map((r, i) => ({
    action: "user.created",
    entityType: "user",
    entityId: r.id,
    actor: SCALE_SYSTEM_ACTOR,
    after: {
      id: r.id,
      key: r.key,
      email: r.email,
      name: r.name,
      role: r.role,
      businessUnitIds: c.plan.users[i]!.units.map((unit) => c.ids.units[unit]!),
    },
  }));
  return { rows: { users: rows, grants }, events, targets: [] };
}

export function aiSystemRows(c: RowContext): Built<{
  systems: (typeof aiSystems.$inferInsert)[];
  history: (typeof aiSystemClassifications.$inferInsert)[];
}> {
  // One classification per distinct profile: every system of a profile shares the conclusion.
  const profiles = c.plan.profiles.map((p) => AiSystemProfile.parse(p));
  const classifications: Classification[] = profiles.map((p) => classifyAiSystem(p, c.today));
  const systems = c.plan.aiSystems.map((s, i) => {
    const classification = classifications[s.profile]!;
    const stamp = tracked(c, "aiSystems", i);
    return {
      id: c.ids.aiSystems[i]!,
      key: keyOf(c, "aiSystem", i),
      name: s.name,
      purpose: s.purpose,
      intendedUse: s.intendedUse,
      businessUnitId: c.ids.units[s.unit]!,
      ownerId: c.ids.users[s.owner]!,
      lifecycleStage: s.lifecycleStage,
      profile: profiles[s.profile]!,
      euRiskClass: classification.euRiskClass,
      frameworkRefs: classification.frameworks.map((f) => f.frameworkRef),
      classification,
      classifiedAt: stamp.createdAt,
      searchText: searchTextOf({ name: s.name, purpose: s.purpose, models: [], vendors: [] }),
      ...stamp,
    };
  });
  const history = systems.map((s) => ({
    aiSystemId: s.id,
    at: s.createdAt,
    rulesVersion: s.classification.rulesVersion,
    euRiskClass: s.euRiskClass,
    result: s.classification,
    trigger: "created",
  }));
  const events = systems.map((s, i) => ({
    action: "ai_system.created",
    entityType: "ai_system",
    entityId: s.id,
    actor: c.actorOf(c.plan.aiSystems[i]!.owner),
    after: {
      id: s.id,
      key: s.key,
      name: s.name,
      businessUnitId: s.businessUnitId,
      ownerId: s.ownerId,
      lifecycleStage: s.lifecycleStage,
      euRiskClass: s.euRiskClass,
    },
  }));
  const targets = systems.map((s, i) => ({
    entityType: "ai_system",
    entityId: s.id,
    key: s.key,
    actor: c.actorOf(c.plan.aiSystems[i]!.owner),
    version: 1,
  }));
  return { rows: { systems, history }, events, targets };
}

export function controlRows(
  c: RowContext,
  templates: ReadonlyMap<string, ControlTemplate>,
  assessable: ReadonlySet<string>,
): Built<{ controls: (typeof controls.$inferInsert)[]; links: (typeof controlRequirements.$inferInsert)[] }> {
  const perTemplate = new Map<string, number>();
  const rows = c.plan.controls.map((p, i) => {
    const t = templates.get(p.template)!;
    const round = (perTemplate.get(p.template) ?? 0) + 1;
    perTemplate.set(p.template, round);
    return {
      id: c.ids.controls[i]!,
      key: keyOf(c, "control", i),
      code: p.code,
      title: round === 1 ? t.title : `${t.title} ${round}`,
      description: t.description,
      ownerId: c.ids.users[p.owner]!,
      businessUnitId: p.unit === null ? null : c.ids.units[p.unit]!,
      frequency: t.frequency,
      implementationStatus: p.implementationStatus,
      effectiveness: p.effectiveness,
      ...tracked(c, "controls", i),
    };
  });
  const links = c.plan.controls.flatMap((p, i) =>
    templates
      .get(p.template)!
      .requirements.filter((r) => assessable.has(r.key))
      .map((r) => ({
        controlId: c.ids.controls[i]!,
        requirementKey: r.key,
        coverage: r.coverage,
        note: r.note,
      })),
  );
  const events = rows.map((r, i) => ({
    action: "control.created",
    entityType: "control",
    entityId: r.id,
    actor: c.actorOf(c.plan.controls[i]!.owner),
    after: {
      id: r.id,
      key: r.key,
      code: r.code,
      title: r.title,
      implementationStatus: r.implementationStatus,
      effectiveness: r.effectiveness,
    },
  }));
  const targets = rows.map((r, i) => ({
    entityType: "control",
    entityId: r.id,
    key: r.key,
    actor: c.actorOf(c.plan.controls[i]!.owner),
    version: 1,
  }));
  return { rows: { controls: rows, links }, events, targets };
}

export function riskRows(
  c: RowContext,
  matrix: { version: number; definition: RiskMatrixDefinition },
): Built<{ risks: (typeof risks.$inferInsert)[]; links: (typeof riskTreatmentLinks.$inferInsert)[] }> {
  const m = matrix.definition;
  const rows = c.plan.risks.map((r, i) => {
    const residual = riskLevel(m, r.residual[0], r.residual[1]);
    // Direct acceptance only within appetite, as createRisk insists (ISO/IEC 42001 6.1.3).
    const treatment =
      r.treatment === "accept" && residual.appetite !== "acceptable" ? "mitigate" : r.treatment;
    const status = r.closed
      ? "closed"
      : treatment === "accept"
        ? "accepted"
        : treatment === "undecided"
          ? "open"
          : "treating";
    return {
      id: c.ids.risks[i]!,
      key: keyOf(c, "risk", i),
      title: r.title,
      description: r.description,
      aiSystemId: c.ids.aiSystems[r.system]!,
      businessUnitId: c.ids.units[c.plan.aiSystems[r.system]!.unit]!,
      inherentLikelihood: r.inherent[0],
      inherentImpact: r.inherent[1],
      inherentLevel: riskLevel(m, r.inherent[0], r.inherent[1]).index,
      residualLikelihood: r.residual[0],
      residualImpact: r.residual[1],
      residualLevel: residual.index,
      matrixVersion: matrix.version,
      ownerId: c.ids.users[r.owner]!,
      treatment,
      status,
      nextReviewOn: addDays(c.today, r.reviewInDays),
      ...tracked(c, "risks", i),
    };
  });
  const links = c.plan.risks.flatMap((r, i) =>
    r.control === null ? [] : [{ riskId: c.ids.risks[i]!, target: `control:${c.ids.controls[r.control]!}` }],
  );
  const events = rows.map((r, i) => ({
    action: "risk.created",
    entityType: "risk",
    entityId: r.id,
    actor: c.actorOf(c.plan.risks[i]!.owner),
    after: {
      id: r.id,
      key: r.key,
      title: r.title,
      aiSystemId: r.aiSystemId,
      inherentLikelihood: r.inherentLikelihood,
      inherentImpact: r.inherentImpact,
      residualLikelihood: r.residualLikelihood,
      residualImpact: r.residualImpact,
      treatment: r.treatment,
      status: r.status,
    },
  }));
  const targets = rows.map((r, i) => ({
    entityType: "risk",
    entityId: r.id,
    key: r.key,
    actor: c.actorOf(c.plan.risks[i]!.owner),
    version: 1,
  }));
  return { rows: { risks: rows, links }, events, targets };
}
