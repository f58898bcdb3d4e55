import { Button, Group, Modal, Paper, Select, Stack, Table, Text, Title } from "@mantine/core";
import type { DocumentRevisionSummary, DocumentView } from "@openaims/core";
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { MarkdownView } from "../../components/markdown-view";
import { LoadStatus, TableStatusRow } from "../../components/query-state";
import { StatusBadge } from "../../components/status-badge";
import { NOWRAP } from "../../components/table-styles";
import { formatDateTime } from "../../lib/format";
import { useUserNames } from "../users/use-user-names";
import { DiffView } from "./diff-view";
import { defaultComparison } from "./document-labels";
import { DOCUMENTS_KEY, getDiff, getRevision, listRevisions } from "./documents-api";

const REVISION_COLORS: Record<DocumentRevisionSummary["status"], string> = {
  in_review: "yellow",
  approved: "green",
  rejected: "red",
  superseded: "gray",
};

/** Version history (ISO/IEC 42001 7.5.3): every frozen revision, its fate, and the differences between any two. */
export function DocumentHistory({ doc }: { doc: DocumentView }) {
  const users = useUserNames();
  const revisions = useQuery({
    queryKey: [...DOCUMENTS_KEY, doc.id, "revisions", doc.version],
    queryFn: ({ signal }) => listRevisions(doc.id, signal),
    placeholderData: keepPreviousData,
  });
  const items = revisions.data?.items ?? [];
  const initial = defaultComparison(
    doc,
    items.map((r) => r.number),
  );
  const [picked, setPicked] = useState<{ from: string | null; to: string | null }>({ from: null, to: null });
  const from = picked.from ?? initial?.from ?? null;
  const to = picked.to ?? initial?.to ?? null;
  const [reading, setReading] = useState<number | null>(null);
  const diff = useQuery({
    queryKey: [...DOCUMENTS_KEY, doc.id, "diff", from, to, doc.version],
    queryFn: ({ signal }) => getDiff(doc.id, from!, to!, signal),
    enabled: Boolean(from && to),
  });
  const revision = useQuery({
    queryKey: [...DOCUMENTS_KEY, doc.id, "revision", reading],
    queryFn: ({ signal }) => getRevision(doc.id, reading!, signal),
    enabled: reading !== null,
  });
  const options = [
    ...items.map((r) => ({
      value: String(r.number),
      label: `Revision ${r.number} (${r.status.replace("_", " ")})`,
    })),
    { value: "working", label: "Working copy" },
  ];

  return (
    <Stack gap="md">
      <Table.ScrollContainer minWidth={760}>
        <Table striped verticalSpacing="xs" data-testid="revisions-table">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Revision</Table.Th>
              <Table.Th>Status</Table.Th>
              <Table.Th>What changed</Table.Th>
              <Table.Th>Submitted</Table.Th>
              <Table.Th>Decided</Table.Th>
              <Table.Th />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            <TableStatusRow
              colSpan={6}
              isLoading={revisions.isLoading}
              error={revisions.error}
              isEmpty={items.length === 0}
              emptyText="No revision yet: submitting the document for approval freezes its first revision."
              onRetry={() => void revisions.refetch()}
            />
            {items.map((r) => (
              <Table.Tr key={r.number} data-testid={`revision-${r.number}`}>
                <Table.Td style={NOWRAP}>
                  {r.number}
                  {r.number === doc.effectiveRevision ? (
                    <Text span size="xs" c="green" ml={6}>
                      in force
                    </Text>
                  ) : null}
                </Table.Td>
                <Table.Td>
                  <StatusBadge color={REVISION_COLORS[r.status]}>{r.status.replace("_", " ")}</StatusBadge>
                </Table.Td>
                <Table.Td>{r.changeNote || "—"}</Table.Td>
                <Table.Td style={NOWRAP}>
                  {formatDateTime(r.createdAt)}
                  <Text size="xs" c="dimmed">
                    by {users.nameOf(r.createdBy, "someone")}
                  </Text>
                </Table.Td>
                <Table.Td style={NOWRAP}>{formatDateTime(r.decidedAt)}</Table.Td>
                <Table.Td>
                  <Button size="compact-sm" variant="subtle" onClick={() => setReading(r.number)}>
                    Read
                  </Button>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {items.length > 0 ? (
        <Stack gap="sm">
          <Title order={3} size="h5">
            Differences
          </Title>
          <Group gap="sm" align="flex-end" wrap="wrap">
            <Select
              label="Compare"
              data={options}
              value={from}
              onChange={(v) => v && setPicked((p) => ({ ...p, from: v, to: p.to ?? to }))}
              allowDeselect={false}
              w={260}
            />
            <Select
              label="with"
              data={options}
              value={to}
              onChange={(v) => v && setPicked((p) => ({ ...p, to: v, from: p.from ?? from }))}
              allowDeselect={false}
              w={260}
            />
          </Group>
          <LoadStatus
            isLoading={diff.isLoading}
            error={diff.error}
            onRetry={() => void diff.refetch()}
            what="differences"
          />
          {diff.data ? <DiffView diff={diff.data} /> : null}
        </Stack>
      ) : null}
      <Modal
        opened={reading !== null}
        onClose={() => setReading(null)}
        title={revision.data ? `Revision ${revision.data.number}: ${revision.data.title}` : "Revision"}
        size="xl"
      >
        <LoadStatus
          isLoading={revision.isLoading}
          error={revision.error}
          onRetry={() => void revision.refetch()}
          what="revision"
        />
        {revision.data ? (
          <Paper p="xs">
            <MarkdownView source={revision.data.content} />
          </Paper>
        ) : null}
      </Modal>
    </Stack>
  );
}
