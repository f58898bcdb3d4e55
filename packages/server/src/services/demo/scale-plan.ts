// The enterprise-scale organization as pure data for the benchmark harness: the demo insurer's
// vocabulary multiplied to S × (1,000 AI systems, 10,000 risks, …). The plan depends only on the
// seed, the scale and the starter control codes, so two runs with the same inputs load the same
// organization; scale-load.ts writes it. Records refer to each other by index into the plan.
import {
  AIMS_PROCESSES,
  type AiSystemProfileInput,
  type Responsibility,
  type Role,
  type VendorDataCategory,
  type VendorRiskRating,
} from "@openaims/core";
import { CONTROLS, EVIDENCE, RISKS, SYSTEMS, UNITS, VENDORS, type RiskSeed } from "./demo-content.js";
import type { PlannedAiSystem } from "./demo-plan.js";
import { dice, groupBy, weighted, type Dice } from "./scale-random.js";
import {
  CERTIFICATIONS,
  FIRST_NAMES,
  GENERIC_RISKS,
  LAST_NAMES,
  ORG_ROLES,
  PROHIBITED_SYSTEM,
  REGIONS,
} from "./scale-vocabulary.js";

/** Rows per table at scale 1; scale S multiplies each (at least one of each). */
export const SCALE_BASE = {
  businessUnits: 20,
  users: 50,
  aiSystems: 1_000,
  controls: 300,
  risks: 10_000,
  evidence: 2_000,
  vendors: 200,
  campaigns: 10,
  auditEvents: 100_000,
} as const;
export type ScaleCounts = Record<keyof typeof SCALE_BASE, number>;

export function scaleCounts(scale: number): ScaleCounts {
  const n = (base: number) => Math.max(1, Math.round(base * scale));
  const counts = Object.fromEntries(Object.entries(SCALE_BASE).map(([k, v]) => [k, n(v)])) as ScaleCounts;
  counts.campaigns = Math.min(counts.campaigns, counts.vendors);
  return counts;
}

type Stage = PlannedAiSystem["lifecycleStage"] | "retired";
type ImplementationStatus = "not_started" | "planned" | "partial" | "implemented";
type Effectiveness = "not_assessed" | "ineffective" | "partially_effective" | "effective";
type Treatment = "undecided" | "mitigate" | "accept" | "avoid" | "transfer";

export type ScaleUnit = { name: string; description: string; kind: string };
export type ScaleUser = { name: string; email: string; role: Role; units: number[] };
export type ScaleAiSystem = {
  name: string;
  purpose: string;
  intendedUse: string;
  unit: number;
  owner: number;
  lifecycleStage: Stage;
  /** Index into `profiles` (one classification per distinct profile). */
  profile: number;
};
export type ScaleControl = {
  code: string;
  /** Starter-library template whose title, description and requirement links it takes. */
  template: string;
  unit: number | null;
  owner: number;
  implementationStatus: ImplementationStatus;
  effectiveness: Effectiveness;
};
export type ScaleRisk = {
  system: number;
  title: string;
  description: string;
  inherent: [likelihood: number, impact: number];
  residual: [likelihood: number, impact: number];
  treatment: Treatment;
  closed: boolean;
  owner: number;
  reviewInDays: number;
  /** The control that treats it, if any. */
  control: number | null;
};
export type ScaleEvidence = {
  title: string;
  url: string;
  /** Days from the load date to its last valid day; negative = expired; null = no end. */
  validForDays: number | null;
  collectedDaysAgo: number;
  /** A small stored file instead of a link. */
  file: boolean;
  controls: number[];
  owner: number;
  unit: number | null;
};
export type ScaleVendor = {
  name: string;
  services: string;
  criticality: "low" | "medium" | "high" | "critical";
  dataShared: VendorDataCategory[];
  status: "onboarding" | "active" | "offboarded";
  rating: VendorRiskRating | null;
  ratingReason: string;
  systems: { system: number; component: string }[];
  contact: { name: string; email: string; title: string };
  certifications: { kind: string; label: string; issuedDaysAgo: number; expiresInDays: number }[];
  lastReviewedDaysAgo: number;
  owner: number;
  unit: number | null;
};
export type ScaleOrgRole = {
  name: string;
  description: string;
  members: number[];
  raci: { process: string; letters: Responsibility[] }[];
};

export type ScalePlan = {
  seed: number;
  scale: number;
  counts: ScaleCounts;
  profiles: AiSystemProfileInput[];
  businessUnits: ScaleUnit[];
  users: ScaleUser[];
  aiSystems: ScaleAiSystem[];
  controls: ScaleControl[];
  risks: ScaleRisk[];
  evidence: ScaleEvidence[];
  /** The first `counts.campaigns` vendors are active, unrated and get a questionnaire. */
  vendors: ScaleVendor[];
  orgRoles: ScaleOrgRole[];
};

