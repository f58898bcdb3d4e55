import { Anchor, Badge, Group, Stack, Text } from "@mantine/core";
import type { CrosswalkEntryView } from "@openaims/core";
import { Link } from "react-router";
import { requirementPathOfKey } from "../frameworks/framework-paths";
import { RelationshipBadge } from "./relationship-badge";

const CONFIDENCE_COLORS = { high: "green", medium: "yellow", low: "gray" } as const;

function End({ end }: { end: CrosswalkEntryView["from"] }) {
  const to = requirementPathOfKey(end.key);
  return (
    <Text size="sm" span>
      {to ? (
        <Anchor component={Link} to={to} ff="monospace" fw={600} size="sm">
          {end.id}
        </Anchor>
      ) : (
        <Text span ff="monospace" fw={600} size="sm">
          {end.id}
        </Text>
      )}{" "}
      {end.title}
    </Text>
  );
}

/** One mapping: from —relationship→ to, with its rationale, confidence and source. */
export function CrosswalkEntryCard({ entry }: { entry: CrosswalkEntryView }) {
  return (
    <Stack gap={4} data-testid="crosswalk-entry">
      <Group gap={8} wrap="wrap">
        <End end={entry.from} />
        <RelationshipBadge relationship={entry.relationship} />
        <End end={entry.to} />
      </Group>
      <Text size="sm">{entry.rationale}</Text>
      <Group gap={8}>
        <Badge size="xs" variant="dot" color={CONFIDENCE_COLORS[entry.confidence]} tt="none">
          {entry.confidence} confidence
        </Badge>
        <Text size="xs" c="dimmed">
          Source: {entry.source}
        </Text>
      </Group>
    </Stack>
  );
}
