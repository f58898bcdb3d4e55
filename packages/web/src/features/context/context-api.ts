/** Calls of the AIMS context endpoints: issues (4.1), interested parties (4.2), the AIMS profile. */
import {
  MAX_PAGE_SIZE,
  type AimsProfile,
  type ContextIssue,
  type CreateContextIssue,
  type CreateInterestedParty,
  type InterestedParty,
  type Page,
  type UpdateAimsProfile,
  type UpdateContextIssue,
  type UpdateInterestedParty,
} from "@openaims/core";
import { useQuery } from "@tanstack/react-query";
import { api } from "../../api/client";
import { FRAMEWORKS_KEY, listRequirements } from "../frameworks/frameworks-api";

export const ISSUES_KEY = ["context-issues"] as const;
export const PARTIES_KEY = ["context-parties"] as const;
export const PROFILE_KEY = ["aims-profile"] as const;

export type IssueSort = "key" | "title" | "createdAt" | "status";
export type IssueQuery = {
  limit: number;
  offset: number;
  sort: IssueSort;
  order: "asc" | "desc";
  q?: string;
  kind?: string;
  category?: string;
  status?: string;
};
export type PartySort = "name" | "key" | "createdAt";
export type PartyQuery = {
  limit: number;
  offset: number;
  sort: PartySort;
  order: "asc" | "desc";
  q?: string;
  category?: string;
};

const issueUrl = (id: string) => `/api/v1/context/issues/${encodeURIComponent(id)}`;
const partyUrl = (id: string) => `/api/v1/context/parties/${encodeURIComponent(id)}`;

export function listIssues(query: IssueQuery, signal?: AbortSignal): Promise<Page<ContextIssue>> {
  return api.get<Page<ContextIssue>>("/api/v1/context/issues", { query, signal });
}
export function createIssue(body: CreateContextIssue): Promise<ContextIssue> {
  return api.post<ContextIssue>("/api/v1/context/issues", body);
}
export function updateIssue(id: string, body: UpdateContextIssue): Promise<ContextIssue> {
  return api.patch<ContextIssue>(issueUrl(id), body);
}

export function listParties(query: PartyQuery, signal?: AbortSignal): Promise<Page<InterestedParty>> {
  return api.get<Page<InterestedParty>>("/api/v1/context/parties", { query, signal });
}
export function createParty(body: CreateInterestedParty): Promise<InterestedParty> {
  return api.post<InterestedParty>("/api/v1/context/parties", body);
}
export function updateParty(id: string, body: UpdateInterestedParty): Promise<InterestedParty> {
  return api.patch<InterestedParty>(partyUrl(id), body);
}

export function getAimsProfile(signal?: AbortSignal): Promise<AimsProfile> {
  return api.get<AimsProfile>("/api/v1/context/profile", { signal });
}
export function putAimsProfile(body: UpdateAimsProfile): Promise<AimsProfile> {
  return api.put<AimsProfile>("/api/v1/context/profile", body);
}

export const ANNEX_C_FRAMEWORK = "iso-iec-42001:2023";
export const ANNEX_C_PARENT = "C.2";

/** The ISO/IEC 42001 Annex C.2 objectives to pick from, with their titles by key. */
export function useAnnexCObjectives() {
  const query = useQuery({
    queryKey: ["frameworks", ANNEX_C_FRAMEWORK, "requirements", { parent: ANNEX_C_PARENT }],
    queryFn: ({ signal }) =>
      listRequirements(ANNEX_C_FRAMEWORK, { limit: 100, offset: 0, parent: ANNEX_C_PARENT }, signal),
    staleTime: 5 * 60_000,
  });
  const items = query.data?.items ?? [];
  const byKey = new Map(items.map((r) => [r.key, r]));
  return {
    options: items.map((r) => ({ value: r.key, label: r.title })),
    titleOf: (key: string) => byKey.get(key)?.title ?? key.split("/").pop() ?? key,
    summaryOf: (key: string) => byKey.get(key)?.summary ?? "",
    isLoading: query.isLoading,
  };
}

const ISO_42001 = "iso-iec-42001:2023";

/**
 * The 38 ISO/IEC 42001 Annex A controls to link a party's requirement to (6.1.3 d), labelled
 * "A.8.3 External reporting"; shares its cache with the risk treatment pickers.
 */
export function useAnnexAControls() {
  const query = useQuery({
    queryKey: [...FRAMEWORKS_KEY, ISO_42001, "requirements", "controls"],
    queryFn: ({ signal }) =>
      listRequirements(ISO_42001, { limit: MAX_PAGE_SIZE, offset: 0, kind: "control" }, signal),
    staleTime: 5 * 60_000,
  });
  const controls = (query.data?.items ?? []).filter((r) => r.id.startsWith("A."));
  const byKey = new Map(controls.map((r) => [r.key, r]));
  return {
    options: controls.map((r) => ({ value: r.key, label: `${r.id} ${r.title}` })),
    labelOf: (key: string) => {
      const r = byKey.get(key);
      return r ? `${r.id} ${r.title}` : (key.split("/").pop() ?? key);
    },
    isLoading: query.isLoading,
  };
}
