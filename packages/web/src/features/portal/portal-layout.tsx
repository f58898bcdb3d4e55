import { Alert, Box, Button, Container, Group, Stack, Text, Title } from "@mantine/core";
import type { ReactNode } from "react";

/**
 * The portal's own frame: no navigation, no account menu, nothing of the signed-in app — only who
 * asks (the organization) and the questionnaire.
 */
export function PortalLayout({ organization, children }: { organization?: string; children: ReactNode }) {
  return (
    <Box mih="100vh" bg="gray.0">
      <Box
        component="header"
        bg="white"
        py="sm"
        style={{ borderBottom: "1px solid var(--mantine-color-gray-3)" }}
      >
        <Container size="md">
          <Group justify="space-between" wrap="wrap" gap="xs">
            <Text fw={700} size="lg" data-testid="portal-organization">
              {organization || "Vendor questionnaire"}
            </Text>
            <Text size="xs" c="dimmed">
              Secure questionnaire link · no account needed
            </Text>
          </Group>
        </Container>
      </Box>
      <Container size="md" py="lg" component="main">
        {children}
      </Container>
      <Container size="md" pb="lg" component="footer">
        <Text size="xs" c="dimmed" ta="center">
          This page saves only what you enter here and shows only this questionnaire. Powered by OpenAIMS.
        </Text>
      </Container>
    </Box>
  );
}

/** A full-page message of the portal (link not valid, too many requests, no link). */
export function PortalNotice(props: {
  title: string;
  color: string;
  children: ReactNode;
  onRetry?: () => void;
}) {
  return (
    <PortalLayout>
      <Stack maw={620} mx="auto" mt="xl">
        <Title order={1} size="h2">
          {props.title}
        </Title>
        <Alert color={props.color} variant="light" role="alert" data-testid="portal-notice">
          <Stack gap="sm">
            <Text size="sm">{props.children}</Text>
            {props.onRetry ? (
              <Group>
                <Button size="xs" variant="default" onClick={props.onRetry}>
                  Try again
                </Button>
              </Group>
            ) : null}
          </Stack>
        </Alert>
      </Stack>
    </PortalLayout>
  );
}
