/**
 * A questionnaire to answer (ISO/IEC 42001 A.10.3), shared by the builder's preview, the vendor
 * portal and the reviewer's view. It renders; the caller keeps the answers and saves them.
 */
import { Group, Paper, Progress, Stack, Text, Textarea, Title } from "@mantine/core";
import {
  questionnaireProgress,
  visibleQuestionIds,
  type QuestionnaireContent,
  type VqAnswers,
  type VqAnswerValue,
  type VqQuestion,
} from "@openaims/core";
import { useMemo, type ReactNode } from "react";
import { VqQuestionInput } from "./vq-question-input";

export type QuestionnaireFormProps = {
  /** The questionnaire as sent (a campaign's frozen copy) or the template being built. */
  content: QuestionnaireContent;
  /** Answers by question id (see VqAnswerValue for the value of each type). */
  answers: VqAnswers;
  /** Called with a question's new value; `null` means the answer was cleared. */
  onChange: (questionId: string, value: VqAnswerValue | null) => void;
  /** Comments by question id; with `onCommentChange` each question gets a comment box. */
  comments?: Readonly<Record<string, string | undefined>>;
  onCommentChange?: (questionId: string, comment: string) => void;
  /** Shows the answers without letting them change (submitted, or a reviewer reading them). */
  readOnly?: boolean;
  /** When given, only these questions may change (a follow-up round reopens some); the rest show read-only. */
  editableQuestionIds?: ReadonlySet<string>;
  /** Messages by question id, shown on the question (e.g. required answers missing, server refusals). */
  errors?: Readonly<Record<string, string | undefined>>;
  /** The upload control of a file question; without it the question says files go through the portal. */
  renderFileQuestion?: (question: VqQuestion) => ReactNode;
  /** Anything to show under a question (a reviewer's score, follow-up questions…). */
  renderQuestionExtra?: (question: VqQuestion) => ReactNode;
  /** Level of the section headings (default 3). */
  headingOrder?: 2 | 3 | 4;
};

/** Whether a value counts as an answer; for the per-section counts only (core decides progress). */
const answered = (v: VqAnswerValue | undefined): boolean =>
  typeof v === "string" ? v.trim().length > 0 : Array.isArray(v) ? v.length > 0 : typeof v === "number";

/**
 * The sections of a questionnaire with their visible questions (a question whose condition is not met
 * is left out, and its answer is ignored when scoring), progress at the top and per section.
 */
export function QuestionnaireForm(props: QuestionnaireFormProps) {
  const { content, answers, readOnly = false, errors, comments, onCommentChange, headingOrder = 3 } = props;
  const visible = useMemo(() => visibleQuestionIds(content, answers), [content, answers]);
  const progress = useMemo(() => questionnaireProgress(content, answers), [content, answers]);
  const percent = progress.visible === 0 ? 0 : Math.round((100 * progress.answered) / progress.visible);

  return (
    <Stack gap="lg" data-testid="questionnaire-form">
      <Paper withBorder radius="md" p="sm" aria-label="Progress" role="group">
        <Group justify="space-between" mb={6} wrap="wrap" gap="xs">
          <Text size="sm" fw={500} data-testid="questionnaire-progress">
            {progress.answered} of {progress.visible} questions answered
          </Text>
          <Text size="sm" c={progress.requiredAnswered < progress.required ? "orange" : "dimmed"}>
            Required: {progress.requiredAnswered} of {progress.required}
          </Text>
        </Group>
        <Progress value={percent} size="sm" aria-label={`${percent}% answered`} />
      </Paper>
      {content.sections.map((section, si) => {
        const shown = section.questions.filter((q) => visible.has(q.id));
        const done = shown.filter((q) => answered(answers[q.id])).length;
        const headingId = `vq-section-${section.id}`;
        return (
          <Paper
            key={section.id}
            component="section"
            withBorder
            radius="md"
            p="md"
            aria-labelledby={headingId}
            data-testid={`form-section-${section.id}`}
          >
            <Group justify="space-between" align="baseline" wrap="wrap" gap="xs">
              <Title order={headingOrder} size="h4" id={headingId}>
                {si + 1}. {section.title}
              </Title>
              <Text size="xs" c="dimmed">
                {done} of {shown.length} answered
              </Text>
            </Group>
            {section.description ? (
              <Text size="sm" c="dimmed" mt={4} style={{ whiteSpace: "pre-wrap" }}>
                {section.description}
              </Text>
            ) : null}
            <Stack gap="lg" mt="md">
              {shown.length === 0 ? (
                <Text size="sm" c="dimmed">
                  No question to answer here with the answers given so far.
                </Text>
              ) : null}
              {shown.map((q) => {
                const locked =
                  readOnly || (props.editableQuestionIds ? !props.editableQuestionIds.has(q.id) : false);
                return (
                  <Stack key={q.id} gap={6}>
                    <VqQuestionInput
                      question={q}
                      value={answers[q.id]}
                      onChange={(v) => props.onChange(q.id, v)}
                      readOnly={locked}
                      error={errors?.[q.id]}
                      renderFileQuestion={props.renderFileQuestion}
                    />
                    {(onCommentChange && !locked) || comments?.[q.id] ? (
                      <Textarea
                        size="xs"
                        autosize
                        minRows={1}
                        maxRows={6}
                        maxLength={2000}
                        label="Comment (optional)"
                        aria-label={`Comment on: ${q.text}`}
                        readOnly={locked || !onCommentChange}
                        value={comments?.[q.id] ?? ""}
                        onChange={(e) => onCommentChange?.(q.id, e.currentTarget.value)}
                      />
                    ) : null}
                    {props.renderQuestionExtra?.(q)}
                  </Stack>
                );
              })}
            </Stack>
          </Paper>
        );
      })}
    </Stack>
  );
}
