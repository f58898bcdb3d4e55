/** Calls of the concerns endpoints (ISO/IEC 42001 A.3.3). */
import type {
  Concern,
  ConcernPage,
  CreateConcern,
  RiskFromConcern,
  RiskView,
  UpdateConcern,
} from "@openaims/core";
import { api } from "../../api/client";

export const CONCERNS_KEY = ["concerns"] as const;
export const CONCERNS_PATH = "/governance/concerns";
export const concernPath = (id: string) => `${CONCERNS_PATH}/${encodeURIComponent(id)}`;

export type ConcernSort = "createdAt" | "updatedAt" | "key" | "status" | "severity";
export type ConcernQuery = {
  limit: number;
  offset: number;
  sort: ConcernSort;
  order: "asc" | "desc";
  q?: string;
  status?: string;
  category?: string;
  severity?: string;
  aiSystemId?: string;
  assigneeId?: string;
};

const url = (id: string) => `/api/v1/concerns/${encodeURIComponent(id)}`;

export function listConcerns(query: ConcernQuery, signal?: AbortSignal): Promise<ConcernPage> {
  return api.get<ConcernPage>("/api/v1/concerns", { query, signal });
}
export function listMyConcerns(query: ConcernQuery, signal?: AbortSignal): Promise<ConcernPage> {
  return api.get<ConcernPage>("/api/v1/concerns/mine", { query, signal });
}
export function getConcern(id: string, signal?: AbortSignal): Promise<Concern> {
  return api.get<Concern>(url(id), { signal });
}
export function raiseConcern(body: CreateConcern): Promise<Concern> {
  return api.post<Concern>("/api/v1/concerns", body);
}
export function triageConcern(id: string, body: UpdateConcern): Promise<Concern> {
  return api.patch<Concern>(url(id), body);
}
export function riskFromConcern(id: string, body: RiskFromConcern): Promise<RiskView> {
  return api.post<RiskView>(`${url(id)}/risk`, body);
}
