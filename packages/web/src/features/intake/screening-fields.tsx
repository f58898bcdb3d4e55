import { Checkbox, Radio, SimpleGrid, Stack, Switch, Text, Title } from "@mantine/core";
import type { ReactNode } from "react";

type Option<T extends string> = { value: T; label: string; text?: string };

/** A yes/no question as a switch, its label the question itself. */
export function YesNo(props: {
  label: string;
  description?: string;
  checked: boolean;
  onChange: (checked: boolean) => void;
  readOnly?: boolean;
}) {
  return (
    <Switch
      label={props.label}
      description={props.description}
      checked={props.checked}
      onChange={(e) => props.onChange(e.currentTarget.checked)}
      disabled={props.readOnly}
    />
  );
}

/** "Tick all that apply", with a plain description under each choice. */
export function Choices<T extends string>(props: {
  label: string;
  description?: ReactNode;
  options: readonly Option<T>[];
  value: readonly T[];
  onChange: (value: T[]) => void;
  readOnly?: boolean;
  cols?: number;
  error?: string;
}) {
  return (
    <Checkbox.Group
      label={props.label}
      description={props.description}
      value={[...props.value]}
      onChange={(v) => props.onChange(v as T[])}
      readOnly={props.readOnly}
      error={props.error}
    >
      <SimpleGrid cols={{ base: 1, md: props.cols ?? 2 }} spacing="xs" verticalSpacing="xs" mt="xs">
        {props.options.map((o) => (
          <Checkbox
            key={o.value}
            value={o.value}
            label={o.label}
            description={o.text}
            disabled={props.readOnly}
          />
        ))}
      </SimpleGrid>
    </Checkbox.Group>
  );
}

/** "Pick one", with a plain description under each choice. */
export function OneOf<T extends string>(props: {
  label: string;
  description?: ReactNode;
  options: readonly Option<T>[];
  value: T;
  onChange: (value: T) => void;
  readOnly?: boolean;
}) {
  return (
    <Radio.Group
      label={props.label}
      description={props.description}
      value={props.value}
      onChange={(v) => props.onChange(v as T)}
      readOnly={props.readOnly}
    >
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="xs" verticalSpacing="xs" mt="xs">
        {props.options.map((o) => (
          <Radio
            key={o.value}
            value={o.value}
            label={o.label}
            description={o.text}
            disabled={props.readOnly}
          />
        ))}
      </SimpleGrid>
    </Radio.Group>
  );
}

/** A group of questions under a heading. */
export function QuestionGroup({
  title,
  intro,
  children,
}: {
  title: string;
  intro?: string;
  children: ReactNode;
}) {
  return (
    <Stack gap="sm" component="fieldset" style={{ border: 0, padding: 0, margin: 0 }}>
      <Title order={3} size="h5" component="legend" mb={4}>
        {title}
      </Title>
      {intro ? (
        <Text size="sm" c="dimmed">
          {intro}
        </Text>
      ) : null}
      {children}
    </Stack>
  );
}

/** Label tables as options, with their descriptions. */
export function described<T extends string>(
  labels: Record<T, string | { label: string; text?: string; point?: number }>,
): Option<T>[] {
  return (Object.keys(labels) as T[]).map((value) => {
    const l = labels[value];
    if (typeof l === "string") return { value, label: l };
    return { value, label: l.point ? `${l.point}. ${l.label}` : l.label, text: l.text };
  });
}
