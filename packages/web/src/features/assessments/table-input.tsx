import { ActionIcon, Button, Group, NativeSelect, Table, TextInput, Textarea } from "@mantine/core";
import { MAX_TABLE_ROWS, type AnswerValue, type Column, type Question, type TableRow } from "@openaims/core";
import type { ReactNode } from "react";

type Props = {
  question: Question;
  rows: TableRow[];
  onChange: (value: AnswerValue) => void;
  disabled: boolean;
  rowAction?: ((row: number) => ReactNode) | undefined;
};

/** One cell, by column type; empty selects mean "no answer" (null). */
function Cell({
  column: c,
  value,
  onChange,
  disabled,
  name,
}: {
  column: Column;
  value: TableRow[string] | undefined;
  onChange: (v: TableRow[string]) => void;
  disabled: boolean;
  name: string;
}) {
  const common = { "aria-label": name, disabled, size: "xs" as const };
  if (c.type === "text")
    return (
      <TextInput
        {...common}
        value={typeof value === "string" ? value : ""}
        onChange={(e) => onChange(e.currentTarget.value)}
      />
    );
  if (c.type === "long_text")
    return (
      <Textarea
        {...common}
        autosize
        minRows={1}
        value={typeof value === "string" ? value : ""}
        onChange={(e) => onChange(e.currentTarget.value)}
      />
    );
  const options =
    c.type === "yes_no"
      ? [
          { value: "true", label: "Yes" },
          { value: "false", label: "No" },
        ]
      : c.type === "scale"
        ? Array.from({ length: c.scale!.max - c.scale!.min + 1 }, (_, i) => ({
            value: String(c.scale!.min + i),
            label: `${c.scale!.min + i} ${c.scale!.labels[i] ?? ""}`.trim(),
          }))
        : (c.choices ?? []).map((x) => ({ value: x.value, label: x.label }));
  return (
    <NativeSelect
      {...common}
      data={[{ value: "", label: "—" }, ...options]}
      value={value === null || value === undefined ? "" : String(value)}
      onChange={(e) => {
        const v = e.currentTarget.value;
        onChange(v === "" ? null : c.type === "scale" ? Number(v) : c.type === "yes_no" ? v === "true" : v);
      }}
    />
  );
}

/** A repeatable table (affected groups, identified impacts): add, edit and remove rows. */
export function TableInput({ question: q, rows, onChange, disabled, rowAction }: Props) {
  const columns = q.columns ?? [];
  const setCell = (i: number, column: string, v: TableRow[string]) =>
    onChange(rows.map((r, j) => (j === i ? { ...r, [column]: v } : r)));
  return (
    <>
      <Table.ScrollContainer minWidth={columns.length * 150}>
        <Table withTableBorder verticalSpacing={4} data-testid={`table-${q.id}`}>
          <Table.Thead>
            <Table.Tr>
              {columns.map((c) => (
                <Table.Th key={c.id}>
                  {c.label}
                  {c.required ? " *" : ""}
                </Table.Th>
              ))}
              <Table.Th aria-label="Row actions" />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((r, i) => (
              <Table.Tr key={i} data-testid={`${q.id}-row`}>
                {columns.map((c) => (
                  <Table.Td key={c.id} miw={c.type === "long_text" ? 220 : 130}>
                    <Cell
                      column={c}
                      value={r[c.id]}
                      onChange={(v) => setCell(i, c.id, v)}
                      disabled={disabled}
                      name={`${c.label}, row ${i + 1}`}
                    />
                  </Table.Td>
                ))}
                <Table.Td>
                  <Group gap={4} wrap="nowrap">
                    {rowAction?.(i)}
                    {!disabled ? (
                      <ActionIcon
                        variant="subtle"
                        color="red"
                        aria-label={`Remove row ${i + 1}`}
                        onClick={() => onChange(rows.filter((_, j) => j !== i))}
                      >
                        ×
                      </ActionIcon>
                    ) : null}
                  </Group>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {!disabled ? (
        <Group>
          <Button
            size="xs"
            variant="light"
            onClick={() => onChange([...rows, {}])}
            disabled={rows.length >= MAX_TABLE_ROWS}
            aria-label={`Add a row to ${q.label}`}
          >
            Add row
          </Button>
        </Group>
      ) : null}
    </>
  );
}
