import { ActionIcon, Alert, Button, Code, CopyButton, Group, Stack, Text, Tooltip } from "@mantine/core";
import type { CreatedToken } from "@openaims/core";
import { CheckIcon, CopyIcon } from "../shell/icons";

/** The secret of a new token, shown once, with a copy button and a warning. */
export function CreatedTokenAlert({ token, onDone }: { token: CreatedToken; onDone: () => void }) {
  return (
    <Alert
      color="yellow"
      variant="light"
      title={`Token "${token.name}" created`}
      role="status"
      data-testid="created-token"
    >
      <Stack gap="sm">
        <Text size="sm" fw={500}>
          Copy this token now. It is shown only once: OpenAIMS stores only a hash of it and cannot show it
          again.
        </Text>
        <Group gap="xs" wrap="nowrap" align="center">
          <Code
            block
            style={{ flex: 1, wordBreak: "break-all" }}
            data-testid="created-token-value"
            aria-label="New API token"
          >
            {token.token}
          </Code>
          <CopyButton value={token.token}>
            {({ copied, copy }) => (
              <Tooltip label={copied ? "Copied" : "Copy token"}>
                <ActionIcon
                  variant={copied ? "filled" : "default"}
                  color={copied ? "teal" : undefined}
                  size="lg"
                  onClick={copy}
                  aria-label={copied ? "Token copied" : "Copy token"}
                >
                  {copied ? <CheckIcon /> : <CopyIcon />}
                </ActionIcon>
              </Tooltip>
            )}
          </CopyButton>
        </Group>
        <Text size="xs" c="dimmed">
          Send it as <Code>Authorization: Bearer &lt;token&gt;</Code>. It acts with your role and permissions.
        </Text>
        <Group>
          <Button size="xs" variant="default" onClick={onDone}>
            I have copied it
          </Button>
        </Group>
      </Stack>
    </Alert>
  );
}
