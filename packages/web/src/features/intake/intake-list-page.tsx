import { Button, Switch, Table, Text } from "@mantine/core";
import { INTAKE_STATUSES, type IntakeStatus } from "@openaims/core";
import { useState } from "react";
import { Link } from "react-router";
import { FilterSelect, ListFilters } from "../../components/list-filters";
import { KeyCell, ListTable } from "../../components/list-table";
import { PageHeader } from "../../components/page-header";
import { StatusBadge } from "../../components/status-badge";
import { NOWRAP } from "../../components/table-styles";
import { useListQuery, useListState } from "../../components/use-list-state";
import { formatDate } from "../../lib/format";
import { useCan } from "../auth/me-context";
import { RiskClassBadge } from "../inventory/risk-class-badge";
import { useUserNames } from "../users/use-user-names";
import { INTAKE_KEY, listIntakeRequests, type IntakeQuery } from "./intake-api";
import { INTAKE_STATUS_LABELS } from "./intake-labels";
import { NEW_INTAKE_PATH, intakeRequestPath } from "./intake-paths";

/** Inventory → Intake requests: proposed AI use cases and where each stands, newest first. */
export function IntakeListPage() {
  const canSubmit = useCan("intake:submit");
  const names = useUserNames();
  const list = useListState<"createdAt">("createdAt", "desc");
  const [status, setStatus] = useState<IntakeStatus | null>(null);
  const [mine, setMine] = useState(false);
  const query: IntakeQuery = {
    limit: list.pageSize,
    offset: list.offset,
    order: "desc",
    status: status ?? undefined,
    mine,
  };
  const requests = useListQuery([...INTAKE_KEY, "list"], query, listIntakeRequests);
  const filtered = Boolean(status || mine);

  return (
    <section aria-labelledby="intake-list-heading">
      <PageHeader
        title="Intake requests"
        order={2}
        id="intake-list-heading"
        description="New AI use cases proposed for approval. Each is screened and classified on submission, triaged and assessed by a manager, and registered in the inventory once approved."
        actions={
          canSubmit ? (
            <Button component={Link} to={NEW_INTAKE_PATH}>
              Propose an AI use case
            </Button>
          ) : null
        }
      />
      <ListFilters label="Filter intake requests" mb="md" gap="md">
        <FilterSelect
          label="Status"
          placeholder="All statuses"
          options={INTAKE_STATUSES}
          labels={INTAKE_STATUS_LABELS}
          value={status}
          onChange={list.onFilter(setStatus)}
          w={220}
        />
        <Switch
          label="Only my requests"
          checked={mine}
          onChange={(e) => list.onFilter(setMine)(e.currentTarget.checked)}
          mb={8}
        />
      </ListFilters>
      <ListTable
        testId="intake-table"
        minWidth={860}
        columns={[
          { label: "Key" },
          { label: "Name" },
          { label: "Status" },
          { label: "EU risk class" },
          { label: "Open step" },
          { label: "Requested by" },
          { label: "Submitted" },
        ]}
        result={requests}
        emptyText={filtered ? "No request matches these filters." : "No intake requests yet."}
        list={list}
        noun="requests"
        row={(r) => {
          const step =
            r.approval?.status === "pending" ? r.approval.steps.find((s) => s.status === "pending") : null;
          return (
            <Table.Tr key={r.id} data-testid={`intake-row-${r.key}`}>
              <KeyCell to={intakeRequestPath(r.id)}>{r.key}</KeyCell>
              <Table.Td>{r.name}</Table.Td>
              <Table.Td style={NOWRAP}>
                <StatusBadge color={INTAKE_STATUS_LABELS[r.status].color}>
                  {INTAKE_STATUS_LABELS[r.status].label}
                </StatusBadge>
              </Table.Td>
              <Table.Td style={NOWRAP}>
                <RiskClassBadge value={r.euRiskClass} size="sm" />
              </Table.Td>
              <Table.Td>
                <Text size="sm">{step?.name ?? "—"}</Text>
              </Table.Td>
              <Table.Td>
                <Text size="sm">{names.nameOf(r.requesterId, "—")}</Text>
              </Table.Td>
              <Table.Td style={NOWRAP} title={r.createdAt}>
                {formatDate(r.createdAt)}
              </Table.Td>
            </Table.Tr>
          );
        }}
      />
    </section>
  );
}