const slug = (s: string) => s.toLowerCase().replace(/[^a-z]+/g, "");
const BASES: PlannedAiSystem[] = [...SYSTEMS, PROHIBITED_SYSTEM];
const STAGES: Stage[] = ["proposed", "design", "development", "validation", "deployed", "retired"];

function plannedUnits(n: number): ScaleUnit[] {
  return Array.from({ length: n }, (_, i) => {
    const kind = UNITS[i % UNITS.length]!;
    const r = Math.floor(i / UNITS.length);
    const round = Math.floor(r / REGIONS.length);
    const region = `${REGIONS[r % REGIONS.length]}${round ? ` ${round + 1}` : ""}`;
    return { name: `${kind.name} ${region}`, description: kind.description, kind: kind.ref };
  });
}

const ROLE_CYCLE: Role[] = ["manager", "contributor", "contributor", "viewer", "contributor", "auditor"];

function plannedUsers(d: Dice, n: number, units: number): ScaleUser[] {
  return Array.from({ length: n }, (_, i) => {
    const first = FIRST_NAMES[i % FIRST_NAMES.length]!;
    const last = LAST_NAMES[(i * 7 + Math.floor(i / FIRST_NAMES.length)) % LAST_NAMES.length]!;
    const role: Role = i % 25 === 0 ? "admin" : ROLE_CYCLE[i % ROLE_CYCLE.length]!;
    const scoped = (role === "contributor" || role === "viewer") && d.chance(0.5);
    const grants = scoped ? [...new Set([d.int(0, units - 1), d.int(0, units - 1)])] : [];
    const email = `${slug(first)}.${slug(last)}${i + 1}@scale.example.com`;
    return { name: `${first} ${last}`, email, role, units: grants };
  });
}

