/** Calls of the AIMS scope endpoints (ISO/IEC 42001 4.3): versions, drafts, approval, comparison. */
import type { Page, ScopeComparison, ScopeVersion, UpdateScopeVersion } from "@openaims/core";
import { api } from "../../api/client";

export const SCOPE_KEY = ["scope"] as const;
export const SCOPE_PATH = "/context/scope";

export function scopeVersionPath(id: string): string {
  return `${SCOPE_PATH}/${encodeURIComponent(id)}`;
}
export function scopeComparePath(a: string, b: string): string {
  return `${SCOPE_PATH}/compare?${new URLSearchParams({ a, b }).toString()}`;
}

const versionUrl = (id: string) => `/api/v1/scope/versions/${encodeURIComponent(id)}`;

export function listScopeVersions(
  query: { limit: number; offset: number; status?: string },
  signal?: AbortSignal,
): Promise<Page<ScopeVersion>> {
  return api.get<Page<ScopeVersion>>("/api/v1/scope/versions", { query, signal });
}
export function getScopeVersion(id: string, signal?: AbortSignal): Promise<ScopeVersion> {
  return api.get<ScopeVersion>(versionUrl(id), { signal });
}
export function createScopeDraft(from: "empty" | "current"): Promise<ScopeVersion> {
  return api.post<ScopeVersion>("/api/v1/scope/versions", { from });
}
export function updateScopeVersion(id: string, body: UpdateScopeVersion): Promise<ScopeVersion> {
  return api.patch<ScopeVersion>(versionUrl(id), body);
}
export function approveScopeVersion(id: string, version: number): Promise<ScopeVersion> {
  return api.post<ScopeVersion>(`${versionUrl(id)}/approve`, { version });
}
export function compareScopeVersions(a: string, b: string, signal?: AbortSignal): Promise<ScopeComparison> {
  return api.get<ScopeComparison>("/api/v1/scope/compare", { query: { a, b }, signal });
}
