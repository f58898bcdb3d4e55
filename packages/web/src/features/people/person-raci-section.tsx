import { Badge, Group, Select, Table, Text } from "@mantine/core";
import { RESPONSIBILITIES, RESPONSIBILITY_NAMES } from "@openaims/core";
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { PageHeader } from "../../components/page-header";
import { TableStatusRow } from "../../components/query-state";
import { NOWRAP } from "../../components/table-styles";
import { TablePager } from "../../components/table-pager";
import { useListState } from "../../components/use-list-state";
import { useMe } from "../auth/me-context";
import { RACI_KEY, getPersonRaci, usePersonChoices } from "./people-api";
import { RESPONSIBILITY_COLORS } from "./people-values";

/**
 * What one person is responsible, accountable, consulted or informed for, directly or through a
 * role they hold (ISO/IEC 42001 5.3: responsibilities are communicated to the people who carry them).
 */
export function PersonRaciSection() {
  const me = useMe();
  const choices = usePersonChoices();
  const [userId, setUserId] = useState(me.user.id);
  const list = useListState<"subject">("subject", "asc", 25);
  const query = { limit: list.pageSize, offset: list.offset };
  const view = useQuery({
    queryKey: [...RACI_KEY, "person", userId, query],
    queryFn: ({ signal }) => getPersonRaci(userId, query, signal),
    placeholderData: keepPreviousData,
  });
  const data = view.data?.user.id === userId ? view.data : undefined;

  return (
    <section aria-labelledby="person-raci-heading">
      <PageHeader
        title="Responsibilities of a person"
        order={2}
        id="person-raci-heading"
        setsTitle={false}
        description="Everything someone carries in the RACI matrix, directly or through the roles they hold."
      />
      <Group mb="md" gap="lg" align="flex-end" wrap="wrap">
        <Select
          label="Person"
          data={choices}
          value={userId}
          onChange={(v) => {
            if (v) setUserId(v);
            list.resetPage();
          }}
          allowDeselect={false}
          searchable
          w={300}
        />
        {data ? (
          <Group gap="xs" data-testid="person-raci-counts">
            {RESPONSIBILITIES.map((r) => (
              <Badge key={r} color={RESPONSIBILITY_COLORS[r]} variant="light" tt="none">
                {RESPONSIBILITY_NAMES[r]}: {data.counts[r]}
              </Badge>
            ))}
          </Group>
        ) : null}
      </Group>
      {data ? (
        <Text size="sm" mb="sm">
          {data.roles.length === 0
            ? `${data.user.name} holds no AIMS role.`
            : `Roles held: ${data.roles.map((r) => r.name).join(", ")}.`}
        </Text>
      ) : null}
      <Table verticalSpacing="xs" data-testid="person-raci">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Process or AI system</Table.Th>
            <Table.Th>Responsibility</Table.Th>
            <Table.Th>Through</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          <TableStatusRow
            colSpan={3}
            isLoading={view.isLoading || (!data && view.isFetching)}
            error={view.error}
            isEmpty={(data?.items.length ?? 0) === 0}
            emptyText="Nothing assigned to this person yet."
            onRetry={() => void view.refetch()}
          />
          {data?.items.map((item, i) => (
            <Table.Tr key={`${item.subjectId}-${item.responsibility}-${i}`}>
              <Table.Td>
                <Text component="span" ff="monospace" size="xs" c="dimmed" mr="xs">
                  {item.label}
                </Text>
                {item.name}
              </Table.Td>
              <Table.Td style={NOWRAP}>
                <Badge color={RESPONSIBILITY_COLORS[item.responsibility]} tt="none">
                  {RESPONSIBILITY_NAMES[item.responsibility]}
                </Badge>
              </Table.Td>
              <Table.Td>{item.via.type === "direct" ? "Directly" : `Role ${item.via.role.name}`}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      <TablePager
        page={list.page}
        pageSize={list.pageSize}
        total={data?.total ?? 0}
        onPage={list.setPage}
        onPageSize={list.setPageSize}
        noun="assignments"
      />
    </section>
  );
}
