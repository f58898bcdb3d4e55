import { Alert, Button, Group, List, Modal, Paper, Stack, Text } from "@mantine/core";
import {
  questionnaireQuestions,
  type PortalQuestionnaire,
  type VqAnswers,
  type VqAnswerValue,
  type VqQuestion,
} from "@openaims/core";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useEffect, useMemo, useState } from "react";
import { isApiError, messageOf, validationIssues } from "../../api/errors";
import { QuestionnaireForm } from "../questionnaires/questionnaire-form";
import { portalApi } from "./portal-client";
import { PortalFileQuestion } from "./portal-files";
import { PortalFollowUps } from "./portal-follow-ups";
import { PortalIntro } from "./portal-intro";
import { PORTAL_KEY } from "./portal-keys";
import {
  fileAnswersOf,
  hasPending,
  mergePending,
  missingOf,
  NOTHING_PENDING,
  saveBodyOf,
  type Pending,
} from "./portal-state";

/** Changes are saved this long after the last keystroke or click. */
const AUTOSAVE_MS = 1500;

type Props = { token: string; data: PortalQuestionnaire; onRefused: (error: unknown) => void };

/**
 * Answering through the link: answers save as the vendor goes (and on "Save progress"), files
 * upload per question, follow-up questions come first, and Submit names what is still missing.
 */
