/** AI systems to pick from (the first 200 by key, one page as every list), and their names by id. */
import { MAX_PAGE_SIZE } from "@openaims/core";
import { useQuery } from "@tanstack/react-query";
import { AI_SYSTEMS_KEY, listAiSystems } from "./inventory-api";

export function useAiSystemOptions(enabled = true) {
  const query = useQuery({
    queryKey: [...AI_SYSTEMS_KEY, "options"],
    queryFn: ({ signal }) =>
      listAiSystems({ limit: MAX_PAGE_SIZE, offset: 0, sort: "key", order: "asc" }, signal),
    enabled,
    staleTime: 30_000,
  });
  const items = query.data?.items ?? [];
  return {
    options: items.map((s) => ({ value: s.id, label: `${s.key} ${s.name}` })),
    nameOf: (id: string) => {
      const s = items.find((x) => x.id === id);
      return s ? `${s.key} ${s.name}` : id.slice(0, 8);
    },
    isLoading: query.isLoading,
  };
}
