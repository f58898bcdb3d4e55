import { Button, Group, Modal, Stack, TextInput, Textarea } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { CreateBusinessUnit, UpdateBusinessUnit, type BusinessUnit } from "@openaims/core";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";
import { isApiError, messageOf } from "../../api/errors";
import { FormAlert } from "../../components/form-alert";
import { handleVersionConflict } from "../../lib/conflict";
import { validateWith } from "../../lib/validate";
import { businessUnitChanges } from "./business-unit-changes";
import { BUSINESS_UNITS_KEY, createBusinessUnit, updateBusinessUnit } from "./business-units-api";

/** Create a business unit (unit = null) or rename / describe one. */
export function BusinessUnitFormModal({ unit, onClose }: { unit: BusinessUnit | null; onClose: () => void }) {
  const queryClient = useQueryClient();
  const [name, setName] = useState(unit?.name ?? "");
  const [description, setDescription] = useState(unit?.description ?? "");
  const [fieldErrors, setFieldErrors] = useState<Record<string, string>>({});

  const save = useMutation({
    mutationFn: async (): Promise<BusinessUnit | null> => {
      if (!unit) return createBusinessUnit({ name, description });
      const changes = businessUnitChanges(unit, { name, description });
      return changes ? updateBusinessUnit(unit.id, changes) : null;
    },
    onSuccess: (saved) => {
      void queryClient.invalidateQueries({ queryKey: BUSINESS_UNITS_KEY });
      if (saved)
        notifications.show({
          color: "green",
          message: `${unit ? "Saved" : "Created"} ${saved.name} (${saved.key}).`,
        });
      onClose();
    },
    onError: (error) => {
      if (handleVersionConflict(error, queryClient, BUSINESS_UNITS_KEY, "business unit")) return onClose();
      if (isApiError(error, "ALREADY_EXISTS")) return setFieldErrors({ name: messageOf(error) });
      setFieldErrors(isApiError(error) ? { ...error.fieldErrors } : {});
    },
  });

  function submit(event: FormEvent) {
    event.preventDefault();
    const checked = unit
      ? validateWith(UpdateBusinessUnit, { version: unit.version, name, description })
      : validateWith(CreateBusinessUnit, { name, description });
    setFieldErrors(checked.ok ? {} : checked.fieldErrors);
    if (checked.ok) save.mutate();
  }

  const hasFieldErrors = Object.keys(fieldErrors).some((k) => k !== "");
  return (
    <Modal
      opened
      onClose={onClose}
      title={unit ? `Edit ${unit.name}` : "Create business unit"}
      centered
      size="lg"
    >
      <form onSubmit={submit} noValidate aria-label={unit ? "Edit business unit" : "Create business unit"}>
        <Stack>
          {save.isError && !hasFieldErrors ? <FormAlert error={save.error} /> : null}
          <TextInput
            label="Name"
            required
            value={name}
            onChange={(e) => setName(e.currentTarget.value)}
            error={fieldErrors.name}
            data-autofocus
          />
          <Textarea
            label="Description"
            description="What this unit does and which AI systems it owns (optional)."
            autosize
            minRows={3}
            maxRows={8}
            value={description}
            onChange={(e) => setDescription(e.currentTarget.value)}
            error={fieldErrors.description}
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              Cancel
            </Button>
            <Button type="submit" loading={save.isPending}>
              {unit ? "Save changes" : "Create business unit"}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
