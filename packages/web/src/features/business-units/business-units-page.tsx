import { Button, Group, Table, Text, TextInput, VisuallyHidden } from "@mantine/core";
import { useDebouncedValue } from "@mantine/hooks";
import type { BusinessUnit } from "@openaims/core";
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { PageHeader } from "../../components/page-header";
import { TableStatusRow } from "../../components/query-state";
import { SortableTh } from "../../components/sortable-th";
import { NOWRAP } from "../../components/table-styles";
import { TablePager } from "../../components/table-pager";
import { useListState } from "../../components/use-list-state";
import { formatDate } from "../../lib/format";
import { useCan } from "../auth/me-context";
import { BusinessUnitFormModal } from "./business-unit-form-modal";
import { BUSINESS_UNITS_KEY, listBusinessUnits, type BusinessUnitQuery } from "./business-units-api";

type Sort = BusinessUnitQuery["sort"];

/** Settings → Business units: the parts of the organization that own AI systems. */
export function BusinessUnitsPage() {
  const canWrite = useCan("business-units:write");
  const list = useListState<Sort>("name");
  const [search, setSearch] = useState("");
  const [q] = useDebouncedValue(search.trim(), 300);
  const [editing, setEditing] = useState<BusinessUnit | "new" | null>(null);

  const query: BusinessUnitQuery = {
    limit: list.pageSize,
    offset: list.offset,
    sort: list.sort,
    order: list.order,
    q: q || undefined,
  };
  const units = useQuery({
    queryKey: [...BUSINESS_UNITS_KEY, "list", query],
    queryFn: ({ signal }) => listBusinessUnits(query, signal),
    placeholderData: keepPreviousData,
  });
  const items = units.data?.items ?? [];
  const columns = canWrite ? 5 : 4;

  return (
    <section aria-labelledby="business-units-heading">
      <PageHeader
        title="Business units"
        id="business-units-heading"
        order={2}
        description="Parts of the organization. Contributors and viewers can be limited to some of them."
        actions={canWrite ? <Button onClick={() => setEditing("new")}>Create business unit</Button> : null}
      />
      <Group mb="md" role="search" aria-label="Filter business units">
        <TextInput
          label="Search"
          placeholder="Name or key"
          value={search}
          onChange={(e) => {
            setSearch(e.currentTarget.value);
            list.resetPage();
          }}
          w={260}
        />
      </Group>
      <Table.ScrollContainer minWidth={700}>
        <Table striped highlightOnHover verticalSpacing="sm" data-testid="business-units-table">
          <Table.Thead>
            <Table.Tr>
              <SortableTh
                label="Key"
                column="key"
                sort={list.sort}
                order={list.order}
                onSort={list.toggleSort}
              />
              <SortableTh
                label="Name"
                column="name"
                sort={list.sort}
                order={list.order}
                onSort={list.toggleSort}
              />
              <Table.Th>Description</Table.Th>
              <SortableTh
                label="Created"
                column="createdAt"
                sort={list.sort}
                order={list.order}
                onSort={list.toggleSort}
              />
              {canWrite ? (
                <Table.Th>
                  <VisuallyHidden>Actions</VisuallyHidden>
                </Table.Th>
              ) : null}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            <TableStatusRow
              colSpan={columns}
              isLoading={units.isLoading}
              error={units.error}
              isEmpty={items.length === 0}
              emptyText={q ? "No business unit matches this search." : "No business units yet."}
              onRetry={() => void units.refetch()}
            />
            {items.map((u) => (
              <Table.Tr key={u.id}>
                <Table.Td style={NOWRAP}>
                  <Text size="sm" ff="monospace">
                    {u.key}
                  </Text>
                </Table.Td>
                <Table.Td>{u.name}</Table.Td>
                <Table.Td>
                  <Text size="sm" lineClamp={2} c={u.description ? undefined : "dimmed"}>
                    {u.description || "—"}
                  </Text>
                </Table.Td>
                <Table.Td style={NOWRAP} title={u.createdAt}>
                  {formatDate(u.createdAt)}
                </Table.Td>
                {canWrite ? (
                  <Table.Td>
                    <Button
                      size="xs"
                      variant="subtle"
                      onClick={() => setEditing(u)}
                      aria-label={`Edit ${u.name}`}
                    >
                      Edit
                    </Button>
                  </Table.Td>
                ) : null}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      <TablePager
        page={list.page}
        pageSize={list.pageSize}
        total={units.data?.total ?? 0}
        onPage={list.setPage}
        onPageSize={list.setPageSize}
        noun="business units"
      />
      {editing ? (
        <BusinessUnitFormModal
          key={editing === "new" ? "new" : editing.id}
          unit={editing === "new" ? null : editing}
          onClose={() => setEditing(null)}
        />
      ) : null}
    </section>
  );
}
