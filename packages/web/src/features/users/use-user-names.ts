/** Names of users by id, for "decided by" and "recorded by" (only for roles that may read users). */
import { MAX_PAGE_SIZE } from "@openaims/core";
import { useQuery } from "@tanstack/react-query";
import { useCan, useMe } from "../auth/me-context";
import { USERS_KEY, listUsers } from "./users-api";

export function useUserNames() {
  const me = useMe();
  const canRead = useCan("users:read");
  const query = useQuery({
    queryKey: [...USERS_KEY, "names"],
    queryFn: ({ signal }) =>
      listUsers({ limit: MAX_PAGE_SIZE, offset: 0, sort: "name", order: "asc" }, signal),
    enabled: canRead,
    staleTime: 60_000,
  });
  const byId = new Map((query.data?.items ?? []).map((u) => [u.id, u.name]));
  return {
    /** The person's name; "you" for the signed-in person; `fallback` when unknown or not readable. */
    nameOf: (id: string | null | undefined, fallback = "someone"): string => {
      if (!id) return fallback;
      if (id === me.user.id) return `${me.user.name} (you)`;
      return byId.get(id) ?? fallback;
    },
  };
}
