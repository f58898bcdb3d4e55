import { Paper, Stack, Text, Title } from "@mantine/core";
import type { PortalQuestionnaire } from "@openaims/core";
import { formatDate, formatDateTime } from "../../lib/format";

/** Who asks whom for what, and by when. */
export function PortalIntro({ data }: { data: PortalQuestionnaire }) {
  return (
    <Paper withBorder radius="md" p="md" data-testid="portal-intro">
      <Stack gap={4}>
        <Title order={1} size="h2">
          Questionnaire for {data.vendorName}
        </Title>
        <Text size="sm">
          {data.organizationName} asks {data.contactName} at {data.vendorName} to answer the questions below.
        </Text>
        <Text size="sm" fw={500} data-testid="portal-due">
          Due {formatDate(data.dueOn)}
        </Text>
        <Text size="xs" c="dimmed">
          Reference {data.campaignKey} · this link works until {formatDateTime(data.linkExpiresAt)} · your
          answers are kept as you save them and sent for review only when you submit.
        </Text>
      </Stack>
    </Paper>
  );
}
