import {
  Anchor,
  Breadcrumbs,
  Group,
  Paper,
  Progress,
  Select,
  SimpleGrid,
  Stack,
  Table,
  Text,
} from "@mantine/core";
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { Link, useParams } from "react-router";
import { Fact } from "../../components/fact";
import { PageHeader } from "../../components/page-header";
import { LoadStatus, TableStatusRow } from "../../components/query-state";
import { StatusBadge } from "../../components/status-badge";
import { NOWRAP } from "../../components/table-styles";
import { TablePager } from "../../components/table-pager";
import { useListState } from "../../components/use-list-state";
import { formatDate, formatDateTime } from "../../lib/format";
import { useBusinessUnitOptions } from "../business-units/business-units-api";
import { useUserNames } from "../users/use-user-names";
import { DOCUMENTS_PATH, documentPath } from "./document-labels";
import { DOCUMENTS_KEY, getPublication } from "./documents-api";

/** Progress of one publication: who has acknowledged, who is pending, who is late (ISO/IEC 42001 7.3). */
export function PublicationPage() {
  const { id = "", publicationId = "" } = useParams();
  const list = useListState<"name">("name");
  const [status, setStatus] = useState<"pending" | "acknowledged" | null>(null);
  const users = useUserNames();
  const units = useBusinessUnitOptions();
  const query = { limit: list.pageSize, offset: list.offset, status: status ?? undefined };
  const publication = useQuery({
    queryKey: [...DOCUMENTS_KEY, id, "publications", publicationId, query],
    queryFn: ({ signal }) => getPublication(publicationId, query, signal),
    placeholderData: keepPreviousData,
  });
  const p = publication.data;
  const people = p?.people.items ?? [];
  return (
    <section aria-labelledby="publication-heading">
      <Breadcrumbs mb="sm" aria-label="Breadcrumb">
        <Anchor component={Link} to={DOCUMENTS_PATH} size="sm">
          Documents
        </Anchor>
        <Anchor component={Link} to={documentPath(id)} size="sm" ff="monospace">
          {p?.documentKey ?? "…"}
        </Anchor>
        <Text size="sm">Publication</Text>
      </Breadcrumbs>
      <PageHeader
        title={p ? `${p.documentKey} ${p.documentTitle}, revision ${p.revisionNumber}` : "Publication"}
        order={2}
        id="publication-heading"
        description="Everyone the revision was published to, and whether they have confirmed reading it."
      />
      <LoadStatus
        isLoading={publication.isLoading}
        error={publication.error}
        onRetry={() => void publication.refetch()}
        what="publication"
      />
      {p ? (
        <Stack gap="md">
          <Paper withBorder radius="md" p="md">
            <Stack gap="sm">
              <Group justify="space-between">
                <Text fw={600} data-testid="publication-progress">
                  {p.acknowledged} of {p.total} acknowledged ({p.percent}%)
                </Text>
                {p.isOverdue ? <StatusBadge color="red">overdue</StatusBadge> : null}
              </Group>
              <Progress value={p.percent} size="lg" color={p.percent === 100 ? "green" : "blue"} />
              <SimpleGrid cols={{ base: 1, sm: 2, md: 4 }}>
                <Fact
                  label="Published"
                  value={`${formatDateTime(p.publishedAt)} by ${users.nameOf(p.publishedBy, "someone")}`}
                />
                <Fact label="Acknowledge by" value={formatDate(p.dueOn)} />
                <Fact
                  label="Business units"
                  value={p.audience.businessUnitIds.map(units.nameOf).join(", ")}
                />
                <Fact label="Message" value={p.note} />
              </SimpleGrid>
            </Stack>
          </Paper>
          <Group>
            <Select
              label="Status"
              placeholder="Everyone"
              clearable
              data={[
                { value: "pending", label: "Pending" },
                { value: "acknowledged", label: "Acknowledged" },
              ]}
              value={status}
              onChange={(v) => {
                setStatus(v as "pending" | "acknowledged" | null);
                list.resetPage();
              }}
              w={180}
            />
          </Group>
          <Table.ScrollContainer minWidth={640}>
            <Table striped verticalSpacing="sm" data-testid="audience-table">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>Person</Table.Th>
                  <Table.Th>Status</Table.Th>
                  <Table.Th>Acknowledged</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                <TableStatusRow
                  colSpan={3}
                  isLoading={false}
                  error={null}
                  isEmpty={people.length === 0}
                  emptyText="Nobody in this list."
                  onRetry={() => void publication.refetch()}
                />
                {people.map((x) => (
                  <Table.Tr key={x.userId} data-testid={`audience-${x.email}`} data-status={x.status}>
                    <Table.Td>
                      {x.name}
                      <Text size="xs" c="dimmed">
                        {x.email}
                      </Text>
                    </Table.Td>
                    <Table.Td style={NOWRAP}>
                      <StatusBadge
                        color={x.status === "acknowledged" ? "green" : x.isOverdue ? "red" : "yellow"}
                      >
                        {x.status === "acknowledged" ? "acknowledged" : x.isOverdue ? "overdue" : "pending"}
                      </StatusBadge>
                    </Table.Td>
                    <Table.Td style={NOWRAP}>{formatDateTime(x.acknowledgedAt)}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
          <TablePager
            page={list.page}
            pageSize={list.pageSize}
            total={p.people.total}
            onPage={list.setPage}
            onPageSize={list.setPageSize}
            noun="people"
          />
        </Stack>
      ) : null}
    </section>
  );
}
