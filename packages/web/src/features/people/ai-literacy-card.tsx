import { Card, Group, List, RingProgress, SegmentedControl, Stack, Text, Title } from "@mantine/core";
import type { AiLiteracyPopulation } from "@openaims/core";
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { LoadStatus } from "../../components/query-state";
import { CompetenceStatusBadge } from "./competence-status-badge";
import { STATUS_KEY, getAiLiteracy } from "./people-api";
import { shareLabel } from "./people-values";

const SHOWN = 20;
const POPULATIONS = [
  { value: "role_holders", label: "People holding an AIMS role" },
  { value: "active_users", label: "All active users" },
];

/**
 * EU AI Act Art. 4: staff dealing with AI systems need sufficient AI literacy. The share of people
 * with current training in an AI-literacy competence, and who still lacks it.
 */
export function AiLiteracyCard() {
  const [population, setPopulation] = useState<AiLiteracyPopulation>("role_holders");
  const summary = useQuery({
    queryKey: [...STATUS_KEY, "ai-literacy", population],
    queryFn: ({ signal }) => getAiLiteracy({ population, limit: SHOWN, offset: 0 }, signal),
    placeholderData: keepPreviousData,
  });
  const data = summary.data;
  const share = data?.share ?? null;
  const color = share === null ? "gray" : share >= 0.9 ? "green" : share >= 0.5 ? "yellow" : "red";
  return (
    <Card withBorder padding="lg" data-testid="ai-literacy-card">
      <Group justify="space-between" align="flex-start" wrap="wrap" mb="sm">
        <div>
          <Title order={3}>AI literacy</Title>
          <Text size="sm" c="dimmed">
            Current training in a competence marked as AI literacy (EU AI Act Art. 4).
          </Text>
        </div>
        <SegmentedControl
          size="xs"
          aria-label="Counted over"
          data={POPULATIONS}
          value={population}
          onChange={(v) => setPopulation(v as AiLiteracyPopulation)}
        />
      </Group>
      <LoadStatus
        isLoading={summary.isLoading}
        error={summary.error}
        onRetry={() => void summary.refetch()}
        what="AI-literacy summary"
      />
      {data ? (
        <Group align="flex-start" gap="xl" wrap="wrap">
          <RingProgress
            size={110}
            thickness={10}
            roundCaps
            sections={[{ value: (share ?? 0) * 100, color }]}
            label={
              <Text ta="center" fw={700} data-testid="ai-literacy-share">
                {shareLabel(share)}
              </Text>
            }
          />
          <Stack gap={4} style={{ flex: "1 1 18rem" }}>
            <Text size="sm">
              {data.total === 0
                ? "Nobody to count yet."
                : `${data.literate} of ${data.total} ${data.population === "role_holders" ? "people holding an AIMS role" : "active users"} are AI literate.`}
            </Text>
            {data.competences.length === 0 ? (
              <Text size="sm" c="orange">
                No competence is marked as AI literacy yet: mark one below to measure this.
              </Text>
            ) : (
              <Text size="sm" c="dimmed">
                Counted competences: {data.competences.map((c) => c.name).join(", ")}.
              </Text>
            )}
            {data.withoutTotal > 0 ? (
              <>
                <Text size="sm" fw={500} mt="xs">
                  Without current AI-literacy training
                </Text>
                <List size="sm" spacing={2} data-testid="ai-literacy-without">
                  {data.without.map((w) => (
                    <List.Item key={w.user.id}>
                      <Group gap="xs">
                        {w.user.name}
                        <CompetenceStatusBadge status={w.status} />
                      </Group>
                    </List.Item>
                  ))}
                </List>
                {data.withoutTotal > data.without.length ? (
                  <Text size="xs" c="dimmed">
                    and {data.withoutTotal - data.without.length} more
                  </Text>
                ) : null}
              </>
            ) : null}
          </Stack>
        </Group>
      ) : null}
    </Card>
  );
}
