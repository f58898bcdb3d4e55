/** Calls of the Statement of Applicability: working copy, draft, issued versions and their comparison. */
import type {
  Page,
  SoaComparison,
  SoaDeriveResult,
  SoaEntryView,
  SoaImplementationStatus,
  SoaReasonKind,
  SoaVersionListItem,
  SoaVersionView,
  SoaView,
  UpdateSoaEntry,
} from "@openaims/core";
import type { QueryClient } from "@tanstack/react-query";
import { api } from "../../api/client";

export const SOA_KEY = ["soa"] as const;

export type SoaApplicability = "true" | "false" | "undecided";
export type SoaFilters = {
  theme?: string;
  applicable?: SoaApplicability;
  status?: SoaImplementationStatus;
  reasonKind?: SoaReasonKind;
  q?: string;
};

export function getSoa(filters: SoaFilters, signal?: AbortSignal): Promise<SoaView> {
  return api.get<SoaView>("/api/v1/soa", { query: filters, signal });
}
export function updateSoaEntry(controlId: string, body: UpdateSoaEntry): Promise<SoaEntryView> {
  return api.patch<SoaEntryView>(`/api/v1/soa/${encodeURIComponent(controlId)}`, body);
}
export function deriveSoa(): Promise<SoaDeriveResult> {
  return api.post<SoaDeriveResult>("/api/v1/soa/derive");
}
export function listSoaVersions(signal?: AbortSignal): Promise<Page<SoaVersionListItem>> {
  return api.get<Page<SoaVersionListItem>>("/api/v1/soa/versions", {
    query: { limit: 50, offset: 0, order: "desc" },
    signal,
  });
}
export function issueSoaVersion(note: string): Promise<SoaVersionView> {
  return api.post<SoaVersionView>("/api/v1/soa/versions", { note });
}
export function decideSoaVersion(
  number: number,
  body: { decision: "approve" | "reject"; comment: string },
): Promise<SoaVersionView> {
  return api.post<SoaVersionView>(`/api/v1/soa/versions/${number}/decision`, body);
}
export function compareSoa(
  from: number,
  to: number | "working",
  signal?: AbortSignal,
): Promise<SoaComparison> {
  return api.get<SoaComparison>("/api/v1/soa/versions/compare", { query: { from, to }, signal });
}

/** After any SoA write: the working copy, versions, comparisons and the inbox may be out of date. */
export function afterSoaChanged(queryClient: QueryClient): void {
  void queryClient.invalidateQueries({ queryKey: SOA_KEY });
  void queryClient.invalidateQueries({ queryKey: ["inbox"] });
}
