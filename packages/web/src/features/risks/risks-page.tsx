import { Anchor, Badge, Button, Group, Select, Stack, Table, TextInput } from "@mantine/core";
import { useDebouncedValue } from "@mantine/hooks";
import { RISK_STATUSES, RISK_TREATMENTS } from "@openaims/core";
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { Link, useSearchParams } from "react-router";
import { PageHeader } from "../../components/page-header";
import { TableStatusRow } from "../../components/query-state";
import { SortableTh } from "../../components/sortable-th";
import { StatusBadge } from "../../components/status-badge";
import { NOWRAP } from "../../components/table-styles";
import { TablePager } from "../../components/table-pager";
import { useListState } from "../../components/use-list-state";
import { formatDate } from "../../lib/format";
import { useCan } from "../auth/me-context";
import { ExportButtons } from "../exports/export-buttons";
import { useAiSystemOptions } from "../inventory/ai-system-options";
import { useUserNames } from "../users/use-user-names";
import { FromLibraryModal } from "./from-library-modal";
import { HeatMapView, type HeatCell } from "./heat-map-view";
import { LevelBadge } from "./level-badge";
import { NEW_RISK_PATH, RISK_STATUS_LABELS, TREATMENT_LABELS, riskPath } from "./risk-labels";
import {
  RISKS_KEY,
  listRisks,
  useRiskMatrix,
  type RiskQuery,
  type RiskSort,
  type RiskStatus,
  type RiskTreatment,
} from "./risks-api";

const COLUMNS = 9;

/** `/risks`: the AI risk register with its heat map (ISO/IEC 42001 6.1.2, 8.2). */
/** The register's filter for one heat-map cell (the heat map counts open risks only). */
function cellFilter(cell: HeatCell | null) {
  if (!cell) return {};
  return cell.kind === "residual"
    ? { residualLikelihood: cell.likelihood, residualImpact: cell.impact, openOnly: "true" as const }
    : { inherentLikelihood: cell.likelihood, inherentImpact: cell.impact, openOnly: "true" as const };
}

