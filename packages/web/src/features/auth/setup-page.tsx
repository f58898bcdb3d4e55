import { Alert, Button, Center, Loader, PasswordInput, Stack, TextInput } from "@mantine/core";
import { MIN_PASSWORD_LENGTH, SetupRequest } from "@openaims/core";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";
import { Navigate, useNavigate, useSearchParams } from "react-router";
import { isApiError, messageOf } from "../../api/errors";
import { FormAlert } from "../../components/form-alert";
import { validateWith } from "../../lib/validate";
import { completeSetup, fetchSetupStatus } from "./auth-api";
import { AuthLayout } from "./auth-layout";
import { ME_QUERY_KEY } from "./me-context";

type Fields = { token: string; name: string; email: string; password: string; confirm: string };

/**
 * First run: the person holding the setup link creates the first administrator
 * (GET/POST /api/v1/setup). Once someone exists, the page sends people to sign in.
 */
export function SetupPage() {
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const status = useQuery({ queryKey: ["setup-status"], queryFn: fetchSetupStatus, retry: false });
  const [fields, setFields] = useState<Fields>({
    token: params.get("token") ?? "",
    name: "",
    email: "",
    password: "",
    confirm: "",
  });
  const [fieldErrors, setFieldErrors] = useState<Record<string, string>>({});

  const setup = useMutation({
    mutationFn: completeSetup,
    onSuccess: (me) => {
      queryClient.clear();
      queryClient.setQueryData(ME_QUERY_KEY, me);
      void navigate("/", { replace: true });
    },
    onError: (error) => {
      if (!isApiError(error)) return setFieldErrors({});
      if (error.code === "SETUP_TOKEN_INVALID") return setFieldErrors({ token: messageOf(error) });
      setFieldErrors({ ...error.fieldErrors });
    },
  });

  if (status.isPending) {
    return (
      <Center h="100vh">
        <Loader aria-label="Checking whether setup is needed" />
      </Center>
    );
  }
  if (status.data && !status.data.required) return <Navigate to="/login" replace />;

  const set = (key: keyof Fields) => (e: { currentTarget: { value: string } }) => {
    const value = e.currentTarget.value;
    setFields((f) => ({ ...f, [key]: value }));
  };

  function submit(event: FormEvent) {
    event.preventDefault();
    const { confirm, ...body } = fields;
    const checked = validateWith(SetupRequest, body);
    const errors = checked.ok ? {} : { ...checked.fieldErrors };
    if (confirm !== body.password) errors.confirm = "Does not match the password";
    setFieldErrors(errors);
    if (!checked.ok || errors.confirm) return;
    setup.mutate(body);
  }

  const showAlert =
    setup.isError &&
    !(
      isApiError(setup.error) &&
      (setup.error.code === "SETUP_TOKEN_INVALID" || Object.keys(setup.error.fieldErrors).length)
    );
  return (
    <AuthLayout
      title="Set up OpenAIMS"
      subtitle="Create the first administrator. They can then invite everyone else."
    >
      <form onSubmit={submit} noValidate aria-label="Create the first administrator">
        <Stack>
          {status.isError ? <FormAlert error={status.error} title="Could not check the setup state" /> : null}
          {isApiError(setup.error, "SETUP_NOT_AVAILABLE") ? (
            <Alert color="blue" variant="light" role="alert" title="Already set up">
              {messageOf(setup.error)} Sign in instead.
            </Alert>
          ) : showAlert ? (
            <FormAlert error={setup.error} />
          ) : null}
          <TextInput
            label="Setup token"
            description="From the setup link the server printed when it started."
            required
            value={fields.token}
            onChange={set("token")}
            error={fieldErrors.token}
            autoComplete="off"
            spellCheck={false}
          />
          <TextInput
            label="Your name"
            required
            value={fields.name}
            onChange={set("name")}
            error={fieldErrors.name}
            autoComplete="name"
          />
          <TextInput
            label="Email"
            type="email"
            required
            value={fields.email}
            onChange={set("email")}
            error={fieldErrors.email}
            autoComplete="username"
          />
          <PasswordInput
            label="Password"
            description={`At least ${MIN_PASSWORD_LENGTH} characters. A long passphrase is best.`}
            required
            value={fields.password}
            onChange={set("password")}
            error={fieldErrors.password}
            autoComplete="new-password"
          />
          <PasswordInput
            label="Confirm password"
            required
            value={fields.confirm}
            onChange={set("confirm")}
            error={fieldErrors.confirm}
            autoComplete="new-password"
          />
          <Button type="submit" loading={setup.isPending} fullWidth>
            Create administrator
          </Button>
        </Stack>
      </form>
    </AuthLayout>
  );
}
