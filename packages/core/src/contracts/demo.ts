import { z } from "zod";
import { IsoDateTime } from "./common.js";

/** The kinds of record the demo organization creates, in the order they are reported. */
export const DEMO_RECORD_KINDS = [
  "businessUnits",
  "aiSystems",
  "controls",
  "risks",
  "evidence",
  "vendors",
  "documents",
] as const;
export type DemoRecordKind = (typeof DEMO_RECORD_KINDS)[number];

const count = z.number().int().min(0);
/** How many records of each kind the demo made (or removed). */
export const DemoCounts = z.object({
  businessUnits: count,
  aiSystems: count,
  controls: count,
  risks: count,
  evidence: count,
  vendors: count,
  documents: count,
});
export type DemoCounts = z.infer<typeof DemoCounts>;

/** Whether loading would be accepted now, and if not, why (the same messages a refused load gives). */
const loadability = {
  canLoad: z.boolean(),
  cannotLoadBecause: z.array(z.string()),
};

/** `GET /api/v1/demo`: is the demo organization loaded, what it holds, and may it be loaded. */
export const DemoStatus = z.discriminatedUnion("loaded", [
  z.object({ loaded: z.literal(false), ...loadability }),
  z.object({ loaded: z.literal(true), loadedAt: IsoDateTime, counts: DemoCounts, ...loadability }),
]);
export type DemoStatus = z.infer<typeof DemoStatus>;

/** `POST /api/v1/demo`: the scores of the demo risks are generated from `seed` (default 42). */
export const LoadDemo = z.object({
  seed: z.number().int().min(0).max(2_147_483_647).optional(),
});
export type LoadDemo = z.infer<typeof LoadDemo>;

export const DemoLoaded = z.object({ loaded: z.literal(true), counts: DemoCounts });
export type DemoLoaded = z.infer<typeof DemoLoaded>;

export const DemoRemoved = z.object({ removed: z.literal(true), counts: DemoCounts });
export type DemoRemoved = z.infer<typeof DemoRemoved>;
