/** Calls of the crosswalk endpoints. */
import type { CrosswalkEntryView, CrosswalkSummary, Page, Relationship } from "@openaims/core";
import { useQuery } from "@tanstack/react-query";
import { api } from "../../api/client";
import { downloadFile } from "../../api/download";
import { fetchAllPages } from "../../api/fetch-all";
import { EXPORT_FORMATS, type ExportFormat } from "../frameworks/frameworks-api";

export const CROSSWALKS_KEY = ["crosswalks"] as const;

export type CrosswalkQuery = {
  from: string;
  to: string;
  relationship?: Relationship;
  limit: number;
  offset: number;
};

export function getCrosswalkSummary(signal?: AbortSignal): Promise<{ items: CrosswalkSummary[] }> {
  return api.get<{ items: CrosswalkSummary[] }>("/api/v1/crosswalks/summary", { signal });
}

/** Entries between two frameworks, read from `from` to `to` whichever way they were authored. */
export function listCrosswalkEntries(
  query: CrosswalkQuery,
  signal?: AbortSignal,
): Promise<Page<CrosswalkEntryView>> {
  return api.get<Page<CrosswalkEntryView>>("/api/v1/crosswalks", { query, signal });
}

/** Downloads the crosswalk between two frameworks as a file; resolves with the file name. */
export function exportCrosswalk(from: string, to: string, format: ExportFormat): Promise<string> {
  const ext = EXPORT_FORMATS.find((f) => f.format === format)?.ext ?? format;
  const name = `${from.replace(":", "-")}__${to.replace(":", "-")}.${ext}`;
  return downloadFile("/api/v1/crosswalks/export", { from, to, format }, name);
}

export function useCrosswalkSummary() {
  return useQuery({
    queryKey: [...CROSSWALKS_KEY, "summary"],
    queryFn: ({ signal }) => getCrosswalkSummary(signal),
    staleTime: 5 * 60_000,
  });
}

/** Every entry between two frameworks (all pages; 280 for NIST AI RMF ↔ ISO/IEC 42001). */
export function useCrosswalkEntries(from: string | null, to: string | null) {
  return useQuery({
    queryKey: [...CROSSWALKS_KEY, "entries", from, to],
    queryFn: ({ signal }) =>
      fetchAllPages((offset, limit) => listCrosswalkEntries({ from: from!, to: to!, limit, offset }, signal)),
    enabled: from !== null && to !== null,
    staleTime: 5 * 60_000,
  });
}
