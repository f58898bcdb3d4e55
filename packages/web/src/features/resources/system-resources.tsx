import {
  ActionIcon,
  Alert,
  Button,
  Group,
  Paper,
  SimpleGrid,
  Stack,
  Text,
  Title,
  Tooltip,
} from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { RESOURCE_KINDS, type AiSystemView, type Resource, type ResourceKind } from "@openaims/core";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { ConfirmModal } from "../../components/confirm-modal";
import { LoadStatus } from "../../components/query-state";
import { handleVersionConflict } from "../../lib/conflict";
import { useCan } from "../auth/me-context";
import { ResourceFormModal } from "./resource-form-modal";
import { attributeSummary, KIND_LABELS } from "./resource-values";
import { RESOURCES_KEY, deleteResource, listSystemResources } from "./resources-api";

type Editing = { resource: Resource | null; kind: ResourceKind };

/**
 * The AI system page's "Resources" section (ISO/IEC 42001 7.1, A.4.2–A.4.6): data, tooling, system
 * and computing, and human resources, with a hint naming the kinds nothing is documented for yet.
 */
export function SystemResources({ system }: { system: AiSystemView }) {
  const canWrite = useCan("records:write");
  const queryClient = useQueryClient();
  const key = [...RESOURCES_KEY, system.id];
  const resources = useQuery({
    queryKey: key,
    queryFn: ({ signal }) => listSystemResources(system.id, signal),
  });
  const [editing, setEditing] = useState<Editing | null>(null);
  const [removing, setRemoving] = useState<Resource | null>(null);
  const remove = useMutation({
    mutationFn: (r: Resource) => deleteResource(r.id, r.version),
    onSuccess: (_, r) => {
      void queryClient.invalidateQueries({ queryKey: key });
      notifications.show({ color: "green", message: `Removed ${r.name}.` });
      setRemoving(null);
    },
    onError: (error) => {
      if (handleVersionConflict(error, queryClient, key, "resource")) setRemoving(null);
    },
  });
  const data = resources.data;

  return (
    <Paper
      withBorder
      radius="md"
      p="md"
      mt="lg"
      data-testid="system-resources"
      aria-labelledby="resources-heading"
    >
      <Stack gap="sm">
        <Group justify="space-between">
          <Title order={3} size="h4" id="resources-heading">
            Resources
          </Title>
          {canWrite ? (
            <Button
              size="xs"
              onClick={() => setEditing({ resource: null, kind: data?.missing[0] ?? "data" })}
            >
              Add a resource
            </Button>
          ) : null}
        </Group>
        <LoadStatus
          isLoading={resources.isLoading}
          error={resources.error}
          onRetry={() => void resources.refetch()}
          what="resources"
        />
        {data && data.missing.length ? (
          <Alert color="yellow" variant="light" data-testid="resources-missing" title="Not documented yet">
            Nothing is recorded for: {data.missing.map((k) => KIND_LABELS[k].label).join(", ")}. ISO/IEC 42001
            A.4 expects each AI system to document its data, tooling, system and computing, and human
            resources.
          </Alert>
        ) : null}
        {data ? (
          <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
            {RESOURCE_KINDS.map((kind) => (
              <Paper key={kind} withBorder radius="sm" p="sm" data-testid={`resources-${kind}`}>
                <Group justify="space-between" mb={4}>
                  <Text fw={600} size="sm">
                    {KIND_LABELS[kind].label}{" "}
                    <Text span c="dimmed" size="xs">
                      ({KIND_LABELS[kind].clause})
                    </Text>
                  </Text>
                  {canWrite ? (
                    <Button
                      size="compact-xs"
                      variant="subtle"
                      onClick={() => setEditing({ resource: null, kind })}
                    >
                      Add
                    </Button>
                  ) : null}
                </Group>
                {data.groups[kind].length === 0 ? (
                  <Text size="sm" c="dimmed">
                    None documented. {KIND_LABELS[kind].hint}
                  </Text>
                ) : (
                  <Stack gap={6}>
                    {data.groups[kind].map((r) => (
                      <Group
                        key={r.id}
                        justify="space-between"
                        wrap="nowrap"
                        align="flex-start"
                        data-testid="resource-item"
                      >
                        <div>
                          <Text size="sm" fw={500}>
                            {r.name}
                            {r.provider ? (
                              <Text span c="dimmed" size="sm">
                                {" "}
                                — {r.provider}
                              </Text>
                            ) : null}
                          </Text>
                          <Text size="xs" c="dimmed">
                            {attributeSummary(r) || "No details yet"}
                            {r.owner ? ` · owner ${r.owner.name}` : ""}
                          </Text>
                        </div>
                        {canWrite ? (
                          <Group gap={4} wrap="nowrap">
                            <Tooltip label={`Edit ${r.name}`}>
                              <ActionIcon
                                variant="subtle"
                                aria-label={`Edit ${r.name}`}
                                onClick={() => setEditing({ resource: r, kind: r.kind })}
                              >
                                ✎
                              </ActionIcon>
                            </Tooltip>
                            <Tooltip label={`Remove ${r.name}`}>
                              <ActionIcon
                                variant="subtle"
                                color="red"
                                aria-label={`Remove ${r.name}`}
                                onClick={() => setRemoving(r)}
                              >
                                ✕
                              </ActionIcon>
                            </Tooltip>
                          </Group>
                        ) : null}
                      </Group>
                    ))}
                  </Stack>
                )}
              </Paper>
            ))}
          </SimpleGrid>
        ) : null}
      </Stack>
      {editing ? (
        <ResourceFormModal
          key={
            editing.resource ? `${editing.resource.id}@${editing.resource.version}` : `new-${editing.kind}`
          }
          systemId={system.id}
          resource={editing.resource}
          initialKind={editing.kind}
          onClose={() => setEditing(null)}
        />
      ) : null}
      <ConfirmModal
        opened={removing !== null}
        title="Remove this resource?"
        confirmLabel="Remove"
        isPending={remove.isPending}
        error={remove.error}
        onConfirm={() => removing && remove.mutate(removing)}
        onClose={() => setRemoving(null)}
      >
        {removing
          ? `${removing.name} will no longer be listed for ${system.key}. The audit trail keeps a record.`
          : ""}
      </ConfirmModal>
    </Paper>
  );
}
