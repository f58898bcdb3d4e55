/** Calls of the risk criteria, the risk register, its treatment plans, acceptance and the risk library. */
import type {
  ApprovalView,
  CreateRisk,
  Page,
  RiskAction,
  RiskMatrixDefinition,
  RiskView,
  UpdateRisk,
} from "@openaims/core";
import { RISK_ACTION_STATUSES, RISK_STATUSES, RISK_TREATMENTS } from "@openaims/core";
import { useQuery, type QueryClient } from "@tanstack/react-query";
import { api } from "../../api/client";

export type RiskStatus = (typeof RISK_STATUSES)[number];
export type RiskTreatment = (typeof RISK_TREATMENTS)[number];
export type RiskActionStatus = (typeof RISK_ACTION_STATUSES)[number];
export type RiskSort = "key" | "title" | "residualLevel" | "inherentLevel" | "updatedAt" | "nextReviewOn";
export type HeatMapKind = "inherent" | "residual";

export type RiskQuery = {
  limit: number;
  offset: number;
  sort?: RiskSort;
  order?: "asc" | "desc";
  q?: string;
  aiSystemId?: string;
  status?: RiskStatus;
  treatment?: RiskTreatment;
  minResidualLevel?: number;
  inherentLikelihood?: number;
  inherentImpact?: number;
  residualLikelihood?: number;
  residualImpact?: number;
  openOnly?: "true" | "false";
};

export type CurrentMatrix = { version: number; definition: RiskMatrixDefinition };
export type HeatMapData = { kind: HeatMapKind; matrixVersion: number; counts: number[][]; total: number };
export type RiskTemplate = {
  code: string;
  title: string;
  description: string;
  sources: string[];
  characteristic: string | null;
  suggestedLikelihood: number;
  suggestedImpact: number;
  appliesTo: "any" | "generative" | "high-risk";
};

export const RISKS_KEY = ["risks"] as const;
export const RISK_MATRIX_KEY = ["risk-matrix"] as const;

const riskUrl = (id: string) => `/api/v1/risks/${encodeURIComponent(id)}`;

export function listRisks(query: RiskQuery, signal?: AbortSignal): Promise<Page<RiskView>> {
  return api.get<Page<RiskView>>("/api/v1/risks", { query, signal });
}
export function getRisk(id: string, signal?: AbortSignal): Promise<RiskView> {
  return api.get<RiskView>(riskUrl(id), { signal });
}
export function createRisk(body: CreateRisk): Promise<RiskView> {
  return api.post<RiskView>("/api/v1/risks", body);
}
export function updateRisk(id: string, body: UpdateRisk): Promise<RiskView> {
  return api.patch<RiskView>(riskUrl(id), body);
}
export function getHeatMap(kind: HeatMapKind, aiSystemId: string | undefined, signal?: AbortSignal) {
  return api.get<HeatMapData>("/api/v1/risks/heat-map", { query: { kind, aiSystemId }, signal });
}
export function listRiskTemplates(signal?: AbortSignal) {
  return api.get<{ items: RiskTemplate[]; total: number }>("/api/v1/risk-templates", { signal });
}
export function createFromTemplate(code: string, aiSystemId: string | null): Promise<RiskView> {
  return api.post<RiskView>("/api/v1/risks/from-template", { code, aiSystemId });
}
export function listRiskActions(id: string, signal?: AbortSignal): Promise<Page<RiskAction>> {
  return api.get<Page<RiskAction>>(`${riskUrl(id)}/actions`, { query: { limit: 200, offset: 0 }, signal });
}
export function createRiskAction(
  id: string,
  body: { title: string; ownerId: string | null; dueOn: string | null },
): Promise<RiskAction> {
  return api.post<RiskAction>(`${riskUrl(id)}/actions`, body);
}
export function updateRiskAction(
  id: string,
  actionId: string,
  body: { version: number; status?: RiskActionStatus; title?: string; dueOn?: string | null },
): Promise<RiskAction> {
  return api.patch<RiskAction>(`${riskUrl(id)}/actions/${encodeURIComponent(actionId)}`, body);
}
export function requestAcceptance(
  id: string,
  body: { version: number; acceptedUntil: string; justification: string },
): Promise<RiskView> {
  return api.post<RiskView>(`${riskUrl(id)}/acceptance`, body);
}
export function decideAcceptance(
  id: string,
  body: { decision: "approve" | "reject"; comment: string },
): Promise<RiskView> {
  return api.post<RiskView>(`${riskUrl(id)}/acceptance/decision`, body);
}

/** The risk criteria in force (rarely changes). */
export function useRiskMatrix() {
  return useQuery({
    queryKey: [...RISK_MATRIX_KEY, "current"],
    queryFn: ({ signal }) => api.get<CurrentMatrix>("/api/v1/risk-matrix", { signal }),
    staleTime: 60_000,
  });
}

/** After a risk changed: its detail, the register, the heat map and the inbox are out of date. */
export function afterRiskSaved(queryClient: QueryClient, saved: RiskView): void {
  queryClient.setQueryData([...RISKS_KEY, "detail", saved.id], saved);
  void queryClient.invalidateQueries({ queryKey: RISKS_KEY });
  void queryClient.invalidateQueries({ queryKey: ["inbox"] });
}
export function getAcceptanceApproval(id: string, signal?: AbortSignal) {
  return api.get<{ approval: ApprovalView | null }>(`${riskUrl(id)}/acceptance`, { signal });
}
