import { Alert, Button, Group, Paper, Stack, Text, TextInput, Textarea, Title } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import type { RiskView } from "@openaims/core";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";
import { isApiError } from "../../api/errors";
import { FormAlert } from "../../components/form-alert";
import { formatDate } from "../../lib/format";
import { useCan, useMe } from "../auth/me-context";
import { useUserNames } from "../users/use-user-names";
import { acceptanceState } from "./risk-values";
import { ApprovalSteps } from "../../components/approval-steps";
import { DecisionModal, type Decision } from "../../components/decision-modal";
import {
  RISKS_KEY,
  afterRiskSaved,
  decideAcceptance,
  getAcceptanceApproval,
  requestAcceptance,
} from "./risks-api";

/** Residual risk acceptance (ISO/IEC 42001 6.1.3 f): request it, and the owner approves or rejects. */
export function RiskAcceptance({ risk }: { risk: RiskView }) {
  const me = useMe();
  const canWrite = useCan("records:write");
  const users = useUserNames();
  const queryClient = useQueryClient();
  const state = acceptanceState(risk);
  const approval = useQuery({
    queryKey: [...RISKS_KEY, risk.id, "acceptance", risk.version],
    queryFn: ({ signal }) => getAcceptanceApproval(risk.id, signal),
    enabled: risk.acceptanceApprovalId !== null,
  });
  const isOwner = risk.ownerId === me.user.id;
  const [until, setUntil] = useState("");
  const [justification, setJustification] = useState("");
  const [decision, setDecision] = useState<Decision | null>(null);
  const [errors, setErrors] = useState<Record<string, string>>({});

  const request = useMutation({
    mutationFn: () =>
      requestAcceptance(risk.id, { version: risk.version, acceptedUntil: until, justification }),
    onSuccess: (saved) => {
      afterRiskSaved(queryClient, saved);
      notifications.show({ color: "green", message: `Asked the owner to accept ${saved.key}.` });
    },
    onError: (error) => setErrors(isApiError(error) ? { ...error.fieldErrors } : {}),
  });
  const decide = useMutation({
    mutationFn: ({ d, comment }: { d: Decision; comment: string }) =>
      decideAcceptance(risk.id, { decision: d, comment }),
    onSuccess: (saved, { d }) => {
      afterRiskSaved(queryClient, saved);
      notifications.show({
        color: "green",
        message: `${d === "approve" ? "Accepted" : "Rejected"} ${saved.key}.`,
      });
      setDecision(null);
    },
  });

  function submitRequest(event: FormEvent) {
    event.preventDefault();
    const e: Record<string, string> = {};
    if (!until) e.acceptedUntil = "Pick the date the acceptance runs until";
    if (!justification.trim()) e.justification = "Explain why the risk can be accepted";
    setErrors(e);
    if (Object.keys(e).length === 0) request.mutate();
  }
  function openDecision(d: Decision) {
    decide.reset();
    setDecision(d);
  }

  const owner = users.nameOf(risk.ownerId, "the risk owner");
  return (
    <Paper withBorder radius="md" p="md" data-testid="acceptance" data-state={state}>
      <Title order={3} size="h5" mb="xs">
        Acceptance
      </Title>
      {state === "accepted" ? (
        <Alert color="green" variant="light" data-testid="accepted-until">
          Accepted by {owner} until {formatDate(risk.acceptedUntil)}.
        </Alert>
      ) : state === "within_appetite" ? (
        <Text size="sm" c="dimmed">
          The residual level ({risk.residualLevel.label}) is within appetite: set the treatment to Accept to
          accept it.
        </Text>
      ) : state === "pending" ? (
        <Stack gap="sm">
          <Alert color="orange" variant="light" data-testid="acceptance-pending">
            Waiting for {owner} to accept the residual risk until {formatDate(risk.acceptedUntil)}.
          </Alert>
          {isOwner ? (
            <Group gap="sm">
              <Button color="green" onClick={() => openDecision("approve")}>
                Approve acceptance
              </Button>
              <Button color="red" variant="light" onClick={() => openDecision("reject")}>
                Reject
              </Button>
            </Group>
          ) : null}
        </Stack>
      ) : (
        <Stack gap="sm">
          <Text size="sm" data-testid="acceptance-needed">
            The residual level ({risk.residualLevel.label}) is above appetite: it cannot simply be accepted.
            Someone other than the owner requests acceptance, and the risk owner ({owner}) approves it.
          </Text>
          {canWrite && !isOwner && risk.ownerId ? (
            <form onSubmit={submitRequest} noValidate aria-label="Request acceptance">
              <Stack gap="xs">
                <TextInput
                  type="date"
                  label="Accepted until"
                  required
                  value={until}
                  onChange={(e) => setUntil(e.currentTarget.value)}
                  error={errors.acceptedUntil}
                  w={200}
                />
                <Textarea
                  label="Justification"
                  required
                  autosize
                  minRows={2}
                  value={justification}
                  onChange={(e) => setJustification(e.currentTarget.value)}
                  error={errors.justification}
                />
                {request.isError && Object.keys(errors).length === 0 ? (
                  <FormAlert error={request.error} />
                ) : null}
                <Group>
                  <Button type="submit" loading={request.isPending}>
                    Request acceptance
                  </Button>
                </Group>
              </Stack>
            </form>
          ) : !risk.ownerId ? (
            <Text size="sm" c="dimmed">
              Name the risk owner first.
            </Text>
          ) : null}
        </Stack>
      )}
      {approval.data?.approval ? (
        <Stack mt="sm">
          <ApprovalSteps approval={approval.data.approval} title="Acceptance approval" />
        </Stack>
      ) : null}
      <DecisionModal
        decision={decision}
        titles={{ approve: "Accept the residual risk", reject: "Reject the acceptance" }}
        isPending={decide.isPending}
        error={decide.error}
        onDecide={(d, comment) => decide.mutate({ d, comment })}
        onClose={() => setDecision(null)}
      />
    </Paper>
  );
}
