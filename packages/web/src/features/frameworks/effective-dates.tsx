import { Stack, Text } from "@mantine/core";
import { formatCatalogDate, isFutureDate } from "./framework-labels";

/** "From 30 Jun 2026" (with "not yet in force"), "1 Aug 2024 – 1 Jan 2027", or "—" for standards. */
export function EffectiveDates({ from, to }: { from: string | null; to: string | null }) {
  if (!from && !to) return <Text size="sm">—</Text>;
  return (
    <Stack gap={0}>
      <Text size="sm">
        {from && to
          ? `${formatCatalogDate(from)} – ${formatCatalogDate(to)}`
          : from
            ? `From ${formatCatalogDate(from)}`
            : `Until ${formatCatalogDate(to)}`}
      </Text>
      {isFutureDate(from) ? (
        <Text size="xs" c="dimmed">
          Not yet in force
        </Text>
      ) : null}
    </Stack>
  );
}
