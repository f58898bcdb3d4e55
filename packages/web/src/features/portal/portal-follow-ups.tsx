import { Button, Group, Paper, Stack, Text, Textarea, Title } from "@mantine/core";
import type { PortalFollowUp, PortalQuestionnaire } from "@openaims/core";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { isApiError, messageOf } from "../../api/errors";
import { formatDateTime } from "../../lib/format";
import { portalApi } from "./portal-client";
import { PORTAL_KEY } from "./portal-keys";

type Props = {
  data: PortalQuestionnaire;
  /** Set when answering is possible (null: read-only). */
  token: string | null;
  /** Follow-up ids the last submission named as unanswered. */
  missing?: readonly string[];
  onRefused?: (error: unknown) => void;
};

/** The reviewer's follow-up questions, at the top of the questionnaire, with answer boxes. */
export function PortalFollowUps({ data, token, missing = [], onRefused }: Props) {
  if (data.followUps.length === 0) return null;
  const open = data.followUps.some((f) => f.answer === null);
  return (
    <Paper
      withBorder
      radius="md"
      p="md"
      component="section"
      aria-labelledby="portal-follow-ups"
      bg={open ? "orange.0" : undefined}
    >
      <Title order={2} size="h4" id="portal-follow-ups" mb={4}>
        Follow-up questions from {data.organizationName}
      </Title>
      {open && token ? (
        <Text size="sm" mb="sm">
          Please answer each question below, change the answers they mention if needed, then submit again.
        </Text>
      ) : null}
      <Stack gap="md">
        {data.followUps.map((f) => (
          <FollowUpItem
            key={f.id}
            f={f}
            questionText={questionText(data, f.questionId)}
            token={canAnswer(data, f) ? token : null}
            missing={missing.includes(f.id)}
            onRefused={onRefused}
          />
        ))}
      </Stack>
    </Paper>
  );
}

/** A follow-up answer may change until it is submitted. */
function canAnswer(data: PortalQuestionnaire, f: PortalFollowUp): boolean {
  if (!data.canEdit) return false;
  return f.answer === null || data.submittedAt === null || (f.answeredAt ?? "") > data.submittedAt;
}

function questionText(data: PortalQuestionnaire, id: string | null): string | null {
  if (!id) return null;
  for (const s of data.content.sections) for (const q of s.questions) if (q.id === id) return q.text;
  return id;
}

function FollowUpItem(props: {
  f: PortalFollowUp;
  questionText: string | null;
  token: string | null;
  missing: boolean;
  onRefused?: ((error: unknown) => void) | undefined;
}) {
  const { f, token } = props;
  const queryClient = useQueryClient();
  const [text, setText] = useState(f.answer ?? "");
  const send = useMutation({
    mutationFn: () => portalApi.answerFollowUp(token!, f.id, text.trim()),
    onSuccess: (data) => queryClient.setQueryData(PORTAL_KEY, data),
    onError: (error) => {
      // Only a dead link ends the page; other errors (too many requests) show here, the text kept.
      if (isApiError(error) && error.status === 401) props.onRefused?.(error);
    },
  });
  const label = `Follow-up: ${f.question}`;
  return (
    <Stack gap={4} data-testid={`portal-follow-up-${f.id}`}>
      {props.questionText ? (
        <Text size="xs" c="dimmed">
          About your answer to “{props.questionText}” · asked {formatDateTime(f.askedAt)}
        </Text>
      ) : (
        <Text size="xs" c="dimmed">
          Asked {formatDateTime(f.askedAt)}
        </Text>
      )}
      {token ? (
        <>
          <Textarea
            label={label}
            required
            autosize
            minRows={2}
            maxLength={5000}
            value={text}
            onChange={(e) => setText(e.currentTarget.value)}
            error={props.missing && f.answer === null ? "Answer this question before submitting" : undefined}
          />
          <Group gap="sm">
            <Button
              size="xs"
              onClick={() => send.mutate()}
              loading={send.isPending}
              disabled={!text.trim() || text.trim() === f.answer}
            >
              {f.answer === null ? "Save answer" : "Update answer"}
            </Button>
            {f.answeredAt ? (
              <Text size="xs" c="dimmed">
                Saved {formatDateTime(f.answeredAt)}
              </Text>
            ) : null}
            {send.error ? (
              <Text size="xs" c="red" role="alert">
                {messageOf(send.error)}
              </Text>
            ) : null}
          </Group>
        </>
      ) : (
        <>
          <Text size="sm" fw={600}>
            {f.question}
          </Text>
          <Text size="sm" style={{ whiteSpace: "pre-wrap" }} c={f.answer ? undefined : "dimmed"}>
            {f.answer ?? "Not answered"}
          </Text>
        </>
      )}
    </Stack>
  );
}
