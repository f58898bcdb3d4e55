import { Button, Group, Paper, Stack, Table, Text, Title } from "@mantine/core";
import type { Vendor } from "@openaims/core";
import { useState } from "react";
import { KeyCell, ListTable } from "../../components/list-table";
import { StatusBadge } from "../../components/status-badge";
import { NOWRAP } from "../../components/table-styles";
import { useListQuery, useListState } from "../../components/use-list-state";
import { formatDate } from "../../lib/format";
import { useCan } from "../auth/me-context";
import { SendQuestionnaireModal } from "../campaigns/send-questionnaire-modal";
import { RatingBadge } from "./rating-badge";
import { CAMPAIGN_STATUS_LABELS, campaignPath } from "./vendor-labels";
import { VENDOR_CAMPAIGNS_KEY, vendorCampaigns } from "./vendors-api";

/** The questionnaires sent to the vendor, newest first, and a way to send another (ISO/IEC 42001 A.10.3). */
export function VendorCampaigns({ vendor }: { vendor: Vendor }) {
  const canWrite = useCan("records:write");
  const [sending, setSending] = useState(false);
  const list = useListState<"createdAt">("createdAt", "desc", 10);
  const campaigns = useListQuery(
    [...VENDOR_CAMPAIGNS_KEY, "vendor", vendor.id],
    { limit: list.pageSize, offset: list.offset },
    (q, signal) => vendorCampaigns(vendor.id, q, signal),
  );

  return (
    <Paper
      withBorder
      radius="md"
      p="md"
      data-testid="vendor-campaigns"
      aria-labelledby="vendor-campaigns-heading"
    >
      <Stack gap="sm">
        <Group justify="space-between">
          <Title order={3} size="h4" id="vendor-campaigns-heading">
            Questionnaires
          </Title>
          {canWrite ? (
            <Button size="xs" onClick={() => setSending(true)} disabled={vendor.contacts.length === 0}>
              Send questionnaire
            </Button>
          ) : null}
        </Group>
        {canWrite && vendor.contacts.length === 0 ? (
          <Text size="sm" c="dimmed">
            Add a contact first: questionnaires are sent to a contact person.
          </Text>
        ) : null}
        <ListTable
          testId="vendor-campaigns-table"
          minWidth={720}
          columns={[
            { label: "Key" },
            { label: "Questionnaire" },
            { label: "Status" },
            { label: "Due" },
            { label: "Score" },
            { label: "Rating" },
          ]}
          result={campaigns}
          emptyText="No questionnaire sent yet."
          list={list}
          noun="questionnaires"
          tableProps={{ verticalSpacing: "xs" }}
          row={(c) => (
            <Table.Tr key={c.id} data-testid={`vendor-campaign-${c.key}`}>
              <KeyCell to={campaignPath(c.id)}>{c.key}</KeyCell>
              <Table.Td>
                <Text size="sm">{c.template.name}</Text>
                <Text size="xs" c="dimmed">
                  to {c.contact.name} · version {c.template.version}
                </Text>
              </Table.Td>
              <Table.Td style={NOWRAP}>
                <StatusBadge color={CAMPAIGN_STATUS_LABELS[c.status].color}>
                  {CAMPAIGN_STATUS_LABELS[c.status].label}
                </StatusBadge>
              </Table.Td>
              <Table.Td style={NOWRAP}>{formatDate(c.dueOn)}</Table.Td>
              <Table.Td style={NOWRAP}>{c.score ?? "—"}</Table.Td>
              <Table.Td style={NOWRAP}>{c.rating ? <RatingBadge rating={c.rating} /> : "—"}</Table.Td>
            </Table.Tr>
          )}
        />
      </Stack>
      <SendQuestionnaireModal vendorId={vendor.id} opened={sending} onClose={() => setSending(false)} />
    </Paper>
  );
}
