/** The approval inbox: what waits for the signed-in person (approvals to decide, reminders). */
import type { InboxItem } from "@openaims/core";
import { useQuery } from "@tanstack/react-query";
import { api } from "../../api/client";

export const INBOX_KEY = ["inbox"] as const;
/** How often the header badge asks again while the page stays open. */
export const INBOX_POLL_MS = 60_000;

export function getInbox(
  limit: number,
  signal?: AbortSignal,
): Promise<{ items: InboxItem[]; total: number }> {
  return api.get<{ items: InboxItem[]; total: number }>("/api/v1/inbox", { query: { limit }, signal });
}

/** The inbox, polled every minute and refreshed when the window regains focus. */
export function useInbox(limit = 50) {
  return useQuery({
    queryKey: [...INBOX_KEY, limit],
    queryFn: ({ signal }) => getInbox(limit, signal),
    refetchInterval: INBOX_POLL_MS,
    refetchOnWindowFocus: true,
  });
}
