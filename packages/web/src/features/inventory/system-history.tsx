import { Group, List, Paper, Stack, Text, Title } from "@mantine/core";
import { useQuery } from "@tanstack/react-query";
import { LoadStatus } from "../../components/query-state";
import { formatDateTime } from "../../lib/format";
import { EntityAuditTrail } from "../audit/entity-audit-trail";
import { useCan } from "../auth/me-context";
import { changeSentences, historyWithChanges } from "./classification-diff";
import { useFrameworkLabel } from "./classification-details";
import { AI_SYSTEMS_KEY, listClassificationHistory } from "./inventory-api";
import { RiskClassBadge } from "./risk-class-badge";

/** History tab: each classification result and what changed from the one before; the audit trail. */
export function SystemHistory({ systemId }: { systemId: string }) {
  const canReadAudit = useCan("audit:read");
  const labelOf = useFrameworkLabel();
  const history = useQuery({
    queryKey: [...AI_SYSTEMS_KEY, "classifications", systemId],
    queryFn: ({ signal }) => listClassificationHistory(systemId, { limit: 50, offset: 0 }, signal),
  });
  const rows = historyWithChanges(history.data?.items ?? []);
  return (
    <Stack gap="lg">
      <section aria-labelledby="classification-history-heading">
        <Title order={3} size="h4" id="classification-history-heading" mb="sm">
          Classification history
        </Title>
        <LoadStatus
          isLoading={history.isLoading}
          error={history.error}
          onRetry={() => void history.refetch()}
          what="classification history"
        />
        <Stack gap="sm">
          {rows.map(({ entry, changes }) => {
            const sentences = changes ? changeSentences(changes, labelOf) : [];
            return (
              <Paper key={entry.id} withBorder radius="md" p="md" data-testid="classification-entry">
                <Group justify="space-between" wrap="wrap">
                  <Group gap="sm">
                    <RiskClassBadge value={entry.euRiskClass} size="sm" />
                    <Text size="sm" fw={600}>
                      {formatDateTime(entry.at)}
                    </Text>
                    <Text size="sm" c="dimmed">
                      {entry.trigger}
                    </Text>
                  </Group>
                  <Text size="xs" c="dimmed">
                    Rules {entry.rulesVersion}
                  </Text>
                </Group>
                {changes === null ? (
                  <Text size="sm" c="dimmed" mt={4}>
                    First classification
                    {history.data && history.data.total > rows.length ? " on this page" : ""}.
                  </Text>
                ) : sentences.length === 0 ? (
                  <Text size="sm" c="dimmed" mt={4}>
                    Same result as before.
                  </Text>
                ) : (
                  <List size="sm" mt={4} spacing={2} data-testid="classification-changes">
                    {sentences.map((s) => (
                      <List.Item key={s}>{s}</List.Item>
                    ))}
                  </List>
                )}
              </Paper>
            );
          })}
        </Stack>
      </section>
      {canReadAudit ? (
        <section aria-labelledby="system-audit-heading">
          <Title order={3} size="h4" id="system-audit-heading" mb="sm">
            Audit trail of this system
          </Title>
          <EntityAuditTrail entityType="ai_system" entityId={systemId} />
        </section>
      ) : null}
    </Stack>
  );
}
