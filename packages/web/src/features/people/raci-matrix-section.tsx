import { Badge, Group, List, Select, Stack, Table, Text, TextInput } from "@mantine/core";
import { useDebouncedValue } from "@mantine/hooks";
import { notifications } from "@mantine/notifications";
import type { RaciColumn, RaciRow, RaciSubjectType, Responsibility } from "@openaims/core";
import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { Link } from "react-router";
import { messageOf } from "../../api/errors";
import { PageHeader } from "../../components/page-header";
import { TableStatusRow } from "../../components/query-state";
import { TablePager } from "../../components/table-pager";
import { useListState } from "../../components/use-list-state";
import { useCan } from "../auth/me-context";
import { useBusinessUnitOptions } from "../business-units/business-units-api";
import {
  PEOPLE_KEY,
  RACI_KEY,
  getRaciMatrix,
  setRaciCell,
  usePeopleOptions,
  type RaciQuery,
} from "./people-api";
import { matrixColumns } from "./people-values";
import { RaciCell } from "./raci-cell";

const SUBJECT_FILTERS = [
  { value: "process", label: "AIMS processes" },
  { value: "ai_system", label: "AI systems" },
];

function ColumnHeader({ column }: { column: RaciColumn }) {
  return (
    <Table.Th style={{ minWidth: 110, verticalAlign: "bottom" }}>
      <Text size="sm" fw={600} lh={1.2}>
        {column.name}
      </Text>
      <Text size="xs" c="dimmed">
        {column.assigneeType === "org_role"
          ? `${column.key} · ${column.memberCount} member${column.memberCount === 1 ? "" : "s"}`
          : column.isActive
            ? "person"
            : "person (deactivated)"}
      </Text>
    </Table.Th>
  );
}

/** The subject of a row, with what is wrong with its assignments. */
function SubjectCell({ row }: { row: RaciRow }) {
  return (
    <Table.Td style={{ minWidth: 240 }}>
      <Group gap={6} wrap="nowrap">
        <Text ff="monospace" size="xs" c="dimmed" w={58}>
          {row.label}
        </Text>
        {row.subjectType === "ai_system" ? (
          <Text size="sm" fw={500} component={Link} to={`/inventory/systems/${row.subjectId}`} c="blue">
            {row.name}
          </Text>
        ) : (
          <Text size="sm" fw={500}>
            {row.name}
          </Text>
        )}
      </Group>
      {row.warnings.length ? (
        <List size="xs" c="orange.8" mt={4} ml={64} data-testid={`raci-warnings-${row.subjectId}`}>
          {row.warnings.map((w) => (
            <List.Item key={w.code}>{w.message}</List.Item>
          ))}
        </List>
      ) : null}
    </Table.Td>
  );
}

/**
 * The RACI matrix (ISO/IEC 42001 5.3, A.3.2): AIMS processes first, then AI systems, against the
 * organization's roles and the people assigned directly.
 */
