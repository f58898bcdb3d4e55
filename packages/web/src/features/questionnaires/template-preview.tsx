import { Button, Grid, Group, NativeSelect, Paper, Stack, Table, Text, Title } from "@mantine/core";
import { VQ_CHOICE_TYPES, scoreQuestionnaire, type VqQuestion } from "@openaims/core";
import { useMemo, useState } from "react";
import { StatusBadge } from "../../components/status-badge";
import { QuestionnaireForm } from "./questionnaire-form";
import { RATING_LABELS } from "./questionnaire-labels";
import type { WorkingCopy } from "./use-working-copy";

const REVIEWER_SHARES = [
  { value: "", label: "Not scored yet" },
  { value: "0", label: "0 % (poor)" },
  { value: "0.5", label: "50 % (partial)" },
  { value: "1", label: "100 % (good)" },
];

/**
 * "Preview and score": the questionnaire as the vendor will see it (unsaved changes included), with
 * the live score, rating and section scores from the same scoring the server applies, so an author
 * can check weights and bands before sending. Answers here are never saved.
 */
export function TemplatePreview({ wc }: { wc: WorkingCopy }) {
  const { content, answers } = wc;
  const [overrides, setOverrides] = useState<Record<string, number>>({});
  const result = useMemo(
    () => scoreQuestionnaire(content, answers, overrides),
    [content, answers, overrides],
  );
  const sectionTitle = new Map(content.sections.map((s, i) => [s.id, `${i + 1}. ${s.title}`]));
  const rating = result.rating ? RATING_LABELS[result.rating] : null;

  /** Answers only a reviewer can score: let the author try a reviewer's score. */
  const reviewerScore = (q: VqQuestion) => {
    if (q.weight <= 0 || VQ_CHOICE_TYPES.includes(q.type)) return null;
    return (
      <NativeSelect
        size="xs"
        w={220}
        label="Reviewer's score (try one)"
        aria-label={`Reviewer's score for: ${q.text}`}
        data={REVIEWER_SHARES}
        value={overrides[q.id] === undefined ? "" : String(overrides[q.id])}
        onChange={(e) => {
          const v = e.currentTarget.value;
          setOverrides((o) => {
            const next = { ...o };
            if (v === "") delete next[q.id];
            else next[q.id] = Number(v);
            return next;
          });
        }}
      />
    );
  };

  return (
    <Grid gap="lg">
      <Grid.Col span={{ base: 12, md: 8 }}>
        <Stack gap="xs">
          <Text size="sm" c="dimmed">
            This is what the vendor sees, including your unsaved changes. Answers given here are only for
            trying the scoring; they are not saved.
          </Text>
          <QuestionnaireForm
            content={content}
            answers={answers}
            onChange={wc.setAnswer}
            renderQuestionExtra={reviewerScore}
          />
        </Stack>
      </Grid.Col>
      <Grid.Col span={{ base: 12, md: 4 }}>
        <Paper
          withBorder
          radius="md"
          p="md"
          style={{ position: "sticky", top: "calc(var(--app-shell-header-height, 60px) + 16px)" }}
          component="section"
          aria-labelledby="preview-score-heading"
          data-testid="preview-score"
        >
          <Stack gap="sm">
            <Title order={3} size="h4" id="preview-score-heading">
              Score
            </Title>
            <Group gap="sm" align="baseline">
              <Text fz={36} fw={700} lh={1} data-testid="preview-score-value">
                {result.score === null ? "—" : result.score}
              </Text>
              <Text c="dimmed" size="sm">
                of 100
              </Text>
              {rating ? (
                <StatusBadge color={rating.color}>
                  <span data-testid="preview-rating" data-rating={result.rating}>
                    {rating.label}
                  </span>
                </StatusBadge>
              ) : null}
            </Group>
            <Text size="xs" c="dimmed">
              {result.score === null
                ? "Nothing scored yet: answer a weighted question."
                : `Bands: low risk from ${content.ratingBands.low}, medium from ${content.ratingBands.medium}, high from ${content.ratingBands.high}, critical below.`}
            </Text>
            {result.pending > 0 ? (
              <Text size="xs" c="orange" data-testid="preview-pending">
                {result.pending} answer{result.pending === 1 ? "" : "s"} wait for a reviewer's score and are
                left out until scored.
              </Text>
            ) : null}
            <Table withTableBorder={false} verticalSpacing={4} fz="sm" aria-label="Score per section">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>Section</Table.Th>
                  <Table.Th ta="right">Score</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {result.perSection.map((s) => (
                  <Table.Tr key={s.sectionId}>
                    <Table.Td>{sectionTitle.get(s.sectionId)}</Table.Td>
                    <Table.Td ta="right" data-testid={`preview-section-score-${s.sectionId}`}>
                      {s.score === null ? "—" : s.score}
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
            <Group>
              <Button
                variant="default"
                size="xs"
                onClick={() => {
                  wc.clearAnswers();
                  setOverrides({});
                }}
              >
                Clear answers
              </Button>
            </Group>
          </Stack>
        </Paper>
      </Grid.Col>
    </Grid>
  );
}
