import { Button, Group, Table, Text } from "@mantine/core";
import {
  CONCERN_CATEGORIES,
  CONCERN_SEVERITIES,
  CONCERN_STATUSES,
  type Concern,
  type ConcernStatus,
} from "@openaims/core";
import { useState } from "react";
import { FilterSelect, ListFilters, SearchFilter } from "../../components/list-filters";
import { KeyCell, ListTable } from "../../components/list-table";
import { StatusBadge } from "../../components/status-badge";
import { NOWRAP } from "../../components/table-styles";
import { useListQuery, useListSearch, useListState } from "../../components/use-list-state";
import { formatDate } from "../../lib/format";
import { useMe } from "../auth/me-context";
import { useAiSystemOptions } from "../inventory/ai-system-options";
import { CATEGORY_LABELS, SEVERITY_LABELS, STATUS_LABELS } from "./concern-labels";
import {
  CONCERNS_KEY,
  concernPath,
  listConcerns,
  listMyConcerns,
  type ConcernQuery,
  type ConcernSort,
} from "./concerns-api";

/** Who raised a concern, as the list shows it: never a name for an anonymous one. */
export function reporterLabel(c: Concern): string {
  if (c.anonymous) return c.raisedByMe ? "You (anonymously)" : "Anonymous";
  if (c.raisedByMe) return "You";
  return c.reporter?.name ?? "—";
}

/**
 * A list of concerns: "all" is the triage board (counts per status, filters) for those who may see
 * every concern; "mine" the concerns the signed-in person raised.
 */
export function ConcernList({ scope }: { scope: "all" | "mine" | "assigned" }) {
  const me = useMe();
  const board = scope === "all";
  const systems = useAiSystemOptions();
  const list = useListState<ConcernSort>("createdAt", "desc");
  const search = useListSearch(list);
  const [status, setStatus] = useState<ConcernStatus | null>(null);
  const [category, setCategory] = useState<string | null>(null);
  const [severity, setSeverity] = useState<string | null>(null);
  const [aiSystemId, setAiSystemId] = useState<string | null>(null);
  const query: ConcernQuery = {
    ...list.params,
    q: search.q,
    status: status ?? undefined,
    category: category ?? undefined,
    severity: severity ?? undefined,
    aiSystemId: aiSystemId ?? undefined,
    assigneeId: scope === "assigned" ? me.user.id : undefined,
  };
  const concerns = useListQuery(
    [...CONCERNS_KEY, scope],
    query,
    scope === "mine" ? listMyConcerns : listConcerns,
  );
  const counts = concerns.data?.counts;
  const filtered = Boolean(search.q || status || category || severity || aiSystemId);

  return (
    <>
      <Group
        gap="xs"
        mb="md"
        role="group"
        aria-label="Concerns by status"
        data-testid={`${scope}-status-board`}
      >
        {CONCERN_STATUSES.map((s) => (
          <Button
            key={s}
            size="xs"
            radius="xl"
            color={STATUS_LABELS[s].color}
            variant={status === s ? "filled" : "light"}
            aria-pressed={status === s}
            data-testid={`${scope}-count-${s}`}
            data-count={counts?.[s] ?? 0}
            onClick={() => list.onFilter(setStatus)(status === s ? null : s)}
          >
            {STATUS_LABELS[s].label}: {counts?.[s] ?? 0}
          </Button>
        ))}
      </Group>
      <ListFilters label="Filter concerns" mb="md">
        <SearchFilter search={search} placeholder="Title or key" w={220} />
        <FilterSelect
          label="Category"
          placeholder="All categories"
          options={CONCERN_CATEGORIES}
          labels={CATEGORY_LABELS}
          value={category}
          onChange={list.onFilter(setCategory)}
          w={170}
        />
        {board ? (
          <>
            <FilterSelect
              label="Severity"
              placeholder="Any severity"
              options={CONCERN_SEVERITIES}
              labels={SEVERITY_LABELS}
              value={severity}
              onChange={list.onFilter(setSeverity)}
              w={150}
            />
            <FilterSelect
              label="AI system"
              placeholder="Any system"
              searchable
              data={systems.options}
              value={aiSystemId}
              onChange={list.onFilter(setAiSystemId)}
              w={240}
            />
          </>
        ) : null}
      </ListFilters>
      <ListTable
        testId={`${scope}-concerns-table`}
        minWidth={board ? 960 : 720}
        columns={[
          { label: "Key", sort: "key" },
          { label: "Title" },
          { label: "Category" },
          board && { label: "AI system" },
          { label: "Severity", sort: "severity" },
          { label: "Status", sort: "status" },
          board && { label: "Raised by" },
          { label: "Raised", sort: "createdAt" },
        ]}
        result={concerns}
        emptyText={
          filtered
            ? "No concern matches these filters."
            : scope === "all"
              ? "No concerns raised yet."
              : scope === "mine"
                ? "You have not raised any concern yet."
                : "No concern is assigned to you."
        }
        list={list}
        noun="concerns"
        row={(c) => (
          <Table.Tr key={c.id} data-testid={`concern-row-${c.key}`}>
            <KeyCell to={concernPath(c.id)}>{c.key}</KeyCell>
            <Table.Td>{c.title}</Table.Td>
            <Table.Td style={NOWRAP}>{CATEGORY_LABELS[c.category]}</Table.Td>
            {board ? <Table.Td>{c.aiSystem ? `${c.aiSystem.key} ${c.aiSystem.name}` : "—"}</Table.Td> : null}
            <Table.Td style={NOWRAP}>
              {c.severity ? (
                <StatusBadge color={SEVERITY_LABELS[c.severity].color}>
                  {SEVERITY_LABELS[c.severity].label}
                </StatusBadge>
              ) : (
                <Text size="sm" c="dimmed">
                  not set
                </Text>
              )}
            </Table.Td>
            <Table.Td style={NOWRAP}>
              <StatusBadge color={STATUS_LABELS[c.status].color}>
                <span data-testid="concern-status" data-status={c.status}>
                  {STATUS_LABELS[c.status].label}
                </span>
              </StatusBadge>
            </Table.Td>
            {board ? (
              <Table.Td style={NOWRAP} data-testid="concern-reporter">
                {reporterLabel(c)}
              </Table.Td>
            ) : null}
            <Table.Td style={NOWRAP}>{formatDate(c.createdAt)}</Table.Td>
          </Table.Tr>
        )}
      />
    </>
  );
}
