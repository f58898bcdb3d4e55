/** Calls of the demo endpoints: status for every reader, load and remove for an administrator. */
import type { DemoCounts, DemoLoaded, DemoRemoved, DemoStatus } from "@openaims/core";
import { useQuery, type QueryClient } from "@tanstack/react-query";
import { api } from "../../api/client";
import { ME_QUERY_KEY } from "../auth/me-context";

export const DEMO_KEY = ["demo"] as const;

export function getDemoStatus(signal?: AbortSignal): Promise<DemoStatus> {
  return api.get<DemoStatus>("/api/v1/demo", { signal });
}

export function loadDemo(): Promise<DemoLoaded> {
  return api.post<DemoLoaded>("/api/v1/demo", {});
}

export function removeDemo(): Promise<DemoRemoved> {
  return api.delete<DemoRemoved>("/api/v1/demo");
}

export function useDemoStatus(enabled = true) {
  return useQuery({ queryKey: DEMO_KEY, queryFn: ({ signal }) => getDemoStatus(signal), enabled });
}

/**
 * The demo adds or takes away records of nearly every area (inventory, risks, controls, evidence,
 * vendors, documents, coverage), so every cached list is stale; only who is signed in is not.
 */
export function refreshAfterDemoChange(queryClient: QueryClient): Promise<void> {
  return queryClient.invalidateQueries({ predicate: (q) => q.queryKey[0] !== ME_QUERY_KEY[0] });
}

const KINDS: [keyof DemoCounts, string, string][] = [
  ["businessUnits", "business unit", "business units"],
  ["aiSystems", "AI system", "AI systems"],
  ["risks", "risk", "risks"],
  ["controls", "control", "controls"],
  ["evidence", "evidence item", "evidence items"],
  ["vendors", "vendor", "vendors"],
  ["documents", "draft document", "draft documents"],
];

/** "5 business units, 12 AI systems, … and 3 draft documents" (kinds with none left out). */
export function demoSummary(counts: DemoCounts): string {
  const parts = KINDS.filter(([k]) => counts[k] > 0).map(
    ([k, one, many]) => `${counts[k]} ${counts[k] === 1 ? one : many}`,
  );
  if (parts.length <= 1) return parts[0] ?? "no records";
  return `${parts.slice(0, -1).join(", ")} and ${parts.at(-1)}`;
}
