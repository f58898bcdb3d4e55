/** People who can own a control, for those who may read users (others do not see the picker). */
import { MAX_PAGE_SIZE } from "@openaims/core";
import { useQuery } from "@tanstack/react-query";
import { USERS_KEY, listUsers } from "../users/users-api";

export function useOwnerOptions(enabled: boolean) {
  const query = useQuery({
    queryKey: [...USERS_KEY, "owner-options"],
    queryFn: ({ signal }) =>
      listUsers({ limit: MAX_PAGE_SIZE, offset: 0, sort: "name", order: "asc", isActive: true }, signal),
    enabled,
    staleTime: 30_000,
  });
  const items = query.data?.items ?? [];
  return {
    options: items.map((u) => ({ value: u.id, label: `${u.name} (${u.email})` })),
    isLoading: query.isLoading,
  };
}
