import { Anchor, Button, Group, Select, Stack, Table, Text, TextInput } from "@mantine/core";
import { useDebouncedValue } from "@mantine/hooks";
import { DOCUMENT_KINDS, DOCUMENT_STATUSES, type DocumentKind, type DocumentStatus } from "@openaims/core";
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
import { formatDate, formatDateTime } from "../../lib/format";
import { useCan, useMe } from "../auth/me-context";
import { useUserNames } from "../users/use-user-names";
import { KIND_LABELS, REVIEW_LABELS, STATUS_LABELS, documentPath } from "./document-labels";
import { DOCUMENTS_KEY, listDocuments, type DocumentQuery } from "./documents-api";
import { NewDocumentModal } from "./new-document-modal";
import { StarterDocumentsModal } from "./starter-documents-modal";

type Sort = "key" | "title" | "updatedAt" | "nextReviewOn";
const COLUMNS = 7;

/** Governance → Documents: policies, procedures, standards and records (ISO/IEC 42001 7.5). */
export function DocumentsPage() {
  const canWrite = useCan("records:write");
  const me = useMe();
  const users = useUserNames();
  const list = useListState<Sort>("key", "asc");
  const [search, setSearch] = useState("");
  const [q] = useDebouncedValue(search.trim(), 300);
  const [kind, setKind] = useState<DocumentKind | null>(null);
  const [status, setStatus] = useState<DocumentStatus | null>(null);
  const [review, setReview] = useState<"due" | "overdue" | null>(null);
  const [owner, setOwner] = useState<"mine" | null>(null);
  const [dialog, setDialog] = useState<"new" | "starter" | null>(null);
  const query: DocumentQuery = {
    limit: list.pageSize,
    offset: list.offset,
    sort: list.sort,
    order: list.order,
    q: q || undefined,
    kind: kind ?? undefined,
    status: status ?? undefined,
    review: review ?? undefined,
    ownerId: owner === "mine" ? me.user.id : undefined,
  };
  const documents = useQuery({
    queryKey: [...DOCUMENTS_KEY, "list", query],
    queryFn: ({ signal }) => listDocuments(query, signal),
    placeholderData: keepPreviousData,
  });
  const items = documents.data?.items ?? [];
  const filtered = Boolean(q || kind || status || review || owner);
  const filter =
    <T,>(set: (v: T) => void) =>
    (v: T) => {
      set(v);
      list.resetPage();
    };
  const sortable = (label: string, column: Sort) => (
    <SortableTh label={label} column={column} sort={list.sort} order={list.order} onSort={list.toggleSort} />
  );

  return (
    <section aria-labelledby="documents-heading">
      <PageHeader
        title="Documents"
        order={2}
        id="documents-heading"
        description="Policies, procedures, standards and records: written in Markdown, approved before they apply, reviewed on a cadence and published to the people who must read them (ISO/IEC 42001 5.2, 7.5, A.2)."
        actions={
          canWrite ? (
            <>
              <Button variant="default" onClick={() => setDialog("starter")}>
                Adopt from starter set
              </Button>
              <Button onClick={() => setDialog("new")}>New document</Button>
            </>
          ) : null
        }
      />
      <Stack gap="md">
        <Group gap="sm" align="flex-end" wrap="wrap" role="search" aria-label="Filter documents">
          <TextInput
            label="Search"
            placeholder="Key or title"
            value={search}
            onChange={(e) => filter(setSearch)(e.currentTarget.value)}
            w={220}
          />
          <Select
            label="Kind"
            placeholder="All kinds"
            clearable
            data={DOCUMENT_KINDS.map((k) => ({ value: k, label: KIND_LABELS[k] }))}
            value={kind}
            onChange={filter((v: string | null) => setKind(v as DocumentKind | null))}
            w={150}
          />
          <Select
            label="Status"
            placeholder="All statuses"
            clearable
            data={DOCUMENT_STATUSES.map((s) => ({ value: s, label: STATUS_LABELS[s].label }))}
            value={status}
            onChange={filter((v: string | null) => setStatus(v as DocumentStatus | null))}
            w={150}
          />
          <Select
            label="Review"
            placeholder="Any"
            clearable
            data={[
              { value: "due", label: "Due within 30 days or overdue" },
              { value: "overdue", label: "Overdue" },
            ]}
            value={review}
            onChange={filter((v: string | null) => setReview(v as "due" | "overdue" | null))}
            w={240}
          />
          <Select
            label="Owner"
            placeholder="Anyone"
            clearable
            data={[{ value: "mine", label: "Owned by me" }]}
            value={owner}
            onChange={filter((v: string | null) => setOwner(v as "mine" | null))}
            w={150}
          />
        </Group>
        <Table.ScrollContainer minWidth={900}>
          <Table striped highlightOnHover verticalSpacing="sm" data-testid="documents-table">
            <Table.Thead>
              <Table.Tr>
                {sortable("Key", "key")}
                {sortable("Title", "title")}
                <Table.Th>Kind</Table.Th>
                <Table.Th>Status</Table.Th>
                <Table.Th>Owner</Table.Th>
                {sortable("Next review", "nextReviewOn")}
                {sortable("Last changed", "updatedAt")}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              <TableStatusRow
                colSpan={COLUMNS}
                isLoading={documents.isLoading}
                error={documents.error}
                isEmpty={items.length === 0}
                emptyText={
                  filtered
                    ? "No document matches these filters."
                    : "No documents yet. Adopt the starter set or write your own."
                }
                onRetry={() => void documents.refetch()}
              />
              {items.map((d) => {
                const reviewBadge = REVIEW_LABELS[d.reviewState];
                return (
                  <Table.Tr key={d.id} data-testid={`document-row-${d.key}`}>
                    <Table.Td style={NOWRAP}>
                      <Anchor component={Link} to={documentPath(d.id)} ff="monospace" fw={600} size="sm">
                        {d.key}
                      </Anchor>
                    </Table.Td>
                    <Table.Td>
                      <Text size="sm">{d.title}</Text>
                      {d.summary ? (
                        <Text size="xs" c="dimmed" lineClamp={1}>
                          {d.summary}
                        </Text>
                      ) : null}
                    </Table.Td>
                    <Table.Td>{KIND_LABELS[d.kind]}</Table.Td>
                    <Table.Td style={NOWRAP}>
                      <Group gap={4} wrap="nowrap">
                        <StatusBadge color={STATUS_LABELS[d.status].color}>
                          {STATUS_LABELS[d.status].label}
                        </StatusBadge>
                        {d.effectiveRevision ? (
                          <Text size="xs" c="dimmed">
                            rev. {d.effectiveRevision} in force
                          </Text>
                        ) : null}
                      </Group>
                    </Table.Td>
                    <Table.Td>{users.nameOf(d.ownerId, "—")}</Table.Td>
                    <Table.Td style={NOWRAP}>
                      <Group gap={4} wrap="nowrap">
                        {formatDate(d.nextReviewOn)}
                        {reviewBadge ? (
                          <StatusBadge color={reviewBadge.color}>{reviewBadge.label}</StatusBadge>
                        ) : null}
                      </Group>
                    </Table.Td>
                    <Table.Td style={NOWRAP}>{formatDateTime(d.updatedAt)}</Table.Td>
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
        <TablePager
          page={list.page}
          pageSize={list.pageSize}
          total={documents.data?.total ?? 0}
          onPage={list.setPage}
          onPageSize={list.setPageSize}
          noun="documents"
        />
      </Stack>
      {dialog === "new" ? <NewDocumentModal onClose={() => setDialog(null)} /> : null}
      {dialog === "starter" ? <StarterDocumentsModal onClose={() => setDialog(null)} /> : null}
    </section>
  );
}
