import { Alert, Anchor, Button, PasswordInput, Stack, Text, TextInput } from "@mantine/core";
import { LoginRequest } from "@openaims/core";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";
import { Navigate, useNavigate, useSearchParams } from "react-router";
import { isApiError, messageOf } from "../../api/errors";
import { validateWith } from "../../lib/validate";
import { fetchMe, fetchSetupStatus, signIn } from "./auth-api";
import { AuthLayout } from "./auth-layout";
import { ME_QUERY_KEY } from "./me-context";
import { safeNextPath } from "./next-path";

/** Titles for the sign-in failures a person can do something about. */
function signInErrorTitle(error: unknown): string {
  if (isApiError(error, "INVALID_CREDENTIALS")) return "Wrong email or password";
  if (isApiError(error, "RATE_LIMITED")) return "Too many sign-in attempts";
  if (isApiError(error, "ACCOUNT_DISABLED")) return "Account deactivated";
  return "Could not sign in";
}

/** Sign-in with email and password (POST /api/v1/auth/login). */
export function LoginPage() {
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [email, setEmail] = useState("");
  const [password, setPassword] = useState("");
  const [fieldErrors, setFieldErrors] = useState<Record<string, string>>({});
  const me = useQuery({ queryKey: ME_QUERY_KEY, queryFn: fetchMe, staleTime: 60_000 });
  const setup = useQuery({ queryKey: ["setup-status"], queryFn: fetchSetupStatus, retry: false });
  const next = safeNextPath(params.get("next"));

  const login = useMutation({
    mutationFn: signIn,
    onSuccess: (result) => {
      queryClient.clear();
      queryClient.setQueryData(ME_QUERY_KEY, result);
      void navigate(next, { replace: true });
    },
    onError: (error) => setFieldErrors(isApiError(error) ? { ...error.fieldErrors } : {}),
  });

  if (me.data) return <Navigate to={next} replace />;

  function submit(event: FormEvent) {
    event.preventDefault();
    const checked = validateWith(LoginRequest, { email, password });
    if (!checked.ok) {
      setFieldErrors(checked.fieldErrors);
      return;
    }
    setFieldErrors({});
    login.mutate({ email, password });
  }

  const failed = login.isError && Object.keys(fieldErrors).length === 0;
  return (
    <AuthLayout title="Sign in" subtitle="Sign in to your organization's AI Management System.">
      <form onSubmit={submit} noValidate aria-label="Sign in">
        <Stack>
          {setup.data?.required ? (
            <Alert color="blue" variant="light" title="No administrator yet">
              This installation has not been set up. Open the setup link that the server printed in its log
              when it started.
            </Alert>
          ) : null}
          {failed ? (
            <Alert
              color="red"
              variant="light"
              role="alert"
              title={signInErrorTitle(login.error)}
              data-testid="login-error"
            >
              {messageOf(login.error)}
            </Alert>
          ) : null}
          <TextInput
            label="Email"
            type="email"
            autoComplete="username"
            required
            value={email}
            onChange={(e) => setEmail(e.currentTarget.value)}
            error={fieldErrors.email}
            data-autofocus
          />
          <PasswordInput
            label="Password"
            autoComplete="current-password"
            required
            value={password}
            onChange={(e) => setPassword(e.currentTarget.value)}
            error={fieldErrors.password}
          />
          <Button type="submit" loading={login.isPending} fullWidth>
            Sign in
          </Button>
          <Text size="xs" c="dimmed">
            Forgot your password? Ask an administrator of OpenAIMS to set a new one. Developers can read the{" "}
            <Anchor href="/api/docs" size="xs">
              API documentation
            </Anchor>
            .
          </Text>
        </Stack>
      </form>
    </AuthLayout>
  );
}
