import { Button, Stack, Table, Text } from "@mantine/core";
import { QUESTIONNAIRE_TEMPLATE_STATUSES, type QuestionnaireTemplateStatus } from "@openaims/core";
import { useState } from "react";
import { FilterSelect, ListFilters, SearchFilter } from "../../components/list-filters";
import { KeyCell, ListTable } from "../../components/list-table";
import { PageHeader } from "../../components/page-header";
import { StatusBadge } from "../../components/status-badge";
import { NOWRAP } from "../../components/table-styles";
import { useListQuery, useListSearch, useListState } from "../../components/use-list-state";
import { formatDateTime } from "../../lib/format";
import { useCan } from "../auth/me-context";
import { BuiltinTemplatesModal, NewTemplateModal } from "./new-template-modals";
import { TEMPLATE_STATUS_LABELS, templatePath } from "./questionnaire-labels";
import { TEMPLATES_KEY, listTemplates, type TemplateQuery } from "./questionnaires-api";

type Sort = "key" | "name" | "status" | "updatedAt";

/** Vendors → Questionnaires: the templates sent to AI vendors, built here (ISO/IEC 42001 A.10.3). */
export function TemplatesPage() {
  const canWrite = useCan("records:write");
  const list = useListState<Sort>("updatedAt", "desc");
  const search = useListSearch(list);
  const [status, setStatus] = useState<QuestionnaireTemplateStatus | null>(null);
  const [dialog, setDialog] = useState<"new" | "builtin" | null>(null);
  const query: TemplateQuery = { ...list.params, q: search.q, status: status ?? undefined };
  const templates = useListQuery([...TEMPLATES_KEY, "list"], query, listTemplates);
  const filtered = Boolean(search.q || status);

  return (
    <section aria-labelledby="templates-heading">
      <PageHeader
        title="Questionnaires"
        order={2}
        id="templates-heading"
        description="The questionnaires sent to AI vendors through a link: sections of scored questions, built here or adopted from the built-in AI-vendor questionnaire, published before they can be sent (ISO/IEC 42001 A.10.3)."
        actions={
          canWrite ? (
            <>
              <Button variant="default" onClick={() => setDialog("builtin")}>
                Start from the AI-vendor questionnaire
              </Button>
              <Button onClick={() => setDialog("new")}>New questionnaire</Button>
            </>
          ) : null
        }
      />
      <Stack gap="md">
        <ListFilters label="Filter questionnaires">
          <SearchFilter search={search} placeholder="Key, name or description" w={260} />
          <FilterSelect
            label="Status"
            placeholder="All statuses"
            options={QUESTIONNAIRE_TEMPLATE_STATUSES}
            labels={TEMPLATE_STATUS_LABELS}
            value={status}
            onChange={list.onFilter(setStatus)}
            w={160}
          />
        </ListFilters>
        <ListTable
          testId="templates-table"
          minWidth={820}
          columns={[
            { label: "Key", sort: "key" },
            { label: "Name", sort: "name" },
            { label: "Status", sort: "status" },
            { label: "Questions" },
            { label: "Sent" },
            { label: "Last changed", sort: "updatedAt" },
          ]}
          result={templates}
          emptyText={
            filtered
              ? "No questionnaire matches these filters."
              : "No questionnaires yet. Start from the AI-vendor questionnaire or write your own."
          }
          list={list}
          noun="questionnaires"
          row={(t) => (
            <Table.Tr key={t.id} data-testid={`template-row-${t.key}`}>
              <KeyCell to={templatePath(t.id)}>{t.key}</KeyCell>
              <Table.Td>
                <Text size="sm">{t.name}</Text>
                {t.description ? (
                  <Text size="xs" c="dimmed" lineClamp={1}>
                    {t.description}
                  </Text>
                ) : null}
              </Table.Td>
              <Table.Td style={NOWRAP}>
                <StatusBadge color={TEMPLATE_STATUS_LABELS[t.status].color}>
                  {TEMPLATE_STATUS_LABELS[t.status].label}
                </StatusBadge>
              </Table.Td>
              <Table.Td>{t.questionCount}</Table.Td>
              <Table.Td>{t.campaignCount}</Table.Td>
              <Table.Td style={NOWRAP}>{formatDateTime(t.updatedAt)}</Table.Td>
            </Table.Tr>
          )}
        />
      </Stack>
      {dialog === "new" ? <NewTemplateModal onClose={() => setDialog(null)} /> : null}
      {dialog === "builtin" ? <BuiltinTemplatesModal onClose={() => setDialog(null)} /> : null}
    </section>
  );
}
