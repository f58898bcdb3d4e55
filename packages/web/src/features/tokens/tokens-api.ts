/** Calls of the caller's own API-token endpoints. */
import type { ApiToken, CreateToken, CreatedToken, Page } from "@openaims/core";
import { api } from "../../api/client";

export const TOKENS_KEY = ["tokens"] as const;

export function listTokens(
  query: { limit: number; offset: number },
  signal?: AbortSignal,
): Promise<Page<ApiToken>> {
  return api.get<Page<ApiToken>>("/api/v1/tokens", { query, signal });
}

export function createToken(body: CreateToken): Promise<CreatedToken> {
  return api.post<CreatedToken>("/api/v1/tokens", body);
}

export function revokeToken(id: string): Promise<void> {
  return api.delete(`/api/v1/tokens/${encodeURIComponent(id)}`);
}
