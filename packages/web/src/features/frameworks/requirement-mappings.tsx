import { Anchor, Badge, Group, Paper, Stack, Text, Title } from "@mantine/core";
import type { MappingView } from "@openaims/core";
import { Link } from "react-router";
import { RelationshipBadge, RelationshipLegend } from "../crosswalks/relationship-badge";
import { crosswalkPath, requirementPath } from "./framework-paths";
import { groupMappingsByFramework } from "./mapping-groups";

const CONFIDENCE_COLORS = { high: "green", medium: "yellow", low: "gray" } as const;

/** The mappings of a requirement in every direction, grouped by the other framework. */
export function RequirementMappings({
  requirementId,
  frameworkRef,
  mappings,
  labelOf,
}: {
  requirementId: string;
  frameworkRef: string;
  mappings: readonly MappingView[];
  labelOf: (ref: string) => string;
}) {
  const groups = groupMappingsByFramework(mappings, labelOf);
  if (groups.length === 0) {
    return <Text c="dimmed">No crosswalk maps this requirement to another framework.</Text>;
  }
  const used = [...new Set(mappings.map((m) => m.relationship))];
  return (
    <Stack gap="md">
      <RelationshipLegend only={used} />
      {groups.map((group) => (
        <Stack key={group.frameworkRef} gap="xs" data-testid={`mapping-group-${group.frameworkRef}`}>
          <Group gap="sm" justify="space-between">
            <Title order={4} size="h5">
              {group.label}{" "}
              <Text span c="dimmed" size="sm" fw={400}>
                ({group.mappings.length} mapping{group.mappings.length === 1 ? "" : "s"})
              </Text>
            </Title>
            <Anchor component={Link} to={crosswalkPath(frameworkRef, group.frameworkRef)} size="sm">
              Open the crosswalk
            </Anchor>
          </Group>
          {group.mappings.map((m) => (
            <Paper key={`${m.crosswalk}|${m.other.key}`} withBorder radius="md" p="sm">
              <Group gap={8} wrap="wrap" mb={4}>
                <Text size="sm" ff="monospace" fw={600}>
                  {requirementId}
                </Text>
                <RelationshipBadge relationship={m.relationship} />
                <Anchor
                  component={Link}
                  to={requirementPath(m.other.frameworkRef, m.other.id)}
                  size="sm"
                  fw={600}
                  ff="monospace"
                >
                  {m.other.id}
                </Anchor>
                <Text size="sm">{m.other.title}</Text>
              </Group>
              <Text size="sm">{m.rationale}</Text>
              <Group gap={8} mt={6}>
                <Badge size="xs" variant="dot" color={CONFIDENCE_COLORS[m.confidence]} tt="none">
                  {m.confidence} confidence
                </Badge>
                <Text size="xs" c="dimmed">
                  Source: {m.source}
                </Text>
              </Group>
            </Paper>
          ))}
        </Stack>
      ))}
    </Stack>
  );
}
