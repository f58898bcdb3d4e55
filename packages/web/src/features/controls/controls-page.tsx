import { Anchor, Button, Group, Select, Table, Text, TextInput } from "@mantine/core";
import { useDebouncedValue } from "@mantine/hooks";
import { IMPLEMENTATION_STATUSES, type Control, type ImplementationStatus } from "@openaims/core";
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { Link } from "react-router";
import { PageHeader } from "../../components/page-header";
import { TableStatusRow } from "../../components/query-state";
import { SortableTh } from "../../components/sortable-th";
import { StatusBadge } from "../../components/status-badge";
import { NOWRAP } from "../../components/table-styles";
import { TablePager } from "../../components/table-pager";
import { useListState } from "../../components/use-list-state";
import { formatDate } from "../../lib/format";
import { useCan } from "../auth/me-context";
import { useAllFrameworks } from "../frameworks/frameworks-api";
import { EFFECTIVENESS_LABELS, FREQUENCY_LABELS, STATUS_LABELS } from "./control-labels";
import { NEW_CONTROL_PATH, STARTER_LIBRARY_PATH, controlPath } from "./control-paths";
import { CONTROLS_KEY, listControls, type ControlQuery, type ControlSort } from "./controls-api";

const COLUMNS = 7;

/** "3 requirements in ISO/IEC 42001, NIST AI RMF". */
function linksText(control: Control, labelOf: (ref: string) => string): string {
  const n = control.links.length;
  if (n === 0) return "None";
  const refs = [...new Set(control.links.map((l) => l.frameworkRef))].map(labelOf).join(", ");
  return `${n} in ${refs}`;
}

/** Controls → Control library: what the organization does, its status, and the requirements it meets. */
export function ControlsPage() {
  const canWrite = useCan("records:write");
  const frameworks = useAllFrameworks();
  const list = useListState<ControlSort>("code");
  const [search, setSearch] = useState("");
  const [q] = useDebouncedValue(search.trim(), 300);
  const [status, setStatus] = useState<ImplementationStatus | null>(null);
  const query: ControlQuery = {
    limit: list.pageSize,
    offset: list.offset,
    sort: list.sort,
    order: list.order,
    q: q || undefined,
    implementationStatus: status ?? undefined,
  };
  const controls = useQuery({
    queryKey: [...CONTROLS_KEY, "list", query],
    queryFn: ({ signal }) => listControls(query, signal),
    placeholderData: keepPreviousData,
  });
  const items = controls.data?.items ?? [];
  const filtered = Boolean(q || status);
  const sortable = (label: string, column: ControlSort) => (
    <SortableTh label={label} column={column} sort={list.sort} order={list.order} onSort={list.toggleSort} />
  );

  return (
    <section aria-labelledby="controls-heading">
      <PageHeader
        title="Control library"
        order={2}
        id="controls-heading"
        description="Your controls, their implementation status and the requirements each one satisfies. Coverage of every framework follows from them."
        actions={
          canWrite ? (
            <Button component={Link} to={NEW_CONTROL_PATH}>
              Create control
            </Button>
          ) : null
        }
      />
      <Group mb="md" gap="sm" align="flex-end" wrap="wrap" role="search" aria-label="Filter controls">
        <TextInput
          label="Search"
          placeholder="Code, title or description"
          value={search}
          onChange={(e) => {
            setSearch(e.currentTarget.value);
            list.resetPage();
          }}
          w={280}
        />
        <Select
          label="Status"
          placeholder="All statuses"
          clearable
          data={IMPLEMENTATION_STATUSES.map((s) => ({ value: s, label: STATUS_LABELS[s].label }))}
          value={status}
          onChange={(v) => {
            setStatus(v as ImplementationStatus | null);
            list.resetPage();
          }}
          w={220}
        />
      </Group>
      <Table.ScrollContainer minWidth={900}>
        <Table striped highlightOnHover verticalSpacing="sm" data-testid="controls-table">
          <Table.Thead>
            <Table.Tr>
              {sortable("Code", "code")}
              {sortable("Title", "title")}
              {sortable("Status", "implementationStatus")}
              <Table.Th>Effectiveness</Table.Th>
              <Table.Th>Frequency</Table.Th>
              <Table.Th>Requirements</Table.Th>
              {sortable("Created", "createdAt")}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            <TableStatusRow
              colSpan={COLUMNS}
              isLoading={controls.isLoading}
              error={controls.error}
              isEmpty={items.length === 0}
              emptyText={filtered ? "No control matches these filters." : "No controls yet."}
              onRetry={() => void controls.refetch()}
            />
            {items.map((c) => (
              <Table.Tr key={c.id} data-testid={`control-row-${c.code}`}>
                <Table.Td style={NOWRAP}>
                  <Anchor component={Link} to={controlPath(c.id)} ff="monospace" fw={600} size="sm">
                    {c.code}
                  </Anchor>
                </Table.Td>
                <Table.Td>{c.title}</Table.Td>
                <Table.Td style={NOWRAP}>
                  <StatusBadge color={STATUS_LABELS[c.implementationStatus].color}>
                    {STATUS_LABELS[c.implementationStatus].label}
                  </StatusBadge>
                </Table.Td>
                <Table.Td style={NOWRAP}>
                  <Text size="sm">{EFFECTIVENESS_LABELS[c.effectiveness].label}</Text>
                </Table.Td>
                <Table.Td style={NOWRAP}>{FREQUENCY_LABELS[c.frequency]}</Table.Td>
                <Table.Td>
                  <Text size="sm">{linksText(c, frameworks.labelOf)}</Text>
                </Table.Td>
                <Table.Td style={NOWRAP} title={c.createdAt}>
                  {formatDate(c.createdAt)}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      <TablePager
        page={list.page}
        pageSize={list.pageSize}
        total={controls.data?.total ?? 0}
        onPage={list.setPage}
        onPageSize={list.setPageSize}
        noun="controls"
      />
      {controls.data?.total === 0 && !filtered ? (
        <Text size="sm" c="dimmed" mt="sm">
          Start from the{" "}
          <Anchor component={Link} to={STARTER_LIBRARY_PATH}>
            starter library
          </Anchor>
          : 70 AI controls that cover every ISO/IEC 42001 Annex A control and the management-system clauses.
        </Text>
      ) : null}
    </section>
  );
}
