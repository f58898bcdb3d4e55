import { Button, Group, Stack, Table, Text } from "@mantine/core";
import {
  CAMPAIGN_STATUSES,
  LINK_STATES,
  type CampaignStatus,
  type CampaignSummary,
  type LinkState,
} from "@openaims/core";
import { useState } from "react";
import { FilterSelect, ListFilters, SearchFilter } from "../../components/list-filters";
import { KeyCell, ListTable } from "../../components/list-table";
import { PageHeader } from "../../components/page-header";
import { StatusBadge } from "../../components/status-badge";
import { NOWRAP } from "../../components/table-styles";
import { useListQuery, useListSearch, useListState } from "../../components/use-list-state";
import { formatDate, formatDateTime } from "../../lib/format";
import { useCan } from "../auth/me-context";
import { RATING_LABELS } from "../questionnaires/questionnaire-labels";
import { CAMPAIGN_STATUS_LABELS, campaignPath, isOverdue, LINK_STATE_LABELS } from "./campaign-labels";
import {
  CAMPAIGNS_KEY,
  listCampaigns,
  useStatusCount,
  useVendorOptions,
  type CampaignQuery,
  type CampaignSort,
} from "./campaigns-api";
import { SendQuestionnaireModal } from "./send-questionnaire-modal";

/**
 * Vendors → Sent questionnaires (ISO/IEC 42001 A.10.3): every questionnaire sent to a vendor, where it
 * stands (sent, opened, being answered, submitted, reviewed), its link, due date, progress and score.
 */
export function CampaignsPage() {
  const canSend = useCan("records:write");
  const [sending, setSending] = useState(false);
  const list = useListState<CampaignSort>("createdAt", "desc");
  const search = useListSearch(list);
  const vendors = useVendorOptions();
  const [status, setStatus] = useState<CampaignStatus | null>(null);
  const [linkState, setLinkState] = useState<LinkState | null>(null);
  const [vendorId, setVendorId] = useState<string | null>(null);
  const query: CampaignQuery = {
    ...list.params,
    q: search.q,
    status: status ?? undefined,
    linkState: linkState ?? undefined,
    vendorId: vendorId ?? undefined,
  };
  const campaigns = useListQuery([...CAMPAIGNS_KEY, "list"], query, listCampaigns);
  const filtered = Boolean(search.q || status || linkState || vendorId);

  return (
    <section aria-labelledby="campaigns-heading">
      <PageHeader
        title="Sent questionnaires"
        order={2}
        id="campaigns-heading"
        description="Questionnaires sent to vendor contacts as a link: follow their answers, then review, score and accept them (ISO/IEC 42001 A.10.3)."
        actions={canSend ? <Button onClick={() => setSending(true)}>Send a questionnaire</Button> : null}
      />
      <Group
        gap="xs"
        mb="md"
        role="group"
        aria-label="Questionnaires by status"
        data-testid="campaign-status-board"
      >
        {CAMPAIGN_STATUSES.map((s) => (
          <StatusCountButton
            key={s}
            status={s}
            vendorId={vendorId ?? undefined}
            active={status === s}
            onClick={() => list.onFilter(setStatus)(status === s ? null : s)}
          />
        ))}
      </Group>
      <ListFilters label="Filter sent questionnaires" mb="md">
        <SearchFilter search={search} placeholder="Key, vendor, contact" w={220} />
        <FilterSelect
          label="Status"
          placeholder="Any status"
          options={CAMPAIGN_STATUSES}
          labels={CAMPAIGN_STATUS_LABELS}
          value={status}
          onChange={list.onFilter(setStatus)}
          w={160}
        />
        <FilterSelect
          label="Link"
          placeholder="Any link state"
          options={LINK_STATES}
          labels={LINK_STATE_LABELS}
          value={linkState}
          onChange={list.onFilter(setLinkState)}
          w={170}
        />
        <FilterSelect
          label="Vendor"
          placeholder="Any vendor"
          searchable
          data={vendors.options}
          value={vendorId}
          onChange={list.onFilter(setVendorId)}
          w={240}
        />
      </ListFilters>
      <ListTable
        testId="campaigns-table"
        minWidth={1180}
        columns={[
          { label: "Key" },
          { label: "Vendor" },
          { label: "Questionnaire" },
          { label: "Contact" },
          { label: "Status", sort: "status" },
          { label: "Due", sort: "dueOn" },
          { label: "Progress" },
          { label: "Score", sort: "score" },
          { label: "Sent · last access", sort: "createdAt" },
        ]}
        result={campaigns}
        emptyText={filtered ? "No questionnaire matches these filters." : "No questionnaire sent yet."}
        list={list}
        noun="questionnaires"
        row={(c) => <CampaignRow key={c.id} c={c} />}
      />
      <SendQuestionnaireModal vendorId="" opened={sending} onClose={() => setSending(false)} />
    </section>
  );
}

