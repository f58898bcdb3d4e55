import { Button, Group, Paper, Stack, Text, Textarea, Title } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import {
  canActInBusinessUnit,
  decisionBlocker,
  submitBlocker,
  type ApprovalState,
  type DocumentView,
} from "@openaims/core";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { ApprovalSteps } from "../../components/approval-steps";
import { ConfirmModal } from "../../components/confirm-modal";
import { DecisionModal, type Decision } from "../../components/decision-modal";
import { FormAlert } from "../../components/form-alert";
import { formatDate, formatDateTime } from "../../lib/format";
import { useCan, useMe } from "../auth/me-context";
import { cadenceText } from "./document-labels";
import {
  afterDocumentSaved,
  decideDocument,
  markReviewed,
  setRetired,
  submitDocument,
} from "./documents-api";

type Props = {
  doc: DocumentView;
  /** Whether the editor holds changes not saved yet (submitting would leave them out). */
  hasUnsavedChanges: boolean;
};

/**
 * Submit for approval, the approval steps with Approve/Reject for whoever may decide (core's rules),
 * the periodic review ("reviewed, no change needed") and retiring (ISO/IEC 42001 7.5.2, 7.5.3, A.2.4).
 */
export function DocumentWorkflow({ doc, hasUnsavedChanges }: Props) {
  const me = useMe();
  const canWrite = useCan("records:write") && canActInBusinessUnit(me.user, doc.businessUnitId);
  const canRetire = useCan("records:approve");
  const queryClient = useQueryClient();
  const [changeNote, setChangeNote] = useState("");
  const [decision, setDecision] = useState<Decision | null>(null);
  const [confirmRetire, setConfirmRetire] = useState(false);
  const saved = (d: DocumentView, message: string) => {
    afterDocumentSaved(queryClient, d);
    notifications.show({ color: "green", message });
  };

  const submit = useMutation({
    mutationFn: () => submitDocument(doc.id, { version: doc.version, changeNote: changeNote.trim() }),
    onSuccess: (d) => {
      setChangeNote("");
      saved(d, `${d.key} revision ${d.pendingRevision} was submitted for approval.`);
    },
  });
  const decide = useMutation({
    mutationFn: ({ d, comment }: { d: Decision; comment: string }) =>
      decideDocument(doc.id, { decision: d, comment }),
    onSuccess: (d, { d: which }) => {
      setDecision(null);
      saved(d, `${which === "approve" ? "Approved" : "Rejected"} ${d.key}.`);
    },
  });
  const reviewed = useMutation({
    mutationFn: () => markReviewed(doc.id, { version: doc.version, note: "" }),
    onSuccess: (d) => saved(d, `Review of ${d.key} recorded; next review ${formatDate(d.nextReviewOn)}.`),
  });
  const retire = useMutation({
    mutationFn: (isRetiring: boolean) => setRetired(doc.id, doc.version, isRetiring),
    onSuccess: (d) => {
      setConfirmRetire(false);
      saved(d, d.status === "retired" ? `${d.key} was retired.` : `${d.key} was reinstated.`);
    },
  });

  const blocker = submitBlocker(doc);
  const decideBlocker =
    doc.approval && doc.status === "in_review"
      ? decisionBlocker(doc.approval as ApprovalState, { userId: me.user.id, role: me.user.role })
      : null;
  const open = (d: Decision) => {
    decide.reset();
    setDecision(d);
  };

  return (
    <Stack gap="sm">
      {doc.status === "draft" && canWrite ? (
        <Paper withBorder radius="md" p="md" data-testid="submit-panel">
          <Stack gap="xs">
            <Title order={3} size="h5">
              Approval
            </Title>
            <Text size="sm" c="dimmed">
              Submitting freezes the text as the next revision.{" "}
              {doc.kind === "policy"
                ? "Top management (a manager) approves the policy; the owner approves first when someone else submits it."
                : "The owner approves first when someone else submits it, then a manager."}{" "}
              You cannot approve your own submission.
            </Text>
            <Textarea
              label="What changed (optional)"
              autosize
              minRows={1}
              maxLength={1000}
              value={changeNote}
              onChange={(e) => setChangeNote(e.currentTarget.value)}
            />
            {hasUnsavedChanges ? (
              <Text size="sm" c="orange">
                Save your changes to the text first: only the saved text is submitted.
              </Text>
            ) : blocker ? (
              <Text size="sm" c="dimmed" data-testid="submit-blocker">
                {blocker}.
              </Text>
            ) : null}
            <FormAlert error={submit.error} />
            <Group>
              <Button
                onClick={() => submit.mutate()}
                loading={submit.isPending}
                disabled={hasUnsavedChanges || blocker !== null}
              >
                Submit for approval
              </Button>
            </Group>
          </Stack>
        </Paper>
      ) : null}
      {doc.approval ? (
        <ApprovalSteps
          approval={doc.approval}
          title={doc.status === "in_review" ? `Approval of revision ${doc.pendingRevision}` : "Last approval"}
        >
          {doc.status === "in_review" ? (
            decideBlocker ? (
              <Text size="sm" c="dimmed" data-testid="decision-blocker">
                You cannot decide: {decideBlocker}.
              </Text>
            ) : (
              <Group gap="sm">
                <Button color="green" onClick={() => open("approve")}>
                  Approve
                </Button>
                <Button color="red" variant="light" onClick={() => open("reject")}>
                  Reject
                </Button>
              </Group>
            )
          ) : null}
        </ApprovalSteps>
      ) : null}
      {doc.effectiveRevision !== null && doc.status !== "retired" ? (
        <Paper withBorder radius="md" p="md" data-testid="review-panel">
          <Group justify="space-between" wrap="wrap" gap="sm">
            <Stack gap={2}>
              <Title order={3} size="h5">
                Periodic review
              </Title>
              <Text size="sm" c="dimmed">
                Reviewed {cadenceText(doc.reviewEveryMonths)}; last {formatDateTime(doc.lastReviewedAt)}, next{" "}
                <span data-testid="next-review">{formatDate(doc.nextReviewOn)}</span>.
              </Text>
            </Stack>
            {canWrite ? (
              <Button variant="light" loading={reviewed.isPending} onClick={() => reviewed.mutate()}>
                Mark reviewed — no change needed
              </Button>
            ) : null}
          </Group>
          <FormAlert error={reviewed.error} />
        </Paper>
      ) : null}
      {canRetire && doc.status !== "in_review" ? (
        <Group justify="flex-end">
          {doc.status === "retired" ? (
            <Button variant="subtle" loading={retire.isPending} onClick={() => retire.mutate(false)}>
              Reinstate
            </Button>
          ) : (
            <Button variant="subtle" color="red" onClick={() => setConfirmRetire(true)}>
              Retire document
            </Button>
          )}
        </Group>
      ) : null}
      <DecisionModal
        decision={decision}
        titles={{ approve: "Approve the revision", reject: "Reject the revision" }}
        isPending={decide.isPending}
        error={decide.error}
        onDecide={(d, comment) => decide.mutate({ d, comment })}
        onClose={() => setDecision(null)}
      />
      <ConfirmModal
        opened={confirmRetire}
        title={`Retire ${doc.key}`}
        confirmLabel="Retire"
        isPending={retire.isPending}
        error={retire.error}
        onConfirm={() => retire.mutate(true)}
        onClose={() => setConfirmRetire(false)}
      >
        A retired document can no longer be edited, published or reminded about; people are no longer asked to
        acknowledge it. You can reinstate it later.
      </ConfirmModal>
    </Stack>
  );
}
