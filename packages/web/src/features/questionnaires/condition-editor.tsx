import { Checkbox, Group, NativeSelect, Stack, Switch, Text } from "@mantine/core";
import type { VqQuestion } from "@openaims/core";
import { updateQuestion } from "./builder-state";
import type { Edit } from "./question-editor";

type Props = {
  question: VqQuestion;
  label: string;
  /** Earlier choice questions (the only ones a condition may refer to), with their numbers. */
  candidates: { question: VqQuestion; number: string }[];
  edit: Edit;
  readOnly: boolean;
};

const short = (text: string, max = 70) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

/** "Show only when <earlier choice question> is any of <answers>": vendors see only what applies to them. */
export function ConditionEditor({ question: q, label, candidates, edit, readOnly }: Props) {
  const cond = q.showIf;
  const controller = cond ? candidates.find((c) => c.question.id === cond.questionId) : undefined;
  const set = (showIf: VqQuestion["showIf"]) => edit((c) => updateQuestion(c, q.id, { showIf }));

  if (candidates.length === 0 && !cond) {
    return (
      <Text size="xs" c="dimmed">
        Always shown. To show it only after a certain answer, put a choice or yes/no question before it.
      </Text>
    );
  }
  return (
    <Stack gap={6} role="group" aria-label={`Condition of ${label}`}>
      <Switch
        label="Show only when an earlier answer is given"
        checked={cond !== null}
        disabled={readOnly}
        onChange={(e) => {
          const on = e.currentTarget.checked;
          const first = candidates[0]?.question;
          set(on && first ? { questionId: first.id, anyOf: [] } : null);
        }}
      />
      {cond ? (
        <Stack gap={6} pl="lg">
          <NativeSelect
            label="When the answer to"
            disabled={readOnly}
            value={controller ? cond.questionId : ""}
            data={[
              ...(controller ? [] : [{ value: "", label: "Choose an earlier question…", disabled: true }]),
              ...candidates.map((c) => ({
                value: c.question.id,
                label: `${c.number} ${short(c.question.text)}`,
              })),
            ]}
            onChange={(e) => set({ questionId: e.currentTarget.value, anyOf: [] })}
          />
          {controller ? (
            <Checkbox.Group
              label="is any of"
              value={cond.anyOf}
              readOnly={readOnly}
              onChange={(anyOf) =>
                // Kept in the order of the options, so saving twice gives the same content.
                set({
                  questionId: cond.questionId,
                  anyOf: controller.question.options.map((o) => o.id).filter((id) => anyOf.includes(id)),
                })
              }
            >
              <Group gap="md" mt={4}>
                {controller.question.options.map((o) => (
                  <Checkbox key={o.id} value={o.id} label={o.label || "(no label)"} />
                ))}
              </Group>
            </Checkbox.Group>
          ) : (
            <Text size="xs" c="red">
              The question this depended on is no longer before it: choose another or switch the condition
              off.
            </Text>
          )}
        </Stack>
      ) : null}
    </Stack>
  );
}
