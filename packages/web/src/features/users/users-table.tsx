import { Button, Group, Table, Text, VisuallyHidden } from "@mantine/core";
import type { User } from "@openaims/core";
import { SortableTh } from "../../components/sortable-th";
import { StatusBadge } from "../../components/status-badge";
import { NOWRAP } from "../../components/table-styles";
import { TableStatusRow } from "../../components/query-state";
import type { SortOrder } from "../../components/use-list-state";
import { capitalize, formatDate, formatDateTime } from "../../lib/format";
import { isScopable } from "./user-changes";
import type { UserSort } from "./users-api";

type Props = {
  users: readonly User[];
  sort: UserSort;
  order: SortOrder;
  onSort: (column: UserSort) => void;
  canWrite: boolean;
  unitName: (id: string) => string;
  onEdit: (user: User) => void;
  onToggleActive: (user: User) => void;
  status: { isLoading: boolean; error: unknown; onRetry: () => void };
};

function unitsText(user: User, unitName: (id: string) => string): string {
  if (!isScopable(user.role)) return "—";
  return user.businessUnitIds.length ? user.businessUnitIds.map(unitName).join(", ") : "All";
}

/** One page of users with sortable columns and, for administrators, row actions. */
export function UsersTable({
  users,
  sort,
  order,
  onSort,
  canWrite,
  unitName,
  onEdit,
  onToggleActive,
  status,
}: Props) {
  const columns = canWrite ? 9 : 8;
  return (
    <Table.ScrollContainer minWidth={900}>
      <Table striped highlightOnHover verticalSpacing="sm" data-testid="users-table">
        <Table.Thead>
          <Table.Tr>
            <SortableTh label="Key" column="key" sort={sort} order={order} onSort={onSort} />
            <SortableTh label="Name" column="name" sort={sort} order={order} onSort={onSort} />
            <SortableTh label="Email" column="email" sort={sort} order={order} onSort={onSort} />
            <Table.Th>Role</Table.Th>
            <Table.Th>Business units</Table.Th>
            <Table.Th>Status</Table.Th>
            <Table.Th style={NOWRAP}>Last sign-in</Table.Th>
            <SortableTh label="Created" column="createdAt" sort={sort} order={order} onSort={onSort} />
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
            isLoading={status.isLoading}
            error={status.error}
            isEmpty={users.length === 0}
            emptyText="No user matches these filters."
            onRetry={status.onRetry}
          />
          {users.map((u) => (
            <Table.Tr key={u.id} data-testid={`user-row-${u.email}`}>
              <Table.Td style={NOWRAP}>
                <Text size="sm" ff="monospace">
                  {u.key}
                </Text>
              </Table.Td>
              <Table.Td>{u.name}</Table.Td>
              <Table.Td>{u.email}</Table.Td>
              <Table.Td>{capitalize(u.role)}</Table.Td>
              <Table.Td>{unitsText(u, unitName)}</Table.Td>
              <Table.Td style={NOWRAP}>
                <StatusBadge color={u.isActive ? "green" : "gray"}>
                  {u.isActive ? "Active" : "Deactivated"}
                </StatusBadge>
              </Table.Td>
              <Table.Td style={NOWRAP} title={u.lastLoginAt ? formatDateTime(u.lastLoginAt) : undefined}>
                {u.lastLoginAt ? formatDate(u.lastLoginAt) : "Never"}
              </Table.Td>
              <Table.Td style={NOWRAP} title={u.createdAt}>
                {formatDate(u.createdAt)}
              </Table.Td>
              {canWrite ? (
                <Table.Td style={NOWRAP}>
                  <Group gap={4} wrap="nowrap" justify="flex-end">
                    <Button
                      size="xs"
                      variant="subtle"
                      onClick={() => onEdit(u)}
                      aria-label={`Edit ${u.name}`}
                    >
                      Edit
                    </Button>
                    <Button
                      size="xs"
                      variant="subtle"
                      color={u.isActive ? "red" : "green"}
                      onClick={() => onToggleActive(u)}
                      aria-label={`${u.isActive ? "Deactivate" : "Reactivate"} ${u.name}`}
                    >
                      {u.isActive ? "Deactivate" : "Reactivate"}
                    </Button>
                  </Group>
                </Table.Td>
              ) : null}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
