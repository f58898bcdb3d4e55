import { Alert, Button, Center, Code, Group, Stack } from "@mantine/core";
import { isRouteErrorResponse, useRouteError } from "react-router";
import { usePageTitle } from "../../components/use-page-title";

/** Shown instead of a page that crashed: what happened and a way out, not a blank screen. */
export function RouteError() {
  const error = useRouteError();
  usePageTitle("Something went wrong");
  const detail = isRouteErrorResponse(error)
    ? `${error.status} ${error.statusText}`
    : error instanceof Error
      ? error.message
      : String(error);
  return (
    <Center component="main" mih="100vh" p="md">
      <Alert color="red" variant="light" title="This page hit an error" role="alert" maw={560}>
        <Stack gap="sm">
          <span>
            Something went wrong while showing this page. Reloading usually helps; if it does not, tell your
            administrator what you were doing.
          </span>
          <Code block>{detail}</Code>
          <Group>
            <Button onClick={() => window.location.reload()}>Reload</Button>
            <Button variant="default" component="a" href="/">
              Go to the dashboard
            </Button>
          </Group>
        </Stack>
      </Alert>
    </Center>
  );
}
