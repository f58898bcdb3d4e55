import { Alert, Button, Group, Stack } from "@mantine/core";
import { useMutation } from "@tanstack/react-query";
import { FormAlert } from "../../components/form-alert";
import { verifyAuditChain } from "./audit-api";

/** "Verify chain": recomputes every hash on the server and shows whether the trail is intact. */
export function VerifyChain() {
  const verify = useMutation({ mutationFn: verifyAuditChain });
  const result = verify.data;
  return (
    <Stack gap="sm" mb="md">
      <Group>
        <Button variant="light" onClick={() => verify.mutate()} loading={verify.isPending}>
          Verify chain
        </Button>
      </Group>
      {verify.isError ? <FormAlert error={verify.error} title="Could not verify the chain" /> : null}
      {result ? (
        result.intact ? (
          <Alert
            color="green"
            variant="light"
            title="Audit trail intact"
            role="status"
            data-testid="verify-result"
            data-intact="true"
          >
            All {result.checked} events were checked: every entry links to the one before it and none was
            altered.
          </Alert>
        ) : (
          <Alert
            color="red"
            variant="filled"
            title="Audit trail broken"
            role="alert"
            data-testid="verify-result"
            data-intact="false"
          >
            {result.firstBroken
              ? `The chain breaks at event #${result.firstBroken.seq}: ${result.firstBroken.reason}.`
              : "The chain is broken."}{" "}
            {result.checked} events were checked. Treat records changed around that event as suspect and tell
            your administrator.
          </Alert>
        )
      ) : null}
    </Stack>
  );
}
