import { Button, Group, Paper, Select, SimpleGrid, Stack, Text, Textarea, Title } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import {
  applyConcernTriage,
  CONCERN_SEVERITIES,
  isClosedConcern,
  isDomainError,
  nextConcernStatuses,
  UpdateConcern,
  type Concern,
  type ConcernSeverity,
  type ConcernStatus,
} from "@openaims/core";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";
import { isApiError } from "../../api/errors";
import { FormAlert } from "../../components/form-alert";
import { handleVersionConflict } from "../../lib/conflict";
import { validateWith } from "../../lib/validate";
import { useCan } from "../auth/me-context";
import { useOwnerOptions } from "../controls/control-owner-options";
import { SEVERITY_LABELS, STATUS_LABELS } from "./concern-labels";
import { ConcernRiskModal } from "./concern-risk-modal";
import { CONCERNS_KEY, triageConcern } from "./concerns-api";

type Values = {
  status: ConcernStatus;
  severity: ConcernSeverity | null;
  assigneeId: string | null;
  triageNote: string;
  resolution: string;
};

/** The PATCH body of a triage: the version read and what changed; null when nothing did. */
export function triageChanges(c: Concern, v: Values): UpdateConcern | null {
  const body: UpdateConcern = { version: c.version };
  if (v.status !== c.status) body.status = v.status;
  if (v.severity !== c.severity) body.severity = v.severity;
  if (v.assigneeId !== (c.assignee?.id ?? null)) body.assigneeId = v.assigneeId;
  if (v.triageNote !== (c.triageNote ?? "")) body.triageNote = v.triageNote;
  if (v.resolution !== c.resolution) body.resolution = v.resolution;
  return Object.keys(body).length > 1 ? body : null;
}

/** The workflow's verdict on a change, from the same core rule the server applies. */
function ruleProblem(c: Concern, v: Values): string | null {
  try {
    applyConcernTriage({ status: c.status, severity: c.severity, resolution: c.resolution }, v);
    return null;
  } catch (e) {
    return isDomainError(e) ? e.message : String(e);
  }
}

/** Triage of a concern by a manager: status, severity, assignee, notes and the outcome. */
export function ConcernTriage({ concern: c }: { concern: Concern }) {
  const queryClient = useQueryClient();
  const canReadUsers = useCan("users:read");
  const people = useOwnerOptions(canReadUsers);
  const [values, setValues] = useState<Values>({
    status: c.status,
    severity: c.severity,
    assigneeId: c.assignee?.id ?? null,
    triageNote: c.triageNote ?? "",
    resolution: c.resolution,
  });
  const [fieldErrors, setFieldErrors] = useState<Record<string, string>>({});
  const [problem, setProblem] = useState<string | null>(null);
  const [riskOpen, setRiskOpen] = useState(false);
  const set = <K extends keyof Values>(key: K, value: Values[K]) =>
    setValues((v) => ({ ...v, [key]: value }));

  const save = useMutation({
    mutationFn: (body: UpdateConcern) => triageConcern(c.id, body),
    onSuccess: (saved) => {
      void queryClient.invalidateQueries({ queryKey: CONCERNS_KEY });
      notifications.show({
        color: "green",
        message: `Saved ${saved.key}: ${STATUS_LABELS[saved.status].label}.`,
      });
    },
    onError: (error) => {
      if (handleVersionConflict(error, queryClient, CONCERNS_KEY, "concern")) return;
      setFieldErrors(isApiError(error) ? { ...error.fieldErrors } : {});
    },
  });

  function submit(event: FormEvent) {
    event.preventDefault();
    const body = triageChanges(c, values);
    if (!body) return setProblem("Nothing changed.");
    const checked = validateWith(UpdateConcern, body);
    setFieldErrors(checked.ok ? {} : checked.fieldErrors);
    const broken = ruleProblem(c, values);
    setProblem(broken);
    if (checked.ok && !broken) save.mutate(body);
  }

  const statuses = [c.status, ...nextConcernStatuses(c.status)];
  const closing = isClosedConcern(values.status);
  const placed = Object.keys(fieldErrors).some((k) => k !== "");
  return (
    <Paper withBorder radius="md" p="md" data-testid="concern-triage">
      <form onSubmit={submit} noValidate aria-label="Triage">
        <Stack>
          <Group justify="space-between">
            <Title order={3} size="h4">
              Triage
            </Title>
            <Button size="xs" variant="light" onClick={() => setRiskOpen(true)}>
              Start a risk from this concern
            </Button>
          </Group>
          {problem ? (
            <Text c="red" size="sm" role="alert" data-testid="triage-problem">
              {problem}
            </Text>
          ) : null}
          {save.isError && !placed ? <FormAlert error={save.error} /> : null}
          <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
            <Select
              label="Status"
              description={`Next: ${nextConcernStatuses(c.status)
                .map((s) => STATUS_LABELS[s].label)
                .join(", ")}`}
              data={statuses.map((s) => ({ value: s, label: STATUS_LABELS[s].label }))}
              value={values.status}
              onChange={(v) => v && set("status", v as ConcernStatus)}
              allowDeselect={false}
            />
            <Select
              label="Severity"
              placeholder="Not set"
              data={CONCERN_SEVERITIES.map((s) => ({ value: s, label: SEVERITY_LABELS[s].label }))}
              value={values.severity}
              onChange={(v) => set("severity", v as ConcernSeverity | null)}
              clearable
              error={fieldErrors.severity}
            />
            <Select
              label="Assignee"
              placeholder="Nobody"
              data={people.options}
              value={values.assigneeId}
              onChange={(v) => set("assigneeId", v)}
              searchable
              clearable
              error={fieldErrors.assigneeId}
            />
          </SimpleGrid>
          <Textarea
            label="Triage notes"
            description="Internal: seen by managers, auditors and the assignee, not by the reporter."
            autosize
            minRows={2}
            maxRows={10}
            value={values.triageNote}
            onChange={(e) => set("triageNote", e.currentTarget.value)}
            error={fieldErrors.triageNote}
          />
          <Textarea
            label="Resolution"
            description="The outcome, shown to the reporter; required to resolve or dismiss."
            required={closing}
            autosize
            minRows={2}
            maxRows={10}
            value={values.resolution}
            onChange={(e) => set("resolution", e.currentTarget.value)}
            error={fieldErrors.resolution}
          />
          <Group justify="flex-end">
            <Button type="submit" loading={save.isPending}>
              Save triage
            </Button>
          </Group>
        </Stack>
      </form>
      {riskOpen ? <ConcernRiskModal concern={c} onClose={() => setRiskOpen(false)} /> : null}
    </Paper>
  );
}
