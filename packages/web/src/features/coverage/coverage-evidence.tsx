/**
 * How evidence weighs on coverage (ISO/IEC 42001 9.1): the standing of a source's evidence, the
 * items that no longer count and why, and the reasons a requirement is held back. The server
 * computes all of it; these components only show it.
 */
import { Alert, List, Stack, Text, Tooltip } from "@mantine/core";
import { StatusBadge } from "../../components/status-badge";
import type { CoverageLimit, CoverageSource, EvidenceStanding } from "./coverage-api";
import { EVIDENCE_STANDING_INFO } from "./coverage-view";

/** "Evidence current", "No evidence" or "Stale evidence", with the rule as a tooltip. */
export function EvidenceStandingBadge({ standing }: { standing: EvidenceStanding }) {
  const info = EVIDENCE_STANDING_INFO[standing];
  return (
    <Tooltip label={info.hint} multiline w={260} withArrow>
      <span data-testid="evidence-standing" data-standing={standing}>
        <StatusBadge color={info.color}>{info.label}</StatusBadge>
      </span>
    </Tooltip>
  );
}

/** The stale items of a source, one reason a line. */
export function StaleEvidenceReasons({ evidence }: { evidence: CoverageSource["evidence"] }) {
  if (evidence.standing !== "stale") return null;
  return (
    <Stack gap={2} mt={6} data-testid="stale-evidence">
      {evidence.stale.map((e) => (
        <Text key={e.key} size="xs" c="red">
          {e.reason}
        </Text>
      ))}
    </Stack>
  );
}

/** Why stale evidence keeps a requirement below what its controls claim. */
export function CoverageLimits({ limitedBy }: { limitedBy: readonly CoverageLimit[] }) {
  if (limitedBy.length === 0) return null;
  return (
    <Alert
      color="orange"
      variant="light"
      title="Held back by stale evidence"
      data-testid="coverage-limited-by"
    >
      <List size="sm" spacing={4}>
        {limitedBy.map((l, i) => (
          <List.Item key={`${l.kind}|${l.control?.id ?? ""}|${i}`}>{l.message}</List.Item>
        ))}
      </List>
      <Text size="xs" c="dimmed" mt={6}>
        Renew the evidence, or link current evidence, to count in full again.
      </Text>
    </Alert>
  );
}
