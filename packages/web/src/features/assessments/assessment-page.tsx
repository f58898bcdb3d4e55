import { Alert, Anchor, Breadcrumbs, Button, Grid, Group, Stack, Text } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import {
  completeness,
  impactAssessmentTemplate,
  isHarmRow,
  type ImpactAssessmentView,
  type TableRow,
  canActInBusinessUnit,
} from "@openaims/core";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { Link, useNavigate, useParams } from "react-router";
import { FormAlert } from "../../components/form-alert";
import { PageHeader } from "../../components/page-header";
import { ExportButtons } from "../exports/export-buttons";
import { LoadStatus } from "../../components/query-state";
import { StatusBadge } from "../../components/status-badge";
import { formatDate, formatDateTime } from "../../lib/format";
import { useCan, useMe } from "../auth/me-context";
import { AssessmentApproval } from "./assessment-approval";
import { AssessmentForm } from "./assessment-form";
import { ASSESSMENTS_PATH, STATUS_LABELS, assessmentPath } from "./assessment-labels";
import { AssessmentProgress, SaveIndicator } from "./assessment-progress";
import {
  ASSESSMENTS_KEY,
  afterAssessmentSaved,
  createRiskFromImpact,
  getAssessment,
  startRevision,
} from "./assessments-api";
import { RevisionHistory } from "./revision-history";
import { useAutosave } from "./use-autosave";

/** One impact assessment (`/assessments/:id`): the form that saves as you go, its progress and approval. */
export function AssessmentPage() {
  const id = useParams().id ?? "";
  const query = useQuery({
    queryKey: [...ASSESSMENTS_KEY, "detail", id],
    queryFn: ({ signal }) => getAssessment(id, signal),
  });
  const a = query.data;
  return (
    <section aria-labelledby="assessment-heading">
      <Breadcrumbs mb="sm" aria-label="Breadcrumb">
        <Anchor component={Link} to={ASSESSMENTS_PATH} size="sm">
          Impact assessments
        </Anchor>
        <Text size="sm" ff="monospace">
          {a?.key ?? "…"}
        </Text>
      </Breadcrumbs>
      <LoadStatus
        isLoading={query.isLoading}
        error={query.error}
        onRetry={() => void query.refetch()}
        what="assessment"
      />
      {a ? <Loaded key={a.id} assessment={a} /> : null}
    </section>
  );
}

function Loaded({ assessment: a }: { assessment: ImpactAssessmentView }) {
  // Writing needs the permission and a grant on the assessment's business unit (core's rule).
  const me = useMe();
  const canWrite = useCan("records:write") && canActInBusinessUnit(me.user, a.businessUnitId);
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const template = impactAssessmentTemplate(a.templateId);
  const editable = canWrite && a.status === "draft";
  const autosave = useAutosave(a, editable);
  const percent = completeness(template, autosave.answers).percent;
  const revise = useMutation({
    mutationFn: () => startRevision(a.id),
    onSuccess: (next) => {
      afterAssessmentSaved(queryClient, next);
      void navigate(assessmentPath(next.id));
    },
  });
  const risk = useMutation({
    mutationFn: async (row: number) => {
      await autosave.saveNow();
      return createRiskFromImpact(a.id, row);
    },
    onSuccess: (r) =>
      notifications.show({
        color: "green",
        message: (
          <span>
            Created{" "}
            <Anchor component={Link} to={`/risks/${r.id}`} size="sm">
              {r.key} {r.title}
            </Anchor>
          </span>
        ),
      }),
  });
  const serverErrors = autosave.state.kind === "error" ? autosave.state.fieldErrors : {};
  // Only harms become risks (core's rule, the one the server applies).
  const impactRows = (autosave.answers[template.scoring.impactsQuestionId] ?? []) as TableRow[];

  return (
    <>
      <PageHeader
        title={`${a.key} ${a.title}`}
        id="assessment-heading"
        description={
          <Group gap="xs" component="span">
            <StatusBadge color={STATUS_LABELS[a.status].color}>
              <span data-testid="assessment-status" data-status={a.status}>
                {STATUS_LABELS[a.status].label}
              </span>
            </StatusBadge>
            <span>
              {template.title} · revision {a.revision} · AI system{" "}
              <Anchor component={Link} to={`/inventory/systems/${a.aiSystem.id}`} size="sm">
                {a.aiSystem.key} {a.aiSystem.name}
              </Anchor>
              {a.validUntil ? ` · valid until ${formatDate(a.validUntil)}` : ""}
            </span>
          </Group>
        }
        actions={
          <>
            <ExportButtons
              url={`/api/v1/impact-assessments/${a.id}/export`}
              formats={["pdf", "docx"]}
              label={`assessment ${a.key}`}
            />
            {canWrite && a.status === "approved" ? (
              <Button
                variant={a.dueReason ? "filled" : "default"}
                onClick={() => revise.mutate()}
                loading={revise.isPending}
              >
                Start new revision
              </Button>
            ) : null}
          </>
        }
      />
      <Stack gap="md">
        <FormAlert error={revise.error ?? risk.error} />
        {a.dueReason ? (
          <Alert color="orange" variant="light" title="A new assessment is due" data-testid="due-banner">
            Since {formatDateTime(a.dueSince)}: {a.dueReason}.
          </Alert>
        ) : null}
        <Text size="sm" c="dimmed">
          Based on {template.legalBasis.join("; ")}. Valid for {template.validityMonths} months once approved.
        </Text>
        <Grid gap="md">
          <Grid.Col span={{ base: 12, md: 8 }}>
            {editable ? <SaveIndicator state={autosave.state} /> : null}
            <AssessmentForm
              template={template}
              assessment={a}
              answers={autosave.answers}
              setAnswer={autosave.setAnswer}
              editable={editable}
              serverErrors={serverErrors}
              rowAction={(questionId, row) =>
                questionId === template.scoring.impactsQuestionId &&
                canWrite &&
                isHarmRow(template, impactRows[row] ?? {}) ? (
                  <Button
                    size="compact-xs"
                    variant="light"
                    onClick={() => risk.mutate(row)}
                    loading={risk.isPending && risk.variables === row}
                    aria-label={`Create risk from row ${row + 1}`}
                  >
                    Create risk
                  </Button>
                ) : null
              }
            />
          </Grid.Col>
          <Grid.Col span={{ base: 12, md: 4 }}>
            <Stack gap="md" pos="sticky" top={70}>
              <AssessmentProgress template={template} answers={autosave.answers} />
              <AssessmentApproval
                assessment={a}
                percent={percent}
                beforeSubmit={async () => {
                  await autosave.saveNow();
                  return autosave.version();
                }}
                onSaved={(saved) => autosave.adopt(saved.version)}
              />
              <RevisionHistory assessment={a} />
            </Stack>
          </Grid.Col>
        </Grid>
      </Stack>
    </>
  );
}
