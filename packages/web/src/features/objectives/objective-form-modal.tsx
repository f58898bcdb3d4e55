import { Button, Group, Modal, Select, SimpleGrid, Stack, TextInput, Textarea } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { CreateObjective, OBJECTIVE_STATUSES, UpdateObjective, type Objective } from "@openaims/core";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";
import { isApiError } from "../../api/errors";
import { FormAlert } from "../../components/form-alert";
import { handleVersionConflict } from "../../lib/conflict";
import { validateWith } from "../../lib/validate";
import { useCan } from "../auth/me-context";
import { useAnnexCObjectives } from "../context/context-api";
import { useOwnerOptions } from "../controls/control-owner-options";
import { OBJECTIVE_STATUS_LABELS } from "./objective-progress";
import {
  EMPTY_OBJECTIVE,
  createObjectiveBody,
  objectiveChanges,
  objectiveValuesOf,
  type ObjectiveStatus,
  type ObjectiveValues,
} from "./objective-values";
import { OBJECTIVES_KEY, createObjective, updateObjective } from "./objectives-api";

/** Create an objective (objective = null) or edit one: a measurable target with an owner and a due date. */
export function ObjectiveFormModal({
  objective,
  onClose,
  onCreated,
}: {
  objective: Objective | null;
  onClose: () => void;
  onCreated?: (o: Objective) => void;
}) {
  const canReadUsers = useCan("users:read");
  const queryClient = useQueryClient();
  const owners = useOwnerOptions(canReadUsers);
  const annexC = useAnnexCObjectives();
  const [values, setValues] = useState<ObjectiveValues>(
    objective ? objectiveValuesOf(objective) : EMPTY_OBJECTIVE,
  );
  const [fieldErrors, setFieldErrors] = useState<Record<string, string>>({});
  const set = <K extends keyof ObjectiveValues>(key: K, value: ObjectiveValues[K]) =>
    setValues((v) => ({ ...v, [key]: value }));

  const save = useMutation({
    mutationFn: async () => {
      if (!objective) return createObjective(createObjectiveBody(values));
      const changes = objectiveChanges(objective, values);
      return changes ? updateObjective(objective.id, changes) : null;
    },
    onSuccess: (saved) => {
      void queryClient.invalidateQueries({ queryKey: OBJECTIVES_KEY });
      if (saved) {
        notifications.show({
          color: "green",
          message: `${objective ? "Saved" : "Created"} ${saved.key} ${saved.title}.`,
        });
        if (!objective) onCreated?.(saved);
      }
      onClose();
    },
    onError: (error) => {
      if (handleVersionConflict(error, queryClient, OBJECTIVES_KEY, "objective")) return onClose();
      setFieldErrors(isApiError(error) ? { ...error.fieldErrors } : {});
    },
  });

  function submit(event: FormEvent) {
    event.preventDefault();
    const checked = objective
      ? validateWith(UpdateObjective, objectiveChanges(objective, values) ?? { version: objective.version })
      : validateWith(CreateObjective, createObjectiveBody(values));
    setFieldErrors(checked.ok ? {} : checked.fieldErrors);
    if (checked.ok) save.mutate();
  }
  const placed = Object.keys(fieldErrors).some((k) => k !== "");
  const text = (
    key: "measure" | "baseline" | "target" | "unit",
    label: string,
    extra: { description?: string; required?: boolean } = {},
  ) => (
    <TextInput
      label={label}
      {...extra}
      value={values[key]}
      onChange={(e) => set(key, e.currentTarget.value)}
      error={fieldErrors[key]}
      inputMode={key === "baseline" || key === "target" ? "decimal" : undefined}
    />
  );

  return (
    <Modal
      opened
      onClose={onClose}
      title={objective ? `Edit ${objective.key}` : "New AI objective"}
      size="lg"
      centered
    >
      <form onSubmit={submit} noValidate aria-label={objective ? "Edit objective" : "New AI objective"}>
        <Stack>
          {save.isError && !placed ? <FormAlert error={save.error} /> : null}
          <TextInput
            label="Title"
            required
            value={values.title}
            onChange={(e) => set("title", e.currentTarget.value)}
            error={fieldErrors.title}
            data-autofocus
          />
          <Textarea
            label="Description"
            autosize
            minRows={2}
            maxRows={6}
            value={values.description}
            onChange={(e) => set("description", e.currentTarget.value)}
            error={fieldErrors.description}
          />
          <Select
            label="Annex C objective it serves"
            placeholder="None"
            data={annexC.options}
            value={values.annexCObjective}
            onChange={(v) => set("annexCObjective", v)}
            searchable
            clearable
            error={fieldErrors.annexCObjective}
          />
          {text("measure", "Measure", {
            required: true,
            description: "What is measured, e.g. share of staff trained.",
          })}
          <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
            {text("baseline", "Baseline", { description: "Where you start (optional)." })}
            {text("target", "Target", { required: true })}
            {text("unit", "Unit", { description: "e.g. %, incidents" })}
          </SimpleGrid>
          <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
            <TextInput
              type="date"
              label="Due date"
              value={values.dueDate}
              onChange={(e) => set("dueDate", e.currentTarget.value)}
              error={fieldErrors.dueDate}
            />
            <Select
              label="Status"
              data={OBJECTIVE_STATUSES.map((s) => ({ value: s, label: OBJECTIVE_STATUS_LABELS[s].label }))}
              value={values.status}
              onChange={(v) => v && set("status", v as ObjectiveStatus)}
              allowDeselect={false}
            />
            {canReadUsers ? (
              <Select
                label="Owner"
                placeholder="No owner"
                data={owners.options}
                value={values.ownerId}
                onChange={(v) => set("ownerId", v)}
                searchable
                clearable
                error={fieldErrors.ownerId}
              />
            ) : null}
          </SimpleGrid>
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              Cancel
            </Button>
            <Button type="submit" loading={save.isPending}>
              {objective ? "Save changes" : "Create objective"}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
