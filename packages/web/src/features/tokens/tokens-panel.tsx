import { Button, Group, Select, Stack, Table, Text, TextInput, Title, VisuallyHidden } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { CreateToken, type ApiToken, type CreatedToken } from "@openaims/core";
import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";
import { isApiError } from "../../api/errors";
import { ConfirmModal } from "../../components/confirm-modal";
import { FormAlert } from "../../components/form-alert";
import { TableStatusRow } from "../../components/query-state";
import { StatusBadge } from "../../components/status-badge";
import { NOWRAP } from "../../components/table-styles";
import { TablePager } from "../../components/table-pager";
import { useListState } from "../../components/use-list-state";
import { formatDate, formatDateTime } from "../../lib/format";
import { validateWith } from "../../lib/validate";
import { CreatedTokenAlert } from "./created-token-alert";
import { TOKEN_LIFETIMES, expiresInDaysOf, tokenStatus } from "./token-status";
import { TOKENS_KEY, createToken, listTokens, revokeToken } from "./tokens-api";

const STATUS_COLORS = { active: "green", expired: "gray", revoked: "red" } as const;
const STATUS_LABELS = { active: "Active", expired: "Expired", revoked: "Revoked" } as const;

/** My account → API tokens: create a personal token (shown once), list and revoke them. */
export function TokensPanel() {
  const queryClient = useQueryClient();
  const list = useListState<"createdAt">("createdAt", "desc", 10);
  const [name, setName] = useState("");
  const [lifetime, setLifetime] = useState<string | null>("90");
  const [fieldErrors, setFieldErrors] = useState<Record<string, string>>({});
  const [created, setCreated] = useState<CreatedToken | null>(null);
  const [revoking, setRevoking] = useState<ApiToken | null>(null);

  const query = { limit: list.pageSize, offset: list.offset };
  const tokens = useQuery({
    queryKey: [...TOKENS_KEY, query],
    queryFn: ({ signal }) => listTokens(query, signal),
    placeholderData: keepPreviousData,
  });

  const create = useMutation({
    mutationFn: createToken,
    onSuccess: (token) => {
      setCreated(token);
      setName("");
      void queryClient.invalidateQueries({ queryKey: TOKENS_KEY });
    },
    onError: (error) => setFieldErrors(isApiError(error) ? { ...error.fieldErrors } : {}),
  });

  const revoke = useMutation({
    mutationFn: (t: ApiToken) => revokeToken(t.id),
    onSuccess: (_, t) => {
      notifications.show({ color: "green", message: `Revoked token "${t.name}".` });
      setRevoking(null);
      void queryClient.invalidateQueries({ queryKey: TOKENS_KEY });
    },
  });

  function submit(event: FormEvent) {
    event.preventDefault();
    const body = { name, expiresInDays: expiresInDaysOf(lifetime) };
    const checked = validateWith(CreateToken, body);
    setFieldErrors(checked.ok ? {} : checked.fieldErrors);
    if (checked.ok) create.mutate(body);
  }

  const items = tokens.data?.items ?? [];
  return (
    <Stack gap="md" component="section" aria-labelledby="tokens-heading">
      <div>
        <Title order={3} id="tokens-heading">
          API tokens
        </Title>
        <Text size="sm" c="dimmed">
          Personal tokens let scripts, the <code>aims</code> CLI and CI pipelines call the API as you.
        </Text>
      </div>
      {created ? <CreatedTokenAlert token={created} onDone={() => setCreated(null)} /> : null}
      <form onSubmit={submit} noValidate aria-label="Create API token">
        <Group align="flex-start" gap="sm" wrap="wrap">
          <TextInput
            label="Token name"
            placeholder="e.g. CI pipeline"
            required
            value={name}
            onChange={(e) => setName(e.currentTarget.value)}
            error={fieldErrors.name}
            w={260}
          />
          <Select
            label="Expires after"
            data={TOKEN_LIFETIMES.map(({ value, label }) => ({ value, label }))}
            value={lifetime}
            onChange={setLifetime}
            allowDeselect={false}
            error={fieldErrors.expiresInDays}
            w={220}
          />
          <Button type="submit" loading={create.isPending} mt={25}>
            Create token
          </Button>
        </Group>
      </form>
      {create.isError && !Object.keys(fieldErrors).length ? <FormAlert error={create.error} /> : null}
      <Table.ScrollContainer minWidth={700}>
        <Table striped verticalSpacing="sm" data-testid="tokens-table">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Name</Table.Th>
              <Table.Th>Starts with</Table.Th>
              <Table.Th>Created</Table.Th>
              <Table.Th>Expires</Table.Th>
              <Table.Th>Last used</Table.Th>
              <Table.Th>Status</Table.Th>
              <Table.Th>
                <VisuallyHidden>Actions</VisuallyHidden>
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            <TableStatusRow
              colSpan={7}
              isLoading={tokens.isLoading}
              error={tokens.error}
              isEmpty={items.length === 0}
              emptyText="You have no API tokens."
              onRetry={() => void tokens.refetch()}
            />
            {items.map((t) => {
              const status = tokenStatus(t);
              return (
                <Table.Tr key={t.id}>
                  <Table.Td>{t.name}</Table.Td>
                  <Table.Td>
                    <Text size="sm" ff="monospace">
                      {t.prefix}…
                    </Text>
                  </Table.Td>
                  <Table.Td style={NOWRAP}>{formatDateTime(t.createdAt)}</Table.Td>
                  <Table.Td style={NOWRAP}>{t.expiresAt ? formatDate(t.expiresAt) : "Never"}</Table.Td>
                  <Table.Td style={NOWRAP}>{t.lastUsedAt ? formatDateTime(t.lastUsedAt) : "Never"}</Table.Td>
                  <Table.Td>
                    <StatusBadge color={STATUS_COLORS[status]}>{STATUS_LABELS[status]}</StatusBadge>
                  </Table.Td>
                  <Table.Td>
                    {status === "active" ? (
                      <Button
                        size="xs"
                        variant="subtle"
                        color="red"
                        aria-label={`Revoke ${t.name}`}
                        onClick={() => {
                          revoke.reset();
                          setRevoking(t);
                        }}
                      >
                        Revoke
                      </Button>
                    ) : null}
                  </Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      <TablePager
        page={list.page}
        pageSize={list.pageSize}
        total={tokens.data?.total ?? 0}
        onPage={list.setPage}
        onPageSize={list.setPageSize}
        noun="tokens"
      />
      <ConfirmModal
        opened={revoking !== null}
        title={`Revoke token "${revoking?.name ?? ""}"?`}
        confirmLabel="Revoke token"
        isPending={revoke.isPending}
        error={revoke.error}
        onConfirm={() => revoking && revoke.mutate(revoking)}
        onClose={() => setRevoking(null)}
      >
        Anything that uses this token stops working at once. This cannot be undone.
      </ConfirmModal>
    </Stack>
  );
}
