import { Anchor, Badge, Group, Paper, Select, Stack, Text, Title } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import type { CampaignDetail, VqQuestion } from "@openaims/core";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { Link } from "react-router";
import { messageOf } from "../../api/errors";
import { handleVersionConflict } from "../../lib/conflict";
import { useCan } from "../auth/me-context";
import { evidencePath, sizeLabel } from "../evidence/evidence-labels";
import { formatAnswer, isUnanswered } from "./answer-format";
import { REVIEWER_SCORE_STEPS, scoreStepValue, shareText } from "./campaign-labels";
import { afterCampaignSaved, campaignDetailKey, campaignFileUrl, scoreCampaign } from "./campaigns-api";

const STEP_OPTIONS = REVIEWER_SCORE_STEPS.map((s) => ({
  value: String(s),
  label: `${Math.round(s * 100)} %`,
}));

/**
 * The vendor's answers per section, as the reviewer reads them: option labels, comments, files to
 * download, and the score of each answer — automatic from the options, or the reviewer's own
 * (ISO/IEC 42001 A.10.3). While the questionnaire is submitted, an approver scores answers here.
 */
export function CampaignAnswers({ c }: { c: CampaignDetail }) {
  const queryClient = useQueryClient();
  const canScore = useCan("records:approve") && c.status === "submitted";
  const visible = new Set(c.visibleQuestionIds);
  const answers = new Map(c.answers.map((a) => [a.questionId, a]));
  const scoreOf = new Map(c.scoring.perQuestion.map((p) => [p.questionId, p]));
  const sectionScore = new Map(c.scoring.perSection.map((p) => [p.sectionId, p.score]));
  const save = useMutation({
    mutationFn: (overrides: Record<string, number>) => scoreCampaign(c.id, c.version, overrides),
    onSuccess: (saved) => afterCampaignSaved(queryClient, saved),
    onError: (error) => {
      if (!handleVersionConflict(error, queryClient, campaignDetailKey(c.id), "questionnaire"))
        notifications.show({ color: "red", title: "The score was not saved", message: messageOf(error) });
    },
  });
  const setScore = (questionId: string, value: string | null) => {
    const next = { ...c.scoring.overrides };
    if (value === null) delete next[questionId];
    else next[questionId] = Number(value);
    save.mutate(next);
  };

  return (
    <Stack gap="md" component="section" aria-labelledby="answers-heading">
      <Title order={3} size="h4" id="answers-heading">
        Answers
      </Title>
      {c.content.sections.map((section, si) => {
        const shown = section.questions.filter((q) => visible.has(q.id));
        return (
          <Paper key={section.id} withBorder radius="md" p="md" data-testid={`answers-section-${section.id}`}>
            <Group justify="space-between" align="baseline">
              <Title order={4} size="h5">
                {si + 1}. {section.title}
              </Title>
              <Text size="sm" c="dimmed">
                Section score: {sectionScore.get(section.id) ?? "—"}
              </Text>
            </Group>
            <Stack gap="md" mt="sm">
              {shown.length === 0 ? (
                <Text size="sm" c="dimmed">
                  No question of this section was shown to the vendor.
                </Text>
              ) : null}
              {shown.map((q, qi) => {
                const answer = answers.get(q.id);
                const files = c.files.filter((f) => f.questionId === q.id);
                const text = formatAnswer(q, answer?.value, files);
                const score = scoreOf.get(q.id);
                return (
                  <Stack
                    key={q.id}
                    gap={4}
                    data-testid={`answer-${q.id}`}
                    data-source={score?.source ?? "none"}
                  >
                    <Text size="sm" fw={600}>
                      {si + 1}.{qi + 1} {q.text}
                      {q.required ? (
                        <Text span c="red">
                          {" "}
                          *
                        </Text>
                      ) : null}
                    </Text>
                    {q.type === "file" && files.length ? (
                      <Stack gap={2}>
                        {files.map((f) => (
                          <Group key={f.id} gap="xs">
                            <Anchor href={campaignFileUrl(c.id, f.id)} download={f.fileName} size="sm">
                              {f.fileName}
                            </Anchor>
                            <Text size="xs" c="dimmed">
                              {sizeLabel(f.sizeBytes)}
                            </Text>
                            {f.evidenceId ? (
                              <Anchor component={Link} to={evidencePath(f.evidenceId)} size="xs">
                                evidence
                              </Anchor>
                            ) : null}
                          </Group>
                        ))}
                      </Stack>
                    ) : (
                      <Text
                        size="sm"
                        c={isUnanswered(text) ? "dimmed" : undefined}
                        fs={isUnanswered(text) ? "italic" : undefined}
                        style={{ whiteSpace: "pre-wrap" }}
                        data-testid="answer-text"
                      >
                        {text}
                      </Text>
                    )}
                    {answer?.comment ? (
                      <Text size="sm" c="dimmed" style={{ whiteSpace: "pre-wrap" }}>
                        Comment: {answer.comment}
                      </Text>
                    ) : null}
                    <ScoreLine
                      q={q}
                      score={score}
                      override={c.scoring.overrides[q.id]}
                      canScore={canScore}
                      saving={save.isPending}
                      onScore={(v) => setScore(q.id, v)}
                    />
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

type ScoreLineProps = {
  q: VqQuestion;
  score: CampaignDetail["scoring"]["perQuestion"][number] | undefined;
  override: number | undefined;
  canScore: boolean;
  saving: boolean;
  onScore: (value: string | null) => void;
};

function ScoreLine({ q, score, override, canScore, saving, onScore }: ScoreLineProps) {
  if (q.weight === 0)
    return (
      <Text size="xs" c="dimmed">
        Not scored (context only)
      </Text>
    );
  return (
    <Group gap="sm" align="center" wrap="wrap">
      <Text size="xs" c="dimmed">
        Weight {q.weight} ·{" "}
        {score?.source === "auto"
          ? `automatic score ${shareText(score.earned)}`
          : score?.source === "reviewer"
            ? `reviewer's score ${shareText(score.earned)}`
            : score?.source === "pending"
              ? "waiting for a reviewer's score"
              : "not scored"}
      </Text>
      {score?.source === "pending" ? (
        <Badge color="orange" variant="light" size="sm" data-testid="needs-score">
          Needs your score
        </Badge>
      ) : null}
      {canScore ? (
        <Select
          size="xs"
          w={190}
          aria-label={`Your score for: ${q.text}`}
          placeholder={score?.source === "auto" ? "Keep automatic" : "Score it"}
          data={STEP_OPTIONS}
          value={scoreStepValue(override)}
          onChange={onScore}
          clearable
          disabled={saving}
          data-testid={`score-${q.id}`}
        />
      ) : null}
    </Group>
  );
}
