import { Anchor, Paper, Spoiler, Stack, Table, Text, Title } from "@mantine/core";
import type { CampaignDetail } from "@openaims/core";
import { StatusBadge } from "../../components/status-badge";
import { NOWRAP } from "../../components/table-styles";
import { formatDateTime } from "../../lib/format";
import { mailtoOf, MESSAGE_KIND_LABELS, MESSAGE_STATUS_LABELS } from "./campaign-labels";

/**
 * Messages to the vendor contact (invitation, reminders, follow-ups): e-mailed, or waiting for the
 * sender to forward them when no e-mail server is set up. Stored copies never hold the link.
 */
export function CampaignMessages({ c }: { c: CampaignDetail }) {
  if (c.messages.length === 0) return null;
  return (
    <Paper withBorder radius="md" p="md" component="section" aria-labelledby="messages-heading">
      <Title order={3} size="h4" id="messages-heading" mb="sm">
        Messages to the contact
      </Title>
      <Table.ScrollContainer minWidth={720}>
        <Table verticalSpacing="xs" data-testid="campaign-messages">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Message</Table.Th>
              <Table.Th>To</Table.Th>
              <Table.Th>Status</Table.Th>
              <Table.Th>When</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {c.messages.map((m) => {
              const status = MESSAGE_STATUS_LABELS[m.status] ?? { label: m.status, color: "gray" };
              return (
                <Table.Tr key={m.id} data-testid={`message-${m.kind}`} data-status={m.status}>
                  <Table.Td>
                    <Stack gap={2}>
                      <Text size="sm" fw={500}>
                        {MESSAGE_KIND_LABELS[m.kind] ?? m.kind}: {m.subject}
                      </Text>
                      <Spoiler
                        maxHeight={0}
                        showLabel="Show text"
                        hideLabel="Hide text"
                        styles={{ control: { fontSize: "var(--mantine-font-size-xs)" } }}
                      >
                        <Text size="xs" style={{ whiteSpace: "pre-wrap" }}>
                          {m.body}
                        </Text>
                      </Spoiler>
                    </Stack>
                  </Table.Td>
                  <Table.Td>{m.toEmail}</Table.Td>
                  <Table.Td style={NOWRAP}>
                    <StatusBadge color={status.color}>{status.label}</StatusBadge>
                    {m.status === "manual" || m.status === "failed" ? (
                      <div>
                        <Anchor size="xs" href={mailtoOf(m)}>
                          Forward by e-mail
                        </Anchor>
                      </div>
                    ) : null}
                    {m.error ? (
                      <Text size="xs" c="red">
                        {m.error}
                      </Text>
                    ) : null}
                  </Table.Td>
                  <Table.Td style={NOWRAP}>{formatDateTime(m.sentAt ?? m.createdAt)}</Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      <Text size="xs" c="dimmed" mt="xs">
        Stored copies say “[link sent separately]” where the link was: the link itself is never kept. Reissue
        a link if the contact lost it.
      </Text>
    </Paper>
  );
}
