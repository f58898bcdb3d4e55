import { Anchor, Card, Group, Progress, SimpleGrid, Stack, Text, Tooltip } from "@mantine/core";
import { Link } from "react-router";
import { LoadStatus } from "../../components/query-state";
import { coveragePath } from "../frameworks/framework-paths";
import { useCoverageSummary, type FrameworkScore } from "./coverage-api";
import { heldBackSentence, percentText, scoreSegments, scoreSentence } from "./coverage-view";

/** One card per framework with its full / partial / none bar, and how many controls are implemented. */
export function CoverageSummaryCards() {
  const summary = useCoverageSummary();
  const data = summary.data;
  return (
    <Stack gap="sm" data-testid="coverage-summary">
      <LoadStatus
        isLoading={summary.isLoading}
        error={summary.error}
        onRetry={() => void summary.refetch()}
        what="coverage"
      />
      {data ? (
        <>
          <Text size="sm" data-testid="implemented-count">
            <strong>
              {data.implementedCount} of {data.controlCount}
            </strong>{" "}
            control{data.controlCount === 1 ? "" : "s"} implemented. Only implemented and partially
            implemented controls cover requirements.
          </Text>
          <SimpleGrid cols={{ base: 1, sm: 2, lg: 4 }}>
            {data.frameworks.map((score) => (
              <ScoreCard key={score.frameworkRef} score={score} />
            ))}
          </SimpleGrid>
        </>
      ) : null}
    </Stack>
  );
}

function ScoreCard({ score }: { score: FrameworkScore }) {
  const segments = scoreSegments(score);
  const noneShare = score.assessable ? score.none / score.assessable : 0;
  return (
    <Card
      withBorder
      radius="md"
      padding="md"
      data-testid={`coverage-card-${score.frameworkRef}`}
      data-full={score.full}
      data-partial={score.partial}
      data-covered={score.full + score.partial}
    >
      <Stack gap={8}>
        <Group justify="space-between" gap="xs" wrap="nowrap" align="flex-start">
          <Anchor component={Link} to={coveragePath(score.frameworkRef)} fw={600} lh={1.3}>
            {score.name}
          </Anchor>
          <Stack gap={0} align="flex-end" style={{ flex: "none" }}>
            <Text size="xl" fw={700} lh={1.1} data-testid="full-share">
              {percentText(score.fullShare)}
            </Text>
            <Text size="xs" c="dimmed">
              covered fully
            </Text>
          </Stack>
        </Group>
        <Progress.Root size="lg" aria-label={`Coverage of ${score.name}`}>
          {segments
            .filter((s) => s.status !== "none" && s.count > 0)
            .map((s) => (
              <Tooltip key={s.status} label={`${s.label}: ${s.count} of ${score.assessable}`}>
                <Progress.Section value={s.value} color={s.color} aria-label={`${s.label}: ${s.count}`} />
              </Tooltip>
            ))}
        </Progress.Root>
        <Group gap={10} wrap="wrap">
          <Legend color="green" text={`Full ${percentText(score.fullShare)}`} />
          <Legend color="yellow" text={`Partial ${percentText(score.partialShare)}`} />
          <Legend color="gray" text={`None ${percentText(noneShare)}`} />
        </Group>
        <Text size="xs" c="dimmed" data-testid="score-sentence">
          {scoreSentence(score)} (of {score.assessable} assessable requirements)
        </Text>
        {heldBackSentence(score) ? (
          <Text size="xs" c="red" data-testid="held-back">
            {heldBackSentence(score)}
          </Text>
        ) : null}
      </Stack>
    </Card>
  );
}

function Legend({ color, text }: { color: string; text: string }) {
  return (
    <Group gap={4} wrap="nowrap">
      <span
        aria-hidden="true"
        style={{
          width: 10,
          height: 10,
          borderRadius: 2,
          background: `var(--mantine-color-${color}-filled)`,
          display: "inline-block",
        }}
      />
      <Text size="xs">{text}</Text>
    </Group>
  );
}
