import { Alert, Anchor, Button, Group, Modal, Paper, Stack, Text, Textarea, Title } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { decisionBlocker, type IntakeRequestView } from "@openaims/core";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";
import { Link } from "react-router";
import { asSentence, isApiError } from "../../api/errors";
import { FormAlert } from "../../components/form-alert";
import { useCan, useMe } from "../auth/me-context";
import { systemPath } from "../inventory/inventory-paths";
import { INTAKE_KEY, decideIntake, invalidateIntakeData, withdrawIntake } from "./intake-api";
import { OPEN_STATUSES } from "./intake-labels";

type Action = "approve" | "reject" | "withdraw";

/** Why the signed-in person may not decide the open step, or null when they may (the server decides anyway). */
export function useDecisionBlocker(request: IntakeRequestView): string | null {
  const me = useMe();
  const canApprove = useCan("records:approve");
  if (!request.approval) return "this request has no approval";
  const blocker = decisionBlocker(request.approval, { userId: me.user.id, role: me.user.role });
  if (blocker) return blocker;
  return canApprove ? null : `your role (${me.user.role}) does not include approving records`;
}

/** Approve, reject (with a reason) or withdraw an intake request, or why the person cannot. */
export function DecisionPanel({ request }: { request: IntakeRequestView }) {
  const me = useMe();
  const canSubmit = useCan("intake:submit");
  const queryClient = useQueryClient();
  const blocker = useDecisionBlocker(request);
  const [action, setAction] = useState<Action | null>(null);
  const [comment, setComment] = useState("");
  const [commentError, setCommentError] = useState<string | null>(null);
  const step = request.approval?.steps.find((s) => s.position === request.approval?.currentStep);
  const isOpen = OPEN_STATUSES.includes(request.status) && request.approval?.status === "pending";
  const isRequester = request.requesterId === me.user.id;

  const run = useMutation({
    mutationFn: (a: Action) =>
      a === "withdraw"
        ? withdrawIntake(request.id)
        : decideIntake(request.id, { decision: a, comment: comment.trim() }),
    onSuccess: (saved, a) => {
      queryClient.setQueryData([...INTAKE_KEY, "detail", saved.id], saved);
      invalidateIntakeData(queryClient);
      const done = { approve: "Approved", reject: "Rejected", withdraw: "Withdrew" }[a];
      notifications.show({ color: "green", message: `${done} ${saved.key}: now ${saved.status}.` });
      close();
    },
    onError: (error) => {
      if (isApiError(error) && error.fieldErrors.comment) setCommentError(error.fieldErrors.comment);
    },
  });

  function open(a: Action) {
    run.reset();
    setComment("");
    setCommentError(null);
    setAction(a);
  }
  function close() {
    setAction(null);
  }
  function confirm(event: FormEvent) {
    event.preventDefault();
    if (action === "reject" && !comment.trim()) return setCommentError("Give the reason for rejecting");
    if (action) run.mutate(action);
  }

  if (!isOpen && !request.aiSystemId) return null;
  return (
    <Paper withBorder radius="md" p="md" data-testid="decision-panel">
      <Stack gap="sm">
        {request.aiSystemId ? (
          <Alert
            color="green"
            variant="light"
            title="Registered in the inventory"
            data-testid="registered-system"
          >
            <Anchor component={Link} to={systemPath(request.aiSystemId)}>
              Open the AI system
            </Anchor>
          </Alert>
        ) : null}
        {isOpen && step ? (
          <>
            <Title order={3} size="h5">
              Open step: {step.name}
            </Title>
            {blocker ? (
              <Alert color="gray" variant="light" role="status" data-testid="decision-blocked">
                You cannot decide this step: {asSentence(blocker)}
              </Alert>
            ) : (
              <Group gap="sm">
                <Button color="green" onClick={() => open("approve")}>
                  Approve {step.name.toLowerCase()}
                </Button>
                <Button color="red" variant="light" onClick={() => open("reject")}>
                  Reject
                </Button>
              </Group>
            )}
            {isRequester && canSubmit ? (
              <Group>
                <Button variant="default" onClick={() => open("withdraw")}>
                  Withdraw request
                </Button>
              </Group>
            ) : null}
          </>
        ) : null}
      </Stack>
      <Modal
        opened={action !== null}
        onClose={close}
        title={
          action === "approve"
            ? `Approve ${step?.name ?? ""}`
            : action === "reject"
              ? "Reject the request"
              : "Withdraw the request"
        }
        centered
      >
        <form onSubmit={confirm} noValidate aria-label="Decision">
          <Stack>
            {action === "withdraw" ? (
              <Text size="sm">
                The request stops here and nobody can approve it any more. This cannot be undone.
              </Text>
            ) : (
              <Textarea
                label={action === "reject" ? "Reason" : "Comment"}
                description={
                  action === "reject"
                    ? "Required: the requester sees it."
                    : "Optional: what you checked, conditions of the approval."
                }
                required={action === "reject"}
                autosize
                minRows={3}
                value={comment}
                onChange={(e) => setComment(e.currentTarget.value)}
                error={commentError}
                data-autofocus
              />
            )}
            {run.isError && !commentError ? <FormAlert error={run.error} /> : null}
            <Group justify="flex-end">
              <Button variant="default" onClick={close}>
                Cancel
              </Button>
              <Button type="submit" color={action === "approve" ? "green" : "red"} loading={run.isPending}>
                {action === "approve" ? "Approve" : action === "reject" ? "Reject" : "Withdraw"}
              </Button>
            </Group>
          </Stack>
        </form>
      </Modal>
    </Paper>
  );
}
