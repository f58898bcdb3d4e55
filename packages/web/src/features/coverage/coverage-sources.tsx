import { Anchor, Badge, Group, Paper, Stack, Text } from "@mantine/core";
import type { Relationship } from "@openaims/core";
import { Fragment } from "react";
import { Link } from "react-router";
import { StatusBadge } from "../../components/status-badge";
import { controlPath } from "../controls/control-paths";
import { RELATIONSHIP_INFO } from "../crosswalks/relationships";
import { requirementPathOfKey } from "../frameworks/framework-paths";
import type { CoverageLimit, CoverageSource, CoverageStatus } from "./coverage-api";
import { CoverageLimits, EvidenceStandingBadge, StaleEvidenceReasons } from "./coverage-evidence";
import { COVERAGE_STATUS_INFO, describeKey } from "./coverage-view";

/** Covered / Partly covered / Not covered. */
export function CoverageStatusBadge({ status }: { status: CoverageStatus }) {
  const info = COVERAGE_STATUS_INFO[status];
  return <StatusBadge color={info.color}>{info.label}</StatusBadge>;
}

/** A requirement named by framework and id, linking to its page. */
export function RequirementChip({
  requirementKey,
  labelOf,
}: {
  requirementKey: string;
  labelOf: (ref: string) => string;
}) {
  const d = describeKey(requirementKey, labelOf);
  const to = requirementPathOfKey(requirementKey);
  const text = d.framework ? `${d.framework} ${d.id}` : d.id;
  return to ? (
    <Badge
      component={Link}
      to={to}
      variant="default"
      tt="none"
      fw={500}
      title={requirementKey}
      style={{ cursor: "pointer" }}
    >
      {text}
    </Badge>
  ) : (
    <Badge variant="default" tt="none" fw={500}>
      {text}
    </Badge>
  );
}

function Arrow({ relationship }: { relationship: Relationship }) {
  return (
    <Text span size="xs" c={RELATIONSHIP_INFO[relationship].color} fw={600} style={{ whiteSpace: "nowrap" }}>
      —{relationship}→
    </Text>
  );
}

/**
 * Why a requirement is covered: each source control, where it is linked, the mapping path, the
 * strength and the standing of its evidence; first, why stale evidence holds the requirement back.
 */
export function CoverageSources({
  sources,
  sourceCount,
  labelOf,
  limitedBy = [],
}: {
  sources: readonly CoverageSource[];
  sourceCount: number;
  labelOf: (ref: string) => string;
  limitedBy?: readonly CoverageLimit[];
}) {
  if (sources.length === 0) {
    return (
      <Stack gap="xs">
        <CoverageLimits limitedBy={limitedBy} />
        <Text size="sm" c="dimmed">
          No implemented or partially implemented control with counting evidence covers this requirement,
          directly or through a crosswalk.
        </Text>
      </Stack>
    );
  }
  return (
    <Stack gap="xs" data-testid="coverage-sources">
      <CoverageLimits limitedBy={limitedBy} />
      {sources.map((s, i) => (
        <Paper
          key={`${s.controlId}|${s.linkedTo}|${i}`}
          withBorder
          radius="md"
          p="sm"
          data-testid="coverage-source"
        >
          <Group gap={8} wrap="wrap" mb={6}>
            <CoverageStatusBadge status={s.strength} />
            <Anchor component={Link} to={controlPath(s.controlId)} ff="monospace" fw={600} size="sm">
              {s.controlCode}
            </Anchor>
            <Text size="sm">{s.controlTitle}</Text>
            <EvidenceStandingBadge standing={s.evidence.standing} />
            {s.claimed !== s.strength ? (
              <Text size="xs" c="orange">
                would be {s.claimed} with current evidence
              </Text>
            ) : null}
          </Group>
          <Group gap={6} wrap="wrap" align="center">
            <Text size="xs" c="dimmed">
              {s.path.length === 0
                ? `Linked directly (${s.linkCoverage} link):`
                : `${s.linkCoverage} link to`}
            </Text>
            <RequirementChip requirementKey={s.linkedTo} labelOf={labelOf} />
            {s.path.map((step) => (
              <Fragment key={`${step.from}>${step.to}`}>
                <Arrow relationship={step.relationship} />
                <RequirementChip requirementKey={step.to} labelOf={labelOf} />
              </Fragment>
            ))}
          </Group>
          <StaleEvidenceReasons evidence={s.evidence} />
          <Text size="xs" c="dimmed" mt={6}>
            {s.explanation}
          </Text>
        </Paper>
      ))}
      {sourceCount > sources.length ? (
        <Text size="xs" c="dimmed">
          And {sourceCount - sources.length} weaker or longer explanation
          {sourceCount - sources.length === 1 ? "" : "s"}.
        </Text>
      ) : null}
    </Stack>
  );
}
