import { Anchor, Button, Group, Select, Table, Text, TextInput } from "@mantine/core";
import { useDebouncedCallback } from "@mantine/hooks";
import { EU_RISK_CLASSES, LIFECYCLE_STAGES, type EuRiskClass } from "@openaims/core";
import { useState } from "react";
import { Link, useSearchParams } from "react-router";
import { offsetOf } from "../../api/query-string";
import { KeyCell, ListTable } from "../../components/list-table";
import { PageHeader } from "../../components/page-header";
import { NOWRAP } from "../../components/table-styles";
import { useListQuery } from "../../components/use-list-state";
import { formatDate } from "../../lib/format";
import { useCan } from "../auth/me-context";
import { useBusinessUnitOptions } from "../business-units/business-units-api";
import { useAllFrameworks } from "../frameworks/frameworks-api";
import { NEW_INTAKE_PATH } from "../intake/intake-paths";
import { useFrameworkLabel } from "./classification-details";
import { InventoryExportButtons } from "./export-buttons";
import { ImportInventoryModal } from "./import-dialog";
import { AI_SYSTEMS_KEY, listAiSystems, type AiSystemSort } from "./inventory-api";
import { LIFECYCLE_LABELS, RISK_CLASS_LABELS, type LifecycleStage } from "./inventory-labels";
import { NEW_SYSTEM_PATH, systemPath } from "./inventory-paths";
import {
  inventoryQueryOf,
  inventoryViewOf,
  inventoryViewParams,
  isFilteredView,
  type InventoryViewState,
} from "./inventory-view";
import { RiskClassBadge } from "./risk-class-badge";
import { SavedViewsMenu } from "./saved-views-menu";

