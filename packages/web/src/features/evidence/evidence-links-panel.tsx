import { ActionIcon, Anchor, Badge, Group, Paper, Stack, Table, Text, Title, Tooltip } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import type { EvidenceDetail, EvidenceTarget } from "@openaims/core";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { Link } from "react-router";
import { messageOf } from "../../api/errors";
import { FormAlert } from "../../components/form-alert";
import { EVIDENCE_KEY, invalidateEvidence, linkEvidence, unlinkEvidence } from "./evidence-api";
import { TARGET_TYPE_LABELS, targetPath } from "./evidence-labels";
import { TargetPicker } from "./target-picker";

/** The records an item supports (controls, requirements, risks, AI systems, documents), with add and remove. */
export function EvidenceLinksPanel({ evidence, canWrite }: { evidence: EvidenceDetail; canWrite: boolean }) {
  const queryClient = useQueryClient();
  const done = (updated: EvidenceDetail) => {
    queryClient.setQueryData([...EVIDENCE_KEY, "detail", evidence.id], updated);
    invalidateEvidence(queryClient);
  };
  const add = useMutation({
    mutationFn: (target: EvidenceTarget) => linkEvidence(evidence.id, target),
    onSuccess: done,
  });
  const remove = useMutation({
    mutationFn: (target: EvidenceTarget) => unlinkEvidence(evidence.id, target),
    onSuccess: done,
    onError: (error) =>
      notifications.show({ color: "red", title: "The link was not removed", message: messageOf(error) }),
  });
  const linked = new Set(evidence.links.map((l) => `${l.targetType}:${l.targetId}`));

  return (
    <Paper withBorder radius="md" p="md" aria-labelledby="evidence-links-heading">
      <Stack gap="sm">
        <Group justify="space-between">
          <Title order={2} size="h4" id="evidence-links-heading">
            What it supports
          </Title>
          <Badge variant="light" tt="none">
            {evidence.links.length} linked
          </Badge>
        </Group>
        {evidence.links.length === 0 ? (
          <Text size="sm" c="dimmed">
            Not linked to anything yet: link it to the controls, requirements, risks, AI systems or documents
            it backs, so coverage can count it.
          </Text>
        ) : (
          <Table verticalSpacing="xs" data-testid="evidence-links">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Type</Table.Th>
                <Table.Th>Record</Table.Th>
                {canWrite ? <Table.Th w={60} /> : null}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {evidence.links.map((l) => {
                const path = targetPath(l.targetType, l.targetId);
                return (
                  <Table.Tr key={`${l.targetType}:${l.targetId}`}>
                    <Table.Td>{TARGET_TYPE_LABELS[l.targetType]}</Table.Td>
                    <Table.Td>
                      {path ? (
                        <Anchor component={Link} to={path} size="sm">
                          {l.label}
                        </Anchor>
                      ) : (
                        l.label
                      )}
                    </Table.Td>
                    {canWrite ? (
                      <Table.Td>
                        <Tooltip label="Remove the link">
                          <ActionIcon
                            variant="subtle"
                            color="red"
                            aria-label={`Unlink ${l.label}`}
                            loading={remove.isPending && remove.variables?.targetId === l.targetId}
                            onClick={() => remove.mutate({ targetType: l.targetType, targetId: l.targetId })}
                          >
                            ×
                          </ActionIcon>
                        </Tooltip>
                      </Table.Td>
                    ) : null}
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
        )}
        {canWrite ? (
          <>
            <TargetPicker onAdd={(t) => add.mutate(t)} isPending={add.isPending} exclude={linked} />
            {add.isError ? <FormAlert error={add.error} title="The link was not added" /> : null}
          </>
        ) : null}
      </Stack>
    </Paper>
  );
}
