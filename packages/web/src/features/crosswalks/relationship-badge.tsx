import { Badge, Paper, SimpleGrid, Stack, Text, Tooltip } from "@mantine/core";
import type { Relationship } from "@openaims/core";
import { RELATIONSHIP_INFO, RELATIONSHIP_ORDER, coverageEffect } from "./relationships";

/** A relationship as a coloured label, explained on hover. */
export function RelationshipBadge({
  relationship,
  size = "sm",
}: {
  relationship: Relationship;
  size?: "xs" | "sm";
}) {
  const info = RELATIONSHIP_INFO[relationship];
  return (
    <Tooltip label={`${info.words} (${coverageEffect(relationship)})`} multiline maw={320}>
      <Badge
        size={size}
        color={info.color}
        variant="light"
        tt="none"
        styles={{ root: { overflow: "visible", minWidth: "max-content" }, label: { overflow: "visible" } }}
      >
        {relationship}
      </Badge>
    </Tooltip>
  );
}

/** What each relationship means, read "A relationship B", and what covering A does for B. */
export function RelationshipLegend({ only }: { only?: readonly Relationship[] }) {
  const shown = RELATIONSHIP_ORDER.filter((r) => !only || only.includes(r));
  return (
    <Paper withBorder radius="md" p="sm" data-testid="relationship-legend">
      <Text size="xs" c="dimmed" mb={6}>
        Read each mapping as “A relationship B” (NIST IR 8477):
      </Text>
      <SimpleGrid cols={{ base: 1, sm: 2, lg: shown.length > 3 ? 3 : shown.length }} spacing="xs">
        {shown.map((r) => (
          <Stack key={r} gap={2}>
            <div>
              <Badge size="sm" color={RELATIONSHIP_INFO[r].color} variant="light" tt="none">
                {RELATIONSHIP_INFO[r].symbol} {r}
              </Badge>
            </div>
            <Text size="xs">
              {RELATIONSHIP_INFO[r].words}{" "}
              <Text span size="xs" c="dimmed">
                For coverage, {coverageEffect(r)}.
              </Text>
            </Text>
          </Stack>
        ))}
      </SimpleGrid>
    </Paper>
  );
}
