import { Button, Checkbox, CloseButton, Group, Select, Table, Text, TextInput, Title } from "@mantine/core";

type Cell = string | boolean;
export type RowColumn<T> = {
  key: keyof T & string;
  label: string;
  kind: "text" | "select" | "checkbox";
  options?: readonly { value: string; label: string }[];
  placeholder?: string;
  width?: number | string;
};

type Props<T extends Record<string, Cell>> = {
  title: string;
  /** "model", "dataset", "vendor": names buttons and inputs for screen readers. */
  noun: string;
  description?: string;
  rows: readonly T[];
  columns: readonly RowColumn<T>[];
  blank: T;
  onChange: (rows: T[]) => void;
  readOnly?: boolean;
  errors?: Readonly<Record<string, string>>;
};

/** A small editable table (models, datasets, vendors): one input per cell, add and remove rows. */
export function RowsEditor<T extends Record<string, Cell>>(props: Props<T>) {
  const { rows, columns, noun, readOnly = false } = props;
  const setCell = (index: number, key: keyof T, value: Cell) =>
    props.onChange(rows.map((row, i) => (i === index ? { ...row, [key]: value } : row)));
  const input = (row: T, index: number, col: RowColumn<T>) => {
    const label = `${col.label} of ${noun} ${index + 1}`;
    const value = row[col.key];
    if (col.kind === "checkbox")
      return (
        <Checkbox
          aria-label={label}
          checked={value === true}
          disabled={readOnly}
          onChange={(e) => setCell(index, col.key, e.currentTarget.checked)}
        />
      );
    if (col.kind === "select")
      return (
        <Select
          aria-label={label}
          size="xs"
          data={col.options ?? []}
          value={String(value)}
          allowDeselect={false}
          disabled={readOnly}
          onChange={(v) => v && setCell(index, col.key, v)}
        />
      );
    return (
      <TextInput
        aria-label={label}
        size="xs"
        placeholder={col.placeholder}
        readOnly={readOnly}
        value={String(value)}
        onChange={(e) => setCell(index, col.key, e.currentTarget.value)}
        error={props.errors?.[`${index}.${col.key}`]}
      />
    );
  };

  return (
    <section aria-label={props.title}>
      <Group justify="space-between" mb={4} wrap="wrap">
        <Title order={3} size="h5">
          {props.title}
        </Title>
        {!readOnly ? (
          <Button size="xs" variant="light" onClick={() => props.onChange([...rows, { ...props.blank }])}>
            Add {noun}
          </Button>
        ) : null}
      </Group>
      {props.description ? (
        <Text size="sm" c="dimmed" mb="xs">
          {props.description}
        </Text>
      ) : null}
      {rows.length === 0 ? (
        <Text size="sm" c="dimmed" data-testid={`no-${noun}`}>
          No {noun}s recorded.
        </Text>
      ) : (
        <Table.ScrollContainer minWidth={560}>
          <Table verticalSpacing={4} data-testid={`${noun}-rows`}>
            <Table.Thead>
              <Table.Tr>
                {columns.map((c) => (
                  <Table.Th key={c.key} w={c.width}>
                    {c.label}
                  </Table.Th>
                ))}
                {!readOnly ? <Table.Th w={40} aria-label="Remove" /> : null}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rows.map((row, i) => (
                <Table.Tr key={i}>
                  {columns.map((c) => (
                    <Table.Td key={c.key}>{input(row, i, c)}</Table.Td>
                  ))}
                  {!readOnly ? (
                    <Table.Td>
                      <CloseButton
                        aria-label={`Remove ${noun} ${i + 1}`}
                        onClick={() => props.onChange(rows.filter((_, j) => j !== i))}
                      />
                    </Table.Td>
                  ) : null}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </section>
  );
}
