/** Calls of the vendor register (ISO/IEC 42001 A.10.2, A.10.3) and of the vendor comparison. */
import type {
  CampaignComparison,
  CampaignPage,
  CreateVendor,
  CreateVendorCertification,
  CreateVendorContact,
  RatingHistoryPage,
  ReviewVendor,
  SetVendorRating,
  UpdateVendor,
  UpdateVendorCertification,
  UpdateVendorContact,
  Vendor,
  VendorListQuery,
  VendorPage,
} from "@openaims/core";
import type { QueryClient } from "@tanstack/react-query";
import { api } from "../../api/client";

export const VENDORS_KEY = ["vendors"] as const;
export const VENDOR_CAMPAIGNS_KEY = ["vendor-campaigns"] as const;

export type VendorSort = VendorListQuery["sort"];
export type VendorQuery = Partial<Omit<VendorListQuery, "limit" | "offset">> & {
  limit: number;
  offset: number;
};

const base = "/api/v1/vendors";
const one = (id: string) => `${base}/${encodeURIComponent(id)}`;
const enc = encodeURIComponent;

export const listVendors = (query: VendorQuery, signal?: AbortSignal) =>
  api.get<VendorPage>(base, { query, signal });
export const getVendor = (id: string, signal?: AbortSignal) => api.get<Vendor>(one(id), { signal });
export const createVendor = (body: CreateVendor) => api.post<Vendor>(base, body);
export const updateVendor = (id: string, body: UpdateVendor) => api.patch<Vendor>(one(id), body);
export const deleteVendor = (v: { id: string; version: number }) =>
  api.delete<void>(one(v.id), { query: { version: v.version } });

export const addContact = (id: string, body: CreateVendorContact) =>
  api.post<Vendor>(`${one(id)}/contacts`, body);
export const updateContact = (id: string, contactId: string, body: UpdateVendorContact) =>
  api.patch<Vendor>(`${one(id)}/contacts/${enc(contactId)}`, body);
export const removeContact = (id: string, contactId: string) =>
  api.delete<Vendor>(`${one(id)}/contacts/${enc(contactId)}`);

export const addCertification = (id: string, body: CreateVendorCertification) =>
  api.post<Vendor>(`${one(id)}/certifications`, body);
export const updateCertification = (id: string, certId: string, body: UpdateVendorCertification) =>
  api.patch<Vendor>(`${one(id)}/certifications/${enc(certId)}`, body);
export const removeCertification = (id: string, certId: string) =>
  api.delete<Vendor>(`${one(id)}/certifications/${enc(certId)}`);

export const linkAiSystem = (id: string, aiSystemId: string, component: string) =>
  api.put<Vendor>(`${one(id)}/ai-systems/${enc(aiSystemId)}`, { component });
export const unlinkAiSystem = (id: string, aiSystemId: string) =>
  api.delete<Vendor>(`${one(id)}/ai-systems/${enc(aiSystemId)}`);

export const setRating = (id: string, body: SetVendorRating) => api.post<Vendor>(`${one(id)}/rating`, body);
export const ratingHistory = (id: string, query: { limit: number; offset: number }, signal?: AbortSignal) =>
  api.get<RatingHistoryPage>(`${one(id)}/rating-history`, { query, signal });
export const reviewVendor = (id: string, body: ReviewVendor) => api.post<Vendor>(`${one(id)}/review`, body);

/** The questionnaires sent to one vendor, newest first. */
export const vendorCampaigns = (
  vendorId: string,
  query: { limit: number; offset: number },
  signal?: AbortSignal,
) =>
  api.get<CampaignPage>("/api/v1/vendor-campaigns", {
    query: { ...query, vendorId, sort: "createdAt", order: "desc" },
    signal,
  });

export const compareVendors = (ids: readonly string[], signal?: AbortSignal) =>
  api.get<CampaignComparison>("/api/v1/vendor-campaigns/compare", {
    query: { vendorIds: ids.join(",") },
    signal,
  });

export const vendorKey = (id: string) => [...VENDORS_KEY, "detail", id] as const;

/** After a write: the detail is replaced; lists, rating history and the inbox are out of date. */
export function afterVendorSaved(queryClient: QueryClient, saved: Vendor): void {
  queryClient.setQueryData(vendorKey(saved.id), saved);
  void queryClient.invalidateQueries({ queryKey: [...VENDORS_KEY, "list"] });
  void queryClient.invalidateQueries({ queryKey: [...VENDORS_KEY, "history", saved.id] });
  void queryClient.invalidateQueries({ queryKey: ["inbox"] });
}
