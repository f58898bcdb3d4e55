import { Group, Paper, Table, Text } from "@mantine/core";
import { unifiedRows, type DocumentDiffView } from "@openaims/core";

const BACKGROUND = {
  added: "var(--mantine-color-green-light)",
  removed: "var(--mantine-color-red-light)",
  unchanged: undefined,
} as const;
const MARK = { added: "+", removed: "−", unchanged: " " } as const;
const MONO = { fontFamily: "var(--mantine-font-family-monospace)", fontSize: 12 } as const;

/** A unified view of line differences (core computes them): removed lines red, added green, long unchanged runs folded. */
export function DiffView({ diff }: { diff: DocumentDiffView }) {
  const rows = unifiedRows(diff);
  return (
    <Paper withBorder radius="md" p={0} data-testid="diff-view">
      <Group gap="md" p="sm">
        <Text size="sm">
          From <strong>{diff.from.label}</strong> to <strong>{diff.to.label}</strong>
        </Text>
        <Text size="sm" c="green" data-testid="diff-added">
          +{diff.added} added
        </Text>
        <Text size="sm" c="red" data-testid="diff-removed">
          −{diff.removed} removed
        </Text>
        {diff.from.title !== diff.to.title ? (
          <Text size="sm" c="dimmed">
            Title: “{diff.from.title}” → “{diff.to.title}”
          </Text>
        ) : null}
      </Group>
      {diff.added === 0 && diff.removed === 0 ? (
        <Text size="sm" c="dimmed" p="sm" pt={0}>
          The texts are the same.
        </Text>
      ) : (
        <Table.ScrollContainer minWidth={600}>
          <Table verticalSpacing={0} horizontalSpacing="xs" withRowBorders={false}>
            <Table.Tbody>
              {rows.map((r, i) =>
                r.kind === "folded" ? (
                  <Table.Tr key={i}>
                    <Table.Td colSpan={4} c="dimmed" style={{ ...MONO, textAlign: "center" }}>
                      ⋯ {r.count} unchanged lines ⋯
                    </Table.Td>
                  </Table.Tr>
                ) : (
                  <Table.Tr key={i} bg={BACKGROUND[r.kind]} data-kind={r.kind}>
                    <Table.Td c="dimmed" w={48} style={{ ...MONO, textAlign: "right" }}>
                      {r.oldNumber ?? ""}
                    </Table.Td>
                    <Table.Td c="dimmed" w={48} style={{ ...MONO, textAlign: "right" }}>
                      {r.newNumber ?? ""}
                    </Table.Td>
                    <Table.Td w={16} style={MONO} aria-label={r.kind}>
                      {MARK[r.kind]}
                    </Table.Td>
                    <Table.Td style={{ ...MONO, whiteSpace: "pre-wrap", wordBreak: "break-word" }}>
                      {r.line || " "}
                    </Table.Td>
                  </Table.Tr>
                ),
              )}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Paper>
  );
}
