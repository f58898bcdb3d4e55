import { Badge, Checkbox, Group, Radio, Stack, Text, TextInput, Textarea } from "@mantine/core";
import type { AnswerValue, Provenance, Question, TableRow } from "@openaims/core";
import type { ReactNode } from "react";
import { provenanceText } from "./assessment-labels";
import { TableInput } from "./table-input";

type Props = {
  question: Question;
  value: AnswerValue | undefined;
  onChange: (value: AnswerValue) => void;
  disabled: boolean;
  provenance?: Provenance | undefined;
  error?: string | undefined;
  /** Extra actions on table rows (e.g. "Create risk" on the impacts table). */
  rowAction?: ((row: number) => ReactNode) | undefined;
};

const YES_NO = [
  { value: "yes", label: "Yes" },
  { value: "no", label: "No" },
];

/** The label line: question, required mark and where a pre-filled answer came from. */
function Label({ q, provenance }: { q: Question; provenance?: Provenance | undefined }) {
  return (
    <Group gap={6} component="span" wrap="wrap" style={{ display: "inline-flex" }}>
      <span>{q.label}</span>
      {provenance ? (
        <Badge size="xs" variant="light" color="grape" tt="none" data-testid={`prefilled-${q.id}`}>
          {provenanceText(provenance)}
        </Badge>
      ) : null}
    </Group>
  );
}

/** One question of an assessment form, by type (text, choices, yes/no, scale, date, table). */
export function QuestionInput({
  question: q,
  value,
  onChange,
  disabled,
  provenance,
  error,
  rowAction,
}: Props) {
  const label = <Label q={q} provenance={provenance} />;
  const common = { label, description: q.help || undefined, required: q.required, error, disabled };
  // Frozen text stays readable: read-only rather than greyed out.
  const textual = { ...common, disabled: false, readOnly: disabled };
  const text = typeof value === "string" ? value : "";
  switch (q.type) {
    case "text":
      return <TextInput {...textual} value={text} onChange={(e) => onChange(e.currentTarget.value)} />;
    case "long_text":
      return (
        <Textarea
          {...textual}
          autosize
          minRows={2}
          value={text}
          onChange={(e) => onChange(e.currentTarget.value)}
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
      return (
        <Radio.Group {...common} value={text || null} onChange={(v) => onChange(v)}>
          <Stack gap={6} mt={6}>
            {(q.choices ?? []).map((c) => (
              <Radio key={c.value} value={c.value} label={c.label} disabled={disabled} />
            ))}
          </Stack>
        </Radio.Group>
      );
    case "multi_choice":
      return (
        <Checkbox.Group
          {...common}
          value={Array.isArray(value) ? (value as string[]) : []}
          onChange={onChange}
        >
          <Stack gap={6} mt={6}>
            {(q.choices ?? []).map((c) => (
              <Checkbox key={c.value} value={c.value} label={c.label} disabled={disabled} />
            ))}
          </Stack>
        </Checkbox.Group>
      );
    case "yes_no":
      return (
        <Radio.Group
          {...common}
          value={value === true ? "yes" : value === false ? "no" : null}
          onChange={(v) => onChange(v === "yes")}
        >
          <Group gap="md" mt={6}>
            {YES_NO.map((c) => (
              <Radio key={c.value} value={c.value} label={c.label} disabled={disabled} />
            ))}
          </Group>
        </Radio.Group>
      );
    case "scale": {
      const s = q.scale!;
      const points = Array.from({ length: s.max - s.min + 1 }, (_, i) => s.min + i);
      return (
        <Radio.Group
          {...common}
          value={typeof value === "number" ? String(value) : null}
          onChange={(v) => onChange(Number(v))}
        >
          <Group gap="md" mt={6}>
            {points.map((p, i) => (
              <Radio
                key={p}
                value={String(p)}
                label={`${p} ${s.labels[i] ?? ""}`.trim()}
                disabled={disabled}
              />
            ))}
          </Group>
        </Radio.Group>
      );
    }
    case "table":
      return (
        <Stack gap={4}>
          <Text size="sm" fw={500}>
            {label}
            {q.required ? (
              <Text span c="red">
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
          <TableInput
            question={q}
            rows={Array.isArray(value) ? (value as TableRow[]) : []}
            onChange={onChange}
            disabled={disabled}
            rowAction={rowAction}
          />
          {error ? (
            <Text size="xs" c="red" role="alert">
              {error}
            </Text>
          ) : null}
        </Stack>
      );
  }
}
