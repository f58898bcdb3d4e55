/**
 * The inventory table's filter and sort, kept in the URL query (`?risk=high-risk&sort=name`), so a
 * view can be bookmarked, shared and saved under a name.
 */
import { EU_RISK_CLASSES, LIFECYCLE_STAGES, type EuRiskClass } from "@openaims/core";
import type { AiSystemQuery, AiSystemSort } from "./inventory-api";
import type { LifecycleStage } from "./inventory-labels";

export type InventoryViewState = {
  q: string;
  lifecycleStage: LifecycleStage | null;
  euRiskClass: EuRiskClass | null;
  businessUnitId: string | null;
  framework: string | null;
  sort: AiSystemSort;
  order: "asc" | "desc";
};

export const DEFAULT_INVENTORY_VIEW: InventoryViewState = {
  q: "",
  lifecycleStage: null,
  euRiskClass: null,
  businessUnitId: null,
  framework: null,
  sort: "key",
  order: "asc",
};

const SORTS: readonly AiSystemSort[] = [
  "key",
  "name",
  "lifecycleStage",
  "euRiskClass",
  "createdAt",
  "updatedAt",
];
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const FRAMEWORK_REF = /^[a-z0-9][a-z0-9.-]*:[A-Za-z0-9._-]+$/;

const oneOf = <T extends string>(list: readonly T[], value: string | null): T | null =>
  value !== null && (list as readonly string[]).includes(value) ? (value as T) : null;

/** The view a URL query asks for; anything unknown or malformed falls back to the default. */
export function inventoryViewOf(params: URLSearchParams): InventoryViewState {
  const unit = params.get("unit");
  const framework = params.get("framework");
  return {
    q: (params.get("q") ?? "").slice(0, 200),
    lifecycleStage: oneOf(LIFECYCLE_STAGES, params.get("stage")),
    euRiskClass: oneOf(EU_RISK_CLASSES, params.get("risk")),
    businessUnitId: unit && UUID.test(unit) ? unit.toLowerCase() : null,
    framework: framework && FRAMEWORK_REF.test(framework) ? framework : null,
    sort: oneOf(SORTS, params.get("sort")) ?? DEFAULT_INVENTORY_VIEW.sort,
    order: params.get("order") === "desc" ? "desc" : "asc",
  };
}

/** The URL query of a view, in a fixed order and without defaults (equal views, equal URLs). */
export function inventoryViewParams(state: InventoryViewState): URLSearchParams {
  const out = new URLSearchParams();
  if (state.q.trim()) out.set("q", state.q.trim());
  if (state.lifecycleStage) out.set("stage", state.lifecycleStage);
  if (state.euRiskClass) out.set("risk", state.euRiskClass);
  if (state.businessUnitId) out.set("unit", state.businessUnitId);
  if (state.framework) out.set("framework", state.framework);
  if (state.sort !== DEFAULT_INVENTORY_VIEW.sort) out.set("sort", state.sort);
  if (state.order !== DEFAULT_INVENTORY_VIEW.order) out.set("order", state.order);
  return out;
}

/** The same view written the canonical way (for comparing a saved view with the current one). */
export function canonicalViewQuery(query: string): string {
  return inventoryViewParams(inventoryViewOf(new URLSearchParams(query))).toString();
}

/** Whether any filter is set (sorting is not a filter). */
export function isFilteredView(state: InventoryViewState): boolean {
  return Boolean(
    state.q.trim() || state.lifecycleStage || state.euRiskClass || state.businessUnitId || state.framework,
  );
}

/** The list call of a view and a page. */
export function inventoryQueryOf(
  state: InventoryViewState,
  paging: { limit: number; offset: number },
): AiSystemQuery {
  return {
    limit: paging.limit,
    offset: paging.offset,
    sort: state.sort,
    order: state.order,
    q: state.q.trim() || undefined,
    lifecycleStage: state.lifecycleStage ?? undefined,
    euRiskClass: state.euRiskClass ?? undefined,
    businessUnitId: state.businessUnitId ?? undefined,
    framework: state.framework ?? undefined,
  };
}
