import {
  Button,
  Group,
  Paper,
  Select,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Textarea,
  Title,
} from "@mantine/core";
import { notifications } from "@mantine/notifications";
import {
  CONTROL_FREQUENCIES,
  CreateControl,
  EFFECTIVENESS,
  IMPLEMENTATION_STATUSES,
  UpdateControl,
  type Control,
  type ImplementationStatus,
} from "@openaims/core";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";
import { useNavigate } from "react-router";
import { isApiError, messageOf } from "../../api/errors";
import { FormAlert } from "../../components/form-alert";
import { PageHeader } from "../../components/page-header";
import { handleVersionConflict } from "../../lib/conflict";
import { formatDateTime } from "../../lib/format";
import { validateWith } from "../../lib/validate";
import { useCan } from "../auth/me-context";
import { useBusinessUnitOptions } from "../business-units/business-units-api";
import { useAllFrameworks } from "../frameworks/frameworks-api";
import {
  EMPTY_CONTROL,
  controlChanges,
  createControlBody,
  valuesOf,
  type ControlFormValues,
} from "./control-changes";
import {
  EFFECTIVENESS_LABELS,
  FREQUENCY_LABELS,
  STATUS_LABELS,
  type ControlFrequency,
  type Effectiveness,
} from "./control-labels";
import { linkErrorsOf, linksReducer, type LinkAction } from "./control-links";
import { ControlLinksEditor } from "./control-links-editor";
import { useOwnerOptions } from "./control-owner-options";
import { CONTROL_LIBRARY_PATH, controlPath } from "./control-paths";
import { CONTROLS_KEY, createControl, invalidateControlData, updateControl } from "./controls-api";

const STATUS_OPTIONS = IMPLEMENTATION_STATUSES.map((s) => ({ value: s, label: STATUS_LABELS[s].label }));
const FREQUENCY_OPTIONS = CONTROL_FREQUENCIES.map((f) => ({ value: f, label: FREQUENCY_LABELS[f] }));
const EFFECTIVENESS_OPTIONS = EFFECTIVENESS.map((e) => ({ value: e, label: EFFECTIVENESS_LABELS[e].label }));

