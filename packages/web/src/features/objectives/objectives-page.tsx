import { Anchor, Button, Group, Select, Table, Text, TextInput } from "@mantine/core";
import { useDebouncedValue } from "@mantine/hooks";
import { OBJECTIVE_STATUSES } from "@openaims/core";
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { Link, useNavigate } from "react-router";
import { PageHeader } from "../../components/page-header";
import { TableStatusRow } from "../../components/query-state";
import { SortableTh } from "../../components/sortable-th";
import { StatusBadge } from "../../components/status-badge";
import { NOWRAP } from "../../components/table-styles";
import { TablePager } from "../../components/table-pager";
import { useListState } from "../../components/use-list-state";
import { useCan } from "../auth/me-context";
import { formatCatalogDate } from "../frameworks/framework-labels";
import { useUserNames } from "../users/use-user-names";
import { ObjectiveFormModal } from "./objective-form-modal";
import { OBJECTIVE_STATUS_LABELS, ObjectiveProgress, measureText } from "./objective-progress";
import {
  OBJECTIVES_KEY,
  listObjectives,
  objectivePath,
  type ObjectiveQuery,
  type ObjectiveSort,
} from "./objectives-api";

const COLUMNS = 6;

/** Context → Objectives: measurable AI objectives, their owners, due dates and progress (ISO/IEC 42001 6.2). */
export function ObjectivesPage() {
  const canWrite = useCan("records:write");
  const names = useUserNames();
  const navigate = useNavigate();
  const list = useListState<ObjectiveSort>("key");
  const [search, setSearch] = useState("");
  const [q] = useDebouncedValue(search.trim(), 300);
  const [status, setStatus] = useState<string | null>(null);
  const [creating, setCreating] = useState(false);
  const query: ObjectiveQuery = {
    limit: list.pageSize,
    offset: list.offset,
    sort: list.sort,
    order: list.order,
    q: q || undefined,
    status: status ?? undefined,
  };
  const objectives = useQuery({
    queryKey: [...OBJECTIVES_KEY, "list", query],
    queryFn: ({ signal }) => listObjectives(query, signal),
    placeholderData: keepPreviousData,
  });
  const items = objectives.data?.items ?? [];
  const sortable = (label: string, column: ObjectiveSort) => (
    <SortableTh label={label} column={column} sort={list.sort} order={list.order} onSort={list.toggleSort} />
  );

  return (
    <section aria-labelledby="objectives-heading">
      <PageHeader
        title="AI objectives"
        order={2}
        id="objectives-heading"
        description="Measurable objectives for the responsible use of AI, with an owner, a due date and the progress recorded so far (ISO/IEC 42001 6.2)."
        actions={canWrite ? <Button onClick={() => setCreating(true)}>New objective</Button> : null}
      />
      <Group mb="md" gap="sm" align="flex-end" wrap="wrap" role="search" aria-label="Filter objectives">
        <TextInput
          label="Search"
          placeholder="Title or key"
          value={search}
          onChange={(e) => {
            setSearch(e.currentTarget.value);
            list.resetPage();
          }}
          w={220}
        />
        <Select
          label="Status"
          placeholder="Any status"
          clearable
          data={OBJECTIVE_STATUSES.map((s) => ({ value: s, label: OBJECTIVE_STATUS_LABELS[s].label }))}
          value={status}
          onChange={(v) => {
            setStatus(v);
            list.resetPage();
          }}
          w={180}
        />
      </Group>
      <Table.ScrollContainer minWidth={900}>
        <Table striped highlightOnHover verticalSpacing="sm" data-testid="objectives-table">
          <Table.Thead>
            <Table.Tr>
              {sortable("Key", "key")}
              {sortable("Title", "title")}
              <Table.Th>Progress</Table.Th>
              <Table.Th>Owner</Table.Th>
              {sortable("Due", "dueDate")}
              {sortable("Status", "status")}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            <TableStatusRow
              colSpan={COLUMNS}
              isLoading={objectives.isLoading}
              error={objectives.error}
              isEmpty={items.length === 0}
              emptyText={q || status ? "No objective matches these filters." : "No AI objectives yet."}
              onRetry={() => void objectives.refetch()}
            />
            {items.map((o) => (
              <Table.Tr key={o.id} data-testid={`objective-row-${o.key}`}>
                <Table.Td style={NOWRAP}>
                  <Anchor component={Link} to={objectivePath(o.id)} ff="monospace" fw={600} size="sm">
                    {o.key}
                  </Anchor>
                </Table.Td>
                <Table.Td>
                  <Text size="sm">{o.title}</Text>
                  <Text size="xs" c="dimmed">
                    {o.measure}: {measureText(o)}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <ObjectiveProgress objective={o} width={110} />
                </Table.Td>
                <Table.Td>
                  <Text size="sm">{names.nameOf(o.ownerId, "—")}</Text>
                </Table.Td>
                <Table.Td style={NOWRAP}>{formatCatalogDate(o.dueDate)}</Table.Td>
                <Table.Td style={NOWRAP}>
                  <StatusBadge color={OBJECTIVE_STATUS_LABELS[o.status].color}>
                    {OBJECTIVE_STATUS_LABELS[o.status].label}
                  </StatusBadge>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      <TablePager
        page={list.page}
        pageSize={list.pageSize}
        total={objectives.data?.total ?? 0}
        onPage={list.setPage}
        onPageSize={list.setPageSize}
        noun="objectives"
      />
      {creating ? (
        <ObjectiveFormModal
          objective={null}
          onClose={() => setCreating(false)}
          onCreated={(o) => void navigate(objectivePath(o.id))}
        />
      ) : null}
    </section>
  );
}
