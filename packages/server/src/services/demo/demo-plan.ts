// The demo organization as pure data: a fictional insurer with a few units, AI systems of several
// EU AI Act classes, their risks, controls, evidence and vendors. The plan depends only on the seed
// and the scale, so tests and benchmarks get the same data every time; the loader writes it.
import type { AiSystemProfileInput, VendorDataCategory, VendorRiskRating } from "@openaims/core";
import {
  CONTROLS,
  DOCUMENTS,
  EVIDENCE,
  RISKS,
  SYSTEMS,
  UNITS,
  VENDORS,
  type RiskSeed,
} from "./demo-content.js";
import { random } from "./scale-random.js";

export type DemoScale = "demo";

export type PlannedUnit = { ref: string; name: string; description: string };

export type PlannedAiSystem = {
  ref: string;
  unit: string;
  name: string;
  purpose: string;
  intendedUse: string;
  lifecycleStage: "proposed" | "design" | "development" | "validation" | "deployed";
  profile: AiSystemProfileInput;
};

export type PlannedControl = {
  /** A starter-library template code (adopted, then given a status). */
  template: string;
  implementationStatus: "not_started" | "planned" | "partial" | "implemented";
  effectiveness: "not_assessed" | "effective" | "partially_effective";
};

export type PlannedRisk = {
  system: string;
  title: string;
  description: string;
  inherent: [likelihood: number, impact: number];
  residual: [likelihood: number, impact: number];
  /** Template codes of the controls that treat it. */
  controls: string[];
};

export type PlannedEvidence = {
  title: string;
  url: string;
  /** Days from the load date to the last day it holds; negative = already expired; null = no end. */
  validForDays: number | null;
  controls: string[];
};

export type PlannedVendor = {
  name: string;
  services: string;
  criticality: "low" | "medium" | "high" | "critical";
  dataShared: VendorDataCategory[];
  rating: VendorRiskRating;
  ratingReason: string;
  systems: { system: string; component: string }[];
};

export type DemoPlan = {
  seed: number;
  scale: DemoScale;
  businessUnits: PlannedUnit[];
  aiSystems: PlannedAiSystem[];
  controls: PlannedControl[];
  risks: PlannedRisk[];
  evidence: PlannedEvidence[];
  vendors: PlannedVendor[];
  /** Starter documents adopted as drafts (template codes). */
  documents: string[];
};

/** Scores on the default 1–5 scale; treatment lowers the residual score, never raises it. */
function scored(r: RiskSeed, next: () => number): PlannedRisk {
  const pick = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
  const inherent: [number, number] = [pick(2, 5), pick(3, 5)];
  const residual: [number, number] = [
    Math.max(1, inherent[0] - pick(1, 2)),
    Math.max(1, inherent[1] - pick(0, 1)),
  ];
  return { ...r, inherent, residual };
}

/** The organization to load for a seed and a scale ("demo": the small insurer). */
export function demoPlan(seed = 42, scale: DemoScale = "demo"): DemoPlan {
  const next = random(seed);
  return {
    seed,
    scale,
    businessUnits: UNITS.map((u) => ({ ...u })),
    aiSystems: SYSTEMS.map((s) => structuredClone(s)),
    controls: CONTROLS.map((c) => ({ ...c })),
    risks: RISKS.map((r) => scored(r, next)),
    evidence: EVIDENCE.map((e) => ({ ...e, controls: [...e.controls] })),
    vendors: VENDORS.map((v) => structuredClone(v)),
    documents: [...DOCUMENTS],
  };
}
