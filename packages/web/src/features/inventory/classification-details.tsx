import { Anchor, Badge, Group, Paper, Stack, Table, Text, Title } from "@mantine/core";
import { Link } from "react-router";
import { formatCatalogDate } from "../frameworks/framework-labels";
import { requirementPathOfKey } from "../frameworks/framework-paths";
import { useAllFrameworks } from "../frameworks/frameworks-api";
import { FRAMEWORK_FALLBACK_LABELS } from "./inventory-labels";
import type { ClassificationResult } from "./inventory-api";
import { RiskClassBadge } from "./risk-class-badge";

type Finding = ClassificationResult["notes"][number];

/** The label of a framework reference, from the catalogs once loaded. */
export function useFrameworkLabel(): (ref: string) => string {
  const frameworks = useAllFrameworks();
  return (ref) => {
    const label = frameworks.labelOf(ref);
    return label === ref ? (FRAMEWORK_FALLBACK_LABELS[ref] ?? ref) : label;
  };
}

function FindingsTable({ findings, label }: { findings: readonly Finding[]; label: string }) {
  return (
    <Table.ScrollContainer minWidth={640}>
      <Table verticalSpacing="xs" aria-label={label} data-testid="findings-table">
        <Table.Thead>
          <Table.Tr>
            <Table.Th w="30%">Conclusion</Table.Th>
            <Table.Th>Reason</Table.Th>
            <Table.Th w="22%">Provision</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {findings.map((f) => (
            <Table.Tr key={f.code} data-testid="finding" data-code={f.code}>
              <Table.Td>
                <Text size="sm" fw={600}>
                  {f.conclusion}
                </Text>
              </Table.Td>
              <Table.Td>
                <Text size="sm">{f.reason}</Text>
              </Table.Td>
              <Table.Td>
                <Text size="sm" c="dimmed">
                  {f.provision}
                </Text>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

/** A full classification: EU class and roles, then each framework with its findings, then the notes. */
export function ClassificationDetails({ classification }: { classification: ClassificationResult }) {
  const labelOf = useFrameworkLabel();
  return (
    <Stack gap="lg" data-testid="classification-details">
      <Group gap="lg" wrap="wrap">
        <Group gap="xs">
          <Text size="sm" fw={600}>
            EU AI Act class
          </Text>
          <RiskClassBadge value={classification.euRiskClass} size="lg" />
        </Group>
        <Group gap="xs">
          <Text size="sm" fw={600}>
            EU roles
          </Text>
          <Text size="sm">{classification.euRoles.length ? classification.euRoles.join(", ") : "None"}</Text>
        </Group>
        <Text size="xs" c="dimmed">
          Rules {classification.rulesVersion}, evaluated for {formatCatalogDate(classification.asOf)}
        </Text>
      </Group>
      {classification.frameworks.map((f) => (
        <Paper key={f.frameworkRef} withBorder radius="md" p="md" data-testid={`framework-${f.frameworkRef}`}>
          <Group justify="space-between" mb="xs" wrap="wrap">
            <Title order={3} size="h5">
              {labelOf(f.frameworkRef)}
            </Title>
            <Group gap="xs">
              {f.riskClass ? (
                <Badge variant="outline" tt="none">
                  {f.riskClass}
                </Badge>
              ) : null}
              {f.roles.map((r) => (
                <Badge key={r} variant="light" color="gray" tt="none">
                  {r}
                </Badge>
              ))}
              <Text size="xs" c="dimmed">
                {f.obligations.length} {f.obligations.length === 1 ? "obligation" : "obligations"}
              </Text>
            </Group>
          </Group>
          <FindingsTable findings={f.findings} label={`Findings under ${labelOf(f.frameworkRef)}`} />
        </Paper>
      ))}
      {classification.notes.length ? (
        <Paper withBorder radius="md" p="md" data-testid="classification-notes">
          <Title order={3} size="h5" mb="xs">
            Notes
          </Title>
          <Text size="sm" c="dimmed" mb="xs">
            Facts that are missing or do not fit together, and would change the result.
          </Text>
          <FindingsTable findings={classification.notes} label="Notes" />
        </Paper>
      ) : null}
    </Stack>
  );
}

/** A requirement key as a link to its page ("EU AI Act Art. 26(1)"). */
export function RequirementKeyLink({ requirementKey, label }: { requirementKey: string; label: string }) {
  const path = requirementPathOfKey(requirementKey);
  return path ? (
    <Anchor component={Link} to={path} size="sm">
      {label}
    </Anchor>
  ) : (
    <Text size="sm">{label}</Text>
  );
}
