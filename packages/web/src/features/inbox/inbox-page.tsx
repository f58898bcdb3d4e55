import { Anchor, Badge, Group, Paper, Stack, Text } from "@mantine/core";
import { Link } from "react-router";
import { PageHeader } from "../../components/page-header";
import { LoadStatus } from "../../components/query-state";
import { formatDateTime } from "../../lib/format";
import { useInbox } from "./inbox-api";

const KIND_LABELS = {
  approval: { label: "Approval", color: "blue" },
  notification: { label: "Reminder", color: "grape" },
};

/** `/inbox`: what waits for me — approval steps I may decide and reminders — newest first. */
export function InboxPage() {
  const inbox = useInbox(200);
  const items = inbox.data?.items ?? [];
  return (
    <section aria-labelledby="inbox-heading">
      <PageHeader
        title="Inbox"
        id="inbox-heading"
        description="Approvals waiting for your decision and reminders for you or your role. Your own requests never appear here: someone else decides them."
      />
      <LoadStatus
        isLoading={inbox.isLoading}
        error={inbox.error}
        onRetry={() => void inbox.refetch()}
        what="inbox"
      />
      {inbox.data && items.length === 0 ? (
        <Text c="dimmed" data-testid="inbox-empty">
          Nothing waits for you.
        </Text>
      ) : null}
      <Stack gap="sm" data-testid="inbox-items">
        {items.map((item) => (
          <Paper
            key={`${item.kind}-${item.id}`}
            withBorder
            radius="md"
            p="md"
            data-testid="inbox-item"
            data-kind={item.kind}
          >
            <Group justify="space-between" wrap="wrap" gap="xs">
              <Group gap="sm" wrap="nowrap">
                <Badge color={KIND_LABELS[item.kind].color} variant="light" tt="none">
                  {KIND_LABELS[item.kind].label}
                </Badge>
                {item.link ? (
                  <Anchor component={Link} to={item.link} fw={600}>
                    {item.title}
                  </Anchor>
                ) : (
                  <Text fw={600}>{item.title}</Text>
                )}
              </Group>
              <Text size="xs" c="dimmed">
                {formatDateTime(item.createdAt)}
              </Text>
            </Group>
            <Text size="sm" c="dimmed" mt={4}>
              {item.detail.charAt(0).toUpperCase() + item.detail.slice(1)}
            </Text>
          </Paper>
        ))}
      </Stack>
      {inbox.data && inbox.data.total > items.length ? (
        <Text size="sm" c="dimmed" mt="sm">
          Showing {items.length} of {inbox.data.total}.
        </Text>
      ) : null}
    </section>
  );
}
