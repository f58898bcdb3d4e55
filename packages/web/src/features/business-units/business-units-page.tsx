import { Button, Group, Table, Text } from "@mantine/core";
import type { BusinessUnit } from "@openaims/core";
import { useState } from "react";
import { SearchFilter } from "../../components/list-filters";
import { ListTable } from "../../components/list-table";
import { PageHeader } from "../../components/page-header";
import { NOWRAP } from "../../components/table-styles";
import { useListQuery, useListSearch, useListState } from "../../components/use-list-state";
import { formatDate } from "../../lib/format";
import { useCan } from "../auth/me-context";
import { BusinessUnitFormModal } from "./business-unit-form-modal";
import { BUSINESS_UNITS_KEY, listBusinessUnits, type BusinessUnitQuery } from "./business-units-api";

type Sort = BusinessUnitQuery["sort"];

/** Settings → Business units: the parts of the organization that own AI systems. */
export function BusinessUnitsPage() {
  const canWrite = useCan("business-units:write");
  const list = useListState<Sort>("name");
  const search = useListSearch(list);
  const [editing, setEditing] = useState<BusinessUnit | "new" | null>(null);

  const query: BusinessUnitQuery = {
    ...list.params,
    q: search.q,
  };
  const units = useListQuery([...BUSINESS_UNITS_KEY, "list"], query, listBusinessUnits);

  return (
    <section aria-labelledby="business-units-heading">
      <PageHeader
        title="Business units"
        id="business-units-heading"
        order={2}
        description="Parts of the organization. Contributors and viewers can be limited to some of them."
        actions={canWrite ? <Button onClick={() => setEditing("new")}>Create business unit</Button> : null}
      />
      <Group mb="md" role="search" aria-label="Filter business units">
        <SearchFilter search={search} placeholder="Name or key" w={260} />
      </Group>
      <ListTable
        testId="business-units-table"
        minWidth={700}
        columns={[
          { label: "Key", sort: "key" },
          { label: "Name", sort: "name" },
          { label: "Description" },
          { label: "Created", sort: "createdAt" },
          canWrite && { label: "Actions", labelHidden: true },
        ]}
        result={units}
        emptyText={search.q ? "No business unit matches this search." : "No business units yet."}
        list={list}
        noun="business units"
        row={(u) => (
          <Table.Tr key={u.id}>
            <Table.Td style={NOWRAP}>
              <Text size="sm" ff="monospace">
                {u.key}
              </Text>
            </Table.Td>
            <Table.Td>{u.name}</Table.Td>
            <Table.Td>
              <Text size="sm" lineClamp={2} c={u.description ? undefined : "dimmed"}>
                {u.description || "—"}
              </Text>
            </Table.Td>
            <Table.Td style={NOWRAP} title={u.createdAt}>
              {formatDate(u.createdAt)}
            </Table.Td>
            {canWrite ? (
              <Table.Td>
                <Button
                  size="xs"
                  variant="subtle"
                  onClick={() => setEditing(u)}
                  aria-label={`Edit ${u.name}`}
                >
                  Edit
                </Button>
              </Table.Td>
            ) : null}
          </Table.Tr>
        )}
      />
      {editing ? (
        <BusinessUnitFormModal
          key={editing === "new" ? "new" : editing.id}
          unit={editing === "new" ? null : editing}
          onClose={() => setEditing(null)}
        />
      ) : null}
    </section>
  );
}
