import { Anchor, Badge, Button, Group, Table, Text } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import type { Competence } from "@openaims/core";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { ConfirmModal } from "../../components/confirm-modal";
import { PageHeader } from "../../components/page-header";
import { TableStatusRow } from "../../components/query-state";
import { NOWRAP } from "../../components/table-styles";
import { handleVersionConflict } from "../../lib/conflict";
import { useCan } from "../auth/me-context";
import { CompetenceModal } from "./competence-modal";
import { PEOPLE_KEY, deleteCompetence, useAllCompetences } from "./people-api";
import { validityLabel } from "./people-values";

/** The competences the organization requires (ISO/IEC 42001 7.2 a, A.4.6). */
export function CompetencesSection() {
  const canWrite = useCan("records:write");
  const queryClient = useQueryClient();
  const competences = useAllCompetences();
  const [editing, setEditing] = useState<Competence | "new" | null>(null);
  const [deleting, setDeleting] = useState<Competence | null>(null);
  const remove = useMutation({
    mutationFn: (c: Competence) => deleteCompetence(c),
    onSuccess: (_, c) => {
      void queryClient.invalidateQueries({ queryKey: PEOPLE_KEY });
      notifications.show({ color: "green", message: `Deleted ${c.key} ${c.name}.` });
      setDeleting(null);
    },
    onError: (error) => {
      if (handleVersionConflict(error, queryClient, PEOPLE_KEY, "competence")) setDeleting(null);
    },
  });
  const items = competences.data?.items ?? [];

  return (
    <section aria-labelledby="competences-heading">
      <PageHeader
        title="Competences"
        order={2}
        id="competences-heading"
        setsTitle={false}
        description="What people affecting AI performance must know (ISO/IEC 42001 7.2). Training holds for the validity unless a record gives its own expiry."
        actions={canWrite ? <Button onClick={() => setEditing("new")}>New competence</Button> : null}
      />
      <Table.ScrollContainer minWidth={700}>
        <Table striped verticalSpacing="sm" data-testid="competences-table">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Key</Table.Th>
              <Table.Th>Competence</Table.Th>
              <Table.Th>Validity</Table.Th>
              <Table.Th>Required by</Table.Th>
              <Table.Th aria-label="Actions" />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            <TableStatusRow
              colSpan={5}
              isLoading={competences.isLoading}
              error={competences.error}
              isEmpty={items.length === 0}
              emptyText="No competences yet. Start with AI literacy for everyone who works with AI systems."
              onRetry={() => void competences.refetch()}
            />
            {items.map((c) => (
              <Table.Tr key={c.id} data-testid={`competence-row-${c.name}`}>
                <Table.Td style={NOWRAP}>
                  <Text ff="monospace" fw={600} size="sm">
                    {c.key}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <Group gap="xs">
                    <Text fw={500}>{c.name}</Text>
                    {c.aiLiteracy ? (
                      <Badge color="violet" variant="light" tt="none">
                        AI literacy
                      </Badge>
                    ) : null}
                  </Group>
                  {c.description ? (
                    <Text size="sm" c="dimmed">
                      {c.description}
                    </Text>
                  ) : null}
                </Table.Td>
                <Table.Td style={NOWRAP}>{validityLabel(c.validityMonths)}</Table.Td>
                <Table.Td style={NOWRAP}>
                  {c.requiredByRoles} role{c.requiredByRoles === 1 ? "" : "s"}
                </Table.Td>
                <Table.Td style={NOWRAP}>
                  {canWrite ? (
                    <Group gap="xs" justify="flex-end" wrap="nowrap">
                      <Anchor component="button" type="button" size="sm" onClick={() => setEditing(c)}>
                        Edit
                      </Anchor>
                      <Anchor
                        component="button"
                        type="button"
                        size="sm"
                        c="red"
                        onClick={() => setDeleting(c)}
                      >
                        Delete
                      </Anchor>
                    </Group>
                  ) : null}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {editing ? (
        <CompetenceModal
          key={editing === "new" ? "new" : `${editing.id}@${editing.version}`}
          competence={editing === "new" ? null : editing}
          onClose={() => setEditing(null)}
        />
      ) : null}
      <ConfirmModal
        opened={deleting !== null}
        title={deleting ? `Delete ${deleting.key} ${deleting.name}?` : ""}
        confirmLabel="Delete competence"
        isPending={remove.isPending}
        error={remove.error}
        onConfirm={() => deleting && remove.mutate(deleting)}
        onClose={() => {
          setDeleting(null);
          remove.reset();
        }}
      >
        Roles stop requiring it. A competence that training records prove cannot be deleted: they are evidence
        of competence (ISO/IEC 42001 7.2 d).
      </ConfirmModal>
    </section>
  );
}
