import { Alert, Anchor, Button, Group, List, Paper, Text } from "@mantine/core";
import type { Vendor } from "@openaims/core";
import { useState } from "react";
import { Link, useNavigate } from "react-router";
import { ConfirmModal } from "../../components/confirm-modal";
import { PageHeader } from "../../components/page-header";
import { StatusBadge } from "../../components/status-badge";
import { useConfirmedDelete } from "../../components/use-confirmed-delete";
import { formatDate } from "../../lib/format";
import { useCan } from "../auth/me-context";
import { RatingBadge } from "./rating-badge";
import { ReviewVendorModal } from "./review-vendor-modal";
import {
  CRITICALITY_LABELS,
  REVIEW_LABELS,
  STATUS_LABELS,
  VENDORS_PATH,
  campaignPath,
  campaignStatusTone,
} from "./vendor-labels";
import { VENDORS_KEY, deleteVendor } from "./vendors-api";

function Labelled({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <div>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <div>{children}</div>
    </div>
  );
}

/**
 * The top of a vendor's page: its rating, score and review at a glance, why it needs attention,
 * and the actions the signed-in person may take (mark reviewed, delete).
 */
export function VendorHeader({ vendor: v }: { vendor: Vendor }) {
  const canWrite = useCan("records:write");
  const navigate = useNavigate();
  const [dialog, setDialog] = useState<"review" | null>(null);
  const review = REVIEW_LABELS[v.reviewState];
  const remover = useConfirmedDelete({
    remove: async (x: Vendor) => {
      await deleteVendor(x);
      void navigate(VENDORS_PATH);
    },
    queryKey: VENDORS_KEY,
    what: "vendor",
    deletedMessage: (x) => `Deleted ${x.key} ${x.name}.`,
  });
  const latest = v.latestCampaign;

  return (
    <>
      <PageHeader
        title={`${v.key} ${v.name}`}
        order={2}
        id="vendor-heading"
        description={v.services || v.description || undefined}
        actions={
          canWrite ? (
            <>
              <Button onClick={() => setDialog("review")} data-testid="mark-reviewed">
                Mark reviewed
              </Button>
              <Button variant="subtle" color="red" onClick={() => remover.ask(v)}>
                Delete
              </Button>
            </>
          ) : null
        }
      />
      <Paper withBorder radius="md" p="md" mb="md" data-testid="vendor-summary">
        <Group gap="xl" align="flex-start" wrap="wrap">
          <Labelled label="Risk rating">
            <RatingBadge rating={v.riskRating} testId="vendor-rating" />
          </Labelled>
          <Labelled label="Last score">
            <Text size="sm" fw={600} data-testid="vendor-score">
              {v.lastScore === null ? "—" : `${v.lastScore} / 100`}
            </Text>
          </Labelled>
          <Labelled label="Criticality">
            <StatusBadge color={CRITICALITY_LABELS[v.criticality].color}>
              {CRITICALITY_LABELS[v.criticality].label}
            </StatusBadge>
          </Labelled>
          <Labelled label="Status">
            <StatusBadge color={STATUS_LABELS[v.status].color}>
              <span data-testid="vendor-status" data-status={v.status}>
                {STATUS_LABELS[v.status].label}
              </span>
            </StatusBadge>
          </Labelled>
          <Labelled label="Next review">
            <Group gap={4} wrap="nowrap">
              <Text size="sm" data-testid="vendor-next-review" style={{ whiteSpace: "nowrap" }}>
                {v.status === "offboarded" ? "None" : formatDate(v.nextReviewOn)}
              </Text>
              {review ? <StatusBadge color={review.color}>{review.label}</StatusBadge> : null}
            </Group>
          </Labelled>
          <Labelled label="Owner">
            <Text size="sm">{v.owner?.name ?? "—"}</Text>
            {v.businessUnit ? (
              <Text size="xs" c="dimmed">
                {v.businessUnit.name}
              </Text>
            ) : null}
          </Labelled>
          <Labelled label="Latest questionnaire">
            {latest ? (
              <Group gap={4} wrap="nowrap">
                <Anchor component={Link} to={campaignPath(latest.id)} ff="monospace" size="sm" fw={600}>
                  {latest.key}
                </Anchor>
                <StatusBadge color={campaignStatusTone(latest.status).color}>
                  {campaignStatusTone(latest.status).label}
                </StatusBadge>
              </Group>
            ) : (
              <Text size="sm" c="dimmed">
                None sent
              </Text>
            )}
          </Labelled>
        </Group>
      </Paper>
      {v.attention.length ? (
        <Alert
          color="orange"
          variant="light"
          title="Needs attention"
          mb="md"
          data-testid="vendor-attention-list"
        >
          <List size="sm" spacing={2}>
            {v.attention.map((a) => (
              <List.Item key={a.code} data-code={a.code}>
                {a.message}
              </List.Item>
            ))}
          </List>
        </Alert>
      ) : null}
      {dialog === "review" ? <ReviewVendorModal vendor={v} onClose={() => setDialog(null)} /> : null}
      <ConfirmModal title={`Delete ${v.key}?`} confirmLabel="Delete vendor" {...remover.modalProps}>
        Delete {v.name} from the register? Only do this for a vendor registered by mistake: one with
        questionnaires or evidence cannot be deleted; set its status to offboarded instead.
      </ConfirmModal>
    </>
  );
}
