import { Alert, Anchor, Group, List, Paper, Progress, Stack, Text, Title } from "@mantine/core";
import {
  allQuestions,
  completeness,
  scoreAssessment,
  type Answers,
  type ImpactAssessmentTemplate,
} from "@openaims/core";
import { StatusBadge } from "../../components/status-badge";
import { RATING_COLORS } from "./assessment-labels";
import type { SaveState } from "./use-autosave";

/** "Saved", "Saving…", or what went wrong, announced politely. */
export function SaveIndicator({ state }: { state: SaveState }) {
  const text =
    state.kind === "saving" || state.kind === "pending"
      ? "Saving…"
      : state.kind === "saved"
        ? "Saved"
        : state.kind === "conflict"
          ? "Not saved: someone else changed this assessment. Reload the page to see their version."
          : state.kind === "error"
            ? `Not saved: ${state.message}`
            : "All changes are saved as you type.";
  const color = state.kind === "conflict" || state.kind === "error" ? "red" : "dimmed";
  return (
    <Text size="sm" c={color} aria-live="polite" data-testid="save-state" data-state={state.kind}>
      {text}
    </Text>
  );
}

/**
 * Completeness (required visible questions answered) and the score with its explanation, computed
 * by the same core functions the server uses, from the answers on screen.
 */
export function AssessmentProgress({
  template,
  answers,
}: {
  template: ImpactAssessmentTemplate;
  answers: Answers;
}) {
  const c = completeness(template, answers);
  const score = scoreAssessment(template, answers);
  const labels = new Map(allQuestions(template).map((q) => [q.id, q.label]));
  return (
    <Paper withBorder radius="md" p="md">
      <Stack gap="sm">
        <Title order={3} size="h5">
          Completeness
        </Title>
        <Group gap="sm" wrap="nowrap">
          <Progress
            value={c.percent}
            color={c.percent === 100 ? "green" : "blue"}
            style={{ flex: 1 }}
            aria-label="Completeness"
          />
          <Text size="sm" fw={600} data-testid="completeness" data-percent={c.percent}>
            {c.percent}%
          </Text>
        </Group>
        {c.missing.length ? (
          <>
            <Text size="xs" c="dimmed">
              {c.missing.length} required question(s) to answer:
            </Text>
            <List size="xs" spacing={2} data-testid="missing-questions">
              {c.missing.map((id) => (
                <List.Item key={id}>
                  <Anchor
                    size="xs"
                    href={`#question-${id}`}
                    onClick={(e) => {
                      e.preventDefault();
                      document
                        .querySelector(`[data-testid="question-${id}"]`)
                        ?.scrollIntoView({ block: "center" });
                    }}
                  >
                    {labels.get(id) ?? id}
                  </Anchor>
                </List.Item>
              ))}
            </List>
          </>
        ) : (
          <Text size="xs" c="green">
            Every required question is answered.
          </Text>
        )}
        <Title order={3} size="h5" mt="xs">
          Score
        </Title>
        {score ? (
          <Stack gap={4} data-testid="score" data-rating={score.rating}>
            <Group gap="xs">
              <StatusBadge color={RATING_COLORS[score.rating]}>{score.rating}</StatusBadge>
            </Group>
            {score.explanation.map((line) => (
              <Text size="xs" key={line}>
                {line}
              </Text>
            ))}
          </Stack>
        ) : (
          <Alert color="gray" variant="light" p="xs">
            <Text size="xs">Score the severity and likelihood of at least one impact to see the rating.</Text>
          </Alert>
        )}
      </Stack>
    </Paper>
  );
}
