import { Button, Group, Modal, NumberInput, Stack, Switch, TextInput, Textarea } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { CreateCompetence, UpdateCompetence, type Competence } from "@openaims/core";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";
import { isApiError } from "../../api/errors";
import { FormAlert } from "../../components/form-alert";
import { handleVersionConflict } from "../../lib/conflict";
import { validateWith } from "../../lib/validate";
import { PEOPLE_KEY, createCompetence, updateCompetence } from "./people-api";

type Values = { name: string; description: string; aiLiteracy: boolean; validityMonths: number | null };

/** Create a competence (competence = null) or change one. */
export function CompetenceModal({
  competence,
  onClose,
}: {
  competence: Competence | null;
  onClose: () => void;
}) {
  const queryClient = useQueryClient();
  const [values, setValues] = useState<Values>(
    competence ? { ...competence } : { name: "", description: "", aiLiteracy: false, validityMonths: null },
  );
  const [fieldErrors, setFieldErrors] = useState<Record<string, string>>({});
  const set = <K extends keyof Values>(key: K, value: Values[K]) =>
    setValues((v) => ({ ...v, [key]: value }));
  const body = () => ({ ...values, name: values.name.trim() });

  const changes = (): UpdateCompetence | null => {
    if (!competence) return null;
    const v = body();
    const patch: UpdateCompetence = { version: competence.version };
    if (v.name !== competence.name) patch.name = v.name;
    if (v.description !== competence.description) patch.description = v.description;
    if (v.aiLiteracy !== competence.aiLiteracy) patch.aiLiteracy = v.aiLiteracy;
    if (v.validityMonths !== competence.validityMonths) patch.validityMonths = v.validityMonths;
    return Object.keys(patch).length > 1 ? patch : null;
  };
  const save = useMutation({
    mutationFn: async () => {
      if (!competence) return createCompetence(body());
      const patch = changes();
      return patch ? updateCompetence(competence.id, patch) : null;
    },
    onSuccess: (saved) => {
      void queryClient.invalidateQueries({ queryKey: PEOPLE_KEY });
      if (saved)
        notifications.show({
          color: "green",
          message: `${competence ? "Saved" : "Created"} ${saved.key} ${saved.name}.`,
        });
      onClose();
    },
    onError: (error) => {
      if (handleVersionConflict(error, queryClient, PEOPLE_KEY, "competence")) return onClose();
      setFieldErrors(isApiError(error) ? { ...error.fieldErrors } : {});
    },
  });

  function submit(event: FormEvent) {
    event.preventDefault();
    const checked = competence
      ? validateWith(UpdateCompetence, changes() ?? { version: competence.version })
      : validateWith(CreateCompetence, body());
    setFieldErrors(checked.ok ? {} : checked.fieldErrors);
    if (checked.ok) save.mutate();
  }

  const placed = Object.keys(fieldErrors).some((k) => k !== "");
  return (
    <Modal opened onClose={onClose} title={competence ? `Edit ${competence.key}` : "New competence"} centered>
      <form onSubmit={submit} noValidate aria-label={competence ? "Edit competence" : "New competence"}>
        <Stack>
          {save.isError && !placed ? <FormAlert error={save.error} /> : null}
          <TextInput
            label="Name"
            required
            value={values.name}
            onChange={(e) => set("name", e.currentTarget.value)}
            error={fieldErrors.name}
            data-autofocus
          />
          <Textarea
            label="Description"
            description="What a person must know or be able to do."
            autosize
            minRows={2}
            maxRows={6}
            value={values.description}
            onChange={(e) => set("description", e.currentTarget.value)}
            error={fieldErrors.description}
          />
          <Switch
            label="Counts toward AI literacy (EU AI Act Art. 4)"
            checked={values.aiLiteracy}
            onChange={(e) => set("aiLiteracy", e.currentTarget.checked)}
          />
          <NumberInput
            label="Validity in months"
            description="How long training holds when a record gives no expiry date. Leave empty if it does not expire."
            min={1}
            max={120}
            allowDecimal={false}
            value={values.validityMonths ?? ""}
            onChange={(v) => set("validityMonths", typeof v === "number" ? v : null)}
            error={fieldErrors.validityMonths}
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              Cancel
            </Button>
            <Button type="submit" loading={save.isPending}>
              {competence ? "Save changes" : "Create competence"}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
