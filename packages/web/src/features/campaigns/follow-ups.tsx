import { ActionIcon, Button, Group, Modal, Paper, Select, Stack, Text, Textarea, Title } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { AskFollowUps, questionnaireQuestions, type CampaignDetail } from "@openaims/core";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { isApiError } from "../../api/errors";
import { FormAlert } from "../../components/form-alert";
import { StatusBadge } from "../../components/status-badge";
import { formatDateTime } from "../../lib/format";
import { validateWith } from "../../lib/validate";
import { afterCampaignSaved, askFollowUps } from "./campaigns-api";

/** The follow-up questions asked so far and the vendor's answers (ISO/IEC 42001 A.10.3). */
export function FollowUpList({ c }: { c: CampaignDetail }) {
  if (c.followUps.length === 0) return null;
  const textOf = new Map(questionnaireQuestions(c.content).map((q) => [q.id, q.text]));
  return (
    <Paper withBorder radius="md" p="md" component="section" aria-labelledby="follow-ups-heading">
      <Title order={3} size="h4" id="follow-ups-heading" mb="sm">
        Follow-up questions
      </Title>
      <Stack gap="sm">
        {c.followUps.map((f) => (
          <Stack key={f.id} gap={2} data-testid={`follow-up-${f.id}`} data-answered={f.answer !== null}>
            <Group gap="xs">
              <Text size="sm" fw={600}>
                {f.question}
              </Text>
              <StatusBadge color={f.answer === null ? "orange" : "green"}>
                {f.answer === null ? "Waiting for the vendor" : "Answered"}
              </StatusBadge>
            </Group>
            <Text size="xs" c="dimmed">
              {f.questionId ? `About: ${textOf.get(f.questionId) ?? f.questionId} · ` : "General · "}
              asked {formatDateTime(f.askedAt)} by {f.askedBy?.name ?? "—"}
              {f.answeredAt ? ` · answered ${formatDateTime(f.answeredAt)}` : ""}
            </Text>
            {f.answer !== null ? (
              <Text size="sm" style={{ whiteSpace: "pre-wrap" }}>
                {f.answer}
              </Text>
            ) : null}
          </Stack>
        ))}
      </Stack>
    </Paper>
  );
}

type Row = { questionId: string | null; question: string };

/** Asks the vendor follow-up questions: the link reopens for them and the answers they name. */
export function AskFollowUpsModal({ c, onClose }: { c: CampaignDetail; onClose: () => void }) {
  const queryClient = useQueryClient();
  const [rows, setRows] = useState<Row[]>([{ questionId: null, question: "" }]);
  const [fieldErrors, setFieldErrors] = useState<Record<string, string>>({});
  // After a refused attempt, each empty question is marked where it is (the contract names only "questions").
  const [tried, setTried] = useState(false);
  const blank = (r: Row) => tried && r.question.trim().length === 0;
  const visible = new Set(c.visibleQuestionIds);
  const options = questionnaireQuestions(c.content)
    .filter((q) => visible.has(q.id))
    .map((q) => ({ value: q.id, label: q.text }));
  const body = () => ({
    version: c.version,
    questions: rows.map((r) => ({
      question: r.question.trim(),
      ...(r.questionId ? { questionId: r.questionId } : {}),
    })),
  });
  const ask = useMutation({
    mutationFn: () => askFollowUps(c.id, body()),
    onSuccess: (saved) => {
      afterCampaignSaved(queryClient, saved);
      notifications.show({
        color: "green",
        message: `The link of ${saved.key} is open again for the follow-up questions.`,
      });
      onClose();
    },
    onError: (error) => setFieldErrors(isApiError(error) ? { ...error.fieldErrors } : {}),
  });
  const change = (i: number, patch: Partial<Row>) =>
    setRows((rs) => rs.map((r, j) => (j === i ? { ...r, ...patch } : r)));
  const submit = () => {
    const checked = validateWith(AskFollowUps, body());
    setTried(true);
    setFieldErrors(checked.ok ? {} : checked.fieldErrors);
    if (checked.ok) ask.mutate();
  };

  return (
    <Modal opened onClose={onClose} title="Ask follow-up questions" size="lg" centered>
      <Stack>
        <Text size="sm" c="dimmed">
          The vendor is told and the link works again (renewed for two weeks if it would end sooner). Naming a
          question lets the vendor change that answer; the rest stays as submitted.
        </Text>
        <FormAlert error={ask.error} />
        {fieldErrors.questions && !rows.some(blank) ? (
          <Text size="sm" c="red">
            {fieldErrors.questions}
          </Text>
        ) : null}
        {rows.map((r, i) => (
          <Paper key={i} withBorder p="sm" radius="sm">
            <Stack gap="xs">
              <Select
                label={`About (question ${i + 1})`}
                placeholder="The questionnaire in general"
                data={options}
                value={r.questionId}
                onChange={(v) => change(i, { questionId: v })}
                searchable
                clearable
              />
              <Group align="flex-end" wrap="nowrap">
                <Textarea
                  style={{ flex: 1 }}
                  label={`Follow-up question ${i + 1}`}
                  required
                  autosize
                  minRows={2}
                  maxLength={2000}
                  value={r.question}
                  onChange={(e) => change(i, { question: e.currentTarget.value })}
                  error={blank(r) ? "Write the question to ask" : undefined}
                />
                {rows.length > 1 ? (
                  <ActionIcon
                    variant="subtle"
                    color="red"
                    aria-label={`Remove question ${i + 1}`}
                    onClick={() => setRows((rs) => rs.filter((_, j) => j !== i))}
                  >
                    ×
                  </ActionIcon>
                ) : null}
              </Group>
            </Stack>
          </Paper>
        ))}
        <Group justify="space-between">
          <Button
            variant="subtle"
            disabled={rows.length >= 20}
            onClick={() => setRows((rs) => [...rs, { questionId: null, question: "" }])}
          >
            Add another question
          </Button>
          <Group>
            <Button variant="default" onClick={onClose}>
              Cancel
            </Button>
            <Button onClick={submit} loading={ask.isPending}>
              Ask the vendor
            </Button>
          </Group>
        </Group>
      </Stack>
    </Modal>
  );
}
