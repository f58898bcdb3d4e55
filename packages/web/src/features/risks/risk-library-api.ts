/** Calls of the organization's risk library: the starter library, its edits and its own entries. */
import type { CreateRiskLibraryEntry, Page, RiskLibraryEntry, UpdateRiskLibraryEntry } from "@openaims/core";
import type { QueryClient } from "@tanstack/react-query";
import { api } from "../../api/client";
import { RISKS_KEY } from "./risks-api";

export const RISK_LIBRARY_KEY = [...RISKS_KEY, "templates"] as const;

export type LibraryQuery = { q?: string; includeHidden?: "true" | "false"; limit: number; offset: number };

const entryUrl = (code: string) => `/api/v1/risk-templates/${encodeURIComponent(code)}`;

export function listLibrary(query: LibraryQuery, signal?: AbortSignal): Promise<Page<RiskLibraryEntry>> {
  return api.get<Page<RiskLibraryEntry>>("/api/v1/risk-templates", { query, signal });
}
export function createLibraryEntry(body: CreateRiskLibraryEntry): Promise<RiskLibraryEntry> {
  return api.post<RiskLibraryEntry>("/api/v1/risk-templates", body);
}
export function updateLibraryEntry(code: string, body: UpdateRiskLibraryEntry): Promise<RiskLibraryEntry> {
  return api.patch<RiskLibraryEntry>(entryUrl(code), body);
}
export function resetLibraryEntry(code: string): Promise<{ entry: RiskLibraryEntry | null }> {
  return api.delete<{ entry: RiskLibraryEntry | null }>(entryUrl(code));
}
/** Every view of the library (and the "from library" picker) reloads after a change. */
export function afterLibraryChanged(queryClient: QueryClient): void {
  void queryClient.invalidateQueries({ queryKey: RISK_LIBRARY_KEY });
}
