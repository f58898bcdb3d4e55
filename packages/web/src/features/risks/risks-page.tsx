import { Badge, Button, Group, Stack, Table } from "@mantine/core";
import { RISK_STATUSES, RISK_TREATMENTS } from "@openaims/core";
import { useState } from "react";
import { Link, useSearchParams } from "react-router";
import { FilterSelect, ListFilters, SearchFilter } from "../../components/list-filters";
import { KeyCell, ListTable } from "../../components/list-table";
import { PageHeader } from "../../components/page-header";
import { StatusBadge } from "../../components/status-badge";
import { NOWRAP } from "../../components/table-styles";
import { useListQuery, useListSearch, useListState } from "../../components/use-list-state";
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
  const search = useListSearch(list);
  const [status, setStatus] = useState<RiskStatus | null>(null);
  const [treatment, setTreatment] = useState<RiskTreatment | null>(null);
  const [minLevel, setMinLevel] = useState<string | null>(null);
  const [libraryOpen, setLibraryOpen] = useState(false);
  const [cell, setCell] = useState<HeatCell | null>(null);
  const matrix = useRiskMatrix();
  const systems = useAiSystemOptions();
  const users = useUserNames();
  const query: RiskQuery = {
    ...list.params,
    q: search.q,
    aiSystemId,
    status: status ?? undefined,
    treatment: treatment ?? undefined,
    minResidualLevel: minLevel === null ? undefined : Number(minLevel),
    ...cellFilter(cell),
  };
  const risks = useListQuery([...RISKS_KEY, "list"], query, listRisks);
  const filtered = Boolean(search.q || status || treatment || minLevel !== null || aiSystemId || cell);

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
        <HeatMapView aiSystemId={aiSystemId} selected={cell} onSelect={list.onFilter(setCell)} />
        {cell ? (
          <Group gap="xs" data-testid="cell-filter">
            <Badge variant="light" size="lg" tt="none">
              Heat-map cell: {cell.kind} likelihood {cell.likelihood} × impact {cell.impact}, open risks
            </Badge>
            <Button size="xs" variant="subtle" onClick={list.onFilter(() => setCell(null))}>
              Clear
            </Button>
          </Group>
        ) : null}
        <ListFilters label="Filter risks">
          <SearchFilter search={search} placeholder="Key or title" w={240} />
          <FilterSelect
            label="AI system"
            placeholder="All AI systems"
            searchable
            data={systems.options}
            value={aiSystemId ?? null}
            onChange={list.onFilter((v) => setParams(v ? { aiSystemId: v } : {}, { replace: true }))}
            w={240}
          />
          <FilterSelect
            label="Status"
            placeholder="All statuses"
            options={RISK_STATUSES}
            labels={RISK_STATUS_LABELS}
            value={status}
            onChange={list.onFilter(setStatus)}
            w={190}
          />
          <FilterSelect
            label="Treatment"
            placeholder="All treatments"
            options={RISK_TREATMENTS}
            labels={TREATMENT_LABELS}
            value={treatment}
            onChange={list.onFilter(setTreatment)}
            w={170}
          />
          <FilterSelect
            label="Residual level at least"
            placeholder="Any level"
            data={(matrix.data?.definition.levels ?? []).map((l, i) => ({
              value: String(i),
              label: l.label,
            }))}
            value={minLevel}
            onChange={list.onFilter(setMinLevel)}
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
        </ListFilters>
        <ListTable
          testId="risks-table"
          minWidth={1000}
          columns={[
            { label: "Key", sort: "key" },
            { label: "Title", sort: "title" },
            { label: "AI system" },
            { label: "Owner" },
            { label: "Inherent", sort: "inherentLevel" },
            { label: "Residual", sort: "residualLevel" },
            { label: "Treatment" },
            { label: "Status" },
            { label: "Next review", sort: "nextReviewOn" },
          ]}
          result={risks}
          emptyText={filtered ? "No risk matches these filters." : "No risks yet."}
          list={list}
          noun="risks"
          row={(r) => (
            <Table.Tr key={r.id} data-testid={`risk-row-${r.key}`}>
              <KeyCell to={riskPath(r.id)}>{r.key}</KeyCell>
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
          )}
        />
      </Stack>
      {libraryOpen ? (
        <FromLibraryModal opened onClose={() => setLibraryOpen(false)} aiSystemId={aiSystemId} />
      ) : null}
    </section>
  );
}