/** Create a control (control = null) or read and edit one, with its requirement links. */
export function ControlForm({ control }: { control: Control | null }) {
  const canWrite = useCan("records:write");
  const canReadUsers = useCan("users:read");
  const canReadUnits = useCan("business-units:read");
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const frameworks = useAllFrameworks();
  const owners = useOwnerOptions(canReadUsers);
  const units = useBusinessUnitOptions(canReadUnits);
  const [values, setValues] = useState<ControlFormValues>(control ? valuesOf(control) : EMPTY_CONTROL);
  const [fieldErrors, setFieldErrors] = useState<Record<string, string>>({});
  const [linkErrors, setLinkErrors] = useState<Record<string, string>>({});

  const save = useMutation({
    mutationFn: async (): Promise<Control | null> => {
      if (!control) return createControl(createControlBody(values));
      const changes = controlChanges(control, values);
      return changes ? updateControl(control.id, changes) : null;
    },
    onSuccess: (saved) => {
      if (saved) queryClient.setQueryData([...CONTROLS_KEY, "detail", saved.id], saved);
      invalidateControlData(queryClient);
      if (!saved) return notifications.show({ color: "gray", message: "Nothing to save: no field changed." });
      notifications.show({
        color: "green",
        message: `${control ? "Saved" : "Created"} ${saved.code} ${saved.title}.`,
      });
      if (!control) void navigate(controlPath(saved.id), { replace: true });
    },
    onError: (error) => {
      if (handleVersionConflict(error, queryClient, CONTROLS_KEY, "control")) return;
      if (isApiError(error, "ALREADY_EXISTS")) return setFieldErrors({ code: messageOf(error) });
      setFieldErrors(isApiError(error) ? { ...error.fieldErrors } : {});
      setLinkErrors(linkErrorsOf(error, values.links));
    },
  });

  function submit(event: FormEvent) {
    event.preventDefault();
    const checked = control
      ? validateWith(UpdateControl, controlChanges(control, values) ?? { version: control.version })
      : validateWith(CreateControl, createControlBody(values));
    setFieldErrors(checked.ok ? {} : checked.fieldErrors);
    setLinkErrors({});
    if (checked.ok) save.mutate();
  }

  const set = <K extends keyof ControlFormValues>(key: K, value: ControlFormValues[K]) =>
    setValues((v) => ({ ...v, [key]: value }));
  const onLinks = (action: LinkAction) => setValues((v) => ({ ...v, links: linksReducer(v.links, action) }));
  const placed = Object.keys(fieldErrors).some((k) => k !== "" && k !== "links");
  const readOnly = !canWrite;

  return (
    <form
      onSubmit={submit}
      noValidate
      aria-label={control ? `Edit control ${control.code}` : "Create control"}
    >
      <Stack gap="lg">
        <PageHeader
          title={control ? `${control.code} ${control.title}` : "New control"}
          order={2}
          id="control-heading"
          description={
            control
              ? `${control.key}${control.templateCode ? ` · adopted from the starter library (${control.templateCode})` : ""} · last changed ${formatDateTime(control.updatedAt)}`
              : "What the organization does, how often, and which requirements it satisfies."
          }
        />
        {save.isError && !placed ? <FormAlert error={save.error} /> : null}
        <Paper withBorder radius="md" p="md">
          <Stack gap="sm">
            <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
              <TextInput
                label="Code"
                description="Letters, digits, dot, dash or underscore, e.g. AIC-RSK-01."
                required
                readOnly={readOnly}
                value={values.code}
                onChange={(e) => set("code", e.currentTarget.value)}
                error={fieldErrors.code}
                data-autofocus
              />
              <TextInput
                label="Title"
                required
                readOnly={readOnly}
                value={values.title}
                onChange={(e) => set("title", e.currentTarget.value)}
                error={fieldErrors.title}
              />
            </SimpleGrid>
            <Textarea
              label="Description"
              description="What is done, by whom, and what it produces."
              autosize
              minRows={3}
              maxRows={10}
              readOnly={readOnly}
              value={values.description}
              onChange={(e) => set("description", e.currentTarget.value)}
              error={fieldErrors.description}
            />
            <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} spacing="sm">
              <Select
                label="Implementation status"
                data={STATUS_OPTIONS}
                value={values.implementationStatus}
                onChange={(v) => v && set("implementationStatus", v as ImplementationStatus)}
                allowDeselect={false}
                disabled={readOnly}
                error={fieldErrors.implementationStatus}
              />
              <Select
                label="Effectiveness"
                data={EFFECTIVENESS_OPTIONS}
                value={values.effectiveness}
                onChange={(v) => v && set("effectiveness", v as Effectiveness)}
                allowDeselect={false}
                disabled={readOnly}
                error={fieldErrors.effectiveness}
              />
              <Select
                label="Frequency"
                data={FREQUENCY_OPTIONS}
                value={values.frequency}
                onChange={(v) => v && set("frequency", v as ControlFrequency)}
                allowDeselect={false}
                disabled={readOnly}
                error={fieldErrors.frequency}
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
                  disabled={readOnly}
                  nothingFoundMessage={owners.isLoading ? "Loading…" : "No active user matches"}
                  error={fieldErrors.ownerId}
                />
              ) : null}
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
                  nothingFoundMessage={units.isLoading ? "Loading…" : "No business unit matches"}
                  error={fieldErrors.businessUnitId}
                />
              ) : null}
            </SimpleGrid>
            <Text size="xs" c="dimmed">
              Only implemented and partially implemented controls count for coverage; changing the status
              updates every framework at once.
            </Text>
          </Stack>
        </Paper>
        <section aria-labelledby="control-links-heading">
          <Title order={3} size="h4" id="control-links-heading" mb={4}>
            Requirements this control satisfies
          </Title>
          <Text size="sm" c="dimmed" mb="sm">
            Link the requirements the control meets directly. Coverage of other frameworks follows through
            crosswalks.
          </Text>
          {fieldErrors.links ? (
            <Text size="sm" c="red" mb="xs">
              {fieldErrors.links}
            </Text>
          ) : null}
          <ControlLinksEditor
            links={values.links}
            onChange={onLinks}
            labelOf={frameworks.labelOf}
            canEdit={canWrite}
            errors={linkErrors}
          />
        </section>
        {canWrite ? (
          <Group
            justify="flex-end"
            pos="sticky"
            bottom={0}
            py="sm"
            bg="var(--mantine-color-body)"
            style={{ zIndex: 2, borderTop: "1px solid var(--mantine-color-default-border)" }}
          >
            <Button variant="default" onClick={() => void navigate(CONTROL_LIBRARY_PATH)}>
              {control ? "Back to the library" : "Cancel"}
            </Button>
            <Button type="submit" loading={save.isPending}>
              {control ? "Save changes" : "Create control"}
            </Button>
          </Group>
        ) : null}
      </Stack>
    </form>
  );
}
