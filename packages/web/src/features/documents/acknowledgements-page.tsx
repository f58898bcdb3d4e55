import { Anchor, Button, Stack, Table, Text, Title } from "@mantine/core";
import { Link } from "react-router";
import { ListTable } from "../../components/list-table";
import { PageHeader } from "../../components/page-header";
import { StatusBadge } from "../../components/status-badge";
import { NOWRAP } from "../../components/table-styles";
import { TablePager } from "../../components/table-pager";
import { useListQuery, useListState } from "../../components/use-list-state";
import { formatDate, formatDateTime } from "../../lib/format";
import { useCan } from "../auth/me-context";
import { KIND_LABELS, acknowledgementPath, publicationPath } from "./document-labels";
import { ACKNOWLEDGEMENTS_KEY, myAcknowledgements, overdueAcknowledgements } from "./documents-api";

/** Governance → Acknowledgements: what I must read, and (for readers of records) who is late (ISO/IEC 42001 7.3). */
export function AcknowledgementsPage() {
  const canReadRecords = useCan("records:read");
  return (
    <Stack gap="xl">
      <MyAcknowledgements />
      {canReadRecords ? <OverdueAcknowledgements /> : null}
    </Stack>
  );
}

function MyAcknowledgements() {
  const list = useListState<"publishedAt">("publishedAt");
  const query = { limit: list.pageSize, offset: list.offset };
  const mine = useListQuery([...ACKNOWLEDGEMENTS_KEY, "mine"], query, myAcknowledgements);
  const pending = (mine.data?.items ?? []).filter((i) => i.status === "pending").length;
  return (
    <section aria-labelledby="mine-heading">
      <PageHeader
        title="Waiting for you"
        order={2}
        id="mine-heading"
        description="Policies and procedures you were asked to read. Open each, read it, and confirm you have read and understood it."
      />
      <ListTable
        testId="my-acknowledgements"
        minWidth={720}
        tableProps={{ highlightOnHover: false }}
        columns={[
          { label: "Document" },
          { label: "Kind" },
          { label: "Published" },
          { label: "Due" },
          { label: "Status" },
          { label: "" },
        ]}
        result={mine}
        emptyText="Nothing to read: no document was published to you."
        row={(a) => (
          <Table.Tr key={a.publicationId} data-testid={`mine-${a.documentKey}`} data-status={a.status}>
            <Table.Td>
              <Text size="sm" ff="monospace" span fw={600}>
                {a.documentKey}
              </Text>{" "}
              {a.title}
              <Text size="xs" c="dimmed">
                revision {a.revisionNumber}
                {a.note ? ` · ${a.note}` : ""}
              </Text>
            </Table.Td>
            <Table.Td>{KIND_LABELS[a.kind]}</Table.Td>
            <Table.Td style={NOWRAP}>{formatDate(a.publishedAt)}</Table.Td>
            <Table.Td style={NOWRAP}>{formatDate(a.dueOn)}</Table.Td>
            <Table.Td style={NOWRAP}>
              {a.status === "acknowledged" ? (
                <StatusBadge color="green">acknowledged {formatDate(a.acknowledgedAt)}</StatusBadge>
              ) : (
                <StatusBadge color={a.isOverdue ? "red" : "yellow"}>
                  {a.isOverdue ? "overdue" : "to read"}
                </StatusBadge>
              )}
            </Table.Td>
            <Table.Td>
              <Button
                component={Link}
                to={acknowledgementPath(a.publicationId)}
                size="compact-sm"
                variant={a.status === "pending" ? "filled" : "subtle"}
              >
                {a.status === "pending" ? "Read and acknowledge" : "Read again"}
              </Button>
            </Table.Td>
          </Table.Tr>
        )}
      />
      {mine.data && mine.data.total > 0 ? (
        <>
          <Text size="sm" c="dimmed" mt="xs">
            {pending} of the documents on this page still wait for you.
          </Text>
          <TablePager
            page={list.page}
            pageSize={list.pageSize}
            total={mine.data.total}
            onPage={list.setPage}
            onPageSize={list.setPageSize}
            noun="documents"
          />
        </>
      ) : null}
    </section>
  );
}

function OverdueAcknowledgements() {
  const list = useListState<"dueOn">("dueOn");
  const query = { limit: list.pageSize, offset: list.offset };
  const overdue = useListQuery([...ACKNOWLEDGEMENTS_KEY, "overdue"], query, overdueAcknowledgements);
  return (
    <section aria-labelledby="overdue-heading">
      <Title order={2} id="overdue-heading" mb={4}>
        Overdue across publications
      </Title>
      <Text size="sm" c="dimmed" mb="md">
        People who have not acknowledged a document by its due date, oldest first.
      </Text>
      <ListTable
        testId="overdue-acknowledgements"
        minWidth={720}
        tableProps={{ highlightOnHover: false }}
        columns={[{ label: "Person" }, { label: "Document" }, { label: "Due" }, { label: "Published" }]}
        result={overdue}
        emptyText="Nobody is late."
        list={list}
        noun="overdue acknowledgements"
        row={(o) => (
          <Table.Tr key={`${o.publicationId}-${o.userId}`}>
            <Table.Td>
              {o.name}
              <Text size="xs" c="dimmed">
                {o.email}
              </Text>
            </Table.Td>
            <Table.Td>
              <Anchor component={Link} to={publicationPath(o.documentId, o.publicationId)} size="sm">
                {o.documentKey} {o.title} (revision {o.revisionNumber})
              </Anchor>
            </Table.Td>
            <Table.Td style={NOWRAP}>
              <StatusBadge color="red">{formatDate(o.dueOn)}</StatusBadge>
            </Table.Td>
            <Table.Td style={NOWRAP}>{formatDateTime(o.publishedAt)}</Table.Td>
          </Table.Tr>
        )}
      />
    </section>
  );
}
