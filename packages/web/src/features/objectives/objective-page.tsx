import {
  Anchor,
  Breadcrumbs,
  Button,
  Group,
  Paper,
  SimpleGrid,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";
import { Link, useParams } from "react-router";
import { isApiError } from "../../api/errors";
import { Fact } from "../../components/fact";
import { FormAlert } from "../../components/form-alert";
import { PageHeader } from "../../components/page-header";
import { LoadStatus, TableStatusRow } from "../../components/query-state";
import { StatusBadge } from "../../components/status-badge";
import { formatDateTime } from "../../lib/format";
import { useCan } from "../auth/me-context";
import { useAnnexCObjectives } from "../context/context-api";
import { formatCatalogDate } from "../frameworks/framework-labels";
import { useUserNames } from "../users/use-user-names";
import { ObjectiveFormModal } from "./objective-form-modal";
import { OBJECTIVE_STATUS_LABELS, ObjectiveProgress, measureText } from "./objective-progress";
import { numberOf } from "./objective-values";
import {
  OBJECTIVES_KEY,
  OBJECTIVES_PATH,
  getObjective,
  listProgress,
  recordProgress,
} from "./objectives-api";

/** "Record progress": a measured value and a note, appended to the history. */
function RecordProgressForm({ objectiveId, unit }: { objectiveId: string; unit: string }) {
  const queryClient = useQueryClient();
  const [value, setValue] = useState("");
  const [note, setNote] = useState("");
  const [error, setError] = useState<string | null>(null);
  const record = useMutation({
    mutationFn: (v: number) => recordProgress(objectiveId, { value: v, note: note.trim() }),
    onSuccess: ({ objective }) => {
      queryClient.setQueryData([...OBJECTIVES_KEY, "detail", objective.id], objective);
      void queryClient.invalidateQueries({ queryKey: OBJECTIVES_KEY });
      notifications.show({
        color: "green",
        message: `Recorded ${objective.currentValue}${unit ? ` ${unit}` : ""}.`,
      });
      setValue("");
      setNote("");
    },
    onError: (e) => setError(isApiError(e) ? (e.fieldErrors.value ?? null) : null),
  });
  function submit(event: FormEvent) {
    event.preventDefault();
    const v = numberOf(value);
    if (v === null || Number.isNaN(v)) return setError("Enter a number");
    setError(null);
    record.mutate(v);
  }
  return (
    <form onSubmit={submit} noValidate aria-label="Record progress">
      <Group align="flex-start" gap="sm" wrap="wrap">
        <TextInput
          label={`Value${unit ? ` (${unit})` : ""}`}
          required
          inputMode="decimal"
          value={value}
          onChange={(e) => setValue(e.currentTarget.value)}
          error={error}
          w={160}
        />
        <TextInput
          label="Note"
          placeholder="Where the value comes from"
          value={note}
          onChange={(e) => setNote(e.currentTarget.value)}
          style={{ flex: 1, minWidth: 220 }}
        />
        <Button type="submit" mt={25} loading={record.isPending}>
          Record progress
        </Button>
      </Group>
      {record.isError && !error ? <FormAlert error={record.error} /> : null}
    </form>
  );
}

/** An AI objective (`/context/objectives/:id`): its measure, progress and history of measured values. */
export function ObjectivePage() {
  const id = useParams().id ?? "";
  const canWrite = useCan("records:write");
  const names = useUserNames();
  const annexC = useAnnexCObjectives();
  const [editing, setEditing] = useState(false);
  const objective = useQuery({
    queryKey: [...OBJECTIVES_KEY, "detail", id],
    queryFn: ({ signal }) => getObjective(id, signal),
  });
  const history = useQuery({
    queryKey: [...OBJECTIVES_KEY, "progress", id],
    queryFn: ({ signal }) => listProgress(id, { limit: 100, offset: 0 }, signal),
  });
  const o = objective.data;
  const entries = history.data?.items ?? [];

  return (
    <section aria-labelledby="objective-heading">
      <Breadcrumbs mb="sm" aria-label="Breadcrumb">
        <Anchor component={Link} to={OBJECTIVES_PATH} size="sm">
          Objectives
        </Anchor>
        <Text size="sm" ff="monospace">
          {o?.key ?? "…"}
        </Text>
      </Breadcrumbs>
      <LoadStatus
        isLoading={objective.isLoading}
        error={objective.error}
        onRetry={() => void objective.refetch()}
        what="objective"
      />
      {o ? (
        <Stack gap="md">
          <PageHeader
            title={`${o.key} ${o.title}`}
            order={2}
            id="objective-heading"
            description={o.description || undefined}
            actions={
              <Group gap="xs">
                <StatusBadge color={OBJECTIVE_STATUS_LABELS[o.status].color}>
                  {OBJECTIVE_STATUS_LABELS[o.status].label}
                </StatusBadge>
                {canWrite ? (
                  <Button variant="default" onClick={() => setEditing(true)}>
                    Edit
                  </Button>
                ) : null}
              </Group>
            }
          />
          <Paper withBorder radius="md" p="md">
            <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} spacing="sm">
              <Fact label="Measure" value={o.measure} />
              <Fact label="Current → target" value={measureText(o)} />
              <div>
                <Text size="xs" c="dimmed">
                  Progress
                </Text>
                <ObjectiveProgress objective={o} width={180} />
              </div>
              <Fact label="Owner" value={names.nameOf(o.ownerId, "—")} />
              <Fact label="Due" value={formatCatalogDate(o.dueDate)} />
              <Fact
                label="Annex C objective"
                value={o.annexCObjective ? annexC.titleOf(o.annexCObjective) : "—"}
              />
            </SimpleGrid>
          </Paper>
          <Paper withBorder radius="md" p="md">
            <Title order={3} size="h5" mb="sm">
              Progress history
            </Title>
            {canWrite && o.status !== "cancelled" ? (
              <RecordProgressForm objectiveId={o.id} unit={o.unit} />
            ) : null}
            <Table verticalSpacing="xs" mt="md" data-testid="progress-history">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>When</Table.Th>
                  <Table.Th>Value</Table.Th>
                  <Table.Th>Note</Table.Th>
                  <Table.Th>Recorded by</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                <TableStatusRow
                  colSpan={4}
                  isLoading={history.isLoading}
                  error={history.error}
                  isEmpty={entries.length === 0}
                  emptyText="No value recorded yet."
                  onRetry={() => void history.refetch()}
                />
                {entries.map((e) => (
                  <Table.Tr key={e.id}>
                    <Table.Td>{formatDateTime(e.at)}</Table.Td>
                    <Table.Td>
                      {e.value}
                      {o.unit ? ` ${o.unit}` : ""}
                    </Table.Td>
                    <Table.Td>{e.note || "—"}</Table.Td>
                    <Table.Td>{names.nameOf(e.recordedBy, "—")}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Paper>
        </Stack>
      ) : null}
      {editing && o ? (
        <ObjectiveFormModal key={o.version} objective={o} onClose={() => setEditing(false)} />
      ) : null}
    </section>
  );
}
