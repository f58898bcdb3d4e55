import {
  Anchor,
  Button,
  Group,
  Paper,
  Select,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Textarea,
} from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { LIFECYCLE_STAGES, UpdateAiSystem, type AiSystemView } from "@openaims/core";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";
import { Link } from "react-router";
import { isApiError } from "../../api/errors";
import { Fact } from "../../components/fact";
import { FormAlert } from "../../components/form-alert";
import { handleVersionConflict } from "../../lib/conflict";
import { formatDateTime } from "../../lib/format";
import { validateWith } from "../../lib/validate";
import { useCan } from "../auth/me-context";
import { useBusinessUnitOptions } from "../business-units/business-units-api";
import { useOwnerOptions } from "../controls/control-owner-options";
import { intakeRequestPath } from "../intake/intake-paths";
import { useFrameworkLabel } from "./classification-details";
import { AI_SYSTEMS_KEY, afterSystemSaved, updateAiSystem } from "./inventory-api";
import { LIFECYCLE_LABELS, type LifecycleStage } from "./inventory-labels";
import { overviewChanges, overviewValuesOf, type OverviewValues } from "./system-changes";

const STAGE_OPTIONS = LIFECYCLE_STAGES.map((s) => ({ value: s, label: LIFECYCLE_LABELS[s] }));

/** Overview tab: what the system is for and who owns it; editable by those who write records. */
export function SystemOverview({ system }: { system: AiSystemView }) {
  const canWrite = useCan("records:write");
  const canReadUsers = useCan("users:read");
  const canReadUnits = useCan("business-units:read");
  const queryClient = useQueryClient();
  const owners = useOwnerOptions(canReadUsers);
  const units = useBusinessUnitOptions(canReadUnits);
  const labelOf = useFrameworkLabel();
  const [values, setValues] = useState<OverviewValues>(() => overviewValuesOf(system));
  const [fieldErrors, setFieldErrors] = useState<Record<string, string>>({});

  const save = useMutation({
    mutationFn: async () => {
      const changes = overviewChanges(system, values);
      return changes ? updateAiSystem(system.id, changes) : null;
    },
    onSuccess: (saved) => {
      if (!saved) return notifications.show({ color: "gray", message: "Nothing to save: no field changed." });
      afterSystemSaved(queryClient, saved);
      notifications.show({ color: "green", message: `Saved ${saved.key} ${saved.name}.` });
    },
    onError: (error) => {
      if (handleVersionConflict(error, queryClient, AI_SYSTEMS_KEY, "AI system")) return;
      setFieldErrors(isApiError(error) ? { ...error.fieldErrors } : {});
    },
  });

  function submit(event: FormEvent) {
    event.preventDefault();
    const checked = validateWith(
      UpdateAiSystem,
      overviewChanges(system, values) ?? { version: system.version },
    );
    setFieldErrors(checked.ok ? {} : checked.fieldErrors);
    if (checked.ok) save.mutate();
  }

  const set = <K extends keyof OverviewValues>(key: K, value: OverviewValues[K]) =>
    setValues((v) => ({ ...v, [key]: value }));
  const readOnly = !canWrite;
  const placed = Object.keys(fieldErrors).some((k) => k !== "");
  const text = (
    field: "purpose" | "intendedUse" | "foreseeableMisuse" | "personalDataDescription",
    label: string,
    description: string,
  ) => (
    <Textarea
      label={label}
      description={description}
      autosize
      minRows={2}
      maxRows={8}
      readOnly={readOnly}
      value={values[field]}
      onChange={(e) => set(field, e.currentTarget.value)}
      error={fieldErrors[field]}
    />
  );

  return (
    <form onSubmit={submit} noValidate aria-label={`Edit ${system.key}`}>
      <Stack gap="md">
        {save.isError && !placed ? <FormAlert error={save.error} /> : null}
        <Paper withBorder radius="md" p="md">
          <Stack gap="sm">
            <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
              <TextInput
                label="Name"
                required
                readOnly={readOnly}
                value={values.name}
                onChange={(e) => set("name", e.currentTarget.value)}
                error={fieldErrors.name}
              />
              <Select
                label="Lifecycle stage"
                data={STAGE_OPTIONS}
                value={values.lifecycleStage}
                onChange={(v) => v && set("lifecycleStage", v as LifecycleStage)}
                allowDeselect={false}
                disabled={readOnly}
                error={fieldErrors.lifecycleStage}
              />
              {canReadUnits ? (
                <Select
                  label="Business unit"
                  placeholder="Whole organization"
                  data={units.options}
                  value={values.businessUnitId}
                  onChange={(v) => set("businessUnitId", v)}
                  searchable
                  clearable
                  disabled={readOnly}
                  error={fieldErrors.businessUnitId}
                />
              ) : null}
              {canReadUsers ? (
                <Select
                  label="Owner"
                  placeholder="No owner"
                  data={owners.options}
                  value={values.ownerId}
                  onChange={(v) => set("ownerId", v)}
                  searchable
                  clearable
                  disabled={readOnly}
                  error={fieldErrors.ownerId}
                />
              ) : null}
            </SimpleGrid>
            {text("purpose", "Purpose", "What the system does and the problem it solves.")}
            {text("intendedUse", "Intended use", "Who uses it, for what, in which process.")}
            {text(
              "foreseeableMisuse",
              "Reasonably foreseeable misuse",
              "How it could be used in ways it was not meant for.",
            )}
            {text(
              "personalDataDescription",
              "Personal data",
              "Which personal data it processes, about whom.",
            )}
          </Stack>
        </Paper>
        <Paper withBorder radius="md" p="md">
          <SimpleGrid cols={{ base: 1, sm: 2, lg: 4 }} spacing="sm">
            <Fact label="Key" value={system.key} />
            <Fact label="Registered" value={formatDateTime(system.createdAt)} />
            <Fact
              label="Last changed"
              value={`${formatDateTime(system.updatedAt)} (version ${system.version})`}
            />
            <Fact label="Last classified" value={formatDateTime(system.classifiedAt)} />
            <Fact
              label="Frameworks that apply"
              value={system.frameworkRefs.length ? system.frameworkRefs.map(labelOf).join(", ") : "None"}
            />
            <div>
              <Text size="xs" c="dimmed">
                Intake request
              </Text>
              {system.intakeRequestId ? (
                <Anchor component={Link} to={intakeRequestPath(system.intakeRequestId)} size="sm">
                  Open the request
                </Anchor>
              ) : (
                <Text size="sm">Registered directly</Text>
              )}
            </div>
          </SimpleGrid>
        </Paper>
        {canWrite ? (
          <Group justify="flex-end">
            <Button type="submit" loading={save.isPending}>
              Save changes
            </Button>
          </Group>
        ) : null}
      </Stack>
    </form>
  );
}
