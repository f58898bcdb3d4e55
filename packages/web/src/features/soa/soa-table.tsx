import { Anchor, Badge, Button, Group, Select, Stack, Table, Text, TextInput } from "@mantine/core";
import {
  SOA_IMPLEMENTATION_STATUSES,
  SOA_REASON_KINDS,
  type SoaEntryView,
  type SoaImplementationStatus,
  type SoaReasonKind,
} from "@openaims/core";
import { Fragment } from "react";
import { Link } from "react-router";
import { TableStatusRow } from "../../components/query-state";
import { StatusBadge } from "../../components/status-badge";
import { NOWRAP } from "../../components/table-styles";
import { controlPath } from "../controls/control-paths";
import type { SoaApplicability, SoaFilters } from "./soa-api";
import { REASON_KIND_LABELS, SOA_STATUS_LABELS, applicabilityLabel } from "./soa-labels";
import { ReasonList } from "./soa-reasons";
import { SoaEvidenceCell } from "./soa-evidence";

const COLUMNS = 7;
/** Annex A topics in order; the SoA always has them all. */
const THEMES = ["A.2", "A.3", "A.4", "A.5", "A.6", "A.7", "A.8", "A.9", "A.10"];

export function SoaFiltersBar({
  filters,
  search,
  onSearch,
  onChange,
}: {
  filters: SoaFilters;
  search: string;
  onSearch: (q: string) => void;
  onChange: (f: SoaFilters) => void;
}) {
  return (
    <Group mb="md" gap="sm" align="flex-end" wrap="wrap" role="search" aria-label="Filter the SoA">
      <TextInput
        label="Search"
        placeholder="Control, reason or note"
        value={search}
        onChange={(e) => onSearch(e.currentTarget.value)}
        w={240}
      />
      <Select
        label="Theme"
        placeholder="All themes"
        clearable
        data={THEMES}
        value={filters.theme ?? null}
        onChange={(v) => onChange({ ...filters, theme: v ?? undefined })}
        w={130}
      />
      <Select
        label="Applicability"
        placeholder="All"
        clearable
        data={[
          { value: "true", label: "Applicable" },
          { value: "false", label: "Excluded" },
          { value: "undecided", label: "Undecided" },
        ]}
        value={filters.applicable ?? null}
        onChange={(v) => onChange({ ...filters, applicable: (v as SoaApplicability | null) ?? undefined })}
        w={160}
      />
      <Select
        label="Implementation"
        placeholder="All statuses"
        clearable
        data={SOA_IMPLEMENTATION_STATUSES.map((s) => ({ value: s, label: SOA_STATUS_LABELS[s].label }))}
        value={filters.status ?? null}
        onChange={(v) => onChange({ ...filters, status: (v as SoaImplementationStatus | null) ?? undefined })}
        w={200}
      />
      <Select
        label="Reason"
        placeholder="Any reason"
        clearable
        data={SOA_REASON_KINDS.map((k) => ({ value: k, label: REASON_KIND_LABELS[k] }))}
        value={filters.reasonKind ?? null}
        onChange={(v) => onChange({ ...filters, reasonKind: (v as SoaReasonKind | null) ?? undefined })}
        w={180}
      />
    </Group>
  );
}

function ApplicabilityCell({ entry }: { entry: SoaEntryView }) {
  const a = applicabilityLabel(entry.applicable);
  return (
    <Stack gap={2} align="flex-start">
      <StatusBadge color={a.color}>{a.label}</StatusBadge>
      {entry.decisionSource ? (
        <Text size="xs" c="dimmed">
          {entry.decisionSource === "manual" ? "decided by hand" : "from the draft"}
        </Text>
      ) : null}
      {entry.proposal ? (
        <Badge color="orange" variant="outline" size="sm" tt="none" data-testid="soa-proposal-flag">
          Draft disagrees
        </Badge>
      ) : null}
    </Stack>
  );
}

/** The SoA grouped by Annex A theme; a row opens the entry for editing. */
export function SoaTable({
  entries,
  isLoading,
  error,
  filtered,
  onRetry,
  onOpen,
  canWrite,
}: {
  entries: SoaEntryView[];
  isLoading: boolean;
  error: unknown;
  filtered: boolean;
  onRetry: () => void;
  onOpen: (controlId: string) => void;
  canWrite: boolean;
}) {
  const themes = [...new Set(entries.map((e) => e.theme))];
  return (
    <Table.ScrollContainer minWidth={1040}>
      <Table verticalSpacing="sm" highlightOnHover data-testid="soa-table">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Annex A control</Table.Th>
            <Table.Th>Applicability</Table.Th>
            <Table.Th>Justification</Table.Th>
            <Table.Th>Implementation</Table.Th>
            <Table.Th>Implemented by</Table.Th>
            <Table.Th>Evidence</Table.Th>
            <Table.Th aria-label="Actions" />
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          <TableStatusRow
            colSpan={COLUMNS}
            isLoading={isLoading}
            error={error}
            isEmpty={entries.length === 0}
            emptyText={
              filtered
                ? "No control matches these filters."
                : "No Annex A controls: the ISO/IEC 42001 catalog is not loaded."
            }
            onRetry={onRetry}
          />
          {themes.map((theme) => {
            const rows = entries.filter((e) => e.theme === theme);
            return (
              <Fragment key={theme}>
                <Table.Tr>
                  <Table.Th colSpan={COLUMNS} bg="var(--mantine-color-gray-light)" scope="colgroup">
                    {theme} {rows[0]?.themeTitle}
                  </Table.Th>
                </Table.Tr>
                {rows.map((e) => (
                  <Table.Tr key={e.controlKey} data-testid={`soa-row-${e.controlId}`}>
                    <Table.Td>
                      <Text size="sm" ff="monospace" fw={600}>
                        {e.controlId}
                      </Text>
                      <Text size="sm">{e.title}</Text>
                    </Table.Td>
                    <Table.Td style={NOWRAP}>
                      <ApplicabilityCell entry={e} />
                    </Table.Td>
                    <Table.Td>
                      {e.applicable === false ? (
                        <Text size="sm" c={e.exclusionJustification.trim() ? undefined : "red"}>
                          {e.exclusionJustification.trim() || "No justification yet"}
                        </Text>
                      ) : (
                        <ReasonList entry={e} />
                      )}
                    </Table.Td>
                    <Table.Td style={NOWRAP}>
                      <StatusBadge color={SOA_STATUS_LABELS[e.implementationStatus].color}>
                        {SOA_STATUS_LABELS[e.implementationStatus].label}
                      </StatusBadge>
                    </Table.Td>
                    <Table.Td>
                      {e.controls.length === 0 ? (
                        <Text size="sm" c="dimmed">
                          —
                        </Text>
                      ) : (
                        <Group gap={6}>
                          {e.controls.map((c) => (
                            <Anchor
                              key={c.id}
                              component={Link}
                              to={controlPath(c.id)}
                              size="sm"
                              ff="monospace"
                              title={c.title}
                            >
                              {c.code}
                            </Anchor>
                          ))}
                        </Group>
                      )}
                    </Table.Td>
                    <Table.Td style={NOWRAP}>
                      <SoaEvidenceCell entry={e} />
                    </Table.Td>
                    <Table.Td style={NOWRAP}>
                      <Button
                        size="xs"
                        variant="light"
                        onClick={() => onOpen(e.controlId)}
                        aria-label={`${canWrite ? "Edit" : "Open"} ${e.controlId}`}
                      >
                        {canWrite ? "Edit" : "Open"}
                      </Button>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Fragment>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
