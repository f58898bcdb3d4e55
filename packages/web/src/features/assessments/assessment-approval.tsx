import { Button, Group, Modal, Paper, Stack, Text, Textarea, Title } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import {
  canActInBusinessUnit,
  decisionBlocker,
  type ApprovalState,
  type ImpactAssessmentView,
} from "@openaims/core";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";
import { isApiError } from "../../api/errors";
import { ApprovalSteps } from "../../components/approval-steps";
import { FormAlert } from "../../components/form-alert";
import { useCan, useMe } from "../auth/me-context";
import { afterAssessmentSaved, decideAssessment, submitAssessment } from "./assessments-api";

type Props = {
  assessment: ImpactAssessmentView;
  percent: number;
  /** Sends pending answers and returns the version to submit with. */
  beforeSubmit: () => Promise<number>;
  /** Called with what the server answered to a submit or a decision. */
  onSaved: (saved: ImpactAssessmentView) => void;
};

/** Submit for approval, the approval steps, and Approve/Reject for whoever may decide (core's rule). */
export function AssessmentApproval({ assessment: a, percent, beforeSubmit, onSaved }: Props) {
  const me = useMe();
  // Writing needs the permission and a grant on the assessment's business unit (core's rule).
  const canWrite = useCan("records:write") && canActInBusinessUnit(me.user, a.businessUnitId);
  const queryClient = useQueryClient();
  const [decision, setDecision] = useState<"approve" | "reject" | null>(null);
  const [comment, setComment] = useState("");
  const [commentError, setCommentError] = useState<string | undefined>();

  const submit = useMutation({
    mutationFn: async () => submitAssessment(a.id, await beforeSubmit()),
    onSuccess: (saved) => {
      onSaved(saved);
      afterAssessmentSaved(queryClient, saved);
      notifications.show({ color: "green", message: `${saved.key} was submitted for approval.` });
    },
  });
  const decide = useMutation({
    mutationFn: (d: "approve" | "reject") => decideAssessment(a.id, { decision: d, comment: comment.trim() }),
    onSuccess: (saved, d) => {
      onSaved(saved);
      afterAssessmentSaved(queryClient, saved);
      notifications.show({
        color: "green",
        message: `${d === "approve" ? "Approved" : "Rejected"} ${saved.key}.`,
      });
      setDecision(null);
    },
    onError: (error) => {
      if (isApiError(error) && error.fieldErrors.comment) setCommentError(error.fieldErrors.comment);
    },
  });

  const blocker =
    a.approval && a.status === "in_review"
      ? decisionBlocker(a.approval as ApprovalState, { userId: me.user.id, role: me.user.role })
      : null;
  function open(d: "approve" | "reject") {
    decide.reset();
    setComment("");
    setCommentError(undefined);
    setDecision(d);
  }
  function send(event: FormEvent) {
    event.preventDefault();
    if (decision === "reject" && !comment.trim()) return setCommentError("Give the reason for rejecting");
    if (decision) decide.mutate(decision);
  }

  return (
    <Stack gap="sm">
      {a.status === "draft" && canWrite ? (
        <Paper withBorder radius="md" p="md">
          <Stack gap="xs">
            <Title order={3} size="h5">
              Approval
            </Title>
            <Text size="sm" c="dimmed">
              {percent === 100
                ? "The assessment is complete. The AI system's owner (or a manager) approves it; you cannot approve your own."
                : "Answer every required question to submit the assessment for approval."}
            </Text>
            <FormAlert error={submit.error} />
            <Group>
              <Button onClick={() => submit.mutate()} disabled={percent < 100} loading={submit.isPending}>
                Submit for approval
              </Button>
            </Group>
          </Stack>
        </Paper>
      ) : null}
      {a.approval ? (
        <ApprovalSteps approval={a.approval}>
          {a.status === "in_review" ? (
            blocker ? (
              <Text size="sm" c="dimmed" data-testid="decision-blocker">
                You cannot decide: {blocker}.
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
      <Modal
        opened={decision !== null}
        onClose={() => setDecision(null)}
        title={decision === "approve" ? "Approve the assessment" : "Reject the assessment"}
        centered
      >
        <form onSubmit={send} noValidate aria-label="Decision">
          <Stack>
            <Textarea
              label={decision === "reject" ? "Reason" : "Comment"}
              required={decision === "reject"}
              autosize
              minRows={3}
              value={comment}
              onChange={(e) => setComment(e.currentTarget.value)}
              error={commentError}
              data-autofocus
            />
            {decide.isError && !commentError ? <FormAlert error={decide.error} /> : null}
            <Group justify="flex-end">
              <Button variant="default" onClick={() => setDecision(null)}>
                Cancel
              </Button>
              <Button
                type="submit"
                color={decision === "approve" ? "green" : "red"}
                loading={decide.isPending}
              >
                {decision === "approve" ? "Approve" : "Reject"}
              </Button>
            </Group>
          </Stack>
        </form>
      </Modal>
    </Stack>
  );
}
