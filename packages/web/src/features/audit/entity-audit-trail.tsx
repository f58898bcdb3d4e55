import { Text } from "@mantine/core";
import { useQuery } from "@tanstack/react-query";
import { useCan } from "../auth/me-context";
import { AUDIT_KEY, listAuditEvents } from "./audit-api";
import { AuditTable } from "./audit-table";

/**
 * The audit trail of one record (an AI system, an intake request), newest first, for those who
 * may read the trail; renders nothing for others.
 */
export function EntityAuditTrail({ entityType, entityId }: { entityType: string; entityId: string }) {
  const canRead = useCan("audit:read");
  const query = { limit: 100, offset: 0, order: "desc" as const, entityType, entityId };
  const events = useQuery({
    queryKey: [...AUDIT_KEY, query],
    queryFn: ({ signal }) => listAuditEvents(query, signal),
    enabled: canRead,
  });
  if (!canRead) return null;
  return (
    <div data-testid="entity-audit-trail">
      <AuditTable
        events={events.data?.items ?? []}
        status={{ isLoading: events.isLoading, error: events.error, onRetry: () => void events.refetch() }}
      />
      {events.data && events.data.total > events.data.items.length ? (
        <Text size="xs" c="dimmed" mt="xs">
          Showing the latest {events.data.items.length} of {events.data.total} events; the audit trail page
          has them all.
        </Text>
      ) : null}
    </div>
  );
}
