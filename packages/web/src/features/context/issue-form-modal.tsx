import {
  Button,
  Group,
  Modal,
  MultiSelect,
  Select,
  SimpleGrid,
  Stack,
  TextInput,
  Textarea,
} from "@mantine/core";
import { notifications } from "@mantine/notifications";
import {
  CreateContextIssue,
  ISSUE_CATEGORIES,
  ISSUE_KINDS,
  ISSUE_STATUSES,
  UpdateContextIssue,
  type ContextIssue,
} from "@openaims/core";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";
import { isApiError } from "../../api/errors";
import { FormAlert } from "../../components/form-alert";
import { handleVersionConflict } from "../../lib/conflict";
import { validateWith } from "../../lib/validate";
import { useCan } from "../auth/me-context";
import { useBusinessUnitOptions } from "../business-units/business-units-api";
import { ISSUES_KEY, createIssue, updateIssue, useAnnexCObjectives } from "./context-api";
import {
  ISSUE_CATEGORY_LABELS,
  ISSUE_KIND_LABELS,
  ISSUE_STATUS_LABELS,
  type IssueCategory,
  type IssueKind,
  type IssueStatus,
} from "./context-labels";

type Values = {
  kind: IssueKind;
  category: IssueCategory;
  title: string;
  description: string;
  threatenedObjectives: string[];
  status: IssueStatus;
  businessUnitId: string | null;
};

const EMPTY: Values = {
  kind: "external",
  category: "regulatory",
  title: "",
  description: "",
  threatenedObjectives: [],
  status: "open",
  businessUnitId: null,
};

/** The PATCH body of an issue: the version read and what changed; null when nothing did. */
export function issueChanges(issue: ContextIssue, v: Values): UpdateContextIssue | null {
  const body: UpdateContextIssue = { version: issue.version };
  if (v.kind !== issue.kind) body.kind = v.kind;
  if (v.category !== issue.category) body.category = v.category;
  if (v.title.trim() !== issue.title) body.title = v.title.trim();
  if (v.description !== issue.description) body.description = v.description;
  if (JSON.stringify(v.threatenedObjectives) !== JSON.stringify(issue.threatenedObjectives))
    body.threatenedObjectives = v.threatenedObjectives;
  if (v.status !== issue.status) body.status = v.status;
  if (v.businessUnitId !== issue.businessUnitId) body.businessUnitId = v.businessUnitId;
  return Object.keys(body).length > 1 ? body : null;
}

const options = <K extends string>(keys: readonly K[], label: (k: K) => string) =>
  keys.map((k) => ({ value: k, label: label(k) }));

/** Create an issue (issue = null), or read and edit one. */
export function IssueFormModal({ issue, onClose }: { issue: ContextIssue | null; onClose: () => void }) {
  const canWrite = useCan("records:write");
  const canReadUnits = useCan("business-units:read");
  const queryClient = useQueryClient();
  const objectives = useAnnexCObjectives();
  const units = useBusinessUnitOptions(canReadUnits);
  const [values, setValues] = useState<Values>(issue ? { ...issue } : EMPTY);
  const [fieldErrors, setFieldErrors] = useState<Record<string, string>>({});
  const set = <K extends keyof Values>(key: K, value: Values[K]) =>
    setValues((v) => ({ ...v, [key]: value }));

  const save = useMutation({
    mutationFn: async () => {
      if (!issue) return createIssue({ ...values, title: values.title.trim() });
      const changes = issueChanges(issue, values);
      return changes ? updateIssue(issue.id, changes) : null;
    },
    onSuccess: (saved) => {
      void queryClient.invalidateQueries({ queryKey: ISSUES_KEY });
      if (saved)
        notifications.show({
          color: "green",
          message: `${issue ? "Saved" : "Created"} ${saved.key} ${saved.title}.`,
        });
      onClose();
    },
    onError: (error) => {
      if (handleVersionConflict(error, queryClient, ISSUES_KEY, "issue")) return onClose();
      setFieldErrors(isApiError(error) ? { ...error.fieldErrors } : {});
    },
  });

  function submit(event: FormEvent) {
    event.preventDefault();
    const checked = issue
      ? validateWith(UpdateContextIssue, issueChanges(issue, values) ?? { version: issue.version })
      : validateWith(CreateContextIssue, { ...values, title: values.title.trim() });
    setFieldErrors(checked.ok ? {} : checked.fieldErrors);
    if (checked.ok) save.mutate();
  }

  const readOnly = !canWrite;
  const placed = Object.keys(fieldErrors).some((k) => k !== "");
  const title = issue ? `${issue.key} ${issue.title}` : "Record an issue";
  return (
    <Modal opened onClose={onClose} title={title} size="lg" centered>
      <form onSubmit={submit} noValidate aria-label={issue ? "Edit issue" : "Record an issue"}>
        <Stack>
          {save.isError && !placed ? <FormAlert error={save.error} /> : null}
          <TextInput
            label="Title"
            required
            readOnly={readOnly}
            value={values.title}
            onChange={(e) => set("title", e.currentTarget.value)}
            error={fieldErrors.title}
            data-autofocus
          />
          <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
            <Select
              label="Kind"
              data={options(ISSUE_KINDS, (k) => ISSUE_KIND_LABELS[k])}
              value={values.kind}
              onChange={(v) => v && set("kind", v as IssueKind)}
              allowDeselect={false}
              disabled={readOnly}
            />
            <Select
              label="Category"
              data={options(ISSUE_CATEGORIES, (k) => ISSUE_CATEGORY_LABELS[k])}
              value={values.category}
              onChange={(v) => v && set("category", v as IssueCategory)}
              allowDeselect={false}
              disabled={readOnly}
            />
            <Select
              label="Status"
              data={options(ISSUE_STATUSES, (k) => ISSUE_STATUS_LABELS[k].label)}
              value={values.status}
              onChange={(v) => v && set("status", v as IssueStatus)}
              allowDeselect={false}
              disabled={readOnly}
            />
          </SimpleGrid>
          <Textarea
            label="Description"
            autosize
            minRows={3}
            maxRows={8}
            readOnly={readOnly}
            value={values.description}
            onChange={(e) => set("description", e.currentTarget.value)}
            error={fieldErrors.description}
          />
          <MultiSelect
            label="Objectives it threatens"
            description="ISO/IEC 42001 Annex C.2 objectives this issue puts at risk."
            placeholder={values.threatenedObjectives.length ? undefined : "None"}
            data={objectives.options}
            value={values.threatenedObjectives}
            onChange={(v) => set("threatenedObjectives", v)}
            searchable
            clearable
            readOnly={readOnly}
            nothingFoundMessage={objectives.isLoading ? "Loading…" : "No objective matches"}
            error={fieldErrors.threatenedObjectives}
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
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {canWrite ? "Cancel" : "Close"}
            </Button>
            {canWrite ? (
              <Button type="submit" loading={save.isPending}>
                {issue ? "Save changes" : "Record issue"}
              </Button>
            ) : null}
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
