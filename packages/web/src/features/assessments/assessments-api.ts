/** Calls of the impact assessments: list, read, start, save as you go, submit, decide, revise, risk from impact. */
import type {
  Answers,
  ImpactAssessmentSummary,
  ImpactAssessmentView,
  Page,
  RiskView,
  TemplateId,
} from "@openaims/core";
import { ASSESSMENT_STATUSES } from "@openaims/core";
import type { QueryClient } from "@tanstack/react-query";
import { api } from "../../api/client";

export type AssessmentStatus = (typeof ASSESSMENT_STATUSES)[number];
export type AssessmentSort = "key" | "updatedAt" | "validUntil";
export type AssessmentQuery = {
  limit: number;
  offset: number;
  sort?: AssessmentSort;
  order?: "asc" | "desc";
  aiSystemId?: string;
  templateId?: TemplateId;
  status?: AssessmentStatus;
  due?: "true";
  q?: string;
};

export const ASSESSMENTS_KEY = ["impact-assessments"] as const;
const base = "/api/v1/impact-assessments";
const one = (id: string) => `${base}/${encodeURIComponent(id)}`;

export function listAssessments(query: AssessmentQuery, signal?: AbortSignal) {
  return api.get<Page<ImpactAssessmentSummary>>(base, { query, signal });
}
export function getAssessment(id: string, signal?: AbortSignal) {
  return api.get<ImpactAssessmentView>(one(id), { signal });
}
export function createAssessment(body: { aiSystemId: string; templateId: TemplateId }) {
  return api.post<ImpactAssessmentView>(base, body);
}
export function saveAnswers(id: string, body: { version: number; answers: Answers }) {
  return api.patch<ImpactAssessmentView>(one(id), body);
}
export function submitAssessment(id: string, version: number) {
  return api.post<ImpactAssessmentView>(`${one(id)}/submit`, { version });
}
export function decideAssessment(id: string, body: { decision: "approve" | "reject"; comment: string }) {
  return api.post<ImpactAssessmentView>(`${one(id)}/decision`, body);
}
export function startRevision(id: string) {
  return api.post<ImpactAssessmentView>(`${one(id)}/revisions`);
}
export function createRiskFromImpact(id: string, row: number) {
  return api.post<RiskView>(`${one(id)}/risks`, { row });
}

/** After a write: the detail is replaced, lists and the inbox are out of date. */
export function afterAssessmentSaved(queryClient: QueryClient, saved: ImpactAssessmentView): void {
  queryClient.setQueryData([...ASSESSMENTS_KEY, "detail", saved.id], saved);
  void queryClient.invalidateQueries({ queryKey: [...ASSESSMENTS_KEY, "list"] });
  void queryClient.invalidateQueries({ queryKey: ["inbox"] });
}
