import {
  ActionIcon,
  Alert,
  Button,
  Chip,
  Collapse,
  Group,
  SegmentedControl,
  Select,
  Stack,
  Text,
  Tooltip,
} from "@mantine/core";
import type { Relationship } from "@openaims/core";
import { useMemo, useState } from "react";
import { useSearchParams } from "react-router";
import { PageHeader } from "../../components/page-header";
import { LoadStatus } from "../../components/query-state";
import { ExportButtons } from "../frameworks/export-buttons";
import { useAllFrameworks, useAllRequirements } from "../frameworks/frameworks-api";
import {
  buildCrosswalkMatrix,
  crosswalkPartners,
  entriesInOrder,
  explorerParams,
  explorerStateOf,
  relationshipCounts,
  type ExplorerState,
} from "./crosswalk-matrix";
import { CrosswalkListView } from "./crosswalk-list-view";
import { CrosswalkMatrixView } from "./crosswalk-matrix-view";
import { exportCrosswalk, useCrosswalkEntries, useCrosswalkSummary } from "./crosswalks-api";
import { RelationshipLegend } from "./relationship-badge";
import { RELATIONSHIP_INFO, RELATIONSHIP_ORDER, isRelationship } from "./relationships";

/** Frameworks → Crosswalks: how the requirements of two frameworks map, as a matrix or a list. */
export function CrosswalkExplorerPage() {
  const [params, setParams] = useSearchParams();
  const [showLegend, setShowLegend] = useState(false);
  const summary = useCrosswalkSummary();
  const frameworks = useAllFrameworks();
  const crosswalks = useMemo(() => summary.data?.items ?? [], [summary.data]);
  const state = useMemo(() => explorerStateOf(params, crosswalks, isRelationship), [params, crosswalks]);
  const partners = useMemo(() => crosswalkPartners(crosswalks), [crosswalks]);
  const entries = useCrosswalkEntries(state.from, state.to);
  const fromReqs = useAllRequirements(state.from);
  const toReqs = useAllRequirements(state.to);
  const matrix = useMemo(
    () =>
      buildCrosswalkMatrix(
        entries.data?.items ?? [],
        fromReqs.data?.items,
        toReqs.data?.items,
        new Set(state.relationships),
      ),
    [entries.data, fromReqs.data, toReqs.data, state.relationships],
  );
  const counts = relationshipCounts(entries.data?.items ?? []);

  const update = (patch: Partial<ExplorerState>) =>
    setParams(explorerParams({ ...state, ...patch }), { replace: true });
  const option = (ref: string) => ({ value: ref, label: frameworks.labelOf(ref) });
  const fromLabel = state.from ? frameworks.labelOf(state.from) : "";
  const toLabel = state.to ? frameworks.labelOf(state.to) : "";

  return (
    <section aria-labelledby="crosswalks-heading">
      <PageHeader
        title="Crosswalks"
        order={2}
        id="crosswalks-heading"
        description="How the requirements of one framework relate to another's. Covering a requirement counts for the requirements it maps to."
        actions={
          state.from && state.to ? (
            <ExportButtons
              what={`the crosswalk ${fromLabel} to ${toLabel}`}
              onExport={(f) => exportCrosswalk(state.from!, state.to!, f)}
            />
          ) : null
        }
      />
      <LoadStatus
        isLoading={summary.isLoading}
        error={summary.error}
        onRetry={() => void summary.refetch()}
        what="crosswalks"
      />
      {summary.data && crosswalks.length === 0 ? (
        <Alert color="gray" variant="light" title="No crosswalks">
          No crosswalk is loaded. Import one under Frameworks.
        </Alert>
      ) : null}
      {state.from && state.to ? (
        <Stack gap="md">
          <Group align="flex-end" gap="sm" wrap="wrap">
            <Select
              label="From"
              data={[...partners.keys()].sort().map(option)}
              value={state.from}
              onChange={(from) => from && update({ from, to: null })}
              allowDeselect={false}
              w={240}
            />
            <Tooltip label="Swap direction">
              <ActionIcon
                variant="default"
                size="lg"
                mb={1}
                onClick={() => update({ from: state.to, to: state.from })}
                aria-label="Swap direction"
              >
                ⇄
              </ActionIcon>
            </Tooltip>
            <Select
              label="To"
              data={(partners.get(state.from) ?? []).map(option)}
              value={state.to}
              onChange={(to) => to && update({ to })}
              allowDeselect={false}
              w={240}
            />
            <SegmentedControl
              mb={1}
              aria-label="View"
              data={[
                { value: "matrix", label: "Matrix" },
                { value: "list", label: "List" },
              ]}
              value={state.view}
              onChange={(v) => update({ view: v === "list" ? "list" : "matrix" })}
            />
          </Group>
          <Group gap="xs" role="group" aria-label="Filter by relationship">
            <Text size="sm" c="dimmed">
              Relationships:
            </Text>
            <Chip.Group
              multiple
              value={state.relationships}
              onChange={(values) =>
                update({ relationships: values.filter(isRelationship) as Relationship[] })
              }
            >
              {RELATIONSHIP_ORDER.map((r) => (
                <Chip
                  key={r}
                  value={r}
                  size="xs"
                  color={RELATIONSHIP_INFO[r].color}
                  disabled={counts[r] === 0}
                >
                  <Text span size="xs" fw={700} c={RELATIONSHIP_INFO[r].color} mr={4}>
                    {RELATIONSHIP_INFO[r].symbol}
                  </Text>
                  {r} ({counts[r]})
                </Chip>
              ))}
            </Chip.Group>
            <Button
              size="compact-xs"
              variant="subtle"
              onClick={() => setShowLegend((v) => !v)}
              aria-expanded={showLegend}
              aria-controls="relationship-legend"
            >
              {showLegend ? "Hide what they mean" : "What do they mean?"}
            </Button>
          </Group>
          <Collapse expanded={showLegend} id="relationship-legend">
            <RelationshipLegend />
          </Collapse>
          <LoadStatus
            isLoading={entries.isLoading}
            error={entries.error}
            onRetry={() => void entries.refetch()}
            what="mappings"
          />
          {entries.data ? (
            <>
              <Text size="sm" data-testid="crosswalk-summary">
                {fromLabel} → {toLabel}: {matrix.entryCount} of {entries.data.total} mappings shown
                {state.relationships.length ? " (filtered)" : ""}.
              </Text>
              {state.view === "matrix" ? (
                <CrosswalkMatrixView matrix={matrix} fromLabel={fromLabel} toLabel={toLabel} />
              ) : (
                <CrosswalkListView entries={entriesInOrder(matrix)} />
              )}
            </>
          ) : null}
        </Stack>
      ) : null}
    </section>
  );
}
