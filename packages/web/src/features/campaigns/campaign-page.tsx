import {
  Alert,
  Anchor,
  Breadcrumbs,
  Group,
  List,
  Paper,
  SimpleGrid,
  Stack,
  Text,
  Title,
} from "@mantine/core";
import type { CampaignDetail } from "@openaims/core";
import { Link, useParams } from "react-router";
import { Fact } from "../../components/fact";
import { PageHeader } from "../../components/page-header";
import { LoadStatus } from "../../components/query-state";
import { StatusBadge } from "../../components/status-badge";
import { formatDate, formatDateTime } from "../../lib/format";
import { evidencePath } from "../evidence/evidence-labels";
import { riskPath } from "../risks/risk-labels";
import { CampaignActions } from "./campaign-actions";
import { CampaignAnswers } from "./campaign-answers";
import {
  CAMPAIGN_STATUS_LABELS,
  CAMPAIGNS_PATH,
  isOverdue,
  LINK_STATE_LABELS,
  vendorPagePath,
} from "./campaign-labels";
import { CampaignMessages } from "./campaign-messages";
import { CampaignScoreCard } from "./campaign-score-card";
import { useCampaign } from "./campaigns-api";
import { FollowUpList } from "./follow-ups";

/**
 * One sent questionnaire (`/vendors/campaigns/:id`), the reviewer's page (ISO/IEC 42001 A.10.3):
 * where it stands, the vendor's answers with their scores, follow-up questions, acceptance and what
 * it produced (evidence, a risk), and the messages sent to the contact.
 */
export function CampaignPage() {
  const id = useParams().id ?? "";
  const campaign = useCampaign(id);
  const c = campaign.data;
  return (
    <section aria-labelledby="campaign-heading">
      <Breadcrumbs mb="sm" aria-label="Breadcrumb">
        <Anchor component={Link} to={CAMPAIGNS_PATH} size="sm">
          Sent questionnaires
        </Anchor>
        <Text size="sm" ff="monospace">
          {c?.key ?? "…"}
        </Text>
      </Breadcrumbs>
      <LoadStatus
        isLoading={campaign.isLoading}
        error={campaign.error}
        onRetry={() => void campaign.refetch()}
        what="questionnaire"
      />
      {c ? <CampaignView c={c} /> : null}
    </section>
  );
}

function CampaignView({ c }: { c: CampaignDetail }) {
  const overdue = isOverdue(c);
  return (
    <>
      <PageHeader
        title={`${c.key} ${c.vendor.name}: ${c.template.name}`}
        order={2}
        id="campaign-heading"
        description={
          <Group gap="xs" component="span">
            <StatusBadge color={CAMPAIGN_STATUS_LABELS[c.status].color}>
              <span data-testid="campaign-page-status" data-status={c.status}>
                {CAMPAIGN_STATUS_LABELS[c.status].label}
              </span>
            </StatusBadge>
            <StatusBadge color={LINK_STATE_LABELS[c.linkState].color}>
              <span data-testid="campaign-link-state" data-state={c.linkState}>
                {LINK_STATE_LABELS[c.linkState].label}
              </span>
            </StatusBadge>
            {overdue ? <StatusBadge color="red">Overdue</StatusBadge> : null}
            <span>· sent {formatDateTime(c.createdAt)}</span>
          </Group>
        }
      />
      <Stack gap="md">
        <Paper withBorder radius="md" p="md" data-testid="campaign-summary">
          <SimpleGrid cols={{ base: 1, sm: 2, md: 4 }} spacing="md">
            <div>
              <Text size="xs" c="dimmed">
                Vendor
              </Text>
              <Anchor component={Link} to={vendorPagePath(c.vendor.id)} size="sm">
                {c.vendor.key} {c.vendor.name}
              </Anchor>
            </div>
            <Fact label="Contact" value={`${c.contact.name} <${c.contact.email}>`} />
            <Fact label="Due" value={`${formatDate(c.dueOn)}${overdue ? " (overdue)" : ""}`} />
            <Fact label="Link works until" value={formatDateTime(c.linkExpiresAt)} />
            <Fact
              label="Questionnaire"
              value={`${c.template.key} ${c.template.name} (version ${c.template.version})`}
            />
            <Fact label="Sent by" value={c.sentBy?.name ?? "—"} />
            <Fact
              label="Opened · last access"
              value={`${formatDateTime(c.openedAt)} · ${formatDateTime(c.lastAccessAt)}`}
            />
            <Fact label="Submitted" value={formatDateTime(c.submittedAt)} />
          </SimpleGrid>
          {c.message ? (
            <Text size="sm" mt="sm" c="dimmed" style={{ whiteSpace: "pre-wrap" }}>
              Message: {c.message}
            </Text>
          ) : null}
        </Paper>
        <CampaignActions c={c} />
        {c.status === "reviewed" ? <ReviewOutcome c={c} /> : null}
        <CampaignScoreCard c={c} />
        <FollowUpList c={c} />
        <CampaignAnswers c={c} />
        <CampaignMessages c={c} />
      </Stack>
    </>
  );
}

/** What the acceptance produced: the rating, the evidence kept and the risk started. */
function ReviewOutcome({ c }: { c: CampaignDetail }) {
  const ids = [...new Set([...(c.answersEvidenceId ? [c.answersEvidenceId] : []), ...c.evidenceIds])];
  const fileOf = new Map(c.files.filter((f) => f.evidenceId).map((f) => [f.evidenceId!, f.fileName]));
  const evidence = ids.map((e, i) => ({
    id: e,
    label: e === c.answersEvidenceId ? "The answers" : (fileOf.get(e) ?? `Evidence item ${i + 1}`),
  }));
  return (
    <Alert color="green" variant="light" title="Reviewed and accepted" data-testid="review-outcome">
      <Stack gap="xs">
        <Text size="sm">
          Accepted {formatDateTime(c.reviewedAt)} by {c.reviewer?.name ?? "—"}
          {c.score !== null ? ` with a score of ${c.score} / 100` : ""}
          {c.rating ? `; the vendor is now rated ${c.rating}` : ""}.
          {c.reviewNote ? ` Note: ${c.reviewNote}` : ""}
        </Text>
        {evidence.length ? (
          <div>
            <Title order={3} size="h6">
              Evidence kept
            </Title>
            <List size="sm" data-testid="review-evidence">
              {evidence.map((e) => (
                <List.Item key={e.id}>
                  <Anchor component={Link} to={evidencePath(e.id)} size="sm">
                    {e.label}
                  </Anchor>
                </List.Item>
              ))}
            </List>
          </div>
        ) : null}
        {c.risk ? (
          <Text size="sm" data-testid="review-risk">
            Risk started:{" "}
            <Anchor component={Link} to={riskPath(c.risk.id)} size="sm">
              {c.risk.key} {c.risk.title}
            </Anchor>
          </Text>
        ) : null}
      </Stack>
    </Alert>
  );
}
