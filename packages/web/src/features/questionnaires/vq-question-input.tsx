import { Checkbox, Group, NumberInput, Radio, Stack, Text, TextInput, Textarea } from "@mantine/core";
import { MAX_TEXT_ANSWER, type VqAnswerValue, type VqQuestion } from "@openaims/core";
import type { ReactNode } from "react";

type Props = {
  question: VqQuestion;
  value: VqAnswerValue | undefined;
  /** `null` clears the answer (an emptied text, number or date, no option ticked). */
  onChange: (value: VqAnswerValue | null) => void;
  readOnly: boolean;
  error?: string | undefined;
  renderFileQuestion?: ((question: VqQuestion) => ReactNode) | undefined;
};

/**
 * The input of one questionnaire question, labelled by its text (screen readers and browser tests
 * find it by that name), with its help text as description and a required mark.
 */
export function VqQuestionInput({
  question: q,
  value,
  onChange,
  readOnly,
  error,
  renderFileQuestion,
}: Props) {
  const common = {
    label: q.text,
    description: q.help || undefined,
    withAsterisk: q.required,
    error,
    "data-testid": `question-${q.id}`,
  };
  // Text stays readable when frozen: read-only rather than greyed out.
  const textual = { ...common, readOnly, "aria-required": q.required || undefined };
  const text = typeof value === "string" ? value : "";
  switch (q.type) {
    case "text":
      return (
        <Textarea
          {...textual}
          autosize
          minRows={2}
          maxRows={12}
          maxLength={MAX_TEXT_ANSWER}
          value={text}
          onChange={(e) => onChange(e.currentTarget.value.length > 0 ? e.currentTarget.value : null)}
        />
      );
    case "number":
      return (
        <NumberInput
          {...textual}
          w={240}
          value={typeof value === "number" ? value : ""}
          onChange={(v) => onChange(typeof v === "number" && Number.isFinite(v) ? v : null)}
        />
      );
    case "date":
      return (
        <TextInput
          {...textual}
          type="date"
          w={200}
          value={text}
          onChange={(e) => onChange(e.currentTarget.value || null)}
        />
      );
    case "single_choice":
    case "yes_no":
      return (
        <Radio.Group {...common} value={text || null} onChange={(v) => onChange(v)} readOnly={readOnly}>
          {q.type === "yes_no" ? (
            <Group gap="lg" mt={6}>
              {q.options.map((o) => (
                <Radio key={o.id} value={o.id} label={o.label} disabled={readOnly && o.id !== text} />
              ))}
            </Group>
          ) : (
            <Stack gap={6} mt={6}>
              {q.options.map((o) => (
                <Radio key={o.id} value={o.id} label={o.label} disabled={readOnly && o.id !== text} />
              ))}
            </Stack>
          )}
        </Radio.Group>
      );
    case "multiple_choice": {
      const picked = Array.isArray(value) ? value : [];
      return (
        <Checkbox.Group
          {...common}
          value={picked}
          readOnly={readOnly}
          onChange={(v) =>
            onChange(v.length > 0 ? q.options.map((o) => o.id).filter((id) => v.includes(id)) : null)
          }
        >
          <Stack gap={6} mt={6}>
            {q.options.map((o) => (
              <Checkbox
                key={o.id}
                value={o.id}
                label={o.label}
                disabled={readOnly && !picked.includes(o.id)}
              />
            ))}
          </Stack>
        </Checkbox.Group>
      );
    }
    case "file":
      return (
        <Stack gap={4} data-testid={`question-${q.id}`}>
          <Text size="sm" fw={500}>
            {q.text}
            {q.required ? (
              <Text span c="red" aria-hidden>
                {" "}
                *
              </Text>
            ) : null}
          </Text>
          {q.help ? (
            <Text size="xs" c="dimmed">
              {q.help}
            </Text>
          ) : null}
          {renderFileQuestion ? (
            renderFileQuestion(q)
          ) : (
            <Text size="sm" c="dimmed" fs="italic">
              Files are uploaded in the vendor portal.
            </Text>
          )}
          {error ? (
            <Text size="xs" c="red" role="alert">
              {error}
            </Text>
          ) : null}
        </Stack>
      );
  }
}
