import { Anchor, Button, Checkbox, Group, Progress, Select, Stack, Table, TextInput } from "@mantine/core";
import { useDebouncedValue } from "@mantine/hooks";
import { ASSESSMENT_STATUSES, IMPACT_ASSESSMENT_TEMPLATES, type TemplateId } from "@openaims/core";
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { Link, useSearchParams } from "react-router";
import { PageHeader } from "../../components/page-header";
import { TableStatusRow } from "../../components/query-state";
import { SortableTh } from "../../components/sortable-th";
import { StatusBadge } from "../../components/status-badge";
import { NOWRAP } from "../../components/table-styles";
import { TablePager } from "../../components/table-pager";
import { useListState } from "../../components/use-list-state";
import { formatDate } from "../../lib/format";
import { useCan } from "../auth/me-context";
import { RATING_COLORS, STATUS_LABELS, assessmentPath } from "./assessment-labels";
import {
  ASSESSMENTS_KEY,
  listAssessments,
  type AssessmentQuery,
  type AssessmentSort,
  type AssessmentStatus,
} from "./assessments-api";
import { NewAssessmentModal } from "./new-assessment-modal";

const COLUMNS = 8;

/** `/assessments`: AI system impact assessments, FRIAs and Colorado assessments (ISO/IEC 42001 6.1.4, 8.4). */
export function AssessmentsPage() {
  const canWrite = useCan("records:write");
  const [params] = useSearchParams();
  const aiSystemId = params.get("aiSystemId") ?? undefined;
  const list = useListState<AssessmentSort>("key", "desc");
  const [search, setSearch] = useState("");
  const [q] = useDebouncedValue(search.trim(), 300);
  const [templateId, setTemplateId] = useState<TemplateId | null>(null);
  const [status, setStatus] = useState<AssessmentStatus | null>(null);
  const [due, setDue] = useState(false);
  const [creating, setCreating] = useState(false);
  const query: AssessmentQuery = {
    limit: list.pageSize,
    offset: list.offset,
    sort: list.sort,
    order: list.order,
    q: q || undefined,
    aiSystemId,
    templateId: templateId ?? undefined,
    status: status ?? undefined,
    due: due ? "true" : undefined,
  };
  const assessments = useQuery({
    queryKey: [...ASSESSMENTS_KEY, "list", query],
    queryFn: ({ signal }) => listAssessments(query, signal),
    placeholderData: keepPreviousData,
  });
  const items = assessments.data?.items ?? [];
  const filtered = Boolean(q || templateId || status || due || aiSystemId);
  const filter =
    <T,>(set: (v: T) => void) =>
    (v: T) => {
      set(v);
      list.resetPage();
    };
  const sortable = (label: string, column: AssessmentSort) => (
    <SortableTh label={label} column={column} sort={list.sort} order={list.order} onSort={list.toggleSort} />
  );

  return (
    <section aria-labelledby="assessments-heading">
      <PageHeader
        title="Impact assessments"
        id="assessments-heading"
        description="How each AI system could affect people and society, assessed once and reused for the EU FRIA and the Colorado deployer assessment (ISO/IEC 42001 6.1.4, 8.4, A.5)."
        actions={canWrite ? <Button onClick={() => setCreating(true)}>New assessment</Button> : null}
      />
      <Stack gap="md">
        <Group gap="sm" align="flex-end" wrap="wrap" role="search" aria-label="Filter assessments">
          <TextInput
            label="Search"
            placeholder="Key or title"
            value={search}
            onChange={(e) => filter(setSearch)(e.currentTarget.value)}
            w={220}
          />
          <Select
            label="Template"
            placeholder="All templates"
            clearable
            data={IMPACT_ASSESSMENT_TEMPLATES.map((t) => ({ value: t.id, label: t.title }))}
            value={templateId}
            onChange={filter((v: string | null) => setTemplateId(v as TemplateId | null))}
            w={280}
          />
          <Select
            label="Status"
            placeholder="All statuses"
            clearable
            data={ASSESSMENT_STATUSES.map((s) => ({ value: s, label: STATUS_LABELS[s].label }))}
            value={status}
            onChange={filter((v: string | null) => setStatus(v as AssessmentStatus | null))}
            w={170}
          />
          <Checkbox
            label="Due again"
            checked={due}
            onChange={(e) => filter(setDue)(e.currentTarget.checked)}
            mb={8}
          />
        </Group>
        <Table.ScrollContainer minWidth={960}>
          <Table striped highlightOnHover verticalSpacing="sm" data-testid="assessments-table">
            <Table.Thead>
              <Table.Tr>
                {sortable("Key", "key")}
                <Table.Th>Title</Table.Th>
                <Table.Th>AI system</Table.Th>
                <Table.Th>Status</Table.Th>
                <Table.Th>Complete</Table.Th>
                <Table.Th>Rating</Table.Th>
                {sortable("Valid until", "validUntil")}
                <Table.Th>Due</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              <TableStatusRow
                colSpan={COLUMNS}
                isLoading={assessments.isLoading}
                error={assessments.error}
                isEmpty={items.length === 0}
                emptyText={filtered ? "No assessment matches these filters." : "No assessments yet."}
                onRetry={() => void assessments.refetch()}
              />
              {items.map((a) => (
                <Table.Tr key={a.id} data-testid={`assessment-row-${a.key}`}>
                  <Table.Td style={NOWRAP}>
                    <Anchor component={Link} to={assessmentPath(a.id)} ff="monospace" fw={600} size="sm">
                      {a.key}
                    </Anchor>
                  </Table.Td>
                  <Table.Td>
                    {a.title}
                    {a.revision > 1 ? ` (revision ${a.revision})` : ""}
                  </Table.Td>
                  <Table.Td>
                    {a.aiSystem.key} {a.aiSystem.name}
                  </Table.Td>
                  <Table.Td style={NOWRAP}>
                    <StatusBadge color={STATUS_LABELS[a.status].color}>
                      {STATUS_LABELS[a.status].label}
                    </StatusBadge>
                  </Table.Td>
                  <Table.Td w={120}>
                    <Progress value={a.completeness} size="sm" aria-label={`${a.completeness}% complete`} />
                  </Table.Td>
                  <Table.Td>
                    {a.rating ? <StatusBadge color={RATING_COLORS[a.rating]}>{a.rating}</StatusBadge> : "—"}
                  </Table.Td>
                  <Table.Td style={NOWRAP}>{formatDate(a.validUntil)}</Table.Td>
                  <Table.Td>{a.dueReason ? <StatusBadge color="orange">due</StatusBadge> : ""}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
        <TablePager
          page={list.page}
          pageSize={list.pageSize}
          total={assessments.data?.total ?? 0}
          onPage={list.setPage}
          onPageSize={list.setPageSize}
          noun="assessments"
        />
      </Stack>
      {creating ? <NewAssessmentModal onClose={() => setCreating(false)} aiSystemId={undefined} /> : null}
    </section>
  );
}
