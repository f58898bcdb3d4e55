import { Badge, Group, List, Paper, Stack, Text, Title } from "@mantine/core";
import type { NavItem } from "./nav-items";

/** An area not built yet: says so, and what it will hold. No sample data. */
export function ComingSoonPanel({
  item,
  headingOrder = 2,
}: {
  item: Pick<NavItem, "label" | "holds" | "clauses">;
  headingOrder?: 2 | 3;
}) {
  return (
    <Paper withBorder radius="md" p="lg" data-testid="coming-soon">
      <Stack gap="sm">
        <Group gap="sm">
          <Title order={headingOrder} size="h4">
            Coming in a later release
          </Title>
          <Badge variant="outline" color="gray">
            Not available yet
          </Badge>
        </Group>
        <Text size="sm">{item.label} will hold:</Text>
        <List size="sm" spacing={4}>
          {item.holds.map((h) => (
            <List.Item key={h}>{h}</List.Item>
          ))}
        </List>
        {item.clauses ? (
          <Text size="xs" c="dimmed">
            Supports {item.clauses}.
          </Text>
        ) : null}
      </Stack>
    </Paper>
  );
}
