import { Anchor, Button, Table, Text } from "@mantine/core";
import { IMPLEMENTATION_STATUSES, type Control, type ImplementationStatus } from "@openaims/core";
import { useState } from "react";
import { Link } from "react-router";
import { FilterSelect, ListFilters, SearchFilter } from "../../components/list-filters";
import { KeyCell, ListTable } from "../../components/list-table";
import { PageHeader } from "../../components/page-header";
import { StatusBadge } from "../../components/status-badge";
import { NOWRAP } from "../../components/table-styles";
import { useListQuery, useListSearch, useListState } from "../../components/use-list-state";
import { formatDate } from "../../lib/format";
import { useCan } from "../auth/me-context";
import { useAllFrameworks } from "../frameworks/frameworks-api";
import { EFFECTIVENESS_LABELS, FREQUENCY_LABELS, STATUS_LABELS } from "./control-labels";
import { NEW_CONTROL_PATH, STARTER_LIBRARY_PATH, controlPath } from "./control-paths";
import { CONTROLS_KEY, listControls, type ControlQuery, type ControlSort } from "./controls-api";

/** "3 requirements in ISO/IEC 42001, NIST AI RMF". */
function linksText(control: Control, labelOf: (ref: string) => string): string {
  const n = control.links.length;
  if (n === 0) return "None";
  const refs = [...new Set(control.links.map((l) => l.frameworkRef))].map(labelOf).join(", ");
  return `${n} in ${refs}`;
}

/** Controls → Control library: what the organization does, its status, and the requirements it meets. */
export function ControlsPage() {
  const canWrite = useCan("records:write");
  const frameworks = useAllFrameworks();
  const list = useListState<ControlSort>("code");
  const search = useListSearch(list);
  const [status, setStatus] = useState<ImplementationStatus | null>(null);
  const query: ControlQuery = {
    ...list.params,
    q: search.q,
    implementationStatus: status ?? undefined,
  };
  const controls = useListQuery([...CONTROLS_KEY, "list"], query, listControls);
  const filtered = Boolean(search.q || status);

  return (
    <section aria-labelledby="controls-heading">
      <PageHeader
        title="Control library"
        order={2}
        id="controls-heading"
        description="Your controls, their implementation status and the requirements each one satisfies. Coverage of every framework follows from them."
        actions={
          canWrite ? (
            <Button component={Link} to={NEW_CONTROL_PATH}>
              Create control
            </Button>
          ) : null
        }
      />
      <ListFilters label="Filter controls" mb="md">
        <SearchFilter search={search} placeholder="Code, title or description" w={280} />
        <FilterSelect
          label="Status"
          placeholder="All statuses"
          options={IMPLEMENTATION_STATUSES}
          labels={STATUS_LABELS}
          value={status}
          onChange={list.onFilter(setStatus)}
          w={220}
        />
      </ListFilters>
      <ListTable
        testId="controls-table"
        minWidth={900}
        columns={[
          { label: "Code", sort: "code" },
          { label: "Title", sort: "title" },
          { label: "Status", sort: "implementationStatus" },
          { label: "Effectiveness" },
          { label: "Frequency" },
          { label: "Requirements" },
          { label: "Created", sort: "createdAt" },
        ]}
        result={controls}
        emptyText={filtered ? "No control matches these filters." : "No controls yet."}
        list={list}
        noun="controls"
        row={(c) => (
          <Table.Tr key={c.id} data-testid={`control-row-${c.code}`}>
            <KeyCell to={controlPath(c.id)}>{c.code}</KeyCell>
            <Table.Td>{c.title}</Table.Td>
            <Table.Td style={NOWRAP}>
              <StatusBadge color={STATUS_LABELS[c.implementationStatus].color}>
                {STATUS_LABELS[c.implementationStatus].label}
              </StatusBadge>
            </Table.Td>
            <Table.Td style={NOWRAP}>
              <Text size="sm">{EFFECTIVENESS_LABELS[c.effectiveness].label}</Text>
            </Table.Td>
            <Table.Td style={NOWRAP}>{FREQUENCY_LABELS[c.frequency]}</Table.Td>
            <Table.Td>
              <Text size="sm">{linksText(c, frameworks.labelOf)}</Text>
            </Table.Td>
            <Table.Td style={NOWRAP} title={c.createdAt}>
              {formatDate(c.createdAt)}
            </Table.Td>
          </Table.Tr>
        )}
      />
      {controls.data?.total === 0 && !filtered ? (
        <Text size="sm" c="dimmed" mt="sm">
          Start from the{" "}
          <Anchor component={Link} to={STARTER_LIBRARY_PATH}>
            starter library
          </Anchor>
          : 70 AI controls that cover every ISO/IEC 42001 Annex A control and the management-system clauses.
        </Text>
      ) : null}
    </section>
  );
}
