/** Calls of the business-unit endpoints, and the list used to pick units elsewhere. */
import { MAX_PAGE_SIZE, type BusinessUnit, type CreateBusinessUnit, type Page } from "@openaims/core";
import { useQuery } from "@tanstack/react-query";
import { api } from "../../api/client";

export type BusinessUnitQuery = {
  limit: number;
  offset: number;
  sort: "name" | "key" | "createdAt";
  order: "asc" | "desc";
  q?: string;
};

export const BUSINESS_UNITS_KEY = ["business-units"] as const;

export function listBusinessUnits(
  query: BusinessUnitQuery,
  signal?: AbortSignal,
): Promise<Page<BusinessUnit>> {
  return api.get<Page<BusinessUnit>>("/api/v1/business-units", { query, signal });
}

export function createBusinessUnit(body: CreateBusinessUnit): Promise<BusinessUnit> {
  return api.post<BusinessUnit>("/api/v1/business-units", body);
}

export function updateBusinessUnit(
  id: string,
  body: { version: number; name?: string; description?: string },
): Promise<BusinessUnit> {
  return api.patch<BusinessUnit>(`/api/v1/business-units/${encodeURIComponent(id)}`, body);
}

/**
 * Business units to choose from (first 200 by name: one page, as every list) and their names
 * by id, for showing a user's grants.
 */
export function useBusinessUnitOptions(enabled = true) {
  const query = useQuery({
    queryKey: [...BUSINESS_UNITS_KEY, "options"],
    queryFn: ({ signal }) =>
      listBusinessUnits({ limit: MAX_PAGE_SIZE, offset: 0, sort: "name", order: "asc" }, signal),
    enabled,
    staleTime: 30_000,
  });
  const items = query.data?.items ?? [];
  return {
    options: items.map((u) => ({ value: u.id, label: `${u.name} (${u.key})` })),
    nameOf: (id: string) => items.find((u) => u.id === id)?.name ?? id.slice(0, 8),
    isLoading: query.isLoading,
    error: query.error,
  };
}
