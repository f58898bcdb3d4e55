import { Anchor, Badge, Button, Group, Stack, Table, Text } from "@mantine/core";
import type { FrameworkSummary } from "@openaims/core";
import { useState } from "react";
import { Link } from "react-router";
import { SearchFilter } from "../../components/list-filters";
import { ListTable } from "../../components/list-table";
import { PageHeader } from "../../components/page-header";
import { NOWRAP } from "../../components/table-styles";
import { useListQuery, useListSearch, useListState } from "../../components/use-list-state";
import { useCan } from "../auth/me-context";
import { EffectiveDates } from "./effective-dates";
import { FRAMEWORK_KIND_LABELS, frameworkLabel } from "./framework-labels";
import { frameworkPath } from "./framework-paths";
import { FRAMEWORKS_KEY, listFrameworks, useAllFrameworks } from "./frameworks-api";
import { ImportCatalogModal } from "./import-catalog-modal";

/** Frameworks → Frameworks: every catalog the organization answers to, and importing its own. */
export function FrameworksPage() {
  const canImport = useCan("catalogs:write");
  const list = useListState<"name">("name");
  const search = useListSearch(list);
  const [importing, setImporting] = useState(false);
  const query = { limit: list.pageSize, offset: list.offset, q: search.q };
  const frameworks = useListQuery([...FRAMEWORKS_KEY, "list"], query, listFrameworks);
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
        <SearchFilter search={search} placeholder="Name, publisher or reference" w={300} />
      </Group>
      <ListTable
        testId="frameworks-table"
        minWidth={860}
        columns={[
          { label: "Framework" },
          { label: "Version" },
          { label: "Kind" },
          { label: "Jurisdiction" },
          { label: "In force" },
          { label: "Requirements", nowrap: true },
        ]}
        result={frameworks}
        emptyText={search.q ? "No framework matches this search." : "No frameworks are loaded."}
        list={list}
        noun="frameworks"
        row={(f) => <FrameworkRow key={f.ref} framework={f} labelOf={labelOf} />}
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
