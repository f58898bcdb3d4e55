/** What the AI system page sends: only the fields that changed, with the version read (409 on a stale one). */
import type { AiSystemView, UpdateAiSystem } from "@openaims/core";
import type { LifecycleStage } from "./inventory-labels";

export type OverviewValues = {
  name: string;
  purpose: string;
  intendedUse: string;
  foreseeableMisuse: string;
  businessUnitId: string | null;
  ownerId: string | null;
  lifecycleStage: LifecycleStage;
  personalDataDescription: string;
};

export function overviewValuesOf(system: AiSystemView): OverviewValues {
  return {
    name: system.name,
    purpose: system.purpose,
    intendedUse: system.intendedUse,
    foreseeableMisuse: system.foreseeableMisuse,
    businessUnitId: system.businessUnitId,
    ownerId: system.ownerId,
    lifecycleStage: system.lifecycleStage,
    personalDataDescription: system.personalDataDescription,
  };
}

const TEXT_FIELDS = [
  "name",
  "purpose",
  "intendedUse",
  "foreseeableMisuse",
  "personalDataDescription",
] as const;

/** The PATCH body of the overview form, or null when nothing changed. Texts are trimmed. */
export function overviewChanges(system: AiSystemView, values: OverviewValues): UpdateAiSystem | null {
  const body: UpdateAiSystem = { version: system.version };
  for (const field of TEXT_FIELDS) {
    const value = values[field].trim();
    if (value !== system[field]) body[field] = value;
  }
  if (values.businessUnitId !== system.businessUnitId) body.businessUnitId = values.businessUnitId;
  if (values.ownerId !== system.ownerId) body.ownerId = values.ownerId;
  if (values.lifecycleStage !== system.lifecycleStage) body.lifecycleStage = values.lifecycleStage;
  return Object.keys(body).length > 1 ? body : null;
}

export type Components = Pick<AiSystemView, "models" | "datasets" | "vendors">;

const trimRow = <T extends Record<string, unknown>>(row: T): T =>
  Object.fromEntries(Object.entries(row).map(([k, v]) => [k, typeof v === "string" ? v.trim() : v])) as T;

/** Rows with a name, trimmed. */
export function cleanComponents(c: Components): Components {
  return {
    models: c.models.map(trimRow).filter((m) => m.name),
    datasets: c.datasets.map(trimRow).filter((d) => d.name),
    vendors: c.vendors.map(trimRow).filter((v) => v.name),
  };
}

/** JSON of a list with each row's keys sorted, so key order (as stored) does not count as a change. */
const canonical = (rows: readonly object[]) =>
  JSON.stringify(
    rows.map((r) => Object.fromEntries(Object.entries(r).sort(([a], [b]) => a.localeCompare(b)))),
  );

/** The PATCH body of the components tab (each changed list is replaced whole), or null. */
export function componentChanges(system: AiSystemView, edited: Components): UpdateAiSystem | null {
  const clean = cleanComponents(edited);
  const body: UpdateAiSystem = { version: system.version };
  for (const list of ["models", "datasets", "vendors"] as const) {
    if (canonical(clean[list]) !== canonical(system[list])) Object.assign(body, { [list]: clean[list] });
  }
  return Object.keys(body).length > 1 ? body : null;
}
