import { Button, Table, Text } from "@mantine/core";
import { OBJECTIVE_STATUSES } from "@openaims/core";
import { useState } from "react";
import { useNavigate } from "react-router";
import { FilterSelect, ListFilters, SearchFilter } from "../../components/list-filters";
import { KeyCell, ListTable } from "../../components/list-table";
import { PageHeader } from "../../components/page-header";
import { StatusBadge } from "../../components/status-badge";
import { NOWRAP } from "../../components/table-styles";
import { useListQuery, useListSearch, useListState } from "../../components/use-list-state";
import { useCan } from "../auth/me-context";
import { formatCatalogDate } from "../frameworks/framework-labels";
import { useUserNames } from "../users/use-user-names";
import { ObjectiveFormModal } from "./objective-form-modal";
import { OBJECTIVE_STATUS_LABELS, ObjectiveProgress, measureText } from "./objective-progress";
import {
  OBJECTIVES_KEY,
  listObjectives,
  objectivePath,
  type ObjectiveQuery,
  type ObjectiveSort,
} from "./objectives-api";

/** Context → Objectives: measurable AI objectives, their owners, due dates and progress (ISO/IEC 42001 6.2). */
export function ObjectivesPage() {
  const canWrite = useCan("records:write");
  const names = useUserNames();
  const navigate = useNavigate();
  const list = useListState<ObjectiveSort>("key");
  const search = useListSearch(list);
  const [status, setStatus] = useState<string | null>(null);
  const [creating, setCreating] = useState(false);
  const query: ObjectiveQuery = {
    ...list.params,
    q: search.q,
    status: status ?? undefined,
  };
  const objectives = useListQuery([...OBJECTIVES_KEY, "list"], query, listObjectives);

  return (
    <section aria-labelledby="objectives-heading">
      <PageHeader
        title="AI objectives"
        order={2}
        id="objectives-heading"
        description="Measurable objectives for the responsible use of AI, with an owner, a due date and the progress recorded so far (ISO/IEC 42001 6.2)."
        actions={canWrite ? <Button onClick={() => setCreating(true)}>New objective</Button> : null}
      />
      <ListFilters label="Filter objectives" mb="md">
        <SearchFilter search={search} placeholder="Title or key" w={220} />
        <FilterSelect
          label="Status"
          placeholder="Any status"
          options={OBJECTIVE_STATUSES}
          labels={OBJECTIVE_STATUS_LABELS}
          value={status}
          onChange={list.onFilter(setStatus)}
          w={180}
        />
      </ListFilters>
      <ListTable
        testId="objectives-table"
        minWidth={900}
        columns={[
          { label: "Key", sort: "key" },
          { label: "Title", sort: "title" },
          { label: "Progress" },
          { label: "Owner" },
          { label: "Due", sort: "dueDate" },
          { label: "Status", sort: "status" },
        ]}
        result={objectives}
        emptyText={search.q || status ? "No objective matches these filters." : "No AI objectives yet."}
        list={list}
        noun="objectives"
        row={(o) => (
          <Table.Tr key={o.id} data-testid={`objective-row-${o.key}`}>
            <KeyCell to={objectivePath(o.id)}>{o.key}</KeyCell>
            <Table.Td>
              <Text size="sm">{o.title}</Text>
              <Text size="xs" c="dimmed">
                {o.measure}: {measureText(o)}
              </Text>
            </Table.Td>
            <Table.Td>
              <ObjectiveProgress objective={o} width={110} />
            </Table.Td>
            <Table.Td>
              <Text size="sm">{names.nameOf(o.ownerId, "—")}</Text>
            </Table.Td>
            <Table.Td style={NOWRAP}>{formatCatalogDate(o.dueDate)}</Table.Td>
            <Table.Td style={NOWRAP}>
              <StatusBadge color={OBJECTIVE_STATUS_LABELS[o.status].color}>
                {OBJECTIVE_STATUS_LABELS[o.status].label}
              </StatusBadge>
            </Table.Td>
          </Table.Tr>
        )}
      />
      {creating ? (
        <ObjectiveFormModal
          objective={null}
          onClose={() => setCreating(false)}
          onCreated={(o) => void navigate(objectivePath(o.id))}
        />
      ) : null}
    </section>
  );
}
