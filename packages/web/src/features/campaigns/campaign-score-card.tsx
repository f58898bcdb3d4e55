import { Group, Paper, Progress, SimpleGrid, Stack, Text, Title } from "@mantine/core";
import type { CampaignDetail } from "@openaims/core";
import { StatusBadge } from "../../components/status-badge";
import { RATING_LABELS } from "../questionnaires/questionnaire-labels";

/**
 * The score as the server computes it now (ISO/IEC 42001 A.10.3): the total, the rating its bands
 * give, answers still waiting for a reviewer's score, and the score of each section.
 */
export function CampaignScoreCard({ c }: { c: CampaignDetail }) {
  const s = c.scoring;
  const rating = c.status === "reviewed" ? c.rating : s.rating;
  const score = c.status === "reviewed" ? c.score : s.score;
  return (
    <Paper withBorder radius="md" p="md" aria-labelledby="score-heading" component="section">
      <Group justify="space-between" align="flex-start" wrap="wrap" gap="md">
        <Stack gap={4}>
          <Title order={3} size="h4" id="score-heading">
            Score
          </Title>
          <Group gap="sm" align="baseline">
            <Text fz={32} fw={700} data-testid="campaign-score" data-score={score ?? ""}>
              {score ?? "—"}
            </Text>
            <Text c="dimmed">/ 100</Text>
            {rating ? (
              <StatusBadge color={RATING_LABELS[rating].color}>
                <span data-testid="campaign-rating" data-rating={rating}>
                  {RATING_LABELS[rating].label}
                </span>
              </StatusBadge>
            ) : null}
          </Group>
          <Text
            size="sm"
            c={s.pending > 0 ? "orange" : "dimmed"}
            data-testid="pending-scores"
            data-pending={s.pending}
          >
            {s.pending > 0
              ? `${s.pending} answer${s.pending === 1 ? "" : "s"} still need${s.pending === 1 ? "s" : ""} your score (left out of the total until then).`
              : c.status === "reviewed"
                ? "Accepted with this score."
                : "Every scored answer has a score."}
          </Text>
        </Stack>
        <Text size="xs" c="dimmed" maw={360}>
          Bands of this questionnaire: low risk from {c.content.ratingBands.low}, medium from{" "}
          {c.content.ratingBands.medium}, high from {c.content.ratingBands.high}, critical below.
        </Text>
      </Group>
      {s.perSection.length ? (
        <SimpleGrid cols={{ base: 1, sm: 2, md: 3 }} spacing="sm" mt="md" data-testid="section-scores">
          {s.perSection.map((sec) => (
            <div key={sec.sectionId}>
              <Group justify="space-between" gap="xs" wrap="nowrap">
                <Text size="sm" truncate>
                  {sec.title}
                </Text>
                <Text size="sm" fw={500}>
                  {sec.score ?? "—"}
                </Text>
              </Group>
              <Progress
                value={sec.score ?? 0}
                size="sm"
                color={bandColor(sec.score, c)}
                aria-label={`${sec.title}: ${sec.score ?? "not scored"}`}
              />
            </div>
          ))}
        </SimpleGrid>
      ) : null}
    </Paper>
  );
}

function bandColor(score: number | null, c: CampaignDetail): string {
  if (score === null) return "gray";
  const b = c.content.ratingBands;
  return score >= b.low ? "green" : score >= b.medium ? "yellow" : score >= b.high ? "orange" : "red";
}
