import { Button, Group, Paper, Select, Stack, Table, Text, TextInput, Title } from "@mantine/core";
import { RISK_ACTION_STATUSES, type RiskAction } from "@openaims/core";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";
import { isApiError } from "../../api/errors";
import { FormAlert } from "../../components/form-alert";
import { TableStatusRow } from "../../components/query-state";
import { handleVersionConflict } from "../../lib/conflict";
import { formatDate } from "../../lib/format";
import { useCan } from "../auth/me-context";
import { useOwnerOptions } from "../controls/control-owner-options";
import { useUserNames } from "../users/use-user-names";
import { ACTION_STATUS_LABELS } from "./risk-labels";
import {
  RISKS_KEY,
  createRiskAction,
  listRiskActions,
  updateRiskAction,
  type RiskActionStatus,
} from "./risks-api";

const STATUS_OPTIONS = RISK_ACTION_STATUSES.map((s) => ({ value: s, label: ACTION_STATUS_LABELS[s] }));

/** The treatment plan of a risk: actions with an owner, a due date and a status. */
export function RiskActions({ riskId }: { riskId: string }) {
  const canWrite = useCan("records:write");
  const canReadUsers = useCan("users:read");
  const queryClient = useQueryClient();
  const users = useUserNames();
  const owners = useOwnerOptions(canWrite && canReadUsers);
  const key = [...RISKS_KEY, "detail", riskId, "actions"];
  const actions = useQuery({ queryKey: key, queryFn: ({ signal }) => listRiskActions(riskId, signal) });
  const [title, setTitle] = useState("");
  const [ownerId, setOwnerId] = useState<string | null>(null);
  const [dueOn, setDueOn] = useState("");
  const [errors, setErrors] = useState<Record<string, string>>({});

  const add = useMutation({
    mutationFn: () => createRiskAction(riskId, { title: title.trim(), ownerId, dueOn: dueOn || null }),
    onSuccess: () => {
      setTitle("");
      setOwnerId(null);
      setDueOn("");
      setErrors({});
      void queryClient.invalidateQueries({ queryKey: key });
    },
    onError: (error) => setErrors(isApiError(error) ? { ...error.fieldErrors } : {}),
  });
  const setStatus = useMutation({
    mutationFn: ({ action, status }: { action: RiskAction; status: RiskActionStatus }) =>
      updateRiskAction(riskId, action.id, { version: action.version, status }),
    onSettled: () => void queryClient.invalidateQueries({ queryKey: key }),
    onError: (error) => handleVersionConflict(error, queryClient, key, "action"),
  });

  function submit(event: FormEvent) {
    event.preventDefault();
    if (!title.trim()) return setErrors({ title: "Say what will be done" });
    add.mutate();
  }
  const items = actions.data?.items ?? [];

  return (
    <Paper withBorder radius="md" p="md" data-testid="treatment-plan">
      <Title order={3} size="h5" mb="xs">
        Treatment plan
      </Title>
      <Table verticalSpacing="xs">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Action</Table.Th>
            <Table.Th>Owner</Table.Th>
            <Table.Th>Due</Table.Th>
            <Table.Th>Status</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          <TableStatusRow
            colSpan={4}
            isLoading={actions.isLoading}
            error={actions.error}
            isEmpty={items.length === 0}
            emptyText="No treatment action yet."
            onRetry={() => void actions.refetch()}
          />
          {items.map((a) => (
            <Table.Tr key={a.id} data-testid="risk-action" data-status={a.status}>
              <Table.Td>{a.title}</Table.Td>
              <Table.Td>{users.nameOf(a.ownerId, a.ownerId ? "someone" : "—")}</Table.Td>
              <Table.Td>{formatDate(a.dueOn)}</Table.Td>
              <Table.Td w={170}>
                {canWrite ? (
                  <Select
                    size="xs"
                    aria-label={`Status of ${a.title}`}
                    data={STATUS_OPTIONS}
                    value={a.status}
                    allowDeselect={false}
                    onChange={(v) => v && setStatus.mutate({ action: a, status: v as RiskActionStatus })}
                  />
                ) : (
                  <Text size="sm">{ACTION_STATUS_LABELS[a.status]}</Text>
                )}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      {canWrite ? (
        <form onSubmit={submit} noValidate aria-label="Add a treatment action">
          <Stack gap="xs" mt="sm">
            <Group align="flex-start" gap="sm" wrap="wrap">
              <TextInput
                label="New action"
                placeholder="What will be done"
                value={title}
                onChange={(e) => setTitle(e.currentTarget.value)}
                error={errors.title}
                style={{ flex: "1 1 16rem" }}
              />
              {canReadUsers ? (
                <Select
                  label="Action owner"
                  placeholder="No owner"
                  data={owners.options}
                  value={ownerId}
                  onChange={setOwnerId}
                  searchable
                  clearable
                  w={240}
                  error={errors.ownerId}
                />
              ) : null}
              <TextInput
                type="date"
                label="Due on"
                value={dueOn}
                onChange={(e) => setDueOn(e.currentTarget.value)}
                error={errors.dueOn}
                w={170}
              />
            </Group>
            {add.isError && Object.keys(errors).length === 0 ? <FormAlert error={add.error} /> : null}
            {setStatus.isError ? <FormAlert error={setStatus.error} /> : null}
            <Group>
              <Button type="submit" variant="light" loading={add.isPending}>
                Add action
              </Button>
            </Group>
          </Stack>
        </form>
      ) : null}
    </Paper>
  );
}
