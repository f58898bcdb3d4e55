import { Anchor, Button, Group, Select, Table, Text, TextInput } from "@mantine/core";
import { useDebouncedValue } from "@mantine/hooks";
import {
  CONCERN_CATEGORIES,
  CONCERN_SEVERITIES,
  CONCERN_STATUSES,
  type Concern,
  type ConcernStatus,
} from "@openaims/core";
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { Link } from "react-router";
import { TableStatusRow } from "../../components/query-state";
import { SortableTh } from "../../components/sortable-th";
import { StatusBadge } from "../../components/status-badge";
import { NOWRAP } from "../../components/table-styles";
import { TablePager } from "../../components/table-pager";
import { useListState } from "../../components/use-list-state";
import { formatDate } from "../../lib/format";
import { useMe } from "../auth/me-context";
import { useAiSystemOptions } from "../inventory/ai-system-options";
import { CATEGORY_LABELS, SEVERITY_LABELS, STATUS_LABELS } from "./concern-labels";
import {
  CONCERNS_KEY,
  concernPath,
  listConcerns,
  listMyConcerns,
  type ConcernQuery,
  type ConcernSort,
} from "./concerns-api";

/** Who raised a concern, as the list shows it: never a name for an anonymous one. */
export function reporterLabel(c: Concern): string {
  if (c.anonymous) return c.raisedByMe ? "You (anonymously)" : "Anonymous";
  if (c.raisedByMe) return "You";
  return c.reporter?.name ?? "—";
}

/**
 * A list of concerns: "all" is the triage board (counts per status, filters) for those who may see
 * every concern; "mine" the concerns the signed-in person raised.
 */
