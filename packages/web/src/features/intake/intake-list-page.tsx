import { Anchor, Button, Group, Select, Switch, Table, Text } from "@mantine/core";
import { INTAKE_STATUSES, type IntakeStatus } from "@openaims/core";
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { Link } from "react-router";
import { PageHeader } from "../../components/page-header";
import { TableStatusRow } from "../../components/query-state";
import { StatusBadge } from "../../components/status-badge";
import { NOWRAP } from "../../components/table-styles";
import { TablePager } from "../../components/table-pager";
import { useListState } from "../../components/use-list-state";
import { formatDate } from "../../lib/format";
import { useCan } from "../auth/me-context";
import { RiskClassBadge } from "../inventory/risk-class-badge";
import { useUserNames } from "../users/use-user-names";
import { INTAKE_KEY, listIntakeRequests, type IntakeQuery } from "./intake-api";
import { INTAKE_STATUS_LABELS } from "./intake-labels";
import { NEW_INTAKE_PATH, intakeRequestPath } from "./intake-paths";

const COLUMNS = 7;

/** Inventory → Intake requests: proposed AI use cases and where each stands, newest first. */
export function IntakeListPage() {
  const canSubmit = useCan("intake:submit");
  const names = useUserNames();
  const list = useListState<"createdAt">("createdAt", "desc");
  const [status, setStatus] = useState<IntakeStatus | null>(null);
  const [mine, setMine] = useState(false);
  const query: IntakeQuery = {
    limit: list.pageSize,
    offset: list.offset,
    order: "desc",
    status: status ?? undefined,
    mine,
  };
  const requests = useQuery({
    queryKey: [...INTAKE_KEY, "list", query],
    queryFn: ({ signal }) => listIntakeRequests(query, signal),
    placeholderData: keepPreviousData,
  });
  const items = requests.data?.items ?? [];
  const filtered = Boolean(status || mine);

  return (
    <section aria-labelledby="intake-list-heading">
      <PageHeader
        title="Intake requests"
        order={2}
        id="intake-list-heading"
        description="New AI use cases proposed for approval. Each is screened and classified on submission, triaged and assessed by a manager, and registered in the inventory once approved."
        actions={
          canSubmit ? (
            <Button component={Link} to={NEW_INTAKE_PATH}>
              Propose an AI use case
            </Button>
          ) : null
        }
      />
      <Group mb="md" gap="md" align="flex-end" wrap="wrap" role="search" aria-label="Filter intake requests">
        <Select
          label="Status"
          placeholder="All statuses"
          clearable
          data={INTAKE_STATUSES.map((s) => ({ value: s, label: INTAKE_STATUS_LABELS[s].label }))}
          value={status}
          onChange={(v) => {
            setStatus(v as IntakeStatus | null);
            list.resetPage();
          }}
          w={220}
        />
        <Switch
          label="Only my requests"
          checked={mine}
          onChange={(e) => {
            setMine(e.currentTarget.checked);
            list.resetPage();
          }}
          mb={8}
        />
      </Group>
      <Table.ScrollContainer minWidth={860}>
        <Table striped highlightOnHover verticalSpacing="sm" data-testid="intake-table">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Key</Table.Th>
              <Table.Th>Name</Table.Th>
              <Table.Th>Status</Table.Th>
              <Table.Th>EU risk class</Table.Th>
              <Table.Th>Open step</Table.Th>
              <Table.Th>Requested by</Table.Th>
              <Table.Th>Submitted</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            <TableStatusRow
              colSpan={COLUMNS}
              isLoading={requests.isLoading}
              error={requests.error}
              isEmpty={items.length === 0}
              emptyText={filtered ? "No request matches these filters." : "No intake requests yet."}
              onRetry={() => void requests.refetch()}
            />
            {items.map((r) => {
              const step =
                r.approval?.status === "pending"
                  ? r.approval.steps.find((s) => s.status === "pending")
                  : null;
              return (
                <Table.Tr key={r.id} data-testid={`intake-row-${r.key}`}>
                  <Table.Td style={NOWRAP}>
                    <Anchor component={Link} to={intakeRequestPath(r.id)} ff="monospace" fw={600} size="sm">
                      {r.key}
                    </Anchor>
                  </Table.Td>
                  <Table.Td>{r.name}</Table.Td>
                  <Table.Td style={NOWRAP}>
                    <StatusBadge color={INTAKE_STATUS_LABELS[r.status].color}>
                      {INTAKE_STATUS_LABELS[r.status].label}
                    </StatusBadge>
                  </Table.Td>
                  <Table.Td style={NOWRAP}>
                    <RiskClassBadge value={r.euRiskClass} size="sm" />
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm">{step?.name ?? "—"}</Text>
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm">{names.nameOf(r.requesterId, "—")}</Text>
                  </Table.Td>
                  <Table.Td style={NOWRAP} title={r.createdAt}>
                    {formatDate(r.createdAt)}
                  </Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      <TablePager
        page={list.page}
        pageSize={list.pageSize}
        total={requests.data?.total ?? 0}
        onPage={list.setPage}
        onPageSize={list.setPageSize}
        noun="requests"
      />
    </section>
  );
}
