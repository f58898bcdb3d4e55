import { Anchor, Button, Group, Menu, Paper, Select, Table, Text, Title } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { Link, useNavigate } from "react-router";
import { messageOf } from "../../api/errors";
import { PageHeader } from "../../components/page-header";
import { TableStatusRow } from "../../components/query-state";
import { StatusBadge } from "../../components/status-badge";
import { NOWRAP } from "../../components/table-styles";
import { TablePager } from "../../components/table-pager";
import { useListState } from "../../components/use-list-state";
import { formatDate } from "../../lib/format";
import { useCan } from "../auth/me-context";
import { formatCatalogDate } from "../frameworks/framework-labels";
import { ChevronDownIcon } from "../shell/icons";
import { useUserNames } from "../users/use-user-names";
import {
  SCOPE_KEY,
  createScopeDraft,
  listScopeVersions,
  scopeComparePath,
  scopeVersionPath,
} from "./scope-api";
import { SCOPE_STATUS_LABELS } from "./scope-values";
import { useCurrentScope } from "./use-current-scope";

const COLUMNS = 6;

/** Context → Scope: the versions of the AIMS scope, the one in force, new drafts, and comparison (4.3). */
export function ScopePage() {
  const canWrite = useCan("records:write");
  const names = useUserNames();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const list = useListState<"number">("number", "desc", 25);
  const current = useCurrentScope();
  const query = { limit: list.pageSize, offset: list.offset };
  const versions = useQuery({
    queryKey: [...SCOPE_KEY, "list", query],
    queryFn: ({ signal }) => listScopeVersions(query, signal),
    placeholderData: keepPreviousData,
  });
  const items = versions.data?.items ?? [];
  const [a, setA] = useState<string | null>(null);
  const [b, setB] = useState<string | null>(null);
  const create = useMutation({
    mutationFn: createScopeDraft,
    onSuccess: (draft) => {
      void queryClient.invalidateQueries({ queryKey: SCOPE_KEY });
      notifications.show({ color: "green", message: `Started draft version ${draft.number}.` });
      void navigate(scopeVersionPath(draft.id));
    },
    onError: (error) =>
      notifications.show({ color: "red", title: "No draft started", message: messageOf(error) }),
  });
  const options = items.map((v) => ({
    value: v.id,
    label: `Version ${v.number} (${SCOPE_STATUS_LABELS[v.status].label.toLowerCase()})`,
  }));
  const approved = current.data;

  return (
    <section aria-labelledby="scope-heading">
      <PageHeader
        title="AIMS scope"
        order={2}
        id="scope-heading"
        description="What the AI management system covers and what it leaves out, as versions: drafts are edited, a manager who did not draft one approves it, earlier versions are kept (ISO/IEC 42001 4.3)."
        actions={
          canWrite ? (
            <Menu position="bottom-end" withinPortal>
              <Menu.Target>
                <Button rightSection={<ChevronDownIcon size={14} />} loading={create.isPending}>
                  New draft
                </Button>
              </Menu.Target>
              <Menu.Dropdown>
                <Menu.Item disabled={!approved} onClick={() => create.mutate("current")}>
                  Copy of the version in force
                </Menu.Item>
                <Menu.Item onClick={() => create.mutate("empty")}>Empty draft</Menu.Item>
              </Menu.Dropdown>
            </Menu>
          ) : null
        }
      />
      <Paper withBorder radius="md" p="md" mb="md" data-testid="scope-current">
        {approved ? (
          <Group justify="space-between" wrap="wrap">
            <div>
              <Title order={3} size="h5">
                In force: version {approved.number}
              </Title>
              <Text size="sm" c="dimmed" lineClamp={2}>
                {approved.description || "No scope statement."}
              </Text>
              <Text size="xs" c="dimmed">
                Approved {formatDate(approved.approvedAt)} by {names.nameOf(approved.approvedBy, "a manager")}
                ; reassess by {formatCatalogDate(approved.reassessBy)}
              </Text>
            </div>
            <Button component={Link} to={scopeVersionPath(approved.id)} variant="default">
              Open
            </Button>
          </Group>
        ) : (
          <Text size="sm">
            No scope has been approved yet. Start a draft, then ask another manager to approve it.
          </Text>
        )}
      </Paper>
      <Table.ScrollContainer minWidth={760}>
        <Table striped highlightOnHover verticalSpacing="sm" data-testid="scope-versions">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Version</Table.Th>
              <Table.Th>Status</Table.Th>
              <Table.Th>Scope statement</Table.Th>
              <Table.Th>Drafted by</Table.Th>
              <Table.Th>Approved</Table.Th>
              <Table.Th>Reassess by</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            <TableStatusRow
              colSpan={COLUMNS}
              isLoading={versions.isLoading}
              error={versions.error}
              isEmpty={items.length === 0}
              emptyText="No scope versions yet."
              onRetry={() => void versions.refetch()}
            />
            {items.map((v) => (
              <Table.Tr key={v.id} data-testid={`scope-row-${v.number}`} data-status={v.status}>
                <Table.Td style={NOWRAP}>
                  <Anchor component={Link} to={scopeVersionPath(v.id)} fw={600} size="sm">
                    Version {v.number}
                  </Anchor>
                </Table.Td>
                <Table.Td style={NOWRAP}>
                  <StatusBadge color={SCOPE_STATUS_LABELS[v.status].color}>
                    {SCOPE_STATUS_LABELS[v.status].label}
                  </StatusBadge>
                </Table.Td>
                <Table.Td>
                  <Text size="sm" lineClamp={2}>
                    {v.description || "—"}
                  </Text>
                </Table.Td>
                <Table.Td>{names.nameOf(v.createdBy, "—")}</Table.Td>
                <Table.Td style={NOWRAP}>{formatDate(v.approvedAt)}</Table.Td>
                <Table.Td style={NOWRAP}>{formatCatalogDate(v.reassessBy)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      <TablePager
        page={list.page}
        pageSize={list.pageSize}
        total={versions.data?.total ?? 0}
        onPage={list.setPage}
        onPageSize={list.setPageSize}
        noun="versions"
      />
      <Paper withBorder radius="md" p="md" mt="lg">
        <Title order={3} size="h5" mb="xs">
          Compare two versions
        </Title>
        <Group align="flex-end" gap="sm" wrap="wrap">
          <Select label="From" placeholder="Older version" data={options} value={a} onChange={setA} w={260} />
          <Select label="To" placeholder="Newer version" data={options} value={b} onChange={setB} w={260} />
          <Button
            disabled={!a || !b || a === b}
            onClick={() => a && b && void navigate(scopeComparePath(a, b))}
          >
            Compare
          </Button>
        </Group>
      </Paper>
    </section>
  );
}
