import { Anchor, Badge, Button, Group, Stack, Table, Text, TextInput } from "@mantine/core";
import { useDebouncedValue } from "@mantine/hooks";
import type { FrameworkSummary } from "@openaims/core";
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { Link } from "react-router";
import { PageHeader } from "../../components/page-header";
import { TableStatusRow } from "../../components/query-state";
import { NOWRAP } from "../../components/table-styles";
import { TablePager } from "../../components/table-pager";
import { useListState } from "../../components/use-list-state";
import { useCan } from "../auth/me-context";
import { EffectiveDates } from "./effective-dates";
import { FRAMEWORK_KIND_LABELS, frameworkLabel } from "./framework-labels";
import { frameworkPath } from "./framework-paths";
import { FRAMEWORKS_KEY, listFrameworks, useAllFrameworks } from "./frameworks-api";
import { ImportCatalogModal } from "./import-catalog-modal";

const COLUMNS = 6;

/** Frameworks → Frameworks: every catalog the organization answers to, and importing its own. */
export function FrameworksPage() {
  const canImport = useCan("catalogs:write");
  const list = useListState<"name">("name");
  const [search, setSearch] = useState("");
  const [q] = useDebouncedValue(search.trim(), 300);
  const [importing, setImporting] = useState(false);
  const query = { limit: list.pageSize, offset: list.offset, q: q || undefined };
  const frameworks = useQuery({
    queryKey: [...FRAMEWORKS_KEY, "list", query],
    queryFn: ({ signal }) => listFrameworks(query, signal),
    placeholderData: keepPreviousData,
  });
  const items = frameworks.data?.items ?? [];
  const { labelOf } = useAllFrameworks();

  return (
    <section aria-labelledby="frameworks-heading">
      <PageHeader
        title="Framework catalogs"
        order={2}
        id="frameworks-heading"
        description="Standards, laws and guidance as versioned catalogs. Open one to browse its requirements and how they map to other frameworks."
        actions={
          canImport ? <Button onClick={() => setImporting(true)}>Import framework or crosswalk</Button> : null
        }
      />
      <Group mb="md" role="search" aria-label="Filter frameworks">
        <TextInput
          label="Search"
          placeholder="Name, publisher or reference"
          value={search}
          onChange={(e) => {
            setSearch(e.currentTarget.value);
            list.resetPage();
          }}
          w={300}
        />
      </Group>
      <Table.ScrollContainer minWidth={860}>
        <Table striped highlightOnHover verticalSpacing="sm" data-testid="frameworks-table">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Framework</Table.Th>
              <Table.Th>Version</Table.Th>
              <Table.Th>Kind</Table.Th>
              <Table.Th>Jurisdiction</Table.Th>
              <Table.Th>In force</Table.Th>
              <Table.Th style={NOWRAP}>Requirements</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            <TableStatusRow
              colSpan={COLUMNS}
              isLoading={frameworks.isLoading}
              error={frameworks.error}
              isEmpty={items.length === 0}
              emptyText={q ? "No framework matches this search." : "No frameworks are loaded."}
              onRetry={() => void frameworks.refetch()}
            />
            {items.map((f) => (
              <FrameworkRow key={f.ref} framework={f} labelOf={labelOf} />
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      <TablePager
        page={list.page}
        pageSize={list.pageSize}
        total={frameworks.data?.total ?? 0}
        onPage={list.setPage}
        onPageSize={list.setPageSize}
        noun="frameworks"
      />
      {importing ? <ImportCatalogModal onClose={() => setImporting(false)} /> : null}
    </section>
  );
}

function FrameworkRow({
  framework: f,
  labelOf,
}: {
  framework: FrameworkSummary;
  labelOf: (ref: string) => string;
}) {
  return (
    <Table.Tr data-testid={`framework-row-${f.ref}`}>
      <Table.Td>
        <Stack gap={2}>
          <Group gap={6}>
            <Anchor component={Link} to={frameworkPath(f.ref)} fw={600}>
              {frameworkLabel(f)}
            </Anchor>
            {f.isCustom ? (
              <Badge size="sm" variant="light" color="grape" tt="none">
                Custom
              </Badge>
            ) : null}
            {f.supersededBy ? (
              <Badge size="sm" variant="light" color="orange" tt="none">
                Superseded
              </Badge>
            ) : null}
          </Group>
          <Text size="xs" c="dimmed" lineClamp={2}>
            {f.name} · {f.publisher}
          </Text>
          {f.supersededBy ? (
            <Text size="xs" c="orange">
              Superseded by{" "}
              <Anchor component={Link} to={frameworkPath(f.supersededBy)} size="xs">
                {labelOf(f.supersededBy)}
              </Anchor>
            </Text>
          ) : null}
        </Stack>
      </Table.Td>
      <Table.Td style={NOWRAP}>
        <Text size="sm" ff="monospace">
          {f.version}
        </Text>
      </Table.Td>
      <Table.Td>{FRAMEWORK_KIND_LABELS[f.kind]}</Table.Td>
      <Table.Td>{f.jurisdiction ?? "—"}</Table.Td>
      <Table.Td style={NOWRAP}>
        <EffectiveDates from={f.effectiveFrom} to={f.effectiveTo} />
      </Table.Td>
      <Table.Td style={NOWRAP}>
        <Text size="sm">{f.requirementCount}</Text>
        <Text size="xs" c="dimmed">
          {f.assessableCount} assessable
        </Text>
      </Table.Td>
    </Table.Tr>
  );
}
