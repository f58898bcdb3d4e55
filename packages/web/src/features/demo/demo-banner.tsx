import { Alert, Anchor, Button, Group, Text } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import type { DemoStatus } from "@openaims/core";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { Link } from "react-router";
import { ConfirmModal } from "../../components/confirm-modal";
import { formatDateTime } from "../../lib/format";
import { useCan } from "../auth/me-context";
import { demoSummary, refreshAfterDemoChange, removeDemo } from "./demo-api";

type Loaded = Extract<DemoStatus, { loaded: true }>;

/** Where the demo records are easiest to see. */
export function DemoLinks() {
  return (
    <>
      <Anchor component={Link} to="/risks" size="sm">
        Risks
      </Anchor>
      <Anchor component={Link} to="/controls/library" size="sm">
        Controls
      </Anchor>
      <Anchor component={Link} to="/vendors/list" size="sm">
        Vendors
      </Anchor>
    </>
  );
}

/**
 * Tells everyone who reads records that the installation holds made-up data, so nobody takes it
 * for the organization's own; an administrator can remove it after a confirmation.
 */
export function DemoBanner({ status }: { status: Loaded }) {
  const isAdmin = useCan("users:write");
  const queryClient = useQueryClient();
  const [confirming, setConfirming] = useState(false);
  const remove = useMutation({
    mutationFn: removeDemo,
    onSuccess: async (result) => {
      setConfirming(false);
      notifications.show({ color: "green", message: `Demo data removed: ${demoSummary(result.counts)}.` });
      await refreshAfterDemoChange(queryClient);
    },
  });
  const summary = demoSummary(status.counts);
  return (
    <Alert color="yellow" variant="light" title="Demo data is present" data-testid="demo-banner">
      <Text size="sm">
        This installation holds the demo organization, a fictional insurer loaded on{" "}
        {formatDateTime(status.loadedAt)}: {summary}. Its records are made up; remove them before you build
        your own management system on it.
      </Text>
      <Group gap="md" mt="xs" align="center">
        <Anchor component={Link} to="/inventory/systems" size="sm">
          AI systems
        </Anchor>
        <DemoLinks />
        {isAdmin ? (
          <Button size="xs" color="red" variant="light" ml="auto" onClick={() => setConfirming(true)}>
            Remove demo data
          </Button>
        ) : null}
      </Group>
      <ConfirmModal
        opened={confirming}
        title="Remove the demo data?"
        confirmLabel="Remove demo data"
        isPending={remove.isPending}
        error={remove.error}
        onConfirm={() => remove.mutate()}
        onClose={() => {
          setConfirming(false);
          remove.reset();
        }}
      >
        This deletes every record the demo created ({summary}), including demo records you changed since.
        Records you created yourself stay, and the audit trail keeps every entry.
      </ConfirmModal>
    </Alert>
  );
}
