import { Button, Group, Stack, Table, Text } from "@mantine/core";
import { DOCUMENT_KINDS, DOCUMENT_STATUSES, type DocumentKind, type DocumentStatus } from "@openaims/core";
import { useState } from "react";
import { FilterSelect, ListFilters, SearchFilter } from "../../components/list-filters";
import { KeyCell, ListTable } from "../../components/list-table";
import { PageHeader } from "../../components/page-header";
import { StatusBadge } from "../../components/status-badge";
import { NOWRAP } from "../../components/table-styles";
import { useListQuery, useListSearch, useListState } from "../../components/use-list-state";
import { formatDate, formatDateTime } from "../../lib/format";
import { useCan, useMe } from "../auth/me-context";
import { useUserNames } from "../users/use-user-names";
import { KIND_LABELS, REVIEW_LABELS, STATUS_LABELS, documentPath } from "./document-labels";
import { DOCUMENTS_KEY, listDocuments, type DocumentQuery } from "./documents-api";
import { NewDocumentModal } from "./new-document-modal";
import { StarterDocumentsModal } from "./starter-documents-modal";

type Sort = "key" | "title" | "updatedAt" | "nextReviewOn";

/** Governance → Documents: policies, procedures, standards and records (ISO/IEC 42001 7.5). */
export function DocumentsPage() {
  const canWrite = useCan("records:write");
  const me = useMe();
  const users = useUserNames();
  const list = useListState<Sort>("key", "asc");
  const search = useListSearch(list);
  const [kind, setKind] = useState<DocumentKind | null>(null);
  const [status, setStatus] = useState<DocumentStatus | null>(null);
  const [review, setReview] = useState<"due" | "overdue" | null>(null);
  const [owner, setOwner] = useState<"mine" | null>(null);
  const [dialog, setDialog] = useState<"new" | "starter" | null>(null);
  const query: DocumentQuery = {
    ...list.params,
    q: search.q,
    kind: kind ?? undefined,
    status: status ?? undefined,
    review: review ?? undefined,
    ownerId: owner === "mine" ? me.user.id : undefined,
  };
  const documents = useListQuery([...DOCUMENTS_KEY, "list"], query, listDocuments);
  const filtered = Boolean(search.q || kind || status || review || owner);

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
        <ListFilters label="Filter documents">
          <SearchFilter search={search} placeholder="Key or title" w={220} />
          <FilterSelect
            label="Kind"
            placeholder="All kinds"
            options={DOCUMENT_KINDS}
            labels={KIND_LABELS}
            value={kind}
            onChange={list.onFilter(setKind)}
            w={150}
          />
          <FilterSelect
            label="Status"
            placeholder="All statuses"
            options={DOCUMENT_STATUSES}
            labels={STATUS_LABELS}
            value={status}
            onChange={list.onFilter(setStatus)}
            w={150}
          />
          <FilterSelect
            label="Review"
            placeholder="Any"
            options={["due", "overdue"]}
            labels={{ due: "Due within 30 days or overdue", overdue: "Overdue" }}
            value={review}
            onChange={list.onFilter(setReview)}
            w={240}
          />
          <FilterSelect
            label="Owner"
            placeholder="Anyone"
            options={["mine"]}
            labels={{ mine: "Owned by me" }}
            value={owner}
            onChange={list.onFilter(setOwner)}
            w={150}
          />
        </ListFilters>
        <ListTable
          testId="documents-table"
          minWidth={900}
          columns={[
            { label: "Key", sort: "key" },
            { label: "Title", sort: "title" },
            { label: "Kind" },
            { label: "Status" },
            { label: "Owner" },
            { label: "Next review", sort: "nextReviewOn" },
            { label: "Last changed", sort: "updatedAt" },
          ]}
          result={documents}
          emptyText={
            filtered
              ? "No document matches these filters."
              : "No documents yet. Adopt the starter set or write your own."
          }
          list={list}
          noun="documents"
          row={(d) => {
            const reviewBadge = REVIEW_LABELS[d.reviewState];
            return (
              <Table.Tr key={d.id} data-testid={`document-row-${d.key}`}>
                <KeyCell to={documentPath(d.id)}>{d.key}</KeyCell>
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
          }}
        />
      </Stack>
      {dialog === "new" ? <NewDocumentModal onClose={() => setDialog(null)} /> : null}
      {dialog === "starter" ? <StarterDocumentsModal onClose={() => setDialog(null)} /> : null}
    </section>
  );
}