/** Inventory → AI systems: every AI system, filtered, sorted and searched; views kept in the URL. */
export function InventoryPage() {
  const canWrite = useCan("records:write");
  const canSubmit = useCan("intake:submit");
  const canReadUnits = useCan("business-units:read");
  const units = useBusinessUnitOptions(canReadUnits);
  const frameworks = useAllFrameworks();
  const labelOf = useFrameworkLabel();
  const [params, setParams] = useSearchParams();
  const view = inventoryViewOf(params);
  const [search, setSearch] = useState(view.q);
  const [page, setPage] = useState(1);
  const [pageSize, setPageSize] = useState(25);
  const [importing, setImporting] = useState(false);

  const update = (patch: Partial<InventoryViewState>) => {
    setParams(inventoryViewParams({ ...view, ...patch }), { replace: true });
    setPage(1);
  };
  const searchLater = useDebouncedCallback((q: string) => update({ q }), 300);
  const apply = (query: string) => {
    setSearch(inventoryViewOf(new URLSearchParams(query)).q);
    setParams(new URLSearchParams(query), { replace: true });
    setPage(1);
  };
  const toggleSort = (column: AiSystemSort) =>
    update(
      column === view.sort
        ? { order: view.order === "asc" ? "desc" : "asc" }
        : { sort: column, order: "asc" },
    );

  const query = inventoryQueryOf(view, { limit: pageSize, offset: offsetOf(page, pageSize) });
  const systems = useListQuery([...AI_SYSTEMS_KEY, "list"], query, listAiSystems);
  const filtered = isFilteredView(view);
  // Sort and filters live in the URL (saved views); the page and its size do not.
  const listState = {
    sort: view.sort,
    order: view.order,
    toggleSort,
    page,
    pageSize,
    setPage,
    setPageSize: (size: number) => {
      setPageSize(size);
      setPage(1);
    },
  };

  return (
    <section aria-labelledby="inventory-heading">
      <PageHeader
        title="AI systems"
        order={2}
        id="inventory-heading"
        description="Every AI system the organization develops, provides or uses, with its EU AI Act risk class and the frameworks that apply to it."
        actions={
          <>
            {canSubmit ? (
              <Button component={Link} to={NEW_INTAKE_PATH} variant={canWrite ? "default" : "filled"}>
                Propose a use case
              </Button>
            ) : null}
            {canWrite ? (
              <Button component={Link} to={NEW_SYSTEM_PATH}>
                Register AI system
              </Button>
            ) : null}
          </>
        }
      />
      <Group mb="md" gap="sm" align="flex-end" wrap="wrap" role="search" aria-label="Filter AI systems">
        <TextInput
          label="Search"
          placeholder="Name or key"
          value={search}
          onChange={(e) => {
            setSearch(e.currentTarget.value);
            searchLater(e.currentTarget.value);
          }}
          w={190}
        />
        <Select
          label="Lifecycle stage"
          placeholder="All stages"
          clearable
          data={LIFECYCLE_STAGES.map((s) => ({ value: s, label: LIFECYCLE_LABELS[s] }))}
          value={view.lifecycleStage}
          onChange={(v) => update({ lifecycleStage: v as LifecycleStage | null })}
          w={150}
        />
        <Select
          label="EU risk class"
          placeholder="All classes"
          clearable
          data={EU_RISK_CLASSES.map((c) => ({ value: c, label: RISK_CLASS_LABELS[c].label }))}
          value={view.euRiskClass}
          onChange={(v) => update({ euRiskClass: v as EuRiskClass | null })}
          w={150}
        />
        {canReadUnits ? (
          <Select
            label="Business unit"
            placeholder="All units"
            clearable
            searchable
            data={units.options}
            value={view.businessUnitId}
            onChange={(v) => update({ businessUnitId: v })}
            w={170}
          />
        ) : null}
        <Select
          label="Framework"
          placeholder="Any framework"
          clearable
          searchable
          data={frameworks.frameworks.map((f) => ({ value: f.ref, label: labelOf(f.ref) }))}
          value={view.framework}
          onChange={(v) => update({ framework: v })}
          w={170}
        />
        <Group gap="xs" ml="auto">
          <SavedViewsMenu query={inventoryViewParams(view).toString()} onApply={apply} />
        </Group>
      </Group>
      <ListTable
        testId="inventory-table"
        minWidth={960}
        columns={[
          { label: "Key", sort: "key" },
          { label: "Name", sort: "name" },
          { label: "Stage", sort: "lifecycleStage" },
          { label: "EU risk class", sort: "euRiskClass" },
          { label: "Frameworks" },
          { label: canReadUnits ? "Business unit" : "Purpose" },
          { label: "Changed", sort: "updatedAt" },
        ]}
        result={systems}
        emptyText={filtered ? "No AI system matches these filters." : "No AI systems yet."}
        list={listState}
        noun="AI systems"
        row={(s) => (
          <Table.Tr key={s.id} data-testid={`system-row-${s.key}`}>
            <KeyCell to={systemPath(s.id)}>{s.key}</KeyCell>
            <Table.Td>
              <Anchor component={Link} to={systemPath(s.id)} size="sm" c="var(--mantine-color-text)">
                {s.name}
              </Anchor>
            </Table.Td>
            <Table.Td style={NOWRAP}>{LIFECYCLE_LABELS[s.lifecycleStage]}</Table.Td>
            <Table.Td style={NOWRAP}>
              <RiskClassBadge value={s.euRiskClass} size="sm" />
            </Table.Td>
            <Table.Td>
              <Text size="sm">{s.frameworkRefs.map(labelOf).join(", ") || "—"}</Text>
            </Table.Td>
            <Table.Td>
              <Text size="sm" lineClamp={2}>
                {canReadUnits
                  ? s.businessUnitId
                    ? units.nameOf(s.businessUnitId)
                    : "Whole organization"
                  : s.purpose}
              </Text>
            </Table.Td>
            <Table.Td style={NOWRAP} title={s.updatedAt}>
              {formatDate(s.updatedAt)}
            </Table.Td>
          </Table.Tr>
        )}
      />
      <Group justify="space-between" mt="lg" wrap="wrap">
        <InventoryExportButtons />
        {canWrite ? (
          <Button variant="default" onClick={() => setImporting(true)}>
            Import from CSV or Excel
          </Button>
        ) : null}
      </Group>
      {importing ? <ImportInventoryModal onClose={() => setImporting(false)} /> : null}
    </section>
  );
}
