import { Paper, Stack, Text, Title } from "@mantine/core";
import {
  validateAnswers,
  visibleQuestions,
  type AnswerValue,
  type Answers,
  type ImpactAssessmentTemplate,
  type ImpactAssessmentView,
} from "@openaims/core";
import type { ReactNode } from "react";
import { QuestionInput } from "./question-input";

type Props = {
  template: ImpactAssessmentTemplate;
  assessment: ImpactAssessmentView;
  answers: Answers;
  setAnswer: (questionId: string, value: AnswerValue) => void;
  editable: boolean;
  /** Server messages by question id. */
  serverErrors: Record<string, string>;
  rowAction?: ((questionId: string, row: number) => ReactNode) | undefined;
};

/**
 * The template's sections as a form. Which questions show comes from core's `visibleQuestions`, so
 * a conditional question appears as soon as the answer it depends on is given.
 */
export function AssessmentForm({
  template,
  assessment,
  answers,
  setAnswer,
  editable,
  serverErrors,
  rowAction,
}: Props) {
  const visible = new Set(visibleQuestions(template, answers).map((q) => q.id));
  const localErrors = new Map<string, string>();
  for (const i of validateAnswers(template, answers)) {
    const id = i.path.split(".")[0]!;
    if (!localErrors.has(id)) localErrors.set(id, i.message);
  }
  return (
    <Stack gap="md" component="form" aria-label="Assessment answers" onSubmit={(e) => e.preventDefault()}>
      {template.sections.map((section) => {
        const questions = section.questions.filter((q) => visible.has(q.id));
        return (
          <Paper key={section.id} withBorder radius="md" p="md" data-testid={`section-${section.id}`}>
            <Title order={3} size="h5">
              {section.title}
            </Title>
            {section.description ? (
              <Text size="sm" c="dimmed">
                {section.description}
              </Text>
            ) : null}
            <Stack gap="sm" mt="sm">
              {questions.map((q) => (
                <div key={q.id} data-testid={`question-${q.id}`}>
                  <QuestionInput
                    question={q}
                    value={answers[q.id]}
                    onChange={(v) => setAnswer(q.id, v)}
                    disabled={!editable}
                    provenance={assessment.prefilledFrom[q.id]}
                    error={serverErrors[q.id] ?? localErrors.get(q.id)}
                    rowAction={rowAction ? (row) => rowAction(q.id, row) : undefined}
                  />
                </div>
              ))}
            </Stack>
          </Paper>
        );
      })}
    </Stack>
  );
}
