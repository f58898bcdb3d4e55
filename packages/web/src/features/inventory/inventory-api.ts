/** Calls of the AI system inventory endpoints: list, read, change, classify, similar, import, export. */
import type {
  AiSystemSummary,
  AiSystemView,
  ClassificationHistoryItem,
  ClassificationView,
  CreateAiSystem,
  InventoryImportResult,
  ObligationView,
  Page,
  SimilarSystem,
  UpdateAiSystem,
} from "@openaims/core";
import type { QueryClient } from "@tanstack/react-query";
import { api } from "../../api/client";
import { downloadFile } from "../../api/download";
import { AUDIT_KEY } from "../audit/audit-api";

export type ClassificationResult = ReturnType<typeof ClassificationView.parse>;
export type ClassificationHistoryEntry = ReturnType<typeof ClassificationHistoryItem.parse>;
export type Obligation = ReturnType<typeof ObligationView.parse>;
export type SimilarMatch = ReturnType<typeof SimilarSystem.parse>;
export type ImportResult = ReturnType<typeof InventoryImportResult.parse>;
export type ImportMode = "preview" | "all" | "valid-only";
export type InventoryFileFormat = "csv" | "xlsx";

export type AiSystemSort = "key" | "name" | "lifecycleStage" | "euRiskClass" | "createdAt" | "updatedAt";

export type AiSystemQuery = {
  limit: number;
  offset: number;
  sort?: AiSystemSort;
  order?: "asc" | "desc";
  q?: string;
  lifecycleStage?: string;
  euRiskClass?: string;
  businessUnitId?: string;
  ownerId?: string;
  framework?: string;
};

export type SimilarQuery = { name: string; purpose: string; vendors: string[]; models: string[] };

export const AI_SYSTEMS_KEY = ["ai-systems"] as const;

const systemUrl = (id: string) => `/api/v1/ai-systems/${encodeURIComponent(id)}`;

export function listAiSystems(query: AiSystemQuery, signal?: AbortSignal): Promise<Page<AiSystemSummary>> {
  return api.get<Page<AiSystemSummary>>("/api/v1/ai-systems", { query, signal });
}

export function getAiSystem(id: string, signal?: AbortSignal): Promise<AiSystemView> {
  return api.get<AiSystemView>(systemUrl(id), { signal });
}

export function createAiSystem(body: CreateAiSystem): Promise<AiSystemView> {
  return api.post<AiSystemView>("/api/v1/ai-systems", body);
}

export function updateAiSystem(id: string, body: UpdateAiSystem): Promise<AiSystemView> {
  return api.patch<AiSystemView>(systemUrl(id), body);
}

export function listClassificationHistory(
  id: string,
  query: { limit: number; offset: number },
  signal?: AbortSignal,
): Promise<Page<ClassificationHistoryEntry>> {
  return api.get<Page<ClassificationHistoryEntry>>(`${systemUrl(id)}/classifications`, { query, signal });
}

export function listObligations(id: string, signal?: AbortSignal): Promise<{ items: Obligation[] }> {
  return api.get<{ items: Obligation[] }>(`${systemUrl(id)}/obligations`, { signal });
}

/** Classifies without storing anything (the intake form's live result). */
export function classifyAiSystem(body: CreateAiSystem, signal?: AbortSignal): Promise<ClassificationResult> {
  return api.post<ClassificationResult>("/api/v1/ai-systems/classify", body, { signal });
}

export function findSimilarSystems(
  body: SimilarQuery,
  signal?: AbortSignal,
): Promise<{ items: SimilarMatch[] }> {
  return api.post<{ items: SimilarMatch[] }>("/api/v1/ai-systems/similar", body, { signal });
}

export function importInventory(body: {
  format: InventoryFileFormat;
  content: string;
  mode: ImportMode;
}): Promise<ImportResult> {
  return api.post<ImportResult>("/api/v1/ai-systems/import", body);
}

/** Downloads the whole inventory; resolves with the file name. */
export function exportInventory(format: InventoryFileFormat): Promise<string> {
  return downloadFile("/api/v1/ai-systems/export", { format }, `ai-systems.${format}`);
}

/** After a system was saved: show the saved version at once, and refresh lists, history and audit trail. */
export function afterSystemSaved(queryClient: QueryClient, saved: AiSystemView): void {
  queryClient.setQueryData([...AI_SYSTEMS_KEY, "detail", saved.id], saved);
  void queryClient.invalidateQueries({ queryKey: AI_SYSTEMS_KEY });
  void queryClient.invalidateQueries({ queryKey: AUDIT_KEY });
}
