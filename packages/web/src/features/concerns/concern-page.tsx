import { Alert, Anchor, Breadcrumbs, Group, Paper, SimpleGrid, Stack, Text, Title } from "@mantine/core";
import { concernAccessOf, type Concern } from "@openaims/core";
import { useQuery } from "@tanstack/react-query";
import { Link, useParams } from "react-router";
import { Fact } from "../../components/fact";
import { PageHeader } from "../../components/page-header";
import { LoadStatus } from "../../components/query-state";
import { StatusBadge } from "../../components/status-badge";
import { formatDateTime } from "../../lib/format";
import { useMe } from "../auth/me-context";
import { systemPath } from "../inventory/inventory-paths";
import { reporterLabel } from "./concern-list";
import { CATEGORY_LABELS, SEVERITY_LABELS, STATUS_LABELS } from "./concern-labels";
import { ConcernTriage } from "./concern-triage";
import { CONCERNS_KEY, CONCERNS_PATH, getConcern } from "./concerns-api";

/** One concern (`/governance/concerns/:id`): what was raised, where it stands, and triage for managers. */
export function ConcernPage() {
  const id = useParams().id ?? "";
  const me = useMe();
  const triager = concernAccessOf(me.user.role) === "triage";
  const concern = useQuery({
    queryKey: [...CONCERNS_KEY, "detail", id],
    queryFn: ({ signal }) => getConcern(id, signal),
  });
  const c = concern.data;

  return (
    <section aria-labelledby="concern-heading">
      <Breadcrumbs mb="sm" aria-label="Breadcrumb">
        <Anchor component={Link} to={CONCERNS_PATH} size="sm">
          Concerns
        </Anchor>
        <Text size="sm" ff="monospace">
          {c?.key ?? "…"}
        </Text>
      </Breadcrumbs>
      <LoadStatus
        isLoading={concern.isLoading}
        error={concern.error}
        onRetry={() => void concern.refetch()}
        what="concern"
      />
      {c ? (
        <>
          <PageHeader
            title={`${c.key} ${c.title}`}
            order={2}
            id="concern-heading"
            description={
              <Group gap="xs" component="span">
                <StatusBadge color={STATUS_LABELS[c.status].color}>
                  <span data-testid="concern-page-status" data-status={c.status}>
                    {STATUS_LABELS[c.status].label}
                  </span>
                </StatusBadge>
                {c.severity ? (
                  <StatusBadge color={SEVERITY_LABELS[c.severity].color}>
                    {SEVERITY_LABELS[c.severity].label} severity
                  </StatusBadge>
                ) : null}
                <span>· raised {formatDateTime(c.createdAt)}</span>
              </Group>
            }
          />
          <Stack gap="md">
            {c.raisedByMe && c.anonymous ? (
              <Alert color="blue" variant="light" data-testid="anonymous-note">
                You raised this concern anonymously: no one else sees that it was you. You can follow it here
                and will be told when it is closed.
              </Alert>
            ) : null}
            <ConcernSummary concern={c} />
            {triager ? <ConcernTriage key={`${c.id}@${c.version}`} concern={c} /> : null}
          </Stack>
        </>
      ) : null}
    </section>
  );
}

function ConcernSummary({ concern: c }: { concern: Concern }) {
  const closed = c.status === "resolved" || c.status === "dismissed";
  return (
    <Paper withBorder radius="md" p="md" data-testid="concern-summary">
      <Stack gap="sm">
        <SimpleGrid cols={{ base: 1, sm: 2, md: 4 }} spacing="md">
          <Fact label="Category" value={CATEGORY_LABELS[c.category]} />
          <div>
            <Text size="xs" c="dimmed">
              AI system
            </Text>
            {c.aiSystem ? (
              <Anchor component={Link} to={systemPath(c.aiSystem.id)} size="sm">
                {c.aiSystem.key} {c.aiSystem.name}
              </Anchor>
            ) : (
              <Text size="sm">Not about one system</Text>
            )}
          </div>
          <div data-testid="concern-raised-by">
            <Fact label="Raised by" value={reporterLabel(c)} />
          </div>
          <Fact label="Assigned to" value={c.assignee?.name ?? "Nobody yet"} />
        </SimpleGrid>
        <Fact label="Description" value={c.description} />
        {closed || c.resolution ? (
          <div data-testid="concern-resolution">
            <Title order={3} size="h5">
              {closed ? `Outcome (${formatDateTime(c.closedAt)})` : "Resolution"}
            </Title>
            <Text size="sm" style={{ whiteSpace: "pre-wrap" }}>
              {c.resolution || "—"}
            </Text>
          </div>
        ) : null}
        {c.triageNote !== null && c.triageNote ? <Fact label="Triage notes" value={c.triageNote} /> : null}
      </Stack>
    </Paper>
  );
}
