import { Badge, Button, Group, Table, Text, Tooltip } from "@mantine/core";
import { ISSUE_CATEGORIES, ISSUE_KINDS, ISSUE_STATUSES, type ContextIssue } from "@openaims/core";
import { useState } from "react";
import { FilterSelect, ListFilters, SearchFilter } from "../../components/list-filters";
import { KeyCell, ListTable } from "../../components/list-table";
import { PageHeader } from "../../components/page-header";
import { StatusBadge } from "../../components/status-badge";
import { NOWRAP } from "../../components/table-styles";
import { useListQuery, useListSearch, useListState } from "../../components/use-list-state";
import { useCan } from "../auth/me-context";
import { ISSUES_KEY, listIssues, useAnnexCObjectives, type IssueQuery, type IssueSort } from "./context-api";
import { ISSUE_CATEGORY_LABELS, ISSUE_KIND_LABELS, ISSUE_STATUS_LABELS } from "./context-labels";
import { IssueFormModal } from "./issue-form-modal";

/** Context → Issues: internal and external issues that affect the AIMS (ISO/IEC 42001 4.1). */
export function IssuesPage() {
  const canWrite = useCan("records:write");
  const objectives = useAnnexCObjectives();
  const list = useListState<IssueSort>("key");
  const search = useListSearch(list);
  const [kind, setKind] = useState<string | null>(null);
  const [category, setCategory] = useState<string | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  const [editing, setEditing] = useState<ContextIssue | "new" | null>(null);
  const query: IssueQuery = {
    ...list.params,
    q: search.q,
    kind: kind ?? undefined,
    category: category ?? undefined,
    status: status ?? undefined,
  };
  const issues = useListQuery([...ISSUES_KEY, "list"], query, listIssues);

  return (
    <section aria-labelledby="issues-heading">
      <PageHeader
        title="Issues"
        order={2}
        id="issues-heading"
        description="Internal and external issues that affect the AIMS and the Annex C objectives they threaten (ISO/IEC 42001 4.1)."
        actions={canWrite ? <Button onClick={() => setEditing("new")}>Record an issue</Button> : null}
      />
      <ListFilters label="Filter issues" mb="md">
        <SearchFilter search={search} placeholder="Title or key" w={220} />
        <FilterSelect
          label="Kind"
          placeholder="Both"
          options={ISSUE_KINDS}
          labels={ISSUE_KIND_LABELS}
          value={kind}
          onChange={list.onFilter(setKind)}
          w={150}
        />
        <FilterSelect
          label="Category"
          placeholder="All categories"
          options={ISSUE_CATEGORIES}
          labels={ISSUE_CATEGORY_LABELS}
          value={category}
          onChange={list.onFilter(setCategory)}
          w={190}
        />
        <FilterSelect
          label="Status"
          placeholder="Any status"
          options={ISSUE_STATUSES}
          labels={ISSUE_STATUS_LABELS}
          value={status}
          onChange={list.onFilter(setStatus)}
          w={160}
        />
      </ListFilters>
      <ListTable
        testId="issues-table"
        minWidth={860}
        columns={[
          { label: "Key", sort: "key" },
          { label: "Title", sort: "title" },
          { label: "Kind" },
          { label: "Category" },
          { label: "Threatens" },
          { label: "Status", sort: "status" },
        ]}
        result={issues}
        emptyText={
          search.q || kind || category || status
            ? "No issue matches these filters."
            : "No issues recorded yet."
        }
        list={list}
        noun="issues"
        row={(i) => (
          <Table.Tr key={i.id} data-testid={`issue-row-${i.key}`}>
            <KeyCell onOpen={() => setEditing(i)}>{i.key}</KeyCell>
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
        )}
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
