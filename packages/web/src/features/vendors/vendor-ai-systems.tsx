import {
  ActionIcon,
  Anchor,
  Button,
  Group,
  Paper,
  Select,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
  Tooltip,
} from "@mantine/core";
import { notifications } from "@mantine/notifications";
import type { Vendor, VendorAiSystem } from "@openaims/core";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";
import { Link } from "react-router";
import { messageOf } from "../../api/errors";
import { FormAlert } from "../../components/form-alert";
import { TableStatusRow } from "../../components/query-state";
import { NOWRAP } from "../../components/table-styles";
import { useCan } from "../auth/me-context";
import { useAiSystemOptions } from "../inventory/ai-system-options";
import { systemPath } from "../inventory/inventory-paths";
import { afterVendorSaved, linkAiSystem, unlinkAiSystem } from "./vendors-api";

/** Links an AI system with what the vendor supplies to it; linking a linked one changes that text. */
function LinkForm({ vendor }: { vendor: Vendor }) {
  const queryClient = useQueryClient();
  const systems = useAiSystemOptions();
  const [systemId, setSystemId] = useState<string | null>(null);
  const [component, setComponent] = useState("");
  const linked = vendor.aiSystems.find((s) => s.id === systemId);
  const link = useMutation({
    mutationFn: (id: string) => linkAiSystem(vendor.id, id, component.trim()),
    onSuccess: (saved, id) => {
      afterVendorSaved(queryClient, saved);
      notifications.show({
        color: "green",
        message: `${linked ? "Changed" : "Linked"} ${systems.nameOf(id)}.`,
      });
      setSystemId(null);
      setComponent("");
    },
  });
  function submit(event: FormEvent) {
    event.preventDefault();
    if (systemId) link.mutate(systemId);
  }
  return (
    <form onSubmit={submit} noValidate aria-label="Link an AI system">
      <Stack gap="xs">
        <Group gap="sm" align="flex-end" wrap="wrap">
          <Select
            label="AI system"
            placeholder="Search by key or name"
            searchable
            clearable
            data={systems.options}
            value={systemId}
            onChange={(id) => {
              setSystemId(id);
              setComponent(vendor.aiSystems.find((s) => s.id === id)?.component ?? "");
            }}
            nothingFoundMessage={systems.isLoading ? "Loading…" : "No AI system found"}
            style={{ flex: "1 1 16rem" }}
          />
          <TextInput
            label="What they supply"
            placeholder="e.g. LLM API, hosting, training data"
            value={component}
            onChange={(e) => setComponent(e.currentTarget.value)}
            maxLength={300}
            style={{ flex: "1 1 16rem" }}
          />
          <Button type="submit" variant="default" disabled={!systemId} loading={link.isPending}>
            {linked ? "Update" : "Link"}
          </Button>
        </Group>
        {link.isError ? <FormAlert error={link.error} title="The AI system was not linked" /> : null}
      </Stack>
    </form>
  );
}

/** The AI systems the vendor supplies and what it supplies to each (ISO/IEC 42001 A.10.2). */
export function VendorAiSystems({ vendor }: { vendor: Vendor }) {
  const canWrite = useCan("records:write");
  const queryClient = useQueryClient();
  const unlink = useMutation({
    mutationFn: (s: VendorAiSystem) => unlinkAiSystem(vendor.id, s.id),
    onSuccess: (saved, s) => {
      afterVendorSaved(queryClient, saved);
      notifications.show({ color: "green", message: `Unlinked ${s.key} ${s.name}.` });
    },
    onError: (error) =>
      notifications.show({ color: "red", title: "Not unlinked", message: messageOf(error) }),
  });

  return (
    <Paper
      withBorder
      radius="md"
      p="md"
      data-testid="vendor-ai-systems"
      aria-labelledby="vendor-systems-heading"
    >
      <Stack gap="sm">
        <Title order={3} size="h4" id="vendor-systems-heading">
          AI systems supplied
        </Title>
        <Table verticalSpacing="xs">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>AI system</Table.Th>
              <Table.Th>What they supply</Table.Th>
              {canWrite ? <Table.Th w={60} /> : null}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            <TableStatusRow
              colSpan={canWrite ? 3 : 2}
              isLoading={false}
              error={null}
              isEmpty={vendor.aiSystems.length === 0}
              emptyText="Not linked to any AI system you can see."
              onRetry={() => undefined}
            />
            {vendor.aiSystems.map((s) => (
              <Table.Tr key={s.id} data-testid={`vendor-system-${s.key}`}>
                <Table.Td style={NOWRAP}>
                  <Anchor component={Link} to={systemPath(s.id)} size="sm">
                    <Text span ff="monospace" fw={600} size="sm">
                      {s.key}
                    </Text>{" "}
                    {s.name}
                  </Anchor>
                </Table.Td>
                <Table.Td>{s.component || "—"}</Table.Td>
                {canWrite ? (
                  <Table.Td>
                    <Tooltip label="Unlink this AI system">
                      <ActionIcon
                        variant="subtle"
                        color="red"
                        aria-label={`Unlink ${s.key}`}
                        loading={unlink.isPending && unlink.variables?.id === s.id}
                        onClick={() => unlink.mutate(s)}
                      >
                        ×
                      </ActionIcon>
                    </Tooltip>
                  </Table.Td>
                ) : null}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
        {canWrite ? <LinkForm vendor={vendor} /> : null}
      </Stack>
    </Paper>
  );
}
