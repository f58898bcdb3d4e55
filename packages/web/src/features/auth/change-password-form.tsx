import { Button, PasswordInput, Stack, Text, Title } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { ChangePasswordRequest, MIN_PASSWORD_LENGTH } from "@openaims/core";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";
import { isApiError, messageOf } from "../../api/errors";
import { FormAlert } from "../../components/form-alert";
import { validateWith } from "../../lib/validate";
import { changePassword } from "./auth-api";
import { ME_QUERY_KEY } from "./me-context";

const EMPTY = { currentPassword: "", newPassword: "", confirm: "" };

/** My account → change password (POST /api/v1/auth/password). */
export function ChangePasswordForm() {
  const queryClient = useQueryClient();
  const [values, setValues] = useState(EMPTY);
  const [fieldErrors, setFieldErrors] = useState<Record<string, string>>({});

  const change = useMutation({
    mutationFn: changePassword,
    onSuccess: () => {
      setValues(EMPTY);
      notifications.show({ color: "green", message: "Your password was changed." });
      // The server may start a new session on a password change: fetch the new CSRF token.
      void queryClient.invalidateQueries({ queryKey: ME_QUERY_KEY });
    },
    onError: (error) => {
      if (isApiError(error, "INVALID_CREDENTIALS"))
        return setFieldErrors({ currentPassword: messageOf(error) });
      setFieldErrors(isApiError(error) ? { ...error.fieldErrors } : {});
    },
  });

  function submit(event: FormEvent) {
    event.preventDefault();
    const body = { currentPassword: values.currentPassword, newPassword: values.newPassword };
    const checked = validateWith(ChangePasswordRequest, body);
    const errors = checked.ok ? {} : { ...checked.fieldErrors };
    if (values.confirm !== values.newPassword) errors.confirm = "Does not match the new password";
    setFieldErrors(errors);
    if (Object.keys(errors).length === 0) change.mutate(body);
  }

  const set = (key: keyof typeof EMPTY) => (e: { currentTarget: { value: string } }) => {
    const value = e.currentTarget.value;
    setValues((v) => ({ ...v, [key]: value }));
  };
  return (
    <Stack gap="md" component="section" aria-labelledby="password-heading">
      <div>
        <Title order={3} id="password-heading">
          Change password
        </Title>
        <Text size="sm" c="dimmed">
          At least {MIN_PASSWORD_LENGTH} characters. A long passphrase is easier to remember and harder to
          guess.
        </Text>
      </div>
      <form onSubmit={submit} noValidate aria-label="Change password">
        <Stack maw={420}>
          {change.isError && !Object.keys(fieldErrors).length ? <FormAlert error={change.error} /> : null}
          <PasswordInput
            label="Current password"
            required
            autoComplete="current-password"
            value={values.currentPassword}
            onChange={set("currentPassword")}
            error={fieldErrors.currentPassword}
          />
          <PasswordInput
            label="New password"
            required
            autoComplete="new-password"
            value={values.newPassword}
            onChange={set("newPassword")}
            error={fieldErrors.newPassword}
          />
          <PasswordInput
            label="Confirm new password"
            required
            autoComplete="new-password"
            value={values.confirm}
            onChange={set("confirm")}
            error={fieldErrors.confirm}
          />
          <div>
            <Button type="submit" loading={change.isPending}>
              Change password
            </Button>
          </div>
        </Stack>
      </form>
    </Stack>
  );
}
