import { Button, Group, Modal, Select, SimpleGrid, Stack, TextInput, Textarea } from "@mantine/core";
import { useDebouncedValue } from "@mantine/hooks";
import { notifications } from "@mantine/notifications";
import { CreateTrainingRecord, UpdateTrainingRecord, type TrainingRecord } from "@openaims/core";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";
import { isApiError } from "../../api/errors";
import { FormAlert } from "../../components/form-alert";
import { handleVersionConflict } from "../../lib/conflict";
import { validateWith } from "../../lib/validate";
import {
  PEOPLE_KEY,
  createTrainingRecord,
  searchEvidence,
  updateTrainingRecord,
  useAllCompetences,
  usePeopleOptions,
} from "./people-api";
import {
  EMPTY_TRAINING,
  trainingBody,
  trainingChanges,
  trainingValuesOf,
  validityLabel,
  type TrainingValues,
} from "./people-values";

type Choice = NonNullable<TrainingRecord["evidence"]>;
const choiceLabel = (e: Choice) => `${e.key} ${e.title}`;

/** Evidence to link, searched by title or key; the chosen item stays an option. */
function useEvidenceOptions(search: string, current: Choice | null) {
  // Once chosen, the box shows the item's label: that is not a search.
  const typed = current && search === choiceLabel(current) ? "" : search.trim();
  const [q] = useDebouncedValue(typed, 300);
  const found = useQuery({
    queryKey: ["evidence", "choices", q],
    queryFn: ({ signal }) => searchEvidence(q, signal),
    staleTime: 30_000,
  });
  const items = [...(current ? [current] : []), ...(found.data?.items ?? [])];
  const unique = items.filter((e, i) => items.findIndex((x) => x.id === e.id) === i);
  return {
    options: unique.map((e) => ({ value: e.id, label: choiceLabel(e) })),
    find: (id: string | null) => unique.find((e) => e.id === id) ?? null,
    query: found,
  };
}

/** Record training a person completed (record = null), or change a record. */
export function TrainingRecordModal({
  record,
  initialUserId,
  onClose,
}: {
  record: TrainingRecord | null;
  initialUserId?: string | null;
  onClose: () => void;
}) {
  const queryClient = useQueryClient();
  const people = usePeopleOptions();
  const competences = useAllCompetences();
  const [values, setValues] = useState<TrainingValues>(
    record ? trainingValuesOf(record) : { ...EMPTY_TRAINING, userId: initialUserId ?? null },
  );
  const [evidenceSearch, setEvidenceSearch] = useState("");
  const [chosen, setChosen] = useState<Choice | null>(record?.evidence ?? null);
  const evidence = useEvidenceOptions(evidenceSearch, chosen);
  const [fieldErrors, setFieldErrors] = useState<Record<string, string>>({});
  const set = <K extends keyof TrainingValues>(key: K, value: TrainingValues[K]) =>
    setValues((v) => ({ ...v, [key]: value }));
  const competence = competences.data?.items.find((c) => c.id === values.competenceId);
  const personOptions = [
    ...(record && !people.options.some((o) => o.value === record.user.id)
      ? [{ value: record.user.id, label: record.user.name }]
      : []),
    ...people.options,
  ];

  const save = useMutation({
    mutationFn: async () => {
      if (!record) return createTrainingRecord(trainingBody(values));
      const changes = trainingChanges(record, values);
      return changes ? updateTrainingRecord(record.id, changes) : null;
    },
    onSuccess: (saved) => {
      void queryClient.invalidateQueries({ queryKey: PEOPLE_KEY });
      if (saved)
        notifications.show({
          color: "green",
          message: `${record ? "Saved" : "Recorded"} ${saved.course} for ${saved.user.name}.`,
        });
      onClose();
    },
    onError: (error) => {
      if (handleVersionConflict(error, queryClient, PEOPLE_KEY, "training record")) return onClose();
      setFieldErrors(isApiError(error) ? { ...error.fieldErrors } : {});
    },
  });

  function submit(event: FormEvent) {
    event.preventDefault();
    const checked = record
      ? validateWith(UpdateTrainingRecord, trainingChanges(record, values) ?? { version: record.version })
      : validateWith(CreateTrainingRecord, trainingBody(values));
    setFieldErrors(checked.ok ? {} : checked.fieldErrors);
    if (checked.ok) save.mutate();
  }

  const placed = Object.keys(fieldErrors).some((k) => k !== "");
  return (
    <Modal
      opened
      onClose={onClose}
      title={record ? "Edit training record" : "Add a training record"}
      size="lg"
      centered
    >
      <form
        onSubmit={submit}
        noValidate
        aria-label={record ? "Edit training record" : "Add a training record"}
      >
        <Stack>
          {save.isError && !placed ? <FormAlert error={save.error} /> : null}
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
            <Select
              label="Person"
              required
              searchable
              data={personOptions}
              value={values.userId}
              onChange={(v) => set("userId", v)}
              error={fieldErrors.userId}
              nothingFoundMessage={people.isLoading ? "Loading…" : "No one matches"}
            />
            <Select
              label="Competence"
              required
              searchable
              data={(competences.data?.items ?? []).map((c) => ({ value: c.id, label: c.name }))}
              value={values.competenceId}
              onChange={(v) => set("competenceId", v)}
              error={fieldErrors.competenceId}
            />
          </SimpleGrid>
          <TextInput
            label="Course"
            description="The course, certification or other proof of competence."
            required
            value={values.course}
            onChange={(e) => set("course", e.currentTarget.value)}
            error={fieldErrors.course}
          />
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
            <TextInput
              type="date"
              label="Completed on"
              required
              value={values.completedOn}
              onChange={(e) => set("completedOn", e.currentTarget.value)}
              error={fieldErrors.completedOn}
            />
            <TextInput
              type="date"
              label="Expires on"
              description={
                competence
                  ? `Empty: ${competence.validityMonths ? `${validityLabel(competence.validityMonths)} after completion` : "does not expire"}.`
                  : "Empty: the competence's validity decides."
              }
              value={values.expiresOn}
              onChange={(e) => set("expiresOn", e.currentTarget.value)}
              error={fieldErrors.expiresOn}
            />
          </SimpleGrid>
          <Select
            label="Evidence"
            description={
              evidence.query.isError
                ? "Evidence could not be searched right now."
                : "Optional: a certificate or attendance list kept as evidence."
            }
            placeholder="None"
            searchable
            clearable
            searchValue={evidenceSearch}
            onSearchChange={setEvidenceSearch}
            data={evidence.options}
            value={values.evidenceId}
            onChange={(v) => {
              setChosen(evidence.find(v));
              set("evidenceId", v);
            }}
            error={fieldErrors.evidenceId}
            nothingFoundMessage={evidence.query.isLoading ? "Loading…" : "No evidence matches"}
          />
          <Textarea
            label="Note"
            autosize
            minRows={2}
            maxRows={5}
            value={values.note}
            onChange={(e) => set("note", e.currentTarget.value)}
            error={fieldErrors.note}
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              Cancel
            </Button>
            <Button type="submit" loading={save.isPending}>
              {record ? "Save changes" : "Add record"}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