export function RaciMatrixSection() {
  const canWrite = useCan("records:write");
  const canReadUnits = useCan("business-units:read");
  const units = useBusinessUnitOptions(canReadUnits);
  const people = usePeopleOptions();
  const queryClient = useQueryClient();
  const list = useListState<"subject">("subject", "asc", 50);
  const [search, setSearch] = useState("");
  const [q] = useDebouncedValue(search.trim(), 300);
  const [subjectType, setSubjectType] = useState<RaciSubjectType | null>(null);
  const [unitId, setUnitId] = useState<string | null>(null);
  const [added, setAdded] = useState<{ id: string; name: string }[]>([]);
  const [saving, setSaving] = useState<string | null>(null);
  const query: RaciQuery = {
    limit: list.pageSize,
    offset: list.offset,
    q: q || undefined,
    subjectType: subjectType ?? undefined,
    businessUnitId: unitId ?? undefined,
  };
  const matrix = useQuery({
    queryKey: [...RACI_KEY, "matrix", query],
    queryFn: ({ signal }) => getRaciMatrix(query, signal),
    placeholderData: keepPreviousData,
  });
  const save = useMutation({
    mutationFn: ({ row, column, letters }: { row: RaciRow; column: RaciColumn; letters: Responsibility[] }) =>
      setRaciCell({
        subjectType: row.subjectType,
        subjectId: row.subjectId,
        assigneeType: column.assigneeType,
        assigneeId: column.assigneeId,
        responsibilities: letters,
      }),
    onMutate: ({ row, column }) => setSaving(`${row.subjectId}|${column.assigneeId}`),
    onSettled: () => setSaving(null),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: PEOPLE_KEY }),
    onError: (error) =>
      notifications.show({ color: "red", title: "The assignment was not saved", message: messageOf(error) }),
  });
  const rows = matrix.data?.items ?? [];
  const columns = matrixColumns(matrix.data?.columns ?? [], added);
  const filter =
    <T,>(setter: (v: T) => void) =>
    (v: T) => {
      setter(v);
      list.resetPage();
    };
  const addable = people.options.filter((o) => !columns.some((c) => c.assigneeId === o.value));

  return (
    <section aria-labelledby="raci-heading">
      <PageHeader
        title="RACI matrix"
        order={2}
        id="raci-heading"
        setsTitle={false}
        description="Who is Responsible, Accountable, Consulted and Informed for each AIMS process and AI system. Each row needs exactly one accountable party and at least one responsible."
      />
      <Group mb="md" gap="sm" align="flex-end" wrap="wrap" role="search" aria-label="Filter the RACI matrix">
        <TextInput
          label="Search"
          placeholder="Process, clause or system"
          value={search}
          onChange={(e) => filter(setSearch)(e.currentTarget.value)}
          w={230}
        />
        <Select
          label="Show"
          placeholder="Processes and AI systems"
          clearable
          data={SUBJECT_FILTERS}
          value={subjectType}
          onChange={(v) => filter(setSubjectType)(v as RaciSubjectType | null)}
          w={220}
        />
        {canReadUnits ? (
          <Select
            label="AI systems of business unit"
            placeholder="All units"
            clearable
            searchable
            data={units.options}
            value={unitId}
            onChange={filter(setUnitId)}
            w={230}
          />
        ) : null}
        {canWrite ? (
          <Select
            label="Assign a person directly"
            placeholder="Add a person as a column"
            searchable
            data={addable}
            value={null}
            onChange={(userId) => {
              const person = people.people.find((p) => p.id === userId);
              if (person) setAdded((list) => [...list, { id: person.id, name: person.name }]);
            }}
            w={260}
          />
        ) : null}
      </Group>
      <Table.ScrollContainer minWidth={400 + columns.length * 110}>
        <Table withColumnBorders verticalSpacing={6} data-testid="raci-matrix">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Process or AI system</Table.Th>
              {columns.map((c) => (
                <ColumnHeader key={`${c.assigneeType}:${c.assigneeId}`} column={c} />
              ))}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            <TableStatusRow
              colSpan={columns.length + 1}
              isLoading={matrix.isLoading}
              error={matrix.error}
              isEmpty={rows.length === 0}
              emptyText="Nothing matches these filters."
              onRetry={() => void matrix.refetch()}
            />
            {rows.map((row) => (
              <Table.Tr key={`${row.subjectType}:${row.subjectId}`} data-testid={`raci-row-${row.subjectId}`}>
                <SubjectCell row={row} />
                {columns.map((column) => (
                  <Table.Td key={`${column.assigneeType}:${column.assigneeId}`}>
                    <RaciCell
                      row={row}
                      column={column}
                      canWrite={canWrite}
                      isSaving={saving === `${row.subjectId}|${column.assigneeId}`}
                      onChange={(letters) => save.mutate({ row, column, letters })}
                    />
                  </Table.Td>
                ))}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {columns.length === 0 && !matrix.isLoading ? (
        <Stack gap={4} mt="sm">
          <Badge variant="light" color="gray" w="fit-content">
            No columns yet
          </Badge>
          <Text size="sm" c="dimmed">
            Create roles above, or add a person as a column, to start assigning.
          </Text>
        </Stack>
      ) : null}
      <TablePager
        page={list.page}
        pageSize={list.pageSize}
        total={matrix.data?.total ?? 0}
        onPage={list.setPage}
        onPageSize={list.setPageSize}
        noun="rows"
      />
    </section>
  );
}
