import { Paper, SimpleGrid, Text } from "@mantine/core";
import type { SoaView } from "@openaims/core";

/** The summary cards of the SoA: what is decided, what still blocks issuing, what lost its evidence. */
export function SoaSummaryCards({ view }: { view: SoaView | undefined }) {
  const s = view?.summary;
  const cards = [
    { id: "applicable", label: "Applicable", value: s?.applicable },
    { id: "excluded", label: "Excluded", value: s?.excluded },
    { id: "undecided", label: "Undecided", value: s?.undecided },
    { id: "implemented", label: "Implemented", value: s?.implemented },
    { id: "problems", label: "Problems", value: view?.problems.length },
    { id: "stale-evidence", label: "Stale evidence", value: view?.warnings.length },
  ];
  return (
    <SimpleGrid cols={{ base: 2, sm: 3, lg: 6 }} mb="md" data-testid="soa-summary">
      {cards.map((c) => (
        <Paper key={c.id} withBorder radius="md" p="sm" data-testid={`soa-card-${c.id}`}>
          <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
            {c.label}
          </Text>
          <Text
            size="xl"
            fw={700}
            c={(c.id === "problems" || c.id === "stale-evidence") && (c.value ?? 0) > 0 ? "red" : undefined}
            data-testid={`soa-count-${c.id}`}
          >
            {c.value ?? "—"}
          </Text>
        </Paper>
      ))}
    </SimpleGrid>
  );
}
