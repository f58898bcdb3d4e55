import { useQuery } from "@tanstack/react-query";
import { isApiError } from "../../api/errors";
import { api } from "../../api/client";
import type { ScopeVersion } from "@openaims/core";
import { SCOPE_KEY } from "./scope-api";

/** The approved scope in force; `data` is null (not an error) while none has been approved. */
export function useCurrentScope() {
  return useQuery({
    queryKey: [...SCOPE_KEY, "current"],
    queryFn: async ({ signal }) => {
      try {
        return await api.get<ScopeVersion>("/api/v1/scope/current", { signal });
      } catch (error) {
        if (isApiError(error, "NOT_FOUND")) return null;
        throw error;
      }
    },
  });
}
