import { Card, SimpleGrid, Text, UnstyledButton } from "@mantine/core";
import { EU_RISK_CLASSES } from "@openaims/core";
import { useQueries } from "@tanstack/react-query";
import { Link } from "react-router";
import { AI_SYSTEMS_KEY, listAiSystems } from "./inventory-api";
import { inventoryWithRiskClass } from "./inventory-paths";
import { RiskClassBadge } from "./risk-class-badge";

/** How many AI systems are in each EU AI Act risk class (one count query per class), each linking to the list. */
export function RiskClassCounts() {
  const counts = useQueries({
    queries: EU_RISK_CLASSES.map((euRiskClass) => ({
      queryKey: [...AI_SYSTEMS_KEY, "count", euRiskClass],
      queryFn: ({ signal }: { signal: AbortSignal }) =>
        listAiSystems({ limit: 1, offset: 0, euRiskClass }, signal),
      staleTime: 30_000,
    })),
  });
  return (
    <SimpleGrid cols={{ base: 2, sm: 3, lg: 5 }} data-testid="risk-class-counts">
      {EU_RISK_CLASSES.map((c, i) => {
        const total = counts[i]?.data?.total;
        return (
          <UnstyledButton
            key={c}
            component={Link}
            to={inventoryWithRiskClass(c)}
            aria-label={`${total ?? "…"} AI systems ${c}`}
          >
            <Card
              withBorder
              radius="md"
              padding="md"
              data-testid={`risk-count-${c}`}
              data-count={total ?? ""}
            >
              <Text fz={28} fw={700} lh={1.1}>
                {total ?? "…"}
              </Text>
              <RiskClassBadge value={c} />
            </Card>
          </UnstyledButton>
        );
      })}
    </SimpleGrid>
  );
}
