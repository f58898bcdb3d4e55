import { Code, SimpleGrid, Stack, Table, Text } from "@mantine/core";
import type { AuditEvent } from "@openaims/core";
import { diffRecords, type DiffChange } from "./audit-diff";
import classes from "./audit.module.css";

const CHANGE_LABEL: Record<DiffChange, string> = {
  added: "added",
  removed: "removed",
  changed: "changed",
  same: "",
};

function Value({ text }: { text: string | null }) {
  if (text === null)
    return (
      <Text span c="dimmed" size="sm">
        —
      </Text>
    );
  return <pre className={classes.value}>{text}</pre>;
}

/** The before/after of one event, field by field, and the hashes that chain it. */
export function AuditEventDetail({ event }: { event: AuditEvent }) {
  const rows = diffRecords(event.before, event.after);
  // On a creation or deletion every field is new or gone: marking each one adds only noise.
  const isUpdate = event.before != null && event.after != null;
  return (
    <Stack gap="sm" p="sm" data-testid={`audit-detail-${event.seq}`}>
      {rows.length === 0 ? (
        <Text size="sm" c="dimmed">
          This event records no before or after state.
        </Text>
      ) : (
        <Table
          withTableBorder
          withColumnBorders
          verticalSpacing={4}
          className={classes.diff}
          captionSide="top"
        >
          <Table.Caption>Changes recorded by event #{event.seq}</Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th w="18%">Field</Table.Th>
              <Table.Th w="41%">Before</Table.Th>
              <Table.Th w="41%">After</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((r) => (
              <Table.Tr
                key={r.field}
                className={isUpdate ? classes[r.change] : undefined}
                data-change={r.change}
              >
                <Table.Td>
                  <Text size="sm" ff="monospace">
                    {r.field}
                  </Text>
                  {isUpdate && CHANGE_LABEL[r.change] ? (
                    <Text size="xs" c="dimmed">
                      {CHANGE_LABEL[r.change]}
                    </Text>
                  ) : null}
                </Table.Td>
                <Table.Td>
                  <Value text={r.before} />
                </Table.Td>
                <Table.Td>
                  <Value text={r.after} />
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="xs">
        <Text size="xs">
          Event ID <Code>{event.id}</Code>
        </Text>
        <Text size="xs">
          Request ID <Code>{event.requestId ?? "—"}</Code>
        </Text>
        <Text size="xs" className={classes.hash}>
          Hash <Code>{event.hash}</Code>
        </Text>
        <Text size="xs" className={classes.hash}>
          Previous hash <Code>{event.prevHash}</Code>
        </Text>
      </SimpleGrid>
    </Stack>
  );
}
