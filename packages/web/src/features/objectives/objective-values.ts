/** The objective form: its values as typed (numbers as text) and the bodies it sends. */
import type { CreateObjective, Objective, UpdateObjective } from "@openaims/core";
import type { OBJECTIVE_STATUSES } from "@openaims/core";

export type ObjectiveStatus = (typeof OBJECTIVE_STATUSES)[number];

export type ObjectiveValues = {
  title: string;
  description: string;
  annexCObjective: string | null;
  measure: string;
  baseline: string;
  target: string;
  unit: string;
  ownerId: string | null;
  dueDate: string;
  status: ObjectiveStatus;
};

export const EMPTY_OBJECTIVE: ObjectiveValues = {
  title: "",
  description: "",
  annexCObjective: null,
  measure: "",
  baseline: "",
  target: "",
  unit: "",
  ownerId: null,
  dueDate: "",
  status: "not_started",
};

export function objectiveValuesOf(o: Objective): ObjectiveValues {
  return {
    title: o.title,
    description: o.description,
    annexCObjective: o.annexCObjective,
    measure: o.measure,
    baseline: o.baseline === null ? "" : String(o.baseline),
    target: String(o.target),
    unit: o.unit,
    ownerId: o.ownerId,
    dueDate: o.dueDate ?? "",
    status: o.status,
  };
}

/** A typed number: null when empty, NaN when not a number (the schema then says so on the field). */
export function numberOf(text: string): number | null {
  const t = text.trim().replace(",", ".");
  if (!t) return null;
  const n = Number(t);
  return Number.isFinite(n) ? n : Number.NaN;
}

/** The body of POST /api/v1/objectives. */
export function createObjectiveBody(v: ObjectiveValues): CreateObjective {
  return {
    title: v.title.trim(),
    description: v.description,
    annexCObjective: v.annexCObjective,
    measure: v.measure.trim(),
    baseline: numberOf(v.baseline),
    target: numberOf(v.target) ?? Number.NaN,
    unit: v.unit.trim(),
    ownerId: v.ownerId,
    dueDate: v.dueDate || null,
    status: v.status,
  };
}

/** The PATCH body: the version read and the fields that differ; null when nothing changed. */
export function objectiveChanges(o: Objective, v: ObjectiveValues): UpdateObjective | null {
  const next = createObjectiveBody(v);
  const body: UpdateObjective = { version: o.version };
  const keys = [
    "title",
    "description",
    "annexCObjective",
    "measure",
    "baseline",
    "target",
    "unit",
    "ownerId",
    "dueDate",
    "status",
  ] as const;
  for (const key of keys) {
    const value = next[key];
    if (value !== undefined && !Object.is(value, o[key])) Object.assign(body, { [key]: value });
  }
  return Object.keys(body).length > 1 ? body : null;
}
