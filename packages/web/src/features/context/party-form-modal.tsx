import { Button, Group, Modal, Select, Stack, Text, TextInput, Textarea, Title } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { PARTY_CATEGORIES, type InterestedParty, type UpdateInterestedParty } from "@openaims/core";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";
import { isApiError, validationIssues } from "../../api/errors";
import { FormAlert } from "../../components/form-alert";
import { handleVersionConflict } from "../../lib/conflict";
import { useCan } from "../auth/me-context";
import { PARTIES_KEY, createParty, updateParty, useAnnexAControls } from "./context-api";
import { PARTY_CATEGORY_LABELS, type PartyCategory } from "./context-labels";
import { PartyRequirementRow } from "./party-requirement-row";
import {
  draftsOf,
  emptyRequirement,
  requirementsBody,
  requirementsChanged,
  rowErrorsOf,
  type RequirementDraft,
} from "./party-requirements";

/** Create an interested party (party = null), or read and edit one with its requirements checklist. */
export function PartyFormModal({ party, onClose }: { party: InterestedParty | null; onClose: () => void }) {
  const canWrite = useCan("records:write");
  const queryClient = useQueryClient();
  const [name, setName] = useState(party?.name ?? "");
  const [category, setCategory] = useState<PartyCategory>(party?.category ?? "customer");
  const [description, setDescription] = useState(party?.description ?? "");
  const [requirements, setRequirements] = useState<RequirementDraft[]>(
    party ? draftsOf(party.requirements) : [],
  );
  const [fieldErrors, setFieldErrors] = useState<Record<string, string>>({});
  const [rowErrors, setRowErrors] = useState<Record<number, string>>({});
  const annexA = useAnnexAControls();

  const save = useMutation({
    mutationFn: async () => {
      if (!party)
        return createParty({
          name: name.trim(),
          category,
          description,
          requirements: requirementsBody(requirements),
        });
      const body: UpdateInterestedParty = { version: party.version };
      if (name.trim() !== party.name) body.name = name.trim();
      if (category !== party.category) body.category = category;
      if (description !== party.description) body.description = description;
      if (requirementsChanged(party.requirements, requirements))
        body.requirements = requirementsBody(requirements);
      return Object.keys(body).length > 1 ? updateParty(party.id, body) : null;
    },
    onSuccess: (saved) => {
      void queryClient.invalidateQueries({ queryKey: PARTIES_KEY });
      if (saved)
        notifications.show({
          color: "green",
          message: `${party ? "Saved" : "Created"} ${saved.key} ${saved.name}.`,
        });
      onClose();
    },
    onError: (error) => {
      if (handleVersionConflict(error, queryClient, PARTIES_KEY, "interested party")) return onClose();
      setFieldErrors(isApiError(error) ? { ...error.fieldErrors } : {});
      setRowErrors(isApiError(error) ? rowErrorsOf(requirements, validationIssues(error.details)) : {});
    },
  });

  function submit(event: FormEvent) {
    event.preventDefault();
    if (!name.trim()) return setFieldErrors({ name: "Must not be empty" });
    setFieldErrors({});
    setRowErrors({});
    save.mutate();
  }
  const setRow = (i: number, patch: Partial<RequirementDraft>) =>
    setRequirements((rows) => rows.map((r, j) => (j === i ? { ...r, ...patch } : r)));
  const readOnly = !canWrite;
  const placed = Object.keys(fieldErrors).some((k) => k !== "");

  return (
    <Modal
      opened
      onClose={onClose}
      title={party ? `${party.key} ${party.name}` : "Add an interested party"}
      size="xl"
      centered
    >
      <form
        onSubmit={submit}
        noValidate
        aria-label={party ? "Edit interested party" : "Add an interested party"}
      >
        <Stack>
          {save.isError && !placed ? <FormAlert error={save.error} /> : null}
          <Group grow align="flex-start">
            <TextInput
              label="Name"
              required
              readOnly={readOnly}
              value={name}
              onChange={(e) => setName(e.currentTarget.value)}
              error={fieldErrors.name}
              data-autofocus
            />
            <Select
              label="Category"
              data={PARTY_CATEGORIES.map((c) => ({ value: c, label: PARTY_CATEGORY_LABELS[c] }))}
              value={category}
              onChange={(v) => v && setCategory(v as PartyCategory)}
              allowDeselect={false}
              disabled={readOnly}
            />
          </Group>
          <Textarea
            label="Description"
            autosize
            minRows={2}
            maxRows={6}
            readOnly={readOnly}
            value={description}
            onChange={(e) => setDescription(e.currentTarget.value)}
            error={fieldErrors.description}
          />
          <div>
            <Group justify="space-between" mb={4}>
              <Title order={3} size="h5">
                Their requirements
              </Title>
              {canWrite ? (
                <Button
                  size="xs"
                  variant="light"
                  onClick={() => setRequirements((r) => [...r, emptyRequirement()])}
                >
                  Add requirement
                </Button>
              ) : null}
            </Group>
            <Text size="sm" c="dimmed" mb="xs">
              What this party expects of the organization's use of AI (4.2 b), whether the AIMS addresses it,
              and how (4.2 c). Link a requirement to the Annex A controls it calls for, and deriving the
              Statement of Applicability cites this party for them (6.1.3 d).
            </Text>
            {fieldErrors.requirements && Object.keys(rowErrors).length === 0 ? (
              <Text size="sm" c="red" mb="xs">
                {fieldErrors.requirements}
              </Text>
            ) : null}
            <Stack gap="xs" data-testid="party-requirements">
              {requirements.length === 0 ? (
                <Text size="sm" c="dimmed">
                  No requirements recorded.
                </Text>
              ) : null}
              {requirements.map((r, i) => (
                <PartyRequirementRow
                  key={r.id ?? `new-${i}`}
                  index={i}
                  row={r}
                  annexA={annexA.options}
                  annexALoading={annexA.isLoading}
                  error={rowErrors[i]}
                  readOnly={readOnly}
                  onChange={(patch) => setRow(i, patch)}
                  onRemove={canWrite ? () => setRequirements((rows) => rows.filter((_, j) => j !== i)) : null}
                />
              ))}
            </Stack>
          </div>
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {canWrite ? "Cancel" : "Close"}
            </Button>
            {canWrite ? (
              <Button type="submit" loading={save.isPending}>
                {party ? "Save changes" : "Add party"}
              </Button>
            ) : null}
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
