import { Badge, Button, Group, Table, Text } from "@mantine/core";
import type { Competence } from "@openaims/core";
import { useState } from "react";
import { ConfirmModal } from "../../components/confirm-modal";
import { ListTable } from "../../components/list-table";
import { PageHeader } from "../../components/page-header";
import { EditDeleteActions } from "../../components/row-actions";
import { NOWRAP } from "../../components/table-styles";
import { useConfirmedDelete } from "../../components/use-confirmed-delete";
import { useCan } from "../auth/me-context";
import { CompetenceModal } from "./competence-modal";
import { PEOPLE_KEY, deleteCompetence, useAllCompetences } from "./people-api";
import { validityLabel } from "./people-values";

/** The competences the organization requires (ISO/IEC 42001 7.2 a, A.4.6). */
export function CompetencesSection() {
  const canWrite = useCan("records:write");
  const competences = useAllCompetences();
  const [editing, setEditing] = useState<Competence | "new" | null>(null);
  const remove = useConfirmedDelete({
    remove: deleteCompetence,
    queryKey: PEOPLE_KEY,
    what: "competence",
    deletedMessage: (c: Competence) => `Deleted ${c.key} ${c.name}.`,
  });

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
      <ListTable
        testId="competences-table"
        minWidth={700}
        tableProps={{ highlightOnHover: false }}
        columns={[
          { label: "Key" },
          { label: "Competence" },
          { label: "Validity" },
          { label: "Required by" },
          { label: "Actions", labelHidden: true },
        ]}
        result={competences}
        emptyText="No competences yet. Start with AI literacy for everyone who works with AI systems."
        row={(c) => (
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
                <EditDeleteActions onEdit={() => setEditing(c)} onDelete={() => remove.ask(c)} />
              ) : null}
            </Table.Td>
          </Table.Tr>
        )}
      />
      {editing ? (
        <CompetenceModal
          key={editing === "new" ? "new" : `${editing.id}@${editing.version}`}
          competence={editing === "new" ? null : editing}
          onClose={() => setEditing(null)}
        />
      ) : null}
      <ConfirmModal
        {...remove.modalProps}
        title={remove.target ? `Delete ${remove.target.key} ${remove.target.name}?` : ""}
        confirmLabel="Delete competence"
      >
        Roles stop requiring it. A competence that training records prove cannot be deleted: they are evidence
        of competence (ISO/IEC 42001 7.2 d).
      </ConfirmModal>
    </section>
  );
}
