import { Anchor, Badge, Button, Group, Select, Table, Text, TextInput, Tooltip } from "@mantine/core";
import { useDebouncedValue } from "@mantine/hooks";
import { ISSUE_CATEGORIES, ISSUE_KINDS, ISSUE_STATUSES, type ContextIssue } from "@openaims/core";
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { PageHeader } from "../../components/page-header";
import { TableStatusRow } from "../../components/query-state";
import { SortableTh } from "../../components/sortable-th";
import { StatusBadge } from "../../components/status-badge";
import { NOWRAP } from "../../components/table-styles";
import { TablePager } from "../../components/table-pager";
import { useListState } from "../../components/use-list-state";
import { useCan } from "../auth/me-context";
import { ISSUES_KEY, listIssues, useAnnexCObjectives, type IssueQuery, type IssueSort } from "./context-api";
import { ISSUE_CATEGORY_LABELS, ISSUE_KIND_LABELS, ISSUE_STATUS_LABELS } from "./context-labels";
import { IssueFormModal } from "./issue-form-modal";

const COLUMNS = 6;

/** Context → Issues: internal and external issues that affect the AIMS (ISO/IEC 42001 4.1). */
export function IssuesPage() {
  const canWrite = useCan("records:write");
  const objectives = useAnnexCObjectives();
  const list = useListState<IssueSort>("key");
  const [search, setSearch] = useState("");
  const [q] = useDebouncedValue(search.trim(), 300);
  const [kind, setKind] = useState<string | null>(null);
  const [category, setCategory] = useState<string | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  const [editing, setEditing] = useState<ContextIssue | "new" | null>(null);
  const query: IssueQuery = {
    limit: list.pageSize,
    offset: list.offset,
    sort: list.sort,
    order: list.order,
    q: q || undefined,
    kind: kind ?? undefined,
    category: category ?? undefined,
    status: status ?? undefined,
  };
  const issues = useQuery({
    queryKey: [...ISSUES_KEY, "list", query],
    queryFn: ({ signal }) => listIssues(query, signal),
    placeholderData: keepPreviousData,
  });
  const items = issues.data?.items ?? [];
  const filter = (setter: (v: string | null) => void) => (v: string | null) => {
    setter(v);
    list.resetPage();
  };
  const sortable = (label: string, column: IssueSort) => (
    <SortableTh label={label} column={column} sort={list.sort} order={list.order} onSort={list.toggleSort} />
  );

  return (
    <section aria-labelledby="issues-heading">
      <PageHeader
        title="Issues"
        order={2}
        id="issues-heading"
        description="Internal and external issues that affect the AIMS and the Annex C objectives they threaten (ISO/IEC 42001 4.1)."
        actions={canWrite ? <Button onClick={() => setEditing("new")}>Record an issue</Button> : null}
      />
      <Group mb="md" gap="sm" align="flex-end" wrap="wrap" role="search" aria-label="Filter issues">
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
          label="Kind"
          placeholder="Both"
          clearable
          data={ISSUE_KINDS.map((k) => ({ value: k, label: ISSUE_KIND_LABELS[k] }))}
          value={kind}
          onChange={filter(setKind)}
          w={150}
        />
        <Select
          label="Category"
          placeholder="All categories"
          clearable
          data={ISSUE_CATEGORIES.map((c) => ({ value: c, label: ISSUE_CATEGORY_LABELS[c] }))}
          value={category}
          onChange={filter(setCategory)}
          w={190}
        />
        <Select
          label="Status"
          placeholder="Any status"
          clearable
          data={ISSUE_STATUSES.map((s) => ({ value: s, label: ISSUE_STATUS_LABELS[s].label }))}
          value={status}
          onChange={filter(setStatus)}
          w={160}
        />
      </Group>
      <Table.ScrollContainer minWidth={860}>
        <Table striped highlightOnHover verticalSpacing="sm" data-testid="issues-table">
          <Table.Thead>
            <Table.Tr>
              {sortable("Key", "key")}
              {sortable("Title", "title")}
              <Table.Th>Kind</Table.Th>
              <Table.Th>Category</Table.Th>
              <Table.Th>Threatens</Table.Th>
              {sortable("Status", "status")}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            <TableStatusRow
              colSpan={COLUMNS}
              isLoading={issues.isLoading}
              error={issues.error}
              isEmpty={items.length === 0}
              emptyText={
                q || kind || category || status
                  ? "No issue matches these filters."
                  : "No issues recorded yet."
              }
              onRetry={() => void issues.refetch()}
            />
            {items.map((i) => (
              <Table.Tr key={i.id} data-testid={`issue-row-${i.key}`}>
                <Table.Td style={NOWRAP}>
                  <Anchor
                    component="button"
                    type="button"
                    onClick={() => setEditing(i)}
                    ff="monospace"
                    fw={600}
                    size="sm"
                  >
                    {i.key}
                  </Anchor>
                </Table.Td>
                <Table.Td>{i.title}</Table.Td>
                <Table.Td style={NOWRAP}>{ISSUE_KIND_LABELS[i.kind]}</Table.Td>
                <Table.Td style={NOWRAP}>{ISSUE_CATEGORY_LABELS[i.category]}</Table.Td>
                <Table.Td>
                  {i.threatenedObjectives.length === 0 ? (
                    <Text size="sm" c="dimmed">
                      —
                    </Text>
                  ) : (
                    <Group gap={4}>
                      {i.threatenedObjectives.map((key) => (
                        <Tooltip key={key} label={objectives.summaryOf(key) || key} multiline w={260}>
                          <Badge variant="light" color="grape" tt="none">
                            {objectives.titleOf(key)}
                          </Badge>
                        </Tooltip>
                      ))}
                    </Group>
                  )}
                </Table.Td>
                <Table.Td style={NOWRAP}>
                  <StatusBadge color={ISSUE_STATUS_LABELS[i.status].color}>
                    {ISSUE_STATUS_LABELS[i.status].label}
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
        total={issues.data?.total ?? 0}
        onPage={list.setPage}
        onPageSize={list.setPageSize}
        noun="issues"
      />
      {editing ? (
        <IssueFormModal
          key={editing === "new" ? "new" : `${editing.id}@${editing.version}`}
          issue={editing === "new" ? null : editing}
          onClose={() => setEditing(null)}
        />
      ) : null}
    </section>
  );
}
