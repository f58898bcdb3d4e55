import {
  ActionIcon,
  Alert,
  Anchor,
  Button,
  Group,
  Paper,
  Select,
  Stack,
  Table,
  Text,
  Title,
  Tooltip,
} from "@mantine/core";
import { useDebouncedValue } from "@mantine/hooks";
import { notifications } from "@mantine/notifications";
import { evidenceStanding, utcDay, type EvidenceTarget } from "@openaims/core";
import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { Link } from "react-router";
import { messageOf } from "../../api/errors";
import { FormAlert } from "../../components/form-alert";
import { TableStatusRow } from "../../components/query-state";
import { NOWRAP } from "../../components/table-styles";
import { formatDate } from "../../lib/format";
import { useCan } from "../auth/me-context";
import { AddEvidenceModal } from "./add-evidence-modal";
import { EVIDENCE_KEY, invalidateEvidence, linkEvidence, listEvidence, unlinkEvidence } from "./evidence-api";
import { evidencePath } from "./evidence-labels";
import { EvidenceStateBadge } from "./evidence-state-badge";

const SHOWN = 50;

/** Picks existing evidence by key or title to link to the record. */
function LinkExisting({
  exclude,
  onLink,
  isPending,
}: {
  exclude: ReadonlySet<string>;
  onLink: (id: string) => void;
  isPending: boolean;
}) {
  const [search, setSearch] = useState("");
  const [chosen, setChosen] = useState<{ value: string; label: string } | null>(null);
  const [q] = useDebouncedValue(chosen && search === chosen.label ? "" : search.trim(), 250);
  const query = {
    limit: 20,
    offset: 0,
    q: q || undefined,
    sort: "updatedAt" as const,
    order: "desc" as const,
  };
  const found = useQuery({
    queryKey: [...EVIDENCE_KEY, "list", query],
    queryFn: ({ signal }) => listEvidence(query, signal),
    placeholderData: keepPreviousData,
  });
  const options = (found.data?.items ?? [])
    .filter((e) => !exclude.has(e.id))
    .map((e) => ({ value: e.id, label: `${e.key} ${e.title}` }));
  const data = chosen ? [chosen, ...options.filter((o) => o.value !== chosen.value)] : options;
  return (
    <Group gap="sm" align="flex-end" wrap="wrap">
      <Select
        label="Link existing evidence"
        placeholder="Search by key or title"
        searchable
        clearable
        data={data}
        value={chosen?.value ?? null}
        onChange={(v) => setChosen(data.find((o) => o.value === v) ?? null)}
        searchValue={search}
        onSearchChange={setSearch}
        filter={({ options: all }) => all}
        nothingFoundMessage={found.isFetching ? "Searching…" : "No evidence found"}
        style={{ flex: "1 1 18rem" }}
      />
      <Button
        variant="default"
        disabled={!chosen}
        loading={isPending}
        onClick={() => {
          if (!chosen) return;
          onLink(chosen.value);
          setChosen(null);
          setSearch("");
        }}
      >
        Link
      </Button>
    </Group>
  );
}

/**
 * A record's evidence (a control, risk, AI system or document): what shows it holds, with each
 * item's state, whether the record is still backed (core's `evidenceStanding`), and ways to link or
 * upload more (ISO/IEC 42001 7.5.3, 9.1). `subject` names the kind of record in sentences ("control", "risk").
 */
