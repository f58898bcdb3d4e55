import { Button, Group, Select, TextInput } from "@mantine/core";
import { useDebouncedValue } from "@mantine/hooks";
import { notifications } from "@mantine/notifications";
import { ROLES, type Role, type User } from "@openaims/core";
import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { ConfirmModal } from "../../components/confirm-modal";
import { PageHeader } from "../../components/page-header";
import { TablePager } from "../../components/table-pager";
import { useListState } from "../../components/use-list-state";
import { handleVersionConflict } from "../../lib/conflict";
import { capitalize } from "../../lib/format";
import { useCan } from "../auth/me-context";
import { useBusinessUnitOptions } from "../business-units/business-units-api";
import { UserFormModal } from "./user-form-modal";
import { USERS_KEY, listUsers, updateUser, type UserQuery, type UserSort } from "./users-api";
import { UsersTable } from "./users-table";

const STATUS_OPTIONS = [
  { value: "true", label: "Active" },
  { value: "false", label: "Deactivated" },
];

/** Settings → Users: find people, create accounts, change roles and unit grants, deactivate. */
export function UsersPage() {
  const canWrite = useCan("users:write");
  const canReadUnits = useCan("business-units:read");
  const queryClient = useQueryClient();
  const list = useListState<UserSort>("name");
  const [search, setSearch] = useState("");
  const [q] = useDebouncedValue(search.trim(), 300);
  const [role, setRole] = useState<Role | null>(null);
  const [active, setActive] = useState<string | null>(null);
  const [editing, setEditing] = useState<User | "new" | null>(null);
  const [toggling, setToggling] = useState<User | null>(null);
  const units = useBusinessUnitOptions(canReadUnits);

  const query: UserQuery = {
    limit: list.pageSize,
    offset: list.offset,
    sort: list.sort,
    order: list.order,
    q: q || undefined,
    role: role ?? undefined,
    isActive: active === null ? undefined : active === "true",
  };
  const users = useQuery({
    queryKey: [...USERS_KEY, query],
    queryFn: ({ signal }) => listUsers(query, signal),
    placeholderData: keepPreviousData,
  });

  const toggle = useMutation({
    mutationFn: (u: User) => updateUser(u.id, { version: u.version, isActive: !u.isActive }),
    onSuccess: (u) => {
      notifications.show({
        color: "green",
        message: `${u.name} is now ${u.isActive ? "active" : "deactivated"}.`,
      });
      void queryClient.invalidateQueries({ queryKey: USERS_KEY });
      setToggling(null);
    },
    onError: (error) => {
      if (handleVersionConflict(error, queryClient, USERS_KEY, "user")) setToggling(null);
    },
  });

  return (
    <section aria-labelledby="users-heading">
      <PageHeader
        title="Users"
        order={2}
        id="users-heading"
        description="People who can sign in, their roles and the business units they work in."
        actions={
          canWrite ? (
            <Button onClick={() => setEditing("new")} data-testid="open-create-user">
              Create user
            </Button>
          ) : null
        }
      />
      <Group mb="md" gap="sm" align="flex-end" wrap="wrap" role="search" aria-label="Filter users">
        <TextInput
          label="Search"
          placeholder="Name or email"
          value={search}
          onChange={(e) => {
            setSearch(e.currentTarget.value);
            list.resetPage();
          }}
          w={260}
        />
        <Select
          label="Role"
          placeholder="All roles"
          clearable
          data={ROLES.map((r) => ({ value: r, label: capitalize(r) }))}
          value={role}
          onChange={(v) => {
            setRole(v as Role | null);
            list.resetPage();
          }}
          w={180}
        />
        <Select
          label="Status"
          placeholder="Any status"
          clearable
          data={STATUS_OPTIONS}
          value={active}
          onChange={(v) => {
            setActive(v);
            list.resetPage();
          }}
          w={180}
        />
      </Group>
      <UsersTable
        users={users.data?.items ?? []}
        sort={list.sort}
        order={list.order}
        onSort={list.toggleSort}
        canWrite={canWrite}
        unitName={units.nameOf}
        onEdit={(u) => setEditing(u)}
        onToggleActive={(u) => {
          toggle.reset();
          setToggling(u);
        }}
        status={{ isLoading: users.isLoading, error: users.error, onRetry: () => void users.refetch() }}
      />
      <TablePager
        page={list.page}
        pageSize={list.pageSize}
        total={users.data?.total ?? 0}
        onPage={list.setPage}
        onPageSize={list.setPageSize}
        noun="users"
      />
      {editing ? (
        <UserFormModal
          key={editing === "new" ? "new" : editing.id}
          user={editing === "new" ? null : editing}
          onClose={() => setEditing(null)}
        />
      ) : null}
      <ConfirmModal
        opened={toggling !== null}
        title={toggling?.isActive ? `Deactivate ${toggling.name}?` : `Reactivate ${toggling?.name ?? ""}?`}
        confirmLabel={toggling?.isActive ? "Deactivate" : "Reactivate"}
        color={toggling?.isActive ? "red" : "green"}
        isPending={toggle.isPending}
        error={toggle.error}
        onConfirm={() => toggling && toggle.mutate(toggling)}
        onClose={() => setToggling(null)}
      >
        {toggling?.isActive
          ? "They will be signed out and can no longer sign in or use their API tokens. Their records and audit history stay."
          : "They will be able to sign in again with their existing password."}
      </ConfirmModal>
    </section>
  );
}