export function PortalAnswering({ token, data, onRefused }: Props) {
  const queryClient = useQueryClient();
  const [answers, setAnswers] = useState<Record<string, VqAnswerValue | undefined>>(
    () => ({ ...data.answers }) as Record<string, VqAnswerValue | undefined>,
  );
  const [comments, setComments] = useState<Record<string, string>>(() => ({ ...data.comments }));
  const [pending, setPending] = useState<Pending>(NOTHING_PENDING);
  const [changes, setChanges] = useState(0);
  const [failedAt, setFailedAt] = useState(-1);
  const [savedAt, setSavedAt] = useState<Date | null>(null);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [missing, setMissing] = useState<{ questions: string[]; followUps: string[] }>({
    questions: [],
    followUps: [],
  });
  const [confirming, setConfirming] = useState(false);
  const editable = useMemo(() => new Set(data.editableQuestionIds), [data.editableQuestionIds]);
  const questions = useMemo(() => questionnaireQuestions(data.content), [data.content]);
  const followUp = data.status === "follow_up";
  // A dead link ends the page; too many requests does not: what was typed stays to be saved later.
  const refused = (error: unknown) => {
    if (isApiError(error) && error.status === 401) onRefused(error);
  };

  const save = useMutation({
    mutationFn: (p: Pending) => portalApi.save(token, saveBodyOf(p)),
    onSuccess: (fresh) => {
      queryClient.setQueryData(PORTAL_KEY, fresh);
      setSavedAt(new Date());
    },
    onError: (error, p) => {
      setPending((now) => mergePending(p, now));
      setFailedAt(changes);
      const placed: Record<string, string> = {};
      for (const i of validationIssues(isApiError(error) ? error.details : undefined)) {
        const m = /^(?:body\.)?answers\.([^.]+)/.exec(i.path);
        if (m?.[1]) placed[m[1]] = i.message;
      }
      setErrors((e) => ({ ...e, ...placed }));
      refused(error);
    },
  });
  const flush = async () => {
    if (!hasPending(pending)) return;
    const p = pending;
    setPending(NOTHING_PENDING);
    await save.mutateAsync(p);
  };

  useEffect(() => {
    if (!hasPending(pending) || save.isPending || failedAt === changes) return;
    const timer = setTimeout(() => void flush().catch(() => undefined), AUTOSAVE_MS);
    return () => clearTimeout(timer);
    // flush reads the pending changes of this render; the timer restarts on every change
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [changes, save.isPending, failedAt]);

  const changed = (questionId: string) => {
    setChanges((n) => n + 1);
    setErrors(({ [questionId]: _gone, ...rest }) => rest);
  };
  const onAnswer = (questionId: string, value: VqAnswerValue | null) => {
    if (!editable.has(questionId)) return;
    setAnswers((a) => ({ ...a, [questionId]: value ?? undefined }));
    setPending((p) => ({ ...p, answers: { ...p.answers, [questionId]: value } }));
    changed(questionId);
  };
  const onComment = (questionId: string, comment: string) => {
    if (!editable.has(questionId)) return;
    setComments((c) => ({ ...c, [questionId]: comment }));
    setPending((p) => ({ ...p, comments: { ...p.comments, [questionId]: comment } }));
    changed(questionId);
  };

  const submit = useMutation({
    mutationFn: async () => {
      await flush();
      return portalApi.submit(token);
    },
    onSuccess: (fresh) => {
      setConfirming(false);
      queryClient.setQueryData(PORTAL_KEY, fresh);
      window.scrollTo({ top: 0 });
    },
    onError: (error) => {
      setConfirming(false);
      if (!isApiError(error) || error.code !== "VALIDATION_FAILED") return refused(error);
      const m = missingOf(error.details);
      setMissing(m);
      setErrors((e) => ({
        ...e,
        ...Object.fromEntries(m.questions.map((id) => [id, "Answer this question: it is required."])),
      }));
      const first = m.followUps.length
        ? `portal-follow-up-${m.followUps[0]}`
        : `question-${m.questions[0] ?? ""}`;
      requestAnimationFrame(() =>
        document
          .querySelector(`[data-testid="${first}"]`)
          ?.scrollIntoView({ behavior: "smooth", block: "center" }),
      );
    },
  });

  const fileAnswers = fileAnswersOf(data.files);
  const shown: VqAnswers = { ...answers };
  for (const q of questions)
    if (q.type === "file") (shown as Record<string, unknown>)[q.id] = fileAnswers[q.id];
  const textOf = new Map(questions.map((q) => [q.id, q.text]));
  const fileChanged = (q: VqQuestion) => () => {
    setErrors(({ [q.id]: _gone, ...rest }) => rest);
    void queryClient.invalidateQueries({ queryKey: PORTAL_KEY });
  };

  return (
    <Stack gap="md">
      <PortalIntro data={data} />
      <PortalFollowUps data={data} token={token} missing={missing.followUps} onRefused={onRefused} />
      {followUp ? (
        <Alert color="blue" variant="light">
          Only the answers the follow-up questions mention can change now; the others stay as you submitted
          them.
        </Alert>
      ) : null}
      <QuestionnaireForm
        content={data.content}
        answers={shown}
        editableQuestionIds={editable}
        onChange={onAnswer}
        comments={comments}
        onCommentChange={onComment}
        errors={errors}
        headingOrder={2}
        renderFileQuestion={(q) => (
          <PortalFileQuestion
            token={token}
            question={q}
            files={data.files.filter((f) => f.questionId === q.id)}
            editable={editable.has(q.id)}
            submittedAt={data.submittedAt}
            onChanged={fileChanged(q)}
            onRefused={onRefused}
          />
        )}
        renderQuestionExtra={(q) =>
          !followUp ? null : editable.has(q.id) ? (
            <Text size="xs" c="orange.8" fw={500} data-testid={`reopened-${q.id}`}>
              Open for changes: a follow-up question above is about this answer.
            </Text>
          ) : (
            <Text size="xs" c="dimmed">
              Submitted; not open for changes.
            </Text>
          )
        }
      />
      {missing.questions.length || missing.followUps.length ? (
        <Alert color="red" variant="light" title="Some answers are missing" data-testid="submit-missing">
          <List size="sm">
            {missing.followUps.length ? <List.Item>the follow-up questions at the top</List.Item> : null}
            {missing.questions.map((id) => (
              <List.Item key={id}>{textOf.get(id) ?? id}</List.Item>
            ))}
          </List>
        </Alert>
      ) : submit.error && !isApiError(submit.error, "VALIDATION_FAILED") ? (
        <Alert color="red" variant="light" role="alert" title="Not submitted">
          {messageOf(submit.error)}
        </Alert>
      ) : null}
      <Paper withBorder radius="md" p="sm" pos="sticky" bottom={0} style={{ zIndex: 2 }} shadow="sm">
        <Group justify="space-between" wrap="wrap" gap="sm">
          <SaveState
            pending={hasPending(pending)}
            saving={save.isPending}
            error={save.error}
            savedAt={savedAt}
          />
          <Group gap="sm">
            <Button
              variant="default"
              onClick={() => void flush().catch(() => undefined)}
              disabled={!hasPending(pending)}
              loading={save.isPending}
            >
              Save progress
            </Button>
            <Button onClick={() => setConfirming(true)}>Submit for review</Button>
          </Group>
        </Group>
      </Paper>
      <Modal opened={confirming} onClose={() => setConfirming(false)} title="Submit your answers?" centered>
        <Stack>
          <Text size="sm">
            {data.organizationName} will review them. After submitting you cannot change your answers unless
            they ask follow-up questions.
          </Text>
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setConfirming(false)}>
              Not yet
            </Button>
            <Button onClick={() => submit.mutate()} loading={submit.isPending}>
              Submit answers
            </Button>
          </Group>
        </Stack>
      </Modal>
    </Stack>
  );
}

function SaveState(props: { pending: boolean; saving: boolean; error: unknown; savedAt: Date | null }) {
  const [state, text, color] = props.saving
    ? ["saving", "Saving…", "dimmed"]
    : props.error && props.pending
      ? ["error", `Not saved: ${notSavedReason(props.error)}`, "red"]
      : props.pending
        ? ["unsaved", "Unsaved changes", "orange"]
        : props.savedAt
          ? ["saved", `All changes saved at ${props.savedAt.toLocaleTimeString()}`, "green"]
          : ["idle", "Your answers are saved as you go.", "dimmed"];
  return (
    <Text size="sm" c={color} data-testid="save-state" data-state={state} aria-live="polite">
      {text}
    </Text>
  );
}

function notSavedReason(error: unknown): string {
  return isApiError(error) && error.status === 429
    ? "too many requests in a short time. Wait a minute, then click Save progress."
    : messageOf(error);
}
