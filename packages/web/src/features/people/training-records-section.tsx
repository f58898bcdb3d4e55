import { Anchor, Button, Group, Select, Table, Text } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import type { TrainingRecord } from "@openaims/core";
import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { Link } from "react-router";
import { ConfirmModal } from "../../components/confirm-modal";
import { PageHeader } from "../../components/page-header";
import { TableStatusRow } from "../../components/query-state";
import { NOWRAP } from "../../components/table-styles";
import { TablePager } from "../../components/table-pager";
import { useListState } from "../../components/use-list-state";
import { handleVersionConflict } from "../../lib/conflict";
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
  const queryClient = useQueryClient();
  const people = usePersonChoices();
  const competences = useAllCompetences();
  const list = useListState<"completedOn">("completedOn", "desc", 25);
  const [userId, setUserId] = useState<string | null>(null);
  const [competenceId, setCompetenceId] = useState<string | null>(null);
  const [editing, setEditing] = useState<TrainingRecord | "new" | null>(null);
  const [deleting, setDeleting] = useState<TrainingRecord | null>(null);
  const query = {
    limit: list.pageSize,
    offset: list.offset,
    userId: userId ?? undefined,
    competenceId: competenceId ?? undefined,
  };
  const records = useQuery({
    queryKey: [...TRAINING_KEY, query],
    queryFn: ({ signal }) => listTrainingRecords(query, signal),
    placeholderData: keepPreviousData,
  });
  const remove = useMutation({
    mutationFn: (r: TrainingRecord) => deleteTrainingRecord(r),
    onSuccess: (_, r) => {
      void queryClient.invalidateQueries({ queryKey: PEOPLE_KEY });
      notifications.show({ color: "green", message: `Deleted ${r.course} of ${r.user.name}.` });
      setDeleting(null);
    },
    onError: (error) => {
      if (handleVersionConflict(error, queryClient, PEOPLE_KEY, "training record")) setDeleting(null);
    },
  });
  const items = records.data?.items ?? [];
  const filter = (setter: (v: string | null) => void) => (v: string | null) => {
    setter(v);
    list.resetPage();
  };

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
      <Group mb="md" gap="sm" align="flex-end" role="search" aria-label="Filter training records">
        <Select
          label="Person"
          placeholder="Everyone"
          clearable
          searchable
          data={people}
          value={userId}
          onChange={filter(setUserId)}
          w={260}
        />
        <Select
          label="Competence"
          placeholder="Any competence"
          clearable
          searchable
          data={(competences.data?.items ?? []).map((c) => ({ value: c.id, label: c.name }))}
          value={competenceId}
          onChange={filter(setCompetenceId)}
          w={240}
        />
      </Group>
      <Table.ScrollContainer minWidth={900}>
        <Table striped verticalSpacing="sm" data-testid="training-records">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Person</Table.Th>
              <Table.Th>Competence</Table.Th>
              <Table.Th>Course</Table.Th>
              <Table.Th>Completed</Table.Th>
              <Table.Th>Holds until</Table.Th>
              <Table.Th>Evidence</Table.Th>
              <Table.Th aria-label="Actions" />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            <TableStatusRow
              colSpan={7}
              isLoading={records.isLoading}
              error={records.error}
              isEmpty={items.length === 0}
              emptyText={
                userId || competenceId
                  ? "No training record matches these filters."
                  : "No training recorded yet."
              }
              onRetry={() => void records.refetch()}
            />
            {items.map((r) => (
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
                    <Text size="sm">
                      {r.effectiveExpiresOn ? formatDate(r.effectiveExpiresOn) : "No expiry"}
                    </Text>
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
                    <Group gap="xs" justify="flex-end" wrap="nowrap">
                      <Anchor component="button" type="button" size="sm" onClick={() => setEditing(r)}>
                        Edit
                      </Anchor>
                      <Anchor
                        component="button"
                        type="button"
                        size="sm"
                        c="red"
                        onClick={() => setDeleting(r)}
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
      <TablePager
        page={list.page}
        pageSize={list.pageSize}
        total={records.data?.total ?? 0}
        onPage={list.setPage}
        onPageSize={list.setPageSize}
        noun="records"
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
        opened={deleting !== null}
        title={deleting ? `Delete ${deleting.course} of ${deleting.user.name}?` : ""}
        confirmLabel="Delete record"
        isPending={remove.isPending}
        error={remove.error}
        onConfirm={() => deleting && remove.mutate(deleting)}
        onClose={() => {
          setDeleting(null);
          remove.reset();
        }}
      >
        The competence it proves may show as a gap again. The audit trail keeps the record.
      </ConfirmModal>
    </section>
  );
}
