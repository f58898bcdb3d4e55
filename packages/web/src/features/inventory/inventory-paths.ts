/** Addresses of the inventory pages. */
export const INVENTORY_PATH = "/inventory/systems";
export const NEW_SYSTEM_PATH = `${INVENTORY_PATH}/new`;
export const IMPORT_EXPORT_PATH = "/inventory/import-export";

export type SystemTab = "overview" | "components" | "classification" | "obligations" | "history";
export const SYSTEM_TABS: readonly SystemTab[] = [
  "overview",
  "components",
  "classification",
  "obligations",
  "history",
];

/** The page of an AI system, optionally on one tab (`?tab=classification`). */
export function systemPath(id: string, tab?: SystemTab): string {
  const base = `${INVENTORY_PATH}/${encodeURIComponent(id)}`;
  return tab && tab !== "overview" ? `${base}?tab=${tab}` : base;
}

/** The inventory list showing one EU risk class. */
export function inventoryWithRiskClass(riskClass: string): string {
  return `${INVENTORY_PATH}?${new URLSearchParams({ risk: riskClass }).toString()}`;
}
