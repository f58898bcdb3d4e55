import { Group, List, Select, Stack, Table, Text, Title } from "@mantine/core";
import type { SoaVersionListItem } from "@openaims/core";
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { TableStatusRow } from "../../components/query-state";
import { SOA_KEY, compareSoa } from "./soa-api";
import { changeLines } from "./soa-values";

/** What changed between two issued versions, or a version and the working copy. */
export function SoaCompare({
  versions,
  from,
  to,
  onChange,
}: {
  versions: SoaVersionListItem[];
  from: number | null;
  to: number | "working";
  onChange: (from: number | null, to: number | "working") => void;
}) {
  const options = versions.map((v) => ({
    value: String(v.number),
    label: `Version ${v.number} (${v.status.replace("_", " ")})`,
  }));
  const comparison = useQuery({
    queryKey: [...SOA_KEY, "compare", from, to],
    queryFn: ({ signal }) => compareSoa(from!, to, signal),
    enabled: from !== null,
    placeholderData: keepPreviousData,
  });
  const changes = comparison.data?.changes ?? [];
  return (
    <Stack gap="md" data-testid="soa-compare">
      <Title order={3} size="h4">
        Compare
      </Title>
      <Group gap="sm" align="flex-end">
        <Select
          label="From"
          placeholder="Pick a version"
          data={options}
          value={from === null ? null : String(from)}
          onChange={(v) => onChange(v ? Number(v) : null, to)}
          w={230}
        />
        <Select
          label="To"
          data={[{ value: "working", label: "Working copy" }, ...options]}
          value={String(to)}
          allowDeselect={false}
          onChange={(v) => onChange(from, v === "working" || !v ? "working" : Number(v))}
          w={230}
        />
      </Group>
      {from === null ? (
        <Text size="sm" c="dimmed">
          Issue a version first, then compare it with later versions or the working copy.
        </Text>
      ) : (
        <Table verticalSpacing="xs" data-testid="soa-compare-table">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Control</Table.Th>
              <Table.Th>Changes</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            <TableStatusRow
              colSpan={2}
              isLoading={comparison.isLoading}
              error={comparison.error}
              isEmpty={changes.length === 0}
              emptyText="No differences."
              onRetry={() => void comparison.refetch()}
            />
            {changes.map((d) => (
              <Table.Tr key={d.controlKey} data-testid={`soa-diff-${d.controlId}`}>
                <Table.Td>
                  <Text size="sm" ff="monospace" fw={600}>
                    {d.controlId}
                  </Text>
                  <Text size="sm">{d.title}</Text>
                </Table.Td>
                <Table.Td>
                  <List size="sm" spacing={2}>
                    {changeLines(d).map((line) => (
                      <List.Item key={line}>{line}</List.Item>
                    ))}
                  </List>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Stack>
  );
}
