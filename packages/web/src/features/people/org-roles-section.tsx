import { Button, Group, Pill, Select, Stack, Table, Text } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import type { OrgRole } from "@openaims/core";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { messageOf } from "../../api/errors";
import { ConfirmModal } from "../../components/confirm-modal";
import { ListTable } from "../../components/list-table";
import { PageHeader } from "../../components/page-header";
import { EditDeleteActions } from "../../components/row-actions";
import { NOWRAP } from "../../components/table-styles";
import { useConfirmedDelete } from "../../components/use-confirmed-delete";
import { useCan } from "../auth/me-context";
import { OrgRoleModal } from "./org-role-modal";
import {
  PEOPLE_KEY,
  addRoleMember,
  deleteOrgRole,
  removeRoleMember,
  useAllRoles,
  usePeopleOptions,
} from "./people-api";

/** Adds or removes one member; the lists refresh after either. */
function useMembership() {
  const queryClient = useQueryClient();
  const onError = (error: unknown) =>
    notifications.show({ color: "red", title: "The member was not changed", message: messageOf(error) });
  const onSuccess = () => void queryClient.invalidateQueries({ queryKey: PEOPLE_KEY });
  const add = useMutation({
    mutationFn: ({ role, userId }: { role: OrgRole; userId: string }) => addRoleMember(role.id, userId),
    onSuccess,
    onError,
  });
  const remove = useMutation({
    mutationFn: ({ role, userId }: { role: OrgRole; userId: string }) => removeRoleMember(role.id, userId),
    onSuccess,
    onError,
  });
  return { add, remove };
}

/** The organization's AIMS roles and who holds them (ISO/IEC 42001 5.3, A.3.2). */
export function OrgRolesSection() {
  const canWrite = useCan("records:write");
  const roles = useAllRoles();
  const people = usePeopleOptions();
  const membership = useMembership();
  const [editing, setEditing] = useState<OrgRole | "new" | null>(null);
  const remove = useConfirmedDelete({
    remove: deleteOrgRole,
    queryKey: PEOPLE_KEY,
    what: "role",
    deletedMessage: (role: OrgRole) => `Deleted ${role.key} ${role.name}.`,
  });

  return (
    <section aria-labelledby="roles-heading">
      <PageHeader
        title="Roles"
        order={2}
        id="roles-heading"
        setsTitle={false}
        description="The organization's AIMS job roles and who holds them (ISO/IEC 42001 5.3, A.3.2). Assign roles in the RACI matrix below; competence requirements per role are on the Competence tab."
        actions={canWrite ? <Button onClick={() => setEditing("new")}>New role</Button> : null}
      />
      <ListTable
        testId="roles-table"
        minWidth={760}
        tableProps={{ striped: false, highlightOnHover: false }}
        columns={[
          { label: "Key" },
          { label: "Role" },
          { label: "Members" },
          { label: "Actions", labelHidden: true },
        ]}
        result={roles}
        emptyText={
          canWrite
            ? "No roles yet. Create the roles of your AIMS, e.g. AI governance lead, ML engineer, data steward."
            : "No roles yet."
        }
        row={(role) => {
          const candidates = people.options.filter((o) => !role.members.some((m) => m.id === o.value));
          return (
            <Table.Tr key={role.id} data-testid={`role-row-${role.name}`}>
              <Table.Td style={NOWRAP}>
                <Text ff="monospace" fw={600} size="sm">
                  {role.key}
                </Text>
              </Table.Td>
              <Table.Td>
                <Text fw={500}>{role.name}</Text>
                {role.description ? (
                  <Text size="sm" c="dimmed">
                    {role.description}
                  </Text>
                ) : null}
              </Table.Td>
              <Table.Td>
                <Stack gap={6}>
                  <Group gap={4}>
                    {role.members.length === 0 ? (
                      <Text size="sm" c="orange">
                        No one holds this role
                      </Text>
                    ) : (
                      role.members.map((m) => (
                        <Pill
                          key={m.id}
                          withRemoveButton={canWrite}
                          onRemove={() => membership.remove.mutate({ role, userId: m.id })}
                          removeButtonProps={{ "aria-label": `Remove ${m.name} from ${role.name}` }}
                          c={m.isActive ? undefined : "dimmed"}
                        >
                          {m.name}
                          {m.isActive ? "" : " (deactivated)"}
                        </Pill>
                      ))
                    )}
                  </Group>
                  {canWrite ? (
                    <Select
                      aria-label={`Add a member to ${role.name}`}
                      placeholder="Add a member…"
                      size="xs"
                      w={260}
                      data={candidates}
                      value={null}
                      onChange={(userId) => userId && membership.add.mutate({ role, userId })}
                      searchable
                      nothingFoundMessage={people.isLoading ? "Loading…" : "No one else"}
                    />
                  ) : null}
                </Stack>
              </Table.Td>
              <Table.Td style={NOWRAP}>
                {canWrite ? (
                  <EditDeleteActions onEdit={() => setEditing(role)} onDelete={() => remove.ask(role)} />
                ) : null}
              </Table.Td>
            </Table.Tr>
          );
        }}
      />
      {editing ? (
        <OrgRoleModal
          key={editing === "new" ? "new" : `${editing.id}@${editing.version}`}
          role={editing === "new" ? null : editing}
          onClose={() => setEditing(null)}
        />
      ) : null}
      <ConfirmModal
        {...remove.modalProps}
        title={remove.target ? `Delete ${remove.target.key} ${remove.target.name}?` : ""}
        confirmLabel="Delete role"
      >
        Its members, its competence requirements and every RACI assignment to it are removed too. The audit
        trail keeps what it was.
      </ConfirmModal>
    </section>
  );
}
