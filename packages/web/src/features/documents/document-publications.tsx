import { Anchor, Button, Group, Progress, Stack, Table, Text } from "@mantine/core";
import { canActInBusinessUnit, publishBlocker, type DocumentView } from "@openaims/core";
import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { Link } from "react-router";
import { TableStatusRow } from "../../components/query-state";
import { StatusBadge } from "../../components/status-badge";
import { NOWRAP } from "../../components/table-styles";
import { formatDate, formatDateTime } from "../../lib/format";
import { useCan, useMe } from "../auth/me-context";
import { publicationPath } from "./document-labels";
import { DOCUMENTS_KEY, listPublications } from "./documents-api";
import { PublishModal } from "./publish-modal";

/** Who the document was published to and how far acknowledgement has come (ISO/IEC 42001 7.3). */
export function DocumentPublications({ doc }: { doc: DocumentView }) {
  const me = useMe();
  const canWrite = useCan("records:write") && canActInBusinessUnit(me.user, doc.businessUnitId);
  const blocker = publishBlocker(doc);
  const [publishing, setPublishing] = useState(false);
  const publications = useQuery({
    queryKey: [...DOCUMENTS_KEY, doc.id, "publications"],
    queryFn: ({ signal }) => listPublications(doc.id, signal),
  });
  const items = publications.data?.items ?? [];
  return (
    <Stack gap="md">
      <Group justify="space-between" wrap="wrap">
        <Text size="sm" c="dimmed">
          {blocker ? `${blocker}.` : `Publishing sends revision ${doc.effectiveRevision}, the one in force.`}
        </Text>
        {canWrite ? (
          <Button onClick={() => setPublishing(true)} disabled={blocker !== null}>
            Publish for acknowledgement
          </Button>
        ) : null}
      </Group>
      <Table.ScrollContainer minWidth={760}>
        <Table striped verticalSpacing="sm" data-testid="publications-table">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Published</Table.Th>
              <Table.Th>Revision</Table.Th>
              <Table.Th>Due</Table.Th>
              <Table.Th w={260}>Acknowledged</Table.Th>
              <Table.Th />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            <TableStatusRow
              colSpan={5}
              isLoading={publications.isLoading}
              error={publications.error}
              isEmpty={items.length === 0}
              emptyText="Not published yet."
              onRetry={() => void publications.refetch()}
            />
            {items.map((p) => (
              <Table.Tr key={p.id} data-testid="publication-row">
                <Table.Td style={NOWRAP}>{formatDateTime(p.publishedAt)}</Table.Td>
                <Table.Td>{p.revisionNumber}</Table.Td>
                <Table.Td style={NOWRAP}>
                  {formatDate(p.dueOn)} {p.isOverdue ? <StatusBadge color="red">overdue</StatusBadge> : null}
                </Table.Td>
                <Table.Td>
                  <Progress
                    value={p.percent}
                    color={p.percent === 100 ? "green" : p.isOverdue ? "red" : "blue"}
                    aria-label={`${p.acknowledged} of ${p.total} acknowledged`}
                  />
                  <Text size="xs" c="dimmed" data-testid="publication-counts">
                    {p.acknowledged} of {p.total} acknowledged
                  </Text>
                </Table.Td>
                <Table.Td>
                  <Anchor component={Link} to={publicationPath(doc.id, p.id)} size="sm">
                    Who has read it
                  </Anchor>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {publishing ? <PublishModal doc={doc} onClose={() => setPublishing(false)} /> : null}
    </Stack>
  );
}
