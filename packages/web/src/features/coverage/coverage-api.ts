/** Calls of the coverage endpoints ("assess once, comply many"). */
import type { CoverageSummary, CoverageSourceView, FrameworkScoreView, Page } from "@openaims/core";
import type { RequirementCoverageView } from "@openaims/core";
import { useQuery } from "@tanstack/react-query";
import { api } from "../../api/client";
import { fetchAllPages } from "../../api/fetch-all";

export type CoverageStatus = RequirementCoverageView["status"];
export type CoverageSource = ReturnType<typeof CoverageSourceView.parse>;
export type FrameworkScore = ReturnType<typeof FrameworkScoreView.parse>;
export type CoverageSummaryView = ReturnType<typeof CoverageSummary.parse>;
export type CoverageLimit = RequirementCoverageView["limitedBy"][number];
export type EvidenceStanding = RequirementCoverageView["evidence"]["standing"];

export const COVERAGE_KEY = ["coverage"] as const;

export type CoverageQuery = {
  framework: string;
  status?: CoverageStatus;
  /** "true": only requirements stale evidence holds back. */
  heldBack?: "true";
  limit: number;
  offset: number;
};

export function getCoverageSummary(signal?: AbortSignal): Promise<CoverageSummaryView> {
  return api.get<CoverageSummaryView>("/api/v1/coverage/summary", { signal });
}

export function listCoverage(
  query: CoverageQuery,
  signal?: AbortSignal,
): Promise<Page<RequirementCoverageView>> {
  return api.get<Page<RequirementCoverageView>>("/api/v1/coverage", { query, signal });
}

export function useCoverageSummary(enabled = true) {
  return useQuery({
    queryKey: [...COVERAGE_KEY, "summary"],
    queryFn: ({ signal }) => getCoverageSummary(signal),
    enabled,
  });
}

/** Coverage of every requirement of one framework (all pages), for a single requirement's page. */
export function useFrameworkCoverage(frameworkRef: string | null) {
  return useQuery({
    queryKey: [...COVERAGE_KEY, "framework-all", frameworkRef],
    queryFn: ({ signal }) =>
      fetchAllPages((offset, limit) => listCoverage({ framework: frameworkRef!, limit, offset }, signal)),
    enabled: frameworkRef !== null,
  });
}
