/** Calls of questionnaire campaigns (ISO/IEC 42001 A.10.3): send, track, review. */
import {
  MAX_PAGE_SIZE,
  type AcceptCampaign,
  type AskFollowUps,
  type CampaignCreated,
  type CampaignDetail,
  type CampaignPage,
  type CampaignStatus,
  type CreateCampaign,
  type LinkState,
  type QuestionnaireTemplatePage,
  type Vendor,
  type VendorPage,
} from "@openaims/core";
import { useQuery, type QueryClient } from "@tanstack/react-query";
import { api } from "../../api/client";

export const CAMPAIGNS_KEY = ["vendor-campaigns"] as const;
const base = "/api/v1/vendor-campaigns";
const one = (id: string) => `${base}/${encodeURIComponent(id)}`;

export type CampaignSort = "createdAt" | "dueOn" | "score" | "status";
export type CampaignQuery = {
  limit: number;
  offset: number;
  sort: CampaignSort;
  order: "asc" | "desc";
  q?: string;
  vendorId?: string;
  status?: CampaignStatus;
  linkState?: LinkState;
};

export const listCampaigns = (query: CampaignQuery, signal?: AbortSignal) =>
  api.get<CampaignPage>(base, { query, signal });
export const getCampaign = (id: string, signal?: AbortSignal) => api.get<CampaignDetail>(one(id), { signal });
export const sendCampaign = (body: CreateCampaign) => api.post<CampaignCreated>(base, body);
export const revokeCampaign = (id: string, version: number) =>
  api.post<CampaignDetail>(`${one(id)}/revoke`, { version });
export const extendCampaign = (
  id: string,
  body: { version: number; linkExpiresAt?: string; dueOn?: string },
) => api.post<CampaignDetail>(`${one(id)}/extend`, body);
export const reissueLink = (id: string, version: number) =>
  api.post<CampaignCreated>(`${one(id)}/reissue-link`, { version });
export const scoreCampaign = (id: string, version: number, overrides: Record<string, number>) =>
  api.put<CampaignDetail>(`${one(id)}/scores`, { version, overrides });
export const askFollowUps = (id: string, body: AskFollowUps) =>
  api.post<CampaignDetail>(`${one(id)}/follow-ups`, body);
export const acceptCampaign = (id: string, body: AcceptCampaign) =>
  api.post<CampaignDetail>(`${one(id)}/accept`, body);
export const createCampaignRisk = (id: string, version: number) =>
  api.post<CampaignDetail>(`${one(id)}/risk`, { version });
/** Where a vendor's uploaded file downloads from (an attachment, with the session cookie). */
export const campaignFileUrl = (id: string, fileId: string) =>
  `${one(id)}/files/${encodeURIComponent(fileId)}`;

export const campaignDetailKey = (id: string) => [...CAMPAIGNS_KEY, "detail", id] as const;

export function useCampaign(id: string) {
  return useQuery({ queryKey: campaignDetailKey(id), queryFn: ({ signal }) => getCampaign(id, signal) });
}

/** After a write: the detail is replaced; lists and counts are out of date. */
export function afterCampaignSaved(queryClient: QueryClient, saved: CampaignDetail): void {
  queryClient.setQueryData(campaignDetailKey(saved.id), saved);
  void queryClient.invalidateQueries({ queryKey: [...CAMPAIGNS_KEY, "list"] });
  void queryClient.invalidateQueries({ queryKey: [...CAMPAIGNS_KEY, "count"] });
}

/** How many campaigns are in one status (a one-row page: only `total` is read). */
export function useStatusCount(status: CampaignStatus, vendorId: string | undefined) {
  return useQuery({
    queryKey: [...CAMPAIGNS_KEY, "count", status, vendorId ?? null],
    queryFn: ({ signal }) =>
      listCampaigns({ limit: 1, offset: 0, sort: "createdAt", order: "desc", status, vendorId }, signal),
    select: (page) => page.total,
    staleTime: 15_000,
  });
}

/** Published questionnaires to send (the first 200 by name). */
export function usePublishedTemplates(enabled: boolean) {
  return useQuery({
    queryKey: ["questionnaire-templates", "list", "published-options"],
    queryFn: ({ signal }) =>
      api.get<QuestionnaireTemplatePage>("/api/v1/questionnaire-templates", {
        query: { status: "published", limit: MAX_PAGE_SIZE, offset: 0, sort: "name", order: "asc" },
        signal,
      }),
    enabled,
  });
}

/** One vendor with its contacts (the send modal picks one of them). */
export function useVendorContacts(vendorId: string, enabled: boolean) {
  return useQuery({
    queryKey: ["vendors", "detail", vendorId],
    queryFn: ({ signal }) => api.get<Vendor>(`/api/v1/vendors/${encodeURIComponent(vendorId)}`, { signal }),
    enabled: enabled && vendorId.length > 0,
  });
}

/** Vendors to filter or send by (the first 200 by name). */
export function useVendorOptions() {
  const query = useQuery({
    queryKey: ["vendors", "list", "options"],
    queryFn: ({ signal }) =>
      api.get<VendorPage>("/api/v1/vendors", {
        query: { limit: MAX_PAGE_SIZE, offset: 0, sort: "name", order: "asc" },
        signal,
      }),
    staleTime: 30_000,
  });
  return {
    options: (query.data?.items ?? []).map((v) => ({ value: v.id, label: `${v.key} ${v.name}` })),
    isLoading: query.isLoading,
  };
}