export function RecordEvidencePanel({
  target,
  subject,
  name,
  testId = `${target.targetType}-evidence`,
}: {
  target: EvidenceTarget;
  subject: string;
  /** The record's key or code, named when new evidence is linked to it. */
  name: string;
  testId?: string;
}) {
  const canWrite = useCan("records:write");
  const queryClient = useQueryClient();
  const [adding, setAdding] = useState<"file" | "link" | null>(null);
  const query = {
    limit: SHOWN,
    offset: 0,
    targetType: target.targetType,
    targetId: target.targetId,
    sort: "validUntil" as const,
    order: "desc" as const,
  };
  const linked = useQuery({
    queryKey: [...EVIDENCE_KEY, "list", query],
    queryFn: ({ signal }) => listEvidence(query, signal),
  });
  const items = linked.data?.items ?? [];
  const standing = evidenceStanding(items, utcDay());
  const link = useMutation({
    mutationFn: (id: string) => linkEvidence(id, target),
    onSuccess: () => invalidateEvidence(queryClient),
  });
  const unlink = useMutation({
    mutationFn: (id: string) => unlinkEvidence(id, target),
    onSuccess: () => invalidateEvidence(queryClient),
    onError: (error) =>
      notifications.show({ color: "red", title: "The link was not removed", message: messageOf(error) }),
  });

  return (
    <Paper withBorder radius="md" p="md" mt="md" aria-labelledby={`${testId}-heading`} data-testid={testId}>
      <Stack gap="sm">
        <Group justify="space-between" wrap="wrap">
          <Title order={2} size="h4" id={`${testId}-heading`}>
            Evidence
          </Title>
          {canWrite ? (
            <Group gap="xs">
              <Button size="xs" variant="default" onClick={() => setAdding("link")}>
                Add link
              </Button>
              <Button size="xs" onClick={() => setAdding("file")}>
                Upload file
              </Button>
            </Group>
          ) : null}
        </Group>
        {standing === "stale" ? (
          <Alert color="red" variant="light" title="No current evidence" data-testid={`${testId}-stale`}>
            Every item linked to this {subject} has expired or is not yet effective, so none of it counts any
            more. Upload newer evidence or link a current item.
          </Alert>
        ) : null}
        <Table verticalSpacing="xs">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Key</Table.Th>
              <Table.Th>Title</Table.Th>
              <Table.Th>State</Table.Th>
              <Table.Th>Valid until</Table.Th>
              {canWrite ? <Table.Th w={60} /> : null}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            <TableStatusRow
              colSpan={canWrite ? 5 : 4}
              isLoading={linked.isLoading}
              error={linked.error}
              isEmpty={items.length === 0}
              emptyText="No evidence linked yet."
              onRetry={() => void linked.refetch()}
            />
            {items.map((e) => (
              <Table.Tr key={e.id} data-testid={`${testId}-${e.key}`}>
                <Table.Td style={NOWRAP}>
                  <Anchor component={Link} to={evidencePath(e.id)} ff="monospace" size="sm" fw={600}>
                    {e.key}
                  </Anchor>
                </Table.Td>
                <Table.Td>
                  <Text size="sm">{e.title}</Text>
                  {e.staleReason ? (
                    <Text size="xs" c="red">
                      {e.staleReason}
                    </Text>
                  ) : null}
                </Table.Td>
                <Table.Td style={NOWRAP}>
                  <EvidenceStateBadge state={e.state} />
                </Table.Td>
                <Table.Td style={NOWRAP}>{e.validUntil ? formatDate(e.validUntil) : "No expiry"}</Table.Td>
                {canWrite ? (
                  <Table.Td>
                    <Tooltip label={`Remove the link to this ${subject}`}>
                      <ActionIcon
                        variant="subtle"
                        color="red"
                        aria-label={`Unlink ${e.key}`}
                        loading={unlink.isPending && unlink.variables === e.id}
                        onClick={() => unlink.mutate(e.id)}
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
        {linked.data && linked.data.total > items.length ? (
          <Text size="xs" c="dimmed">
            Showing {items.length} of {linked.data.total}; the Evidence tab lists them all.
          </Text>
        ) : null}
        {canWrite ? (
          <>
            <LinkExisting
              exclude={new Set(items.map((e) => e.id))}
              onLink={(id) => link.mutate(id)}
              isPending={link.isPending}
            />
            {link.isError ? <FormAlert error={link.error} title="The evidence was not linked" /> : null}
          </>
        ) : null}
      </Stack>
      {adding ? (
        <AddEvidenceModal
          mode={adding}
          links={[target]}
          linkedNote={`It will be linked to ${subject} ${name}.`}
          onClose={() => setAdding(null)}
        />
      ) : null}
    </Paper>
  );
}
