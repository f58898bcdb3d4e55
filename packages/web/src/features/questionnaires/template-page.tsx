import { Anchor, Breadcrumbs, Group, Text } from "@mantine/core";
import { Link, useParams } from "react-router";
import { PageHeader } from "../../components/page-header";
import { LoadStatus } from "../../components/query-state";
import { StatusBadge } from "../../components/status-badge";
import { formatDateTime } from "../../lib/format";
import { QUESTIONNAIRES_PATH, TEMPLATE_STATUS_LABELS, plural } from "./questionnaire-labels";
import { useBuiltins, useTemplate } from "./questionnaires-api";
import { TemplateWorkspace } from "./template-workspace";

/**
 * One questionnaire template (`/vendors/questionnaires/:id`): the builder, a preview that scores
 * trial answers, and publishing (ISO/IEC 42001 A.10.3).
 */
export function TemplatePage() {
  const id = useParams().id ?? "";
  const query = useTemplate(id);
  const t = query.data;
  const builtins = useBuiltins(Boolean(t?.origin));
  const origin = t?.origin ? (builtins.data?.items.find((b) => b.slug === t.origin)?.name ?? t.origin) : null;

  return (
    <section aria-labelledby="template-heading">
      <Breadcrumbs mb="sm" aria-label="Breadcrumb">
        <Anchor component={Link} to={QUESTIONNAIRES_PATH} size="sm">
          Questionnaires
        </Anchor>
        <Text size="sm" ff="monospace">
          {t?.key ?? "…"}
        </Text>
      </Breadcrumbs>
      <PageHeader
        title={t ? `${t.key} ${t.name}` : "Questionnaire"}
        order={2}
        id="template-heading"
        description={
          t ? (
            <Group gap="xs" component="span">
              <StatusBadge color={TEMPLATE_STATUS_LABELS[t.status].color}>
                <span data-testid="template-status" data-status={t.status}>
                  {TEMPLATE_STATUS_LABELS[t.status].label}
                </span>
              </StatusBadge>
              <span>
                {plural(t.questionCount, "question")} · sent{" "}
                {t.campaignCount === 1 ? "once" : `${t.campaignCount} times`}
                {origin ? ` · adopted from “${origin}”` : ""}
                {t.owner ? ` · owner ${t.owner.name}` : ""} · last changed {formatDateTime(t.updatedAt)}
              </span>
            </Group>
          ) : null
        }
      />
      <LoadStatus
        isLoading={query.isLoading}
        error={query.error}
        onRetry={() => void query.refetch()}
        what="questionnaire"
      />
      {t ? (
        <TemplateWorkspace key={t.id} template={t} onReload={async () => (await query.refetch()).data} />
      ) : null}
    </section>
  );
}