/** The organization for a seed and a scale; `templates` are the starter-library control codes. */
export function scalePlan(
  seed = 42,
  scale = 1,
  templates: readonly string[] = CONTROLS.map((c) => c.template),
): ScalePlan {
  const d = dice(seed);
  const counts = scaleCounts(scale);
  const businessUnits = plannedUnits(counts.businessUnits);
  const users = plannedUsers(d, counts.users, businessUnits.length);
  // Owners of records: people who act for the whole organization (or everyone at tiny scales).
  const owners = users.flatMap((u, i) => (u.units.length === 0 && u.role !== "viewer" ? [i] : []));
  const owner = () => (owners.length ? d.pick(owners) : 0);
  const unitsOfKind = (kind: string) => businessUnits.flatMap((u, i) => (u.kind === kind ? [i] : []));

  const perBase = new Map<number, number>();
  const systemBase: number[] = [];
  const aiSystems: ScaleAiSystem[] = Array.from({ length: counts.aiSystems }, (_, i) => {
    const b = i % 200 === 199 ? BASES.length - 1 : d.int(0, SYSTEMS.length - 1);
    const base = BASES[b]!;
    const n = (perBase.get(b) ?? 0) + 1;
    perBase.set(b, n);
    systemBase.push(b);
    const inKind = unitsOfKind(base.unit);
    const prohibited = b === BASES.length - 1;
    return {
      name: `${base.name} ${n}`,
      purpose: base.purpose,
      intendedUse: base.intendedUse,
      unit: inKind.length ? d.pick(inKind) : d.int(0, businessUnits.length - 1),
      owner: owner(),
      lifecycleStage: prohibited ? "proposed" : d.chance(0.7) ? base.lifecycleStage : d.pick(STAGES),
      profile: b,
    };
  });

  const systemsOfBase = groupBy(systemBase, (b) => BASES[b]!.ref);

  const controls: ScaleControl[] = Array.from({ length: counts.controls }, (_, i) => {
    const implementationStatus = weighted<ImplementationStatus>(d, [
      ["implemented", 45],
      ["partial", 25],
      ["planned", 15],
      ["not_started", 15],
    ]);
    const effectiveness: Effectiveness =
      implementationStatus === "implemented"
        ? weighted(d, [
            ["effective", 60],
            ["partially_effective", 25],
            ["ineffective", 5],
            ["not_assessed", 10],
          ])
        : implementationStatus === "partial" && d.chance(0.4)
          ? "partially_effective"
          : "not_assessed";
    return {
      code: `CTL-${String(i + 1).padStart(4, "0")}`,
      template: templates[i % templates.length]!,
      unit: d.chance(0.3) ? d.int(0, businessUnits.length - 1) : null,
      owner: owner(),
      implementationStatus,
      effectiveness,
    };
  });
  const controlsOf = groupBy(controls, (c) => c.template);
  /** A control adopted from one of these templates, else any control. */
  const controlFor = (codes: readonly string[]) => {
    const found = codes.flatMap((c) => controlsOf.get(c) ?? []);
    return found.length ? d.pick(found) : d.int(0, controls.length - 1);
  };

  const seedsOf = (base: PlannedAiSystem): RiskSeed[] => RISKS.filter((r) => r.system === base.ref);
  const risks: ScaleRisk[] = Array.from({ length: counts.risks }, () => {
    const system = d.int(0, aiSystems.length - 1);
    const own = seedsOf(BASES[systemBase[system]!]!);
    const seedRisk = own.length && d.chance(0.7) ? d.pick(own) : d.pick(GENERIC_RISKS);
    const inherent: [number, number] = [d.int(2, 5), d.int(2, 5)];
    const residual: [number, number] = [
      Math.max(1, inherent[0] - d.int(0, 2)),
      Math.max(1, inherent[1] - d.int(0, 1)),
    ];
    const low = residual[0] * residual[1] <= 4;
    const treatment = weighted<Treatment>(d, [
      ["undecided", 10],
      ["mitigate", 60],
      ["transfer", 10],
      ["avoid", 5],
      [low ? "accept" : "mitigate", 15],
    ]);
    const treated = treatment !== "undecided" && treatment !== "accept";
    return {
      system,
      title: `${seedRisk.title} (${aiSystems[system]!.name})`,
      description: seedRisk.description,
      inherent,
      residual,
      treatment,
      closed: treated && d.chance(0.05),
      owner: owner(),
      reviewInDays: d.int(-30, 180),
      control: treated ? controlFor(seedRisk.controls) : null,
    };
  });

  const evidence: ScaleEvidence[] = Array.from({ length: counts.evidence }, (_, i) => {
    const base = EVIDENCE[i % EVIDENCE.length]!;
    const n = Math.floor(i / EVIDENCE.length) + 1;
    const validForDays = weighted<() => number | null>(d, [
      [() => -d.int(1, 120), 10],
      [() => d.int(0, 29), 10],
      [() => null, 15],
      [() => d.int(31, 400), 65],
    ])();
    const extra = d.chance(0.3) ? [d.int(0, controls.length - 1)] : [];
    // Collected before its validity ended (an expired item was collected well before).
    const collectedDaysAgo = d.int(0, 300) + (validForDays !== null && validForDays < 0 ? -validForDays : 0);
    return {
      title: `${base.title} ${n}`,
      url: `${base.url}-${n}`,
      validForDays,
      collectedDaysAgo,
      file: i % 20 === 0,
      controls: [...new Set([controlFor(base.controls), ...extra])],
      owner: owner(),
      unit: d.chance(0.4) ? d.int(0, businessUnits.length - 1) : null,
    };
  });

  const vendors: ScaleVendor[] = Array.from({ length: counts.vendors }, (_, i) => {
    const base = VENDORS[i % VENDORS.length]!;
    const n = Math.floor(i / VENDORS.length) + 1;
    const campaign = i < counts.campaigns;
    const links = new Map<number, string>();
    for (let k = d.int(1, 3); k > 0; k--) {
      const supplied = d.pick(base.systems);
      const fitting = systemsOfBase.get(supplied.system) ?? [];
      links.set(fitting.length ? d.pick(fitting) : d.int(0, aiSystems.length - 1), supplied.component);
    }
    const contactFirst = d.pick(FIRST_NAMES);
    const contactLast = d.pick(LAST_NAMES);
    const certCount = weighted(d, [
      [0, 35],
      [1, 50],
      [2, 15],
    ]);
    return {
      name: `${base.name} ${n}`,
      services: base.services,
      criticality: base.criticality,
      dataShared: [...base.dataShared],
      status: campaign
        ? "active"
        : weighted(d, [
            ["active", 85],
            ["onboarding", 10],
            ["offboarded", 5],
          ] as const),
      rating: campaign || d.chance(0.15) ? null : base.rating,
      ratingReason: base.ratingReason,
      systems: [...links].map(([system, component]) => ({ system, component })),
      contact: {
        name: `${contactFirst} ${contactLast}`,
        email: `${slug(contactFirst)}.${slug(contactLast)}@vendor-${i + 1}.example.com`,
        title: "Account manager",
      },
      certifications: Array.from({ length: certCount }, (_, k) => ({
        ...CERTIFICATIONS[(i + k) % CERTIFICATIONS.length]!,
        issuedDaysAgo: d.int(90, 700),
        expiresInDays: d.int(-60, 900),
      })),
      lastReviewedDaysAgo: d.int(0, 420),
      owner: owner(),
      unit: d.chance(0.5) ? d.int(0, businessUnits.length - 1) : null,
    };
  });

  const processes = AIMS_PROCESSES.slice(0, 8).map((p) => p.code);
  const orgRoles: ScaleOrgRole[] = ORG_ROLES.map((r, k) => ({
    ...r,
    members: [...new Set([owner(), owner()])],
    raci: processes.flatMap((process, p) =>
      k === 0
        ? [{ process, letters: ["A"] as Responsibility[] }]
        : p % (ORG_ROLES.length - 1) === k - 1
          ? [{ process, letters: ["R"] as Responsibility[] }]
          : [],
    ),
  }));

  return {
    seed,
    scale,
    counts,
    profiles: BASES.map((b) => structuredClone(b.profile)),
    businessUnits,
    users,
    aiSystems,
    controls,
    risks,
    evidence,
    vendors,
    orgRoles,
  };
}
