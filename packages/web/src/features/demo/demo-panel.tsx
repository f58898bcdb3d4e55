import { Alert, Anchor, Button, Card, Group, List, Stack, Text, Title } from "@mantine/core";
import type { DemoCounts } from "@openaims/core";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { Link } from "react-router";
import { FormAlert } from "../../components/form-alert";
import { useCan } from "../auth/me-context";
import { DemoBanner, DemoLinks } from "./demo-banner";
import { demoSummary, loadDemo, refreshAfterDemoChange, useDemoStatus } from "./demo-api";

/**
 * The demo organization on the dashboard: an administrator of an empty installation is offered
 * to load it; once loaded, everyone who reads records is told the data is made up.
 */
export function DemoPanel() {
  const canRead = useCan("records:read");
  const status = useDemoStatus(canRead);
  const [justLoaded, setJustLoaded] = useState<DemoCounts | null>(null);
  const data = status.data;
  if (!data) return null; // loading, or failed: the dashboard works without it
  if (data.loaded)
    return (
      <Stack gap="sm">
        {justLoaded ? <DemoLoadedNotice counts={justLoaded} /> : null}
        <DemoBanner status={data} />
      </Stack>
    );
  return data.canLoad ? <DemoInvitation onLoaded={setJustLoaded} /> : null;
}

/** The offer, to an administrator only: loading fills the whole installation. */
function DemoInvitation({ onLoaded }: { onLoaded: (counts: DemoCounts) => void }) {
  const isAdmin = useCan("users:write");
  const queryClient = useQueryClient();
  const load = useMutation({
    mutationFn: loadDemo,
    onSuccess: async (result) => {
      onLoaded(result.counts);
      await refreshAfterDemoChange(queryClient);
    },
  });
  if (!isAdmin) return null;
  return (
    <Card
      withBorder
      radius="md"
      padding="lg"
      component="section"
      aria-labelledby="demo-invitation"
      data-testid="demo-invitation"
    >
      <Title order={2} size="h4" id="demo-invitation">
        Explore with a demo organization
      </Title>
      <Text size="sm" mt="xs">
        This installation is still empty. Load a fictional insurer to see how the pages fit together before
        you enter your own data:
      </Text>
      <List size="sm" mt="xs" spacing={2}>
        <List.Item>a few business units, such as Claims, Underwriting and IT &amp; Data;</List.Item>
        <List.Item>
          a dozen AI systems of different EU AI Act classes (high-risk, limited-risk, minimal-risk),
          classified from their profiles;
        </List.Item>
        <List.Item>risks scored before and after treatment, and the controls that treat them;</List.Item>
        <List.Item>evidence for those controls (one item expired, one expiring soon);</List.Item>
        <List.Item>vendors with a risk rating, and a few draft policies.</List.Item>
      </List>
      <Text size="sm" c="dimmed" mt="xs">
        Every demo record is marked in the audit trail as written by <code>system:demo</code>, and you can
        remove all of them again in one click from this page.
      </Text>
      <FormAlert error={load.error} title="The demo could not be loaded" />
      <Group mt="md">
        <Button onClick={() => load.mutate()} loading={load.isPending}>
          Load the demo organization
        </Button>
        {load.isPending ? (
          <Text size="sm" c="dimmed" role="status">
            Loading the demo organization; this takes a few seconds…
          </Text>
        ) : null}
      </Group>
    </Card>
  );
}

/** Shown right after a load: what was added, and where to look first. */
function DemoLoadedNotice({ counts }: { counts: DemoCounts }) {
  return (
    <Alert
      color="green"
      variant="light"
      title="The demo organization is loaded"
      role="status"
      data-testid="demo-loaded-notice"
    >
      <Text size="sm">Added {demoSummary(counts)}.</Text>
      <Group gap="md" mt="xs">
        <Anchor component={Link} to="/inventory/systems" size="sm" fw={600}>
          Open the inventory
        </Anchor>
        <DemoLinks />
      </Group>
    </Alert>
  );
}
