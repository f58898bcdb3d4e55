import { Button, Group, Modal, MultiSelect, Stack, TextInput, Textarea } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { CreateOrgRole, UpdateOrgRole, type OrgRole } from "@openaims/core";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";
import { isApiError } from "../../api/errors";
import { FormAlert } from "../../components/form-alert";
import { handleVersionConflict } from "../../lib/conflict";
import { validateWith } from "../../lib/validate";
import { PEOPLE_KEY, createOrgRole, updateOrgRole, usePeopleOptions } from "./people-api";

/** Create a role with its first members (role = null), or rename and describe one. */
export function OrgRoleModal({ role, onClose }: { role: OrgRole | null; onClose: () => void }) {
  const queryClient = useQueryClient();
  const people = usePeopleOptions();
  const [name, setName] = useState(role?.name ?? "");
  const [description, setDescription] = useState(role?.description ?? "");
  const [memberIds, setMemberIds] = useState<string[]>([]);
  const [fieldErrors, setFieldErrors] = useState<Record<string, string>>({});

  const changes = (): UpdateOrgRole | null => {
    if (!role) return null;
    const body: UpdateOrgRole = { version: role.version };
    if (name.trim() !== role.name) body.name = name.trim();
    if (description !== role.description) body.description = description;
    return Object.keys(body).length > 1 ? body : null;
  };
  const save = useMutation({
    mutationFn: async () => {
      if (!role) return createOrgRole({ name: name.trim(), description, memberIds });
      const body = changes();
      return body ? updateOrgRole(role.id, body) : null;
    },
    onSuccess: (saved) => {
      void queryClient.invalidateQueries({ queryKey: PEOPLE_KEY });
      if (saved)
        notifications.show({
          color: "green",
          message: `${role ? "Saved" : "Created"} ${saved.key} ${saved.name}.`,
        });
      onClose();
    },
    onError: (error) => {
      if (handleVersionConflict(error, queryClient, PEOPLE_KEY, "role")) return onClose();
      setFieldErrors(isApiError(error) ? { ...error.fieldErrors } : {});
    },
  });

  function submit(event: FormEvent) {
    event.preventDefault();
    const checked = role
      ? validateWith(UpdateOrgRole, changes() ?? { version: role.version })
      : validateWith(CreateOrgRole, { name: name.trim(), description, memberIds });
    setFieldErrors(checked.ok ? {} : checked.fieldErrors);
    if (checked.ok) save.mutate();
  }

  const placed = Object.keys(fieldErrors).some((k) => k !== "");
  return (
    <Modal opened onClose={onClose} title={role ? `Edit ${role.key}` : "New role"} centered>
      <form onSubmit={submit} noValidate aria-label={role ? "Edit role" : "New role"}>
        <Stack>
          {save.isError && !placed ? <FormAlert error={save.error} /> : null}
          <TextInput
            label="Name"
            description="A job role in the AIMS, e.g. AI governance lead or ML engineer."
            required
            value={name}
            onChange={(e) => setName(e.currentTarget.value)}
            error={fieldErrors.name}
            data-autofocus
          />
          <Textarea
            label="Description"
            autosize
            minRows={2}
            maxRows={6}
            value={description}
            onChange={(e) => setDescription(e.currentTarget.value)}
            error={fieldErrors.description}
          />
          {role ? null : (
            <MultiSelect
              label="Members"
              placeholder={memberIds.length ? undefined : "Nobody yet"}
              data={people.options}
              value={memberIds}
              onChange={setMemberIds}
              searchable
              clearable
              nothingFoundMessage={people.isLoading ? "Loading…" : "No one matches"}
              error={fieldErrors.memberIds}
            />
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              Cancel
            </Button>
            <Button type="submit" loading={save.isPending}>
              {role ? "Save changes" : "Create role"}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