function StatusCountButton(props: {
  status: CampaignStatus;
  vendorId?: string;
  active: boolean;
  onClick: () => void;
}) {
  const count = useStatusCount(props.status, props.vendorId);
  const { label, color } = CAMPAIGN_STATUS_LABELS[props.status];
  return (
    <Button
      size="xs"
      radius="xl"
      color={color}
      variant={props.active ? "filled" : "light"}
      aria-pressed={props.active}
      data-testid={`campaign-count-${props.status}`}
      data-count={count.data ?? 0}
      onClick={props.onClick}
    >
      {label}: {count.data ?? "…"}
    </Button>
  );
}

function CampaignRow({ c }: { c: CampaignSummary }) {
  const overdue = isOverdue(c);
  return (
    <Table.Tr data-testid={`campaign-row-${c.key}`}>
      <KeyCell to={campaignPath(c.id)}>{c.key}</KeyCell>
      <Table.Td>{c.vendor.name}</Table.Td>
      <Table.Td>
        {c.template.name}
        <Text size="xs" c="dimmed">
          {c.template.key} v{c.template.version}
        </Text>
      </Table.Td>
      <Table.Td>
        {c.contact.name}
        <Text size="xs" c="dimmed">
          {c.contact.email}
        </Text>
      </Table.Td>
      <Table.Td>
        <Stack gap={4} align="flex-start">
          <StatusBadge color={CAMPAIGN_STATUS_LABELS[c.status].color}>
            <span data-testid="campaign-status" data-status={c.status}>
              {CAMPAIGN_STATUS_LABELS[c.status].label}
            </span>
          </StatusBadge>
          <StatusBadge color={LINK_STATE_LABELS[c.linkState].color}>
            {LINK_STATE_LABELS[c.linkState].label}
          </StatusBadge>
        </Stack>
      </Table.Td>
      <Table.Td style={NOWRAP}>
        <Text size="sm" c={overdue ? "red" : undefined} fw={overdue ? 600 : undefined}>
          {formatDate(c.dueOn)}
        </Text>
        {overdue ? (
          <Text size="xs" c="red" data-testid="overdue">
            Overdue
          </Text>
        ) : null}
      </Table.Td>
      <Table.Td style={NOWRAP}>
        <Text size="sm">
          {c.progress.requiredAnswered} / {c.progress.required} required
        </Text>
        <Text size="xs" c="dimmed">
          {c.progress.answered} of {c.progress.visible} answered
          {c.openFollowUps > 0 ? ` · ${c.openFollowUps} follow-up open` : ""}
        </Text>
      </Table.Td>
      <Table.Td style={NOWRAP}>
        {c.score !== null ? `${c.score} / 100` : "—"}
        {c.rating ? (
          <div>
            <StatusBadge color={RATING_LABELS[c.rating].color}>{RATING_LABELS[c.rating].label}</StatusBadge>
          </div>
        ) : null}
      </Table.Td>
      <Table.Td style={NOWRAP}>
        <Text size="sm">{formatDate(c.createdAt)}</Text>
        <Text size="xs" c="dimmed">
          {c.lastAccessAt ? `last access ${formatDateTime(c.lastAccessAt)}` : "never opened"}
        </Text>
      </Table.Td>
    </Table.Tr>
  );
}
