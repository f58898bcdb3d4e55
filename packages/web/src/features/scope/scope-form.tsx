import {
  Button,
  CloseButton,
  Group,
  MultiSelect,
  Paper,
  Stack,
  Text,
  TextInput,
  Textarea,
  Title,
} from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { UpdateScopeVersion, type ScopeVersion } from "@openaims/core";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";
import { isApiError, validationIssues } from "../../api/errors";
import { FormAlert } from "../../components/form-alert";
import { handleVersionConflict } from "../../lib/conflict";
import { validateWith } from "../../lib/validate";
import { useCan } from "../auth/me-context";
import { useBusinessUnitOptions } from "../business-units/business-units-api";
import { useAiSystemOptions } from "../inventory/ai-system-options";
import { SCOPE_KEY, updateScopeVersion } from "./scope-api";
import { scopeChanges, scopeValuesOf, type ScopeValues } from "./scope-values";

/** Messages on exclusion rows ("exclusions.1.justification" → "1.justification"). */
function exclusionErrorsOf(error: unknown): Record<string, string> {
  if (!isApiError(error, "VALIDATION_FAILED")) return {};
  const out: Record<string, string> = {};
  for (const issue of validationIssues(error.details)) {
    const m = /(?:^|\.)exclusions\.(\d+)\.(item|justification)$/.exec(issue.path);
    if (m) out[`${m[1]}.${m[2]}`] ??= issue.message;
  }
  return out;
}

/** Edit a draft scope version: what is in, what is out and why, the boundaries and the reassessment date. */
export function ScopeForm({ version }: { version: ScopeVersion }) {
  const canReadUnits = useCan("business-units:read");
  const queryClient = useQueryClient();
  const units = useBusinessUnitOptions(canReadUnits);
  const systems = useAiSystemOptions();
  const [values, setValues] = useState<ScopeValues>(() => scopeValuesOf(version));
  const [fieldErrors, setFieldErrors] = useState<Record<string, string>>({});
  const [rowErrors, setRowErrors] = useState<Record<string, string>>({});
  const set = <K extends keyof ScopeValues>(key: K, value: ScopeValues[K]) =>
    setValues((v) => ({ ...v, [key]: value }));

  const save = useMutation({
    mutationFn: async () => {
      const changes = scopeChanges(version, values);
      return changes ? updateScopeVersion(version.id, changes) : null;
    },
    onSuccess: (saved) => {
      if (!saved) return notifications.show({ color: "gray", message: "Nothing to save: no field changed." });
      queryClient.setQueryData([...SCOPE_KEY, "detail", saved.id], saved);
      void queryClient.invalidateQueries({ queryKey: SCOPE_KEY });
      notifications.show({ color: "green", message: `Saved scope version ${saved.number}.` });
    },
    onError: (error) => {
      if (handleVersionConflict(error, queryClient, SCOPE_KEY, "scope version")) return;
      setFieldErrors(isApiError(error) ? { ...error.fieldErrors } : {});
      setRowErrors(exclusionErrorsOf(error));
    },
  });
  function submit(event: FormEvent) {
    event.preventDefault();
    const checked = validateWith(
      UpdateScopeVersion,
      scopeChanges(version, values) ?? { version: version.version },
    );
    setFieldErrors(checked.ok ? {} : checked.fieldErrors);
    setRowErrors({});
    if (checked.ok) save.mutate();
  }
  const setRow = (i: number, patch: Partial<ScopeValues["exclusions"][number]>) =>
    set(
      "exclusions",
      values.exclusions.map((e, j) => (j === i ? { ...e, ...patch } : e)),
    );
  const placed = Object.keys(fieldErrors).some((k) => k !== "");

  return (
    <form onSubmit={submit} noValidate aria-label={`Edit scope version ${version.number}`}>
      <Stack gap="md">
        {save.isError && !placed ? <FormAlert error={save.error} /> : null}
        <Paper withBorder radius="md" p="md">
          <Stack gap="sm">
            <Textarea
              label="Scope statement"
              description="What the AI management system covers, in a few sentences."
              autosize
              minRows={3}
              maxRows={10}
              value={values.description}
              onChange={(e) => set("description", e.currentTarget.value)}
              error={fieldErrors.description}
            />
            {canReadUnits ? (
              <MultiSelect
                label="Business units included"
                placeholder={values.businessUnitIds.length ? undefined : "None"}
                data={units.options}
                value={values.businessUnitIds}
                onChange={(v) => set("businessUnitIds", v)}
                searchable
                clearable
                error={fieldErrors.businessUnitIds}
              />
            ) : null}
            <MultiSelect
              label="AI systems included"
              placeholder={values.aiSystemIds.length ? undefined : "None"}
              data={systems.options}
              value={values.aiSystemIds}
              onChange={(v) => set("aiSystemIds", v)}
              searchable
              clearable
              nothingFoundMessage={systems.isLoading ? "Loading…" : "No AI system matches"}
              error={fieldErrors.aiSystemIds}
            />
            <Textarea
              label="Boundaries"
              description="Organizational, physical and technical boundaries and interfaces (4.3 a–c)."
              autosize
              minRows={2}
              maxRows={8}
              value={values.boundaries}
              onChange={(e) => set("boundaries", e.currentTarget.value)}
              error={fieldErrors.boundaries}
            />
            <TextInput
              type="date"
              label="Reassess by"
              description="Managers get a reminder on this day while this version is in force."
              value={values.reassessBy}
              onChange={(e) => set("reassessBy", e.currentTarget.value)}
              error={fieldErrors.reassessBy}
              w={220}
            />
          </Stack>
        </Paper>
        <Paper withBorder radius="md" p="md">
          <Group justify="space-between" mb={4}>
            <Title order={3} size="h5">
              Exclusions
            </Title>
            <Button
              size="xs"
              variant="light"
              onClick={() => set("exclusions", [...values.exclusions, { item: "", justification: "" }])}
            >
              Add exclusion
            </Button>
          </Group>
          <Text size="sm" c="dimmed" mb="xs">
            Everything left out of the scope, each with its justification (4.3 requires one).
          </Text>
          {fieldErrors.exclusions && Object.keys(rowErrors).length === 0 ? (
            <Text size="sm" c="red" mb="xs">
              {fieldErrors.exclusions}
            </Text>
          ) : null}
          <Stack gap="xs" data-testid="scope-exclusions">
            {values.exclusions.length === 0 ? (
              <Text size="sm" c="dimmed">
                No exclusions.
              </Text>
            ) : null}
            {values.exclusions.map((e, i) => (
              <Group key={i} align="flex-start" gap="sm" wrap="nowrap">
                <TextInput
                  aria-label={`Excluded item ${i + 1}`}
                  placeholder="What is excluded"
                  value={e.item}
                  onChange={(ev) => setRow(i, { item: ev.currentTarget.value })}
                  error={rowErrors[`${i}.item`]}
                  style={{ flex: 1 }}
                />
                <TextInput
                  aria-label={`Justification of exclusion ${i + 1}`}
                  placeholder="Why"
                  value={e.justification}
                  onChange={(ev) => setRow(i, { justification: ev.currentTarget.value })}
                  error={rowErrors[`${i}.justification`]}
                  style={{ flex: 2 }}
                />
                <CloseButton
                  mt={6}
                  aria-label={`Remove exclusion ${i + 1}`}
                  onClick={() =>
                    set(
                      "exclusions",
                      values.exclusions.filter((_, j) => j !== i),
                    )
                  }
                />
              </Group>
            ))}
          </Stack>
        </Paper>
        <Group justify="flex-end">
          <Button type="submit" loading={save.isPending}>
            Save draft
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