export function RisksPage() {
  const canWrite = useCan("records:write");
  const [params, setParams] = useSearchParams();
  const aiSystemId = params.get("aiSystemId") ?? undefined;
  const list = useListState<RiskSort>("key");
  const [search, setSearch] = useState("");
  const [q] = useDebouncedValue(search.trim(), 300);
  const [status, setStatus] = useState<RiskStatus | null>(null);
  const [treatment, setTreatment] = useState<RiskTreatment | null>(null);
  const [minLevel, setMinLevel] = useState<string | null>(null);
  const [libraryOpen, setLibraryOpen] = useState(false);
  const [cell, setCell] = useState<HeatCell | null>(null);
  const matrix = useRiskMatrix();
  const systems = useAiSystemOptions();
  const users = useUserNames();
  const query: RiskQuery = {
    limit: list.pageSize,
    offset: list.offset,
    sort: list.sort,
    order: list.order,
    q: q || undefined,
    aiSystemId,
    status: status ?? undefined,
    treatment: treatment ?? undefined,
    minResidualLevel: minLevel === null ? undefined : Number(minLevel),
    ...cellFilter(cell),
  };
  const risks = useQuery({
    queryKey: [...RISKS_KEY, "list", query],
    queryFn: ({ signal }) => listRisks(query, signal),
    placeholderData: keepPreviousData,
  });
  const items = risks.data?.items ?? [];
  const filtered = Boolean(q || status || treatment || minLevel !== null || aiSystemId || cell);
  const sortable = (label: string, column: RiskSort) => (
    <SortableTh label={label} column={column} sort={list.sort} order={list.order} onSort={list.toggleSort} />
  );
  const filter =
    <T,>(set: (v: T) => void) =>
    (v: T) => {
      set(v);
      list.resetPage();
    };

  return (
    <section aria-labelledby="risks-heading">
      <PageHeader
        title="Risk register"
        id="risks-heading"
        description="AI risks scored on your risk criteria, their treatment and who accepts what remains (ISO/IEC 42001 6.1.2, 6.1.3, 8.2, 8.3)."
        actions={
          <>
            <Button variant="subtle" component={Link} to="/risks/library">
              Risk library
            </Button>
            {canWrite ? (
              <>
                <Button variant="default" onClick={() => setLibraryOpen(true)}>
                  From library
                </Button>
                <Button
                  component={Link}
                  to={aiSystemId ? `${NEW_RISK_PATH}?aiSystemId=${aiSystemId}` : NEW_RISK_PATH}
                >
                  New risk
                </Button>
              </>
            ) : null}
          </>
        }
      />
      <Stack gap="md">
        <HeatMapView aiSystemId={aiSystemId} selected={cell} onSelect={filter(setCell)} />
        {cell ? (
          <Group gap="xs" data-testid="cell-filter">
            <Badge variant="light" size="lg" tt="none">
              Heat-map cell: {cell.kind} likelihood {cell.likelihood} × impact {cell.impact}, open risks
            </Badge>
            <Button size="xs" variant="subtle" onClick={filter(() => setCell(null))}>
              Clear
            </Button>
          </Group>
        ) : null}
        <Group gap="sm" align="flex-end" wrap="wrap" role="search" aria-label="Filter risks">
          <TextInput
            label="Search"
            placeholder="Key or title"
            value={search}
            onChange={(e) => filter(setSearch)(e.currentTarget.value)}
            w={240}
          />
          <Select
            label="AI system"
            placeholder="All AI systems"
            clearable
            searchable
            data={systems.options}
            value={aiSystemId ?? null}
            onChange={filter((v: string | null) => setParams(v ? { aiSystemId: v } : {}, { replace: true }))}
            w={240}
          />
          <Select
            label="Status"
            placeholder="All statuses"
            clearable
            data={RISK_STATUSES.map((s) => ({ value: s, label: RISK_STATUS_LABELS[s].label }))}
            value={status}
            onChange={filter((v: string | null) => setStatus(v as RiskStatus | null))}
            w={190}
          />
          <Select
            label="Treatment"
            placeholder="All treatments"
            clearable
            data={RISK_TREATMENTS.map((t) => ({ value: t, label: TREATMENT_LABELS[t] }))}
            value={treatment}
            onChange={filter((v: string | null) => setTreatment(v as RiskTreatment | null))}
            w={170}
          />
          <Select
            label="Residual level at least"
            placeholder="Any level"
            clearable
            data={(matrix.data?.definition.levels ?? []).map((l, i) => ({
              value: String(i),
              label: l.label,
            }))}
            value={minLevel}
            onChange={filter(setMinLevel)}
            w={190}
          />
          <Group ml="auto" pb={4}>
            <ExportButtons
              url="/api/v1/risks/export"
              formats={["xlsx", "pdf"]}
              label="the risk register"
              query={query}
            />
          </Group>
        </Group>
        <Table.ScrollContainer minWidth={1000}>
          <Table striped highlightOnHover verticalSpacing="sm" data-testid="risks-table">
            <Table.Thead>
              <Table.Tr>
                {sortable("Key", "key")}
                {sortable("Title", "title")}
                <Table.Th>AI system</Table.Th>
                <Table.Th>Owner</Table.Th>
                {sortable("Inherent", "inherentLevel")}
                {sortable("Residual", "residualLevel")}
                <Table.Th>Treatment</Table.Th>
                <Table.Th>Status</Table.Th>
                {sortable("Next review", "nextReviewOn")}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              <TableStatusRow
                colSpan={COLUMNS}
                isLoading={risks.isLoading}
                error={risks.error}
                isEmpty={items.length === 0}
                emptyText={filtered ? "No risk matches these filters." : "No risks yet."}
                onRetry={() => void risks.refetch()}
              />
              {items.map((r) => (
                <Table.Tr key={r.id} data-testid={`risk-row-${r.key}`}>
                  <Table.Td style={NOWRAP}>
                    <Anchor component={Link} to={riskPath(r.id)} ff="monospace" fw={600} size="sm">
                      {r.key}
                    </Anchor>
                  </Table.Td>
                  <Table.Td>{r.title}</Table.Td>
                  <Table.Td>{r.aiSystemId ? systems.nameOf(r.aiSystemId) : "Organization"}</Table.Td>
                  <Table.Td>{users.nameOf(r.ownerId, r.ownerId ? "someone" : "—")}</Table.Td>
                  <Table.Td>
                    <LevelBadge level={r.inherentLevel} />
                  </Table.Td>
                  <Table.Td>
                    <LevelBadge level={r.residualLevel} testId="residual-level" />
                  </Table.Td>
                  <Table.Td style={NOWRAP}>{TREATMENT_LABELS[r.treatment]}</Table.Td>
                  <Table.Td style={NOWRAP}>
                    <StatusBadge color={RISK_STATUS_LABELS[r.status].color}>
                      {RISK_STATUS_LABELS[r.status].label}
                    </StatusBadge>
                  </Table.Td>
                  <Table.Td style={NOWRAP}>{formatDate(r.nextReviewOn)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
        <TablePager
          page={list.page}
          pageSize={list.pageSize}
          total={risks.data?.total ?? 0}
          onPage={list.setPage}
          onPageSize={list.setPageSize}
          noun="risks"
        />
      </Stack>
      {libraryOpen ? (
        <FromLibraryModal opened onClose={() => setLibraryOpen(false)} aiSystemId={aiSystemId} />
      ) : null}
    </section>
  );
}
