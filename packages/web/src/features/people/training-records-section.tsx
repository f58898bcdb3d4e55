import { Anchor, Button, Group, Table, Text } from "@mantine/core";
import type { TrainingRecord } from "@openaims/core";
import { useState } from "react";
import { Link } from "react-router";
import { ConfirmModal } from "../../components/confirm-modal";
import { FilterSelect, ListFilters } from "../../components/list-filters";
import { ListTable } from "../../components/list-table";
import { PageHeader } from "../../components/page-header";
import { EditDeleteActions } from "../../components/row-actions";
import { NOWRAP } from "../../components/table-styles";
import { useConfirmedDelete } from "../../components/use-confirmed-delete";
import { useListQuery, useListState } from "../../components/use-list-state";
import { formatDate } from "../../lib/format";
import { useCan } from "../auth/me-context";
import { CompetenceStatusBadge } from "./competence-status-badge";
import {
  PEOPLE_KEY,
  TRAINING_KEY,
  deleteTrainingRecord,
  listTrainingRecords,
  useAllCompetences,
  usePersonChoices,
} from "./people-api";
import { TrainingRecordModal } from "./training-record-modal";

/** Training records: documented evidence of competence per person (ISO/IEC 42001 7.2 d). */
export function TrainingRecordsSection() {
  const canWrite = useCan("records:write");
  const people = usePersonChoices();
  const competences = useAllCompetences();
  const list = useListState<"completedOn">("completedOn", "desc", 25);
  const [userId, setUserId] = useState<string | null>(null);
  const [competenceId, setCompetenceId] = useState<string | null>(null);
  const [editing, setEditing] = useState<TrainingRecord | "new" | null>(null);
  const query = {
    limit: list.pageSize,
    offset: list.offset,
    userId: userId ?? undefined,
    competenceId: competenceId ?? undefined,
  };
  const records = useListQuery(TRAINING_KEY, query, listTrainingRecords);
  const remove = useConfirmedDelete({
    remove: deleteTrainingRecord,
    queryKey: PEOPLE_KEY,
    what: "training record",
    deletedMessage: (r: TrainingRecord) => `Deleted ${r.course} of ${r.user.name}.`,
  });

  return (
    <section aria-labelledby="training-heading">
      <PageHeader
        title="Training records"
        order={2}
        id="training-heading"
        setsTitle={false}
        description="Courses and certifications people completed, with their expiry and the evidence kept (ISO/IEC 42001 7.2 d)."
        actions={canWrite ? <Button onClick={() => setEditing("new")}>Add training record</Button> : null}
      />
      <ListFilters label="Filter training records" mb="md">
        <FilterSelect
          label="Person"
          placeholder="Everyone"
          searchable
          data={people}
          value={userId}
          onChange={list.onFilter(setUserId)}
          w={260}
        />
        <FilterSelect
          label="Competence"
          placeholder="Any competence"
          searchable
          data={(competences.data?.items ?? []).map((c) => ({ value: c.id, label: c.name }))}
          value={competenceId}
          onChange={list.onFilter(setCompetenceId)}
          w={240}
        />
      </ListFilters>
      <ListTable
        testId="training-records"
        minWidth={900}
        tableProps={{ highlightOnHover: false }}
        columns={[
          { label: "Person" },
          { label: "Competence" },
          { label: "Course" },
          { label: "Completed" },
          { label: "Holds until" },
          { label: "Evidence" },
          { label: "Actions", labelHidden: true },
        ]}
        result={records}
        emptyText={
          userId || competenceId ? "No training record matches these filters." : "No training recorded yet."
        }
        list={list}
        noun="records"
        row={(r) => (
          <Table.Tr key={r.id} data-testid={`training-${r.course}`}>
            <Table.Td>{r.user.name}</Table.Td>
            <Table.Td>{r.competence.name}</Table.Td>
            <Table.Td>
              <Text size="sm">{r.course}</Text>
              {r.note ? (
                <Text size="xs" c="dimmed">
                  {r.note}
                </Text>
              ) : null}
            </Table.Td>
            <Table.Td style={NOWRAP}>{formatDate(r.completedOn)}</Table.Td>
            <Table.Td style={NOWRAP}>
              <Group gap="xs" wrap="nowrap">
                <Text size="sm">{r.effectiveExpiresOn ? formatDate(r.effectiveExpiresOn) : "No expiry"}</Text>
                <CompetenceStatusBadge status={r.status} />
              </Group>
              {r.effectiveExpiresOn && !r.expiresOn ? (
                <Text size="xs" c="dimmed">
                  from the competence's validity
                </Text>
              ) : null}
            </Table.Td>
            <Table.Td>
              {r.evidence ? (
                <Anchor component={Link} to={`/controls/evidence/${r.evidence.id}`} size="sm">
                  {r.evidence.key} {r.evidence.title}
                </Anchor>
              ) : r.evidenceId ? (
                <Text size="sm" c="dimmed">
                  Outside your business units
                </Text>
              ) : (
                <Text size="sm" c="dimmed">
                  —
                </Text>
              )}
            </Table.Td>
            <Table.Td style={NOWRAP}>
              {canWrite ? (
                <EditDeleteActions onEdit={() => setEditing(r)} onDelete={() => remove.ask(r)} />
              ) : null}
            </Table.Td>
          </Table.Tr>
        )}
      />
      {editing ? (
        <TrainingRecordModal
          key={editing === "new" ? "new" : `${editing.id}@${editing.version}`}
          record={editing === "new" ? null : editing}
          initialUserId={userId}
          onClose={() => setEditing(null)}
        />
      ) : null}
      <ConfirmModal
        {...remove.modalProps}
        title={remove.target ? `Delete ${remove.target.course} of ${remove.target.user.name}?` : ""}
        confirmLabel="Delete record"
      >
        The competence it proves may show as a gap again. The audit trail keeps the record.
      </ConfirmModal>
    </section>
  );
}
