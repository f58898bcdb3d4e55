/** Calls of the AI system resources endpoints (ISO/IEC 42001 7.1, A.4). */
import type { CreateResource, Resource, SystemResources, UpdateResource } from "@openaims/core";
import { api } from "../../api/client";

export const RESOURCES_KEY = ["ai-system-resources"] as const;

export function listSystemResources(systemId: string, signal?: AbortSignal): Promise<SystemResources> {
  return api.get<SystemResources>(`/api/v1/ai-systems/${encodeURIComponent(systemId)}/resources`, { signal });
}
export function createResource(systemId: string, body: CreateResource): Promise<Resource> {
  return api.post<Resource>(`/api/v1/ai-systems/${encodeURIComponent(systemId)}/resources`, body);
}
export function updateResource(id: string, body: UpdateResource): Promise<Resource> {
  return api.patch<Resource>(`/api/v1/ai-system-resources/${encodeURIComponent(id)}`, body);
}
export function deleteResource(id: string, version: number): Promise<void> {
  return api.delete(`/api/v1/ai-system-resources/${encodeURIComponent(id)}`, { query: { version } });
}
