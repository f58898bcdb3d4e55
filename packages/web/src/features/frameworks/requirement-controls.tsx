import { Anchor, Table, Text } from "@mantine/core";
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { Link } from "react-router";
import { TableStatusRow } from "../../components/query-state";
import { StatusBadge } from "../../components/status-badge";
import { NOWRAP } from "../../components/table-styles";
import { STATUS_LABELS } from "../controls/control-labels";
import { controlPath } from "../controls/control-paths";
import { CONTROLS_KEY, listControls } from "../controls/controls-api";

/** The controls of the library linked directly to one requirement, with the link's coverage and note. */
export function RequirementControls({ requirementKey }: { requirementKey: string }) {
  const query = { requirementKey, limit: 100, offset: 0, sort: "code" as const, order: "asc" as const };
  const controls = useQuery({
    queryKey: [...CONTROLS_KEY, "list", query],
    queryFn: ({ signal }) => listControls(query, signal),
    placeholderData: keepPreviousData,
  });
  const items = controls.data?.items ?? [];
  return (
    <Table.ScrollContainer minWidth={640}>
      <Table verticalSpacing="xs" data-testid="requirement-controls">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Control</Table.Th>
            <Table.Th>Status</Table.Th>
            <Table.Th>Link</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          <TableStatusRow
            colSpan={3}
            isLoading={controls.isLoading}
            error={controls.error}
            isEmpty={items.length === 0}
            emptyText="No control of your library is linked to this requirement."
            onRetry={() => void controls.refetch()}
          />
          {items.map((c) => {
            const link = c.links.find((l) => l.requirementKey === requirementKey);
            const status = STATUS_LABELS[c.implementationStatus];
            return (
              <Table.Tr key={c.id}>
                <Table.Td>
                  <Anchor component={Link} to={controlPath(c.id)} ff="monospace" fw={600} size="sm">
                    {c.code}
                  </Anchor>{" "}
                  <Text span size="sm">
                    {c.title}
                  </Text>
                </Table.Td>
                <Table.Td style={NOWRAP}>
                  <StatusBadge color={status.color}>{status.label}</StatusBadge>
                </Table.Td>
                <Table.Td>
                  <Text size="sm">{link ? `${link.coverage === "full" ? "Full" : "Partial"}` : "—"}</Text>
                  {link?.note ? (
                    <Text size="xs" c="dimmed">
                      {link.note}
                    </Text>
                  ) : null}
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
