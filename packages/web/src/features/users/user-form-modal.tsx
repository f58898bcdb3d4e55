import {
  Button,
  Group,
  Modal,
  MultiSelect,
  PasswordInput,
  Select,
  Stack,
  Text,
  TextInput,
} from "@mantine/core";
import { notifications } from "@mantine/notifications";
import {
  CreateUser,
  MIN_PASSWORD_LENGTH,
  ROLES,
  ROLE_DESCRIPTIONS,
  UpdateUser,
  type Role,
  type User,
} from "@openaims/core";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";
import { isApiError, messageOf } from "../../api/errors";
import { FormAlert } from "../../components/form-alert";
import { handleVersionConflict } from "../../lib/conflict";
import { capitalize } from "../../lib/format";
import { validateWith } from "../../lib/validate";
import { useBusinessUnitOptions } from "../business-units/business-units-api";
import { createUserBody, isScopable, userChanges, type UserFormValues } from "./user-changes";
import { USERS_KEY, createUser, updateUser } from "./users-api";

const ROLE_OPTIONS = ROLES.map((r) => ({ value: r, label: capitalize(r) }));

type Props = { user: User | null; onClose: () => void };

/** Create a user (user = null) or edit one's name, role and business units. */
export function UserFormModal({ user, onClose }: Props) {
  const isEdit = user !== null;
  const queryClient = useQueryClient();
  const units = useBusinessUnitOptions();
  const [values, setValues] = useState<UserFormValues>({
    name: user?.name ?? "",
    email: user?.email ?? "",
    role: user?.role ?? "contributor",
    password: "",
    businessUnitIds: user?.businessUnitIds ?? [],
  });
  const [fieldErrors, setFieldErrors] = useState<Record<string, string>>({});

  const save = useMutation({
    mutationFn: async (): Promise<User | null> => {
      if (!user) return createUser(createUserBody(values));
      const changes = userChanges(user, values);
      return changes ? updateUser(user.id, changes) : null;
    },
    onSuccess: (saved) => {
      void queryClient.invalidateQueries({ queryKey: USERS_KEY });
      if (saved) {
        notifications.show({
          color: "green",
          message: isEdit ? `Saved ${saved.name}.` : `Created ${saved.name} (${saved.email}).`,
        });
      }
      onClose();
    },
    onError: (error) => {
      if (handleVersionConflict(error, queryClient, USERS_KEY, "user")) return onClose();
      if (isApiError(error, "ALREADY_EXISTS")) return setFieldErrors({ email: messageOf(error) });
      setFieldErrors(isApiError(error) ? { ...error.fieldErrors } : {});
    },
  });

  function submit(event: FormEvent) {
    event.preventDefault();
    const checked = isEdit
      ? validateWith(UpdateUser, {
          version: user.version,
          name: values.name,
          role: values.role,
          businessUnitIds: values.businessUnitIds,
        })
      : validateWith(CreateUser, createUserBody(values));
    setFieldErrors(checked.ok ? {} : checked.fieldErrors);
    if (checked.ok) save.mutate();
  }

  const set = (key: "name" | "email" | "password") => (e: { currentTarget: { value: string } }) => {
    const value = e.currentTarget.value;
    setValues((v) => ({ ...v, [key]: value }));
  };
  const hasFieldErrors = Object.keys(fieldErrors).some((k) => k !== "");

  return (
    <Modal opened onClose={onClose} title={isEdit ? `Edit ${user.name}` : "Create user"} size="lg" centered>
      <form onSubmit={submit} noValidate aria-label={isEdit ? "Edit user" : "Create user"}>
        <Stack>
          {save.isError && !hasFieldErrors ? <FormAlert error={save.error} /> : null}
          <TextInput
            label="Name"
            required
            value={values.name}
            onChange={set("name")}
            error={fieldErrors.name}
            data-autofocus
          />
          {isEdit ? (
            <TextInput
              label="Email"
              value={values.email}
              readOnly
              description="The email address cannot be changed."
            />
          ) : (
            <TextInput
              label="Email"
              type="email"
              required
              value={values.email}
              onChange={set("email")}
              error={fieldErrors.email}
              autoComplete="off"
            />
          )}
          <Select
            label="Role"
            required
            allowDeselect={false}
            data={ROLE_OPTIONS}
            value={values.role}
            onChange={(role) => role && setValues((v) => ({ ...v, role: role as Role }))}
            description={ROLE_DESCRIPTIONS[values.role]}
            error={fieldErrors.role}
          />
          {isScopable(values.role) ? (
            <MultiSelect
              label="Business units"
              description="Limits this person to records of these units. Leave empty for all units."
              placeholder={values.businessUnitIds.length ? undefined : "All business units"}
              data={units.options}
              value={values.businessUnitIds}
              onChange={(ids) => setValues((v) => ({ ...v, businessUnitIds: ids }))}
              searchable
              clearable
              nothingFoundMessage={units.isLoading ? "Loading…" : "No business unit matches"}
              error={fieldErrors.businessUnitIds}
            />
          ) : (
            <Text size="xs" c="dimmed">
              {capitalize(values.role)}s work across all business units.
            </Text>
          )}
          {!isEdit ? (
            <PasswordInput
              label="Initial password"
              description={`At least ${MIN_PASSWORD_LENGTH} characters. Give it to the person securely; they can change it under My account.`}
              required
              value={values.password}
              onChange={set("password")}
              error={fieldErrors.password}
              autoComplete="new-password"
            />
          ) : null}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              Cancel
            </Button>
            <Button type="submit" loading={save.isPending}>
              {isEdit ? "Save changes" : "Create user"}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
