import { Button, Checkbox, Progress, Stack, Table } from "@mantine/core";
import { ASSESSMENT_STATUSES, IMPACT_ASSESSMENT_TEMPLATES, type TemplateId } from "@openaims/core";
import { useState } from "react";
import { useSearchParams } from "react-router";
import { FilterSelect, ListFilters, SearchFilter } from "../../components/list-filters";
import { KeyCell, ListTable } from "../../components/list-table";
import { PageHeader } from "../../components/page-header";
import { StatusBadge } from "../../components/status-badge";
import { NOWRAP } from "../../components/table-styles";
import { useListQuery, useListSearch, useListState } from "../../components/use-list-state";
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

/** `/assessments`: AI system impact assessments, FRIAs and Colorado assessments (ISO/IEC 42001 6.1.4, 8.4). */
export function AssessmentsPage() {
  const canWrite = useCan("records:write");
  const [params] = useSearchParams();
  const aiSystemId = params.get("aiSystemId") ?? undefined;
  const list = useListState<AssessmentSort>("key", "desc");
  const search = useListSearch(list);
  const [templateId, setTemplateId] = useState<TemplateId | null>(null);
  const [status, setStatus] = useState<AssessmentStatus | null>(null);
  const [due, setDue] = useState(false);
  const [creating, setCreating] = useState(false);
  const query: AssessmentQuery = {
    ...list.params,
    q: search.q,
    aiSystemId,
    templateId: templateId ?? undefined,
    status: status ?? undefined,
    due: due ? "true" : undefined,
  };
  const assessments = useListQuery([...ASSESSMENTS_KEY, "list"], query, listAssessments);
  const filtered = Boolean(search.q || templateId || status || due || aiSystemId);

  return (
    <section aria-labelledby="assessments-heading">
      <PageHeader
        title="Impact assessments"
        id="assessments-heading"
        description="How each AI system could affect people and society, assessed once and reused for the EU FRIA and the Colorado deployer assessment (ISO/IEC 42001 6.1.4, 8.4, A.5)."
        actions={canWrite ? <Button onClick={() => setCreating(true)}>New assessment</Button> : null}
      />
      <Stack gap="md">
        <ListFilters label="Filter assessments">
          <SearchFilter search={search} placeholder="Key or title" w={220} />
          <FilterSelect
            label="Template"
            placeholder="All templates"
            data={IMPACT_ASSESSMENT_TEMPLATES.map((t) => ({ value: t.id, label: t.title }))}
            value={templateId}
            onChange={list.onFilter((v: string | null) => setTemplateId(v as TemplateId | null))}
            w={280}
          />
          <FilterSelect
            label="Status"
            placeholder="All statuses"
            options={ASSESSMENT_STATUSES}
            labels={STATUS_LABELS}
            value={status}
            onChange={list.onFilter(setStatus)}
            w={170}
          />
          <Checkbox
            label="Due again"
            checked={due}
            onChange={(e) => list.onFilter(setDue)(e.currentTarget.checked)}
            mb={8}
          />
        </ListFilters>
        <ListTable
          testId="assessments-table"
          minWidth={960}
          columns={[
            { label: "Key", sort: "key" },
            { label: "Title" },
            { label: "AI system" },
            { label: "Status" },
            { label: "Complete" },
            { label: "Rating" },
            { label: "Valid until", sort: "validUntil" },
            { label: "Due" },
          ]}
          result={assessments}
          emptyText={filtered ? "No assessment matches these filters." : "No assessments yet."}
          list={list}
          noun="assessments"
          row={(a) => (
            <Table.Tr key={a.id} data-testid={`assessment-row-${a.key}`}>
              <KeyCell to={assessmentPath(a.id)}>{a.key}</KeyCell>
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
          )}
        />
      </Stack>
      {creating ? <NewAssessmentModal onClose={() => setCreating(false)} aiSystemId={undefined} /> : null}
    </section>
  );
}
