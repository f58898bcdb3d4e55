import { List, Paper, Text } from "@mantine/core";
import { PageHeader } from "../../components/page-header";
import { CoverageSummaryCards } from "./coverage-summary-cards";

/** Frameworks → Coverage: every framework's score, and the rules that compute it. */
export function CoverageOverviewPage() {
  return (
    <section aria-labelledby="coverage-heading">
      <PageHeader
        title="Coverage"
        order={2}
        id="coverage-heading"
        description="Assess once, comply many: coverage follows from your controls and the crosswalks, never typed in. Open a framework to see why each requirement is covered."
      />
      <CoverageSummaryCards />
      <Paper withBorder radius="md" p="md" mt="lg">
        <Text size="sm" fw={600} mb={4}>
          How coverage is computed
        </Text>
        <List size="sm" spacing={4}>
          <List.Item>
            A control counts only when it is implemented (with its link’s strength) or partially implemented
            (at most partial).
          </List.Item>
          <List.Item>A requirement a control is linked to gets the link’s strength directly.</List.Item>
          <List.Item>
            Through crosswalks, coverage travels at most two hops; along a path the weakest step wins, and a
            requirement takes its strongest source.
          </List.Item>
        </List>
      </Paper>
    </section>
  );
}
