import { Button, Group, Paper, Stack, Text, Title } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import {
  canActInBusinessUnit,
  decisionBlocker,
  type ApprovalState,
  type ImpactAssessmentView,
} from "@openaims/core";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { ApprovalSteps } from "../../components/approval-steps";
import { DecisionModal, type Decision } from "../../components/decision-modal";
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
  const [decision, setDecision] = useState<Decision | null>(null);

  const submit = useMutation({
    mutationFn: async () => submitAssessment(a.id, await beforeSubmit()),
    onSuccess: (saved) => {
      onSaved(saved);
      afterAssessmentSaved(queryClient, saved);
      notifications.show({ color: "green", message: `${saved.key} was submitted for approval.` });
    },
  });
  const decide = useMutation({
    mutationFn: ({ d, comment }: { d: Decision; comment: string }) =>
      decideAssessment(a.id, { decision: d, comment }),
    onSuccess: (saved, { d }) => {
      onSaved(saved);
      afterAssessmentSaved(queryClient, saved);
      notifications.show({
        color: "green",
        message: `${d === "approve" ? "Approved" : "Rejected"} ${saved.key}.`,
      });
      setDecision(null);
    },
  });

  const blocker =
    a.approval && a.status === "in_review"
      ? decisionBlocker(a.approval as ApprovalState, { userId: me.user.id, role: me.user.role })
      : null;
  function open(d: Decision) {
    decide.reset();
    setDecision(d);
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
      <DecisionModal
        decision={decision}
        titles={{ approve: "Approve the assessment", reject: "Reject the assessment" }}
        isPending={decide.isPending}
        error={decide.error}
        onDecide={(d, comment) => decide.mutate({ d, comment })}
        onClose={() => setDecision(null)}
      />
    </Stack>
  );
}
