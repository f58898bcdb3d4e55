import { Anchor, Breadcrumbs, Grid, Group, Paper, SimpleGrid, Stack, Text, Title } from "@mantine/core";
import { AiSystemFields, type IntakeRequestView } from "@openaims/core";
import { useQuery } from "@tanstack/react-query";
import { Link, useParams } from "react-router";
import { Fact } from "../../components/fact";
import { PageHeader } from "../../components/page-header";
import { LoadStatus } from "../../components/query-state";
import { StatusBadge } from "../../components/status-badge";
import { formatDateTime } from "../../lib/format";
import { EntityAuditTrail } from "../audit/entity-audit-trail";
import { useCan } from "../auth/me-context";
import { ClassificationDetails } from "../inventory/classification-details";
import type { ClassificationResult } from "../inventory/inventory-api";
import { placesText } from "../inventory/jurisdictions";
import { ProfileSummary } from "../inventory/profile-summary";
import { RiskClassBadge } from "../inventory/risk-class-badge";
import { useUserNames } from "../users/use-user-names";
import { DecisionPanel } from "./decision-panel";
import { INTAKE_KEY, getIntakeRequest } from "./intake-api";
import { INTAKE_STATUS_LABELS } from "./intake-labels";
import { INTAKE_LIST_PATH } from "./intake-paths";
import { ApprovalStepsTable, IntakeTimelineView } from "./intake-timeline-view";

/** The stored classification of a request, when it has the expected shape. */
function classificationOf(request: IntakeRequestView): ClassificationResult | null {
  const c = request.classification as Partial<ClassificationResult>;
  return typeof c.euRiskClass === "string" && Array.isArray(c.frameworks) && Array.isArray(c.notes)
    ? (c as ClassificationResult)
    : null;
}

/** An intake request (`/intake/:id`): where it stands, its classification, and the decision. */
export function IntakeRequestPage() {
  const id = useParams().id ?? "";
  const canReadAudit = useCan("audit:read");
  const names = useUserNames();
  const request = useQuery({
    queryKey: [...INTAKE_KEY, "detail", id],
    queryFn: ({ signal }) => getIntakeRequest(id, signal),
  });
  const r = request.data;
  const classification = r ? classificationOf(r) : null;
  const fields = r ? AiSystemFields.safeParse(r.fields) : null;
  const facts = fields?.success ? fields.data : null;

  return (
    <section aria-labelledby="intake-heading">
      <Breadcrumbs mb="sm" aria-label="Breadcrumb">
        <Anchor component={Link} to={INTAKE_LIST_PATH} size="sm">
          Intake requests
        </Anchor>
        <Text size="sm" ff="monospace">
          {r?.key ?? "…"}
        </Text>
      </Breadcrumbs>
      <LoadStatus
        isLoading={request.isLoading}
        error={request.error}
        onRetry={() => void request.refetch()}
        what="intake request"
      />
      {r ? (
        <Stack gap="lg">
          <PageHeader
            title={`${r.key} ${r.name}`}
            order={2}
            id="intake-heading"
            description={`Requested by ${names.nameOf(r.requesterId, "a colleague")} on ${formatDateTime(r.createdAt)}`}
            actions={
              <Group gap="xs">
                <StatusBadge color={INTAKE_STATUS_LABELS[r.status].color}>
                  <span data-testid="intake-status" data-status={r.status}>
                    {INTAKE_STATUS_LABELS[r.status].label}
                  </span>
                </StatusBadge>
                <RiskClassBadge value={r.euRiskClass} />
              </Group>
            }
          />
          <Grid gap="lg">
            <Grid.Col span={{ base: 12, md: 4 }}>
              <Stack gap="md">
                <Paper withBorder radius="md" p="md">
                  <Title order={3} size="h5" mb="sm">
                    Progress
                  </Title>
                  <IntakeTimelineView request={r} />
                </Paper>
                <DecisionPanel request={r} />
              </Stack>
            </Grid.Col>
            <Grid.Col span={{ base: 12, md: 8 }}>
              <Stack gap="md">
                <Paper withBorder radius="md" p="md">
                  <Title order={3} size="h5" mb="sm">
                    The use case
                  </Title>
                  {facts ? (
                    <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
                      <Fact label="Purpose" value={facts.purpose} />
                      <Fact label="Intended use" value={facts.intendedUse} />
                      <Fact label="Foreseeable misuse" value={facts.foreseeableMisuse} />
                      <Fact label="Used in" value={placesText(facts.profile.jurisdictions)} />
                      <Fact label="Vendors" value={facts.vendors.map((v) => v.name).join(", ")} />
                      <Fact label="Models" value={facts.models.map((m) => m.name).join(", ")} />
                    </SimpleGrid>
                  ) : (
                    <Text size="sm" c="dimmed">
                      The submitted facts cannot be shown.
                    </Text>
                  )}
                </Paper>
                <Paper withBorder radius="md" p="md">
                  <Title order={3} size="h5" mb="sm">
                    Approval steps
                  </Title>
                  <ApprovalStepsTable request={r} />
                  {r.decisionReason ? (
                    <Text size="sm" mt="xs">
                      Comment on the decision: {r.decisionReason}
                    </Text>
                  ) : null}
                </Paper>
              </Stack>
            </Grid.Col>
          </Grid>
          {facts ? (
            <Paper withBorder radius="md" p="md">
              <Title order={3} size="h5" mb="sm">
                Screening answers
              </Title>
              <ProfileSummary profile={facts.profile} />
            </Paper>
          ) : null}
          <section aria-labelledby="intake-classification-heading">
            <Title order={3} size="h4" id="intake-classification-heading" mb="sm">
              Classification at submission
            </Title>
            {classification ? <ClassificationDetails classification={classification} /> : null}
          </section>
          {canReadAudit ? (
            <section aria-labelledby="intake-audit-heading">
              <Title order={3} size="h4" id="intake-audit-heading" mb="sm">
                Audit trail of this request
              </Title>
              <EntityAuditTrail entityType="intake_request" entityId={r.id} />
            </section>
          ) : null}
        </Stack>
      ) : null}
    </section>
  );
}
