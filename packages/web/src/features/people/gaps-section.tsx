import { Group, SegmentedControl, Select, Stack, Table, Text, TextInput, Title } from "@mantine/core";
import { useDebouncedValue } from "@mantine/hooks";
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { formatDate } from "../../lib/format";
import { LoadStatus, TableStatusRow } from "../../components/query-state";
import { PageHeader } from "../../components/page-header";
import { TablePager } from "../../components/table-pager";
import { useListState } from "../../components/use-list-state";
import { CompetenceStatusBadge } from "./competence-status-badge";
import { STATUS_KEY, getCompetenceGaps, getRoleSummaries, useAllRoles } from "./people-api";
import { COMPETENCE_STATUS_LABELS } from "./people-values";
import type { CompetenceStatus } from "@openaims/core";

const countsText = (counts: Record<CompetenceStatus, number>) =>
  (Object.keys(counts) as CompetenceStatus[])
    .filter((s) => counts[s] > 0)
    .map((s) => `${counts[s]} ${COMPETENCE_STATUS_LABELS[s].label.toLowerCase()}`)
    .join(", ") || "nothing required";

/** Per person: what the roles they hold require and where they stand (ISO/IEC 42001 7.2 c). */
function GapsPerPerson() {
  const roles = useAllRoles();
  const list = useListState<"name">("name", "asc", 25);
  const [search, setSearch] = useState("");
  const [q] = useDebouncedValue(search.trim(), 300);
  const [roleId, setRoleId] = useState<string | null>(null);
  const query = { limit: list.pageSize, offset: list.offset, q: q || undefined, roleId: roleId ?? undefined };
  const gaps = useQuery({
    queryKey: [...STATUS_KEY, "gaps", query],
    queryFn: ({ signal }) => getCompetenceGaps(query, signal),
    placeholderData: keepPreviousData,
  });
  const items = gaps.data?.items ?? [];
  return (
    <>
      <Group mb="md" gap="sm" align="flex-end" role="search" aria-label="Filter gaps">
        <TextInput
          label="Person"
          placeholder="Name"
          value={search}
          onChange={(e) => {
            setSearch(e.currentTarget.value);
            list.resetPage();
          }}
          w={220}
        />
        <Select
          label="Role"
          placeholder="Any role"
          clearable
          data={(roles.data?.items ?? []).map((r) => ({ value: r.id, label: r.name }))}
          value={roleId}
          onChange={(v) => {
            setRoleId(v);
            list.resetPage();
          }}
          w={220}
        />
      </Group>
      <Table.ScrollContainer minWidth={720}>
        <Table verticalSpacing="sm" data-testid="gaps-per-person">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Person</Table.Th>
              <Table.Th>Required competences</Table.Th>
              <Table.Th>Summary</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            <TableStatusRow
              colSpan={3}
              isLoading={gaps.isLoading}
              error={gaps.error}
              isEmpty={items.length === 0}
              emptyText={q || roleId ? "No one matches these filters." : "No one holds an AIMS role yet."}
              onRetry={() => void gaps.refetch()}
            />
            {items.map((p) => (
              <Table.Tr key={p.user.id} data-testid={`gaps-${p.user.name}`}>
                <Table.Td>
                  <Text fw={500}>{p.user.name}</Text>
                  <Text size="xs" c="dimmed">
                    {p.roles.map((r) => r.name).join(", ")}
                  </Text>
                </Table.Td>
                <Table.Td>
                  {p.items.length === 0 ? (
                    <Text size="sm" c="dimmed">
                      Their roles require no competence yet.
                    </Text>
                  ) : (
                    <Stack gap={4}>
                      {p.items.map((i) => (
                        <Group
                          key={i.competence.id}
                          gap="xs"
                          data-testid={`gap-${p.user.name}-${i.competence.name}`}
                        >
                          <Text size="sm">{i.competence.name}</Text>
                          <CompetenceStatusBadge
                            status={i.status}
                            detail={
                              i.expiresOn && i.status !== "missing"
                                ? `until ${formatDate(i.expiresOn)}`
                                : undefined
                            }
                          />
                        </Group>
                      ))}
                    </Stack>
                  )}
                </Table.Td>
                <Table.Td>
                  <Text size="sm">{countsText(p.counts)}</Text>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      <TablePager
        page={list.page}
        pageSize={list.pageSize}
        total={gaps.data?.total ?? 0}
        onPage={list.setPage}
        onPageSize={list.setPageSize}
        noun="people"
      />
    </>
  );
}

/** Per role: members × required competences, with counts. */
function GapsPerRole() {
  const list = useListState<"name">("name", "asc", 10);
  const query = { limit: list.pageSize, offset: list.offset };
  const summaries = useQuery({
    queryKey: [...STATUS_KEY, "roles", query],
    queryFn: ({ signal }) => getRoleSummaries(query, signal),
    placeholderData: keepPreviousData,
  });
  const items = summaries.data?.items ?? [];
  return (
    <Stack gap="lg">
      <LoadStatus
        isLoading={summaries.isLoading}
        error={summaries.error}
        onRetry={() => void summaries.refetch()}
        what="roles"
      />
      {summaries.data && items.length === 0 ? <Text c="dimmed">No roles yet.</Text> : null}
      {items.map((s) => (
        <div key={s.role.id} data-testid={`role-gaps-${s.role.name}`}>
          <Title order={4}>{s.role.name}</Title>
          <Text size="sm" c="dimmed" mb="xs">
            {s.members.length === 0
              ? "No one holds this role."
              : `${s.membersComplete} of ${s.members.length} member${s.members.length === 1 ? "" : "s"} fully competent · ${countsText(s.counts)}`}
          </Text>
          {s.members.length && s.competences.length ? (
            <Table.ScrollContainer minWidth={240 + s.competences.length * 140}>
              <Table withColumnBorders verticalSpacing={4}>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>Member</Table.Th>
                    {s.competences.map((c) => (
                      <Table.Th key={c.id}>{c.name}</Table.Th>
                    ))}
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {s.members.map((m) => (
                    <Table.Tr key={m.user.id}>
                      <Table.Td>{m.user.name}</Table.Td>
                      {s.competences.map((c) => (
                        <Table.Td key={c.id}>
                          <CompetenceStatusBadge status={m.statuses[c.id] ?? "missing"} />
                        </Table.Td>
                      ))}
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          ) : s.competences.length === 0 ? (
            <Text size="sm" c="dimmed">
              This role requires no competence yet.
            </Text>
          ) : null}
        </div>
      ))}
      <TablePager
        page={list.page}
        pageSize={list.pageSize}
        total={summaries.data?.total ?? 0}
        onPage={list.setPage}
        onPageSize={list.setPageSize}
        noun="roles"
      />
    </Stack>
  );
}

/** Competence gaps per person and per role (ISO/IEC 42001 7.2 c: act on them). */
export function GapsSection() {
  const [view, setView] = useState<"person" | "role">("person");
  return (
    <section aria-labelledby="gaps-heading">
      <PageHeader
        title="Gaps"
        order={2}
        id="gaps-heading"
        setsTitle={false}
        description="Met: current training. Expiring: it runs out within 30 days. Expired or missing: a gap to close."
        actions={
          <SegmentedControl
            aria-label="Show gaps"
            data={[
              { value: "person", label: "Per person" },
              { value: "role", label: "Per role" },
            ]}
            value={view}
            onChange={(v) => setView(v as "person" | "role")}
          />
        }
      />
      {view === "person" ? <GapsPerPerson /> : <GapsPerRole />}
    </section>
  );
}
