import { ActionIcon, Button, Group, NumberInput, Stack, Text, TextInput, Tooltip } from "@mantine/core";
import { MAX_OPTION_SCORE, type VqQuestion } from "@openaims/core";
import { addOption, deleteOption, moveOption, updateOption } from "./builder-state";
import type { Edit } from "./question-editor";

type Props = { question: VqQuestion; label: string; edit: Edit; readOnly: boolean };

/** 0–10 from whatever NumberInput gives (an emptied field counts as 0). */
export const toScore = (v: number | string, max = MAX_OPTION_SCORE): number =>
  typeof v === "number" && Number.isFinite(v) ? Math.min(max, Math.max(0, Math.round(v))) : 0;

/**
 * The answers of a choice question, each with a score from 0 (worst) to 10 (best): a chosen answer
 * earns its score ÷ the best score. Yes/no questions keep their two answers; only the scores change.
 */
export function OptionEditor({ question: q, label, edit, readOnly }: Props) {
  const fixed = q.type === "yes_no";
  return (
    <Stack gap={6} role="group" aria-label={`Answers of ${label}`}>
      <Group gap="xs" justify="space-between">
        <Text size="sm" fw={500}>
          Answers and scores
        </Text>
        <Text size="xs" c="dimmed">
          Score 0 (worst) to {MAX_OPTION_SCORE} (best)
        </Text>
      </Group>
      {q.options.map((o, i) => {
        const name = `answer ${i + 1} of ${label}`;
        return (
          <Group key={o.id} gap="xs" wrap="nowrap" align="center">
            <Text size="xs" c="dimmed" w={18} ta="right" aria-hidden>
              {i + 1}.
            </Text>
            <TextInput
              aria-label={`Label of ${name}`}
              value={o.label}
              readOnly={readOnly || fixed}
              variant={fixed ? "filled" : "default"}
              title={fixed ? "Yes/no answers keep their labels; only their scores change" : undefined}
              maxLength={200}
              style={{ flex: 1 }}
              onChange={(e) => {
                const value = e.currentTarget.value;
                edit((c) => updateOption(c, q.id, o.id, { label: value }));
              }}
            />
            <NumberInput
              aria-label={`Score of ${name}`}
              value={o.score}
              min={0}
              max={MAX_OPTION_SCORE}
              allowDecimal={false}
              allowNegative={false}
              clampBehavior="strict"
              readOnly={readOnly}
              w={80}
              onChange={(v) => edit((c) => updateOption(c, q.id, o.id, { score: toScore(v) }))}
            />
            {!fixed && !readOnly ? (
              <Group gap={2} wrap="nowrap">
                <Tooltip label="Move up">
                  <ActionIcon
                    variant="subtle"
                    color="gray"
                    aria-label={`Move ${name} up`}
                    disabled={i === 0}
                    onClick={() => edit((c) => moveOption(c, q.id, o.id, -1))}
                  >
                    ↑
                  </ActionIcon>
                </Tooltip>
                <Tooltip label="Move down">
                  <ActionIcon
                    variant="subtle"
                    color="gray"
                    aria-label={`Move ${name} down`}
                    disabled={i === q.options.length - 1}
                    onClick={() => edit((c) => moveOption(c, q.id, o.id, 1))}
                  >
                    ↓
                  </ActionIcon>
                </Tooltip>
                <Tooltip label="Remove answer">
                  <ActionIcon
                    variant="subtle"
                    color="red"
                    aria-label={`Remove ${name}`}
                    onClick={() => edit((c) => deleteOption(c, q.id, o.id))}
                  >
                    ×
                  </ActionIcon>
                </Tooltip>
              </Group>
            ) : null}
          </Group>
        );
      })}
      {!fixed && !readOnly ? (
        <Group>
          <Button
            size="compact-sm"
            variant="light"
            onClick={() => edit((c) => addOption(c, q.id))}
            disabled={q.options.length >= 50}
          >
            Add answer
          </Button>
        </Group>
      ) : null}
    </Stack>
  );
}
