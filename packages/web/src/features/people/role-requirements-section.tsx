import { Checkbox, Table, Text } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import type { OrgRole } from "@openaims/core";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { messageOf } from "../../api/errors";
import { PageHeader } from "../../components/page-header";
import { TableStatusRow } from "../../components/query-state";
import { handleVersionConflict } from "../../lib/conflict";
import { useCan } from "../auth/me-context";
import { PEOPLE_KEY, setRoleCompetences, useAllCompetences, useAllRoles } from "./people-api";

/** Which competences each role requires (ISO/IEC 42001 7.2 a), as a grid of checkboxes. */
export function RoleRequirementsSection() {
  const canWrite = useCan("records:write");
  const queryClient = useQueryClient();
  const roles = useAllRoles();
  const competences = useAllCompetences();
  const save = useMutation({
    mutationFn: ({ role, ids }: { role: OrgRole; ids: string[] }) => setRoleCompetences(role, ids),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: PEOPLE_KEY }),
    onError: (error) => {
      if (handleVersionConflict(error, queryClient, PEOPLE_KEY, "role")) return;
      notifications.show({ color: "red", title: "The requirement was not saved", message: messageOf(error) });
    },
  });
  const roleList = roles.data?.items ?? [];
  const compList = competences.data?.items ?? [];
  const toggle = (role: OrgRole, competenceId: string, on: boolean) => {
    const current = role.competences.map((c) => c.id);
    const ids = on ? [...current, competenceId] : current.filter((id) => id !== competenceId);
    save.mutate({ role, ids });
  };

  return (
    <section aria-labelledby="requirements-heading">
      <PageHeader
        title="Requirements per role"
        order={2}
        id="requirements-heading"
        setsTitle={false}
        description="Tick the competences each role requires. Everyone holding the role then needs current training in them."
      />
      <Table.ScrollContainer minWidth={300 + compList.length * 120}>
        <Table withColumnBorders verticalSpacing="xs" data-testid="role-requirements">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Role</Table.Th>
              {compList.map((c) => (
                <Table.Th key={c.id} style={{ minWidth: 110, textAlign: "center" }}>
                  <Text size="sm" fw={600} lh={1.2}>
                    {c.name}
                  </Text>
                </Table.Th>
              ))}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            <TableStatusRow
              colSpan={compList.length + 1}
              isLoading={roles.isLoading || competences.isLoading}
              error={roles.error ?? competences.error}
              isEmpty={roleList.length === 0 || compList.length === 0}
              emptyText="Create roles (on Roles and RACI) and competences to set requirements."
              onRetry={() => {
                void roles.refetch();
                void competences.refetch();
              }}
            />
            {compList.length
              ? roleList.map((role) => (
                  <Table.Tr key={role.id}>
                    <Table.Td>
                      <Text size="sm" fw={500}>
                        {role.name}
                      </Text>
                    </Table.Td>
                    {compList.map((c) => (
                      <Table.Td key={c.id}>
                        <Checkbox
                          mx="auto"
                          w="fit-content"
                          aria-label={`${role.name} requires ${c.name}`}
                          checked={role.competences.some((rc) => rc.id === c.id)}
                          disabled={!canWrite || save.isPending}
                          onChange={(e) => toggle(role, c.id, e.currentTarget.checked)}
                        />
                      </Table.Td>
                    ))}
                  </Table.Tr>
                ))
              : null}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </section>
  );
}
