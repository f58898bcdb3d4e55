import { Badge, Group, Text, Tooltip } from "@mantine/core";
import type { RequirementKind } from "@openaims/core";
import { REQUIREMENT_KIND_LABELS, tagEntries } from "./framework-labels";

/** The kind of a requirement (clause, control, article, …). */
export function KindBadge({ kind }: { kind: RequirementKind }) {
  const info = REQUIREMENT_KIND_LABELS[kind];
  return (
    <Badge size="xs" variant="outline" color={info.color} tt="none">
      {info.label}
    </Badge>
  );
}

/** Marks requirements an organization records conformity against. */
export function AssessableMark({ assessable }: { assessable: boolean }) {
  if (!assessable) return null;
  return (
    <Tooltip label="Assessable: conformity is recorded against it and it counts in coverage">
      <Badge size="xs" variant="light" color="teal" tt="none">
        Assessable
      </Badge>
    </Tooltip>
  );
}

/** Roles, risk classes, documented information, scope and related ids as small labelled chips. */
export function RequirementTags({
  tags,
  size = "xs",
}: {
  tags: Record<string, unknown>;
  size?: "xs" | "sm";
}) {
  const entries = tagEntries(tags);
  if (entries.length === 0) return null;
  return (
    <Group gap={6} wrap="wrap">
      {entries.map((entry) => (
        <Group key={entry.key} gap={4} wrap="wrap">
          <Text size={size} c="dimmed">
            {entry.label}:
          </Text>
          {entry.values.map((v) => (
            <Badge key={v} size={size} variant="default" tt="none" fw={500}>
              {v}
            </Badge>
          ))}
        </Group>
      ))}
    </Group>
  );
}