export function ConcernList({ scope }: { scope: "all" | "mine" | "assigned" }) {
  const me = useMe();
  const board = scope === "all";
  const systems = useAiSystemOptions();
  const list = useListState<ConcernSort>("createdAt", "desc");
  const [search, setSearch] = useState("");
  const [q] = useDebouncedValue(search.trim(), 300);
  const [status, setStatus] = useState<ConcernStatus | null>(null);
  const [category, setCategory] = useState<string | null>(null);
  const [severity, setSeverity] = useState<string | null>(null);
  const [aiSystemId, setAiSystemId] = useState<string | null>(null);
  const query: ConcernQuery = {
    limit: list.pageSize,
    offset: list.offset,
    sort: list.sort,
    order: list.order,
    q: q || undefined,
    status: status ?? undefined,
    category: category ?? undefined,
    severity: severity ?? undefined,
    aiSystemId: aiSystemId ?? undefined,
    assigneeId: scope === "assigned" ? me.user.id : undefined,
  };
  const concerns = useQuery({
    queryKey: [...CONCERNS_KEY, scope, query],
    queryFn: ({ signal }) => (scope === "mine" ? listMyConcerns(query, signal) : listConcerns(query, signal)),
    placeholderData: keepPreviousData,
  });
  const items = concerns.data?.items ?? [];
  const counts = concerns.data?.counts;
  const filter = (setter: (v: string | null) => void) => (v: string | null) => {
    setter(v);
    list.resetPage();
  };
  const sortable = (label: string, column: ConcernSort) => (
    <SortableTh label={label} column={column} sort={list.sort} order={list.order} onSort={list.toggleSort} />
  );
  const filtered = Boolean(q || status || category || severity || aiSystemId);
  const columns = board ? 8 : 6;

  return (
    <>
      <Group
        gap="xs"
        mb="md"
        role="group"
        aria-label="Concerns by status"
        data-testid={`${scope}-status-board`}
      >
        {CONCERN_STATUSES.map((s) => (
          <Button
            key={s}
            size="xs"
            radius="xl"
            color={STATUS_LABELS[s].color}
            variant={status === s ? "filled" : "light"}
            aria-pressed={status === s}
            data-testid={`${scope}-count-${s}`}
            data-count={counts?.[s] ?? 0}
            onClick={() => filter((v) => setStatus(v as ConcernStatus | null))(status === s ? null : s)}
          >
            {STATUS_LABELS[s].label}: {counts?.[s] ?? 0}
          </Button>
        ))}
      </Group>
      <Group mb="md" gap="sm" align="flex-end" wrap="wrap" role="search" aria-label="Filter concerns">
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
          label="Category"
          placeholder="All categories"
          clearable
          data={CONCERN_CATEGORIES.map((c) => ({ value: c, label: CATEGORY_LABELS[c] }))}
          value={category}
          onChange={filter(setCategory)}
          w={170}
        />
        {board ? (
          <>
            <Select
              label="Severity"
              placeholder="Any severity"
              clearable
              data={CONCERN_SEVERITIES.map((s) => ({ value: s, label: SEVERITY_LABELS[s].label }))}
              value={severity}
              onChange={filter(setSeverity)}
              w={150}
            />
            <Select
              label="AI system"
              placeholder="Any system"
              clearable
              searchable
              data={systems.options}
              value={aiSystemId}
              onChange={filter(setAiSystemId)}
              w={240}
            />
          </>
        ) : null}
      </Group>
      <Table.ScrollContainer minWidth={board ? 960 : 720}>
        <Table striped highlightOnHover verticalSpacing="sm" data-testid={`${scope}-concerns-table`}>
          <Table.Thead>
            <Table.Tr>
              {sortable("Key", "key")}
              <Table.Th>Title</Table.Th>
              <Table.Th>Category</Table.Th>
              {board ? <Table.Th>AI system</Table.Th> : null}
              {sortable("Severity", "severity")}
              {sortable("Status", "status")}
              {board ? <Table.Th>Raised by</Table.Th> : null}
              {sortable("Raised", "createdAt")}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            <TableStatusRow
              colSpan={columns}
              isLoading={concerns.isLoading}
              error={concerns.error}
              isEmpty={items.length === 0}
              emptyText={
                filtered
                  ? "No concern matches these filters."
                  : scope === "all"
                    ? "No concerns raised yet."
                    : scope === "mine"
                      ? "You have not raised any concern yet."
                      : "No concern is assigned to you."
              }
              onRetry={() => void concerns.refetch()}
            />
            {items.map((c) => (
              <Table.Tr key={c.id} data-testid={`concern-row-${c.key}`}>
                <Table.Td style={NOWRAP}>
                  <Anchor component={Link} to={concernPath(c.id)} ff="monospace" fw={600} size="sm">
                    {c.key}
                  </Anchor>
                </Table.Td>
                <Table.Td>{c.title}</Table.Td>
                <Table.Td style={NOWRAP}>{CATEGORY_LABELS[c.category]}</Table.Td>
                {board ? (
                  <Table.Td>{c.aiSystem ? `${c.aiSystem.key} ${c.aiSystem.name}` : "—"}</Table.Td>
                ) : null}
                <Table.Td style={NOWRAP}>
                  {c.severity ? (
                    <StatusBadge color={SEVERITY_LABELS[c.severity].color}>
                      {SEVERITY_LABELS[c.severity].label}
                    </StatusBadge>
                  ) : (
                    <Text size="sm" c="dimmed">
                      not set
                    </Text>
                  )}
                </Table.Td>
                <Table.Td style={NOWRAP}>
                  <StatusBadge color={STATUS_LABELS[c.status].color}>
                    <span data-testid="concern-status" data-status={c.status}>
                      {STATUS_LABELS[c.status].label}
                    </span>
                  </StatusBadge>
                </Table.Td>
                {board ? (
                  <Table.Td style={NOWRAP} data-testid="concern-reporter">
                    {reporterLabel(c)}
                  </Table.Td>
                ) : null}
                <Table.Td style={NOWRAP}>{formatDate(c.createdAt)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      <TablePager
        page={list.page}
        pageSize={list.pageSize}
        total={concerns.data?.total ?? 0}
        onPage={list.setPage}
        onPageSize={list.setPageSize}
        noun="concerns"
      />
    </>
  );
}
