import { Badge, Group, Paper, SimpleGrid, Stack, Table, Text, Title } from "@mantine/core";
import type { ScopeVersion } from "@openaims/core";
import { Fact } from "../../components/fact";
import { formatDateTime } from "../../lib/format";
import { useCan } from "../auth/me-context";
import { useBusinessUnitOptions } from "../business-units/business-units-api";
import { formatCatalogDate } from "../frameworks/framework-labels";
import { useAiSystemOptions } from "../inventory/ai-system-options";
import { useUserNames } from "../users/use-user-names";

/** A scope version as a document: statement, what is in, what is out and why, boundaries, dates. */
export function ScopeView({ version }: { version: ScopeVersion }) {
  const canReadUnits = useCan("business-units:read");
  const units = useBusinessUnitOptions(canReadUnits);
  const systems = useAiSystemOptions();
  const names = useUserNames();
  const chips = (ids: readonly string[], nameOf: (id: string) => string) =>
    ids.length === 0 ? (
      <Text size="sm" c="dimmed">
        None
      </Text>
    ) : (
      <Group gap={6}>
        {ids.map((id) => (
          <Badge key={id} variant="light" tt="none">
            {nameOf(id)}
          </Badge>
        ))}
      </Group>
    );
  return (
    <Stack gap="md" data-testid="scope-view">
      <Paper withBorder radius="md" p="md">
        <Stack gap="sm">
          <Fact label="Scope statement" value={version.description} />
          <div>
            <Text size="xs" c="dimmed" mb={4}>
              Business units included
            </Text>
            {chips(version.businessUnitIds, units.nameOf)}
          </div>
          <div>
            <Text size="xs" c="dimmed" mb={4}>
              AI systems included
            </Text>
            {chips(version.aiSystemIds, systems.nameOf)}
          </div>
          <Fact label="Boundaries" value={version.boundaries} />
          <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
            <Fact label="Reassess by" value={formatCatalogDate(version.reassessBy)} />
            <Fact
              label="Drafted"
              value={`${formatDateTime(version.createdAt)} by ${names.nameOf(version.createdBy, "—")}`}
            />
            <Fact
              label="Approved"
              value={
                version.approvedAt
                  ? `${formatDateTime(version.approvedAt)} by ${names.nameOf(version.approvedBy, "—")}`
                  : "Not approved"
              }
            />
          </SimpleGrid>
        </Stack>
      </Paper>
      <Paper withBorder radius="md" p="md">
        <Title order={3} size="h5" mb="xs">
          Exclusions
        </Title>
        {version.exclusions.length === 0 ? (
          <Text size="sm" c="dimmed">
            No exclusions.
          </Text>
        ) : (
          <Table verticalSpacing="xs">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Excluded</Table.Th>
                <Table.Th>Justification</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {version.exclusions.map((e) => (
                <Table.Tr key={e.item}>
                  <Table.Td>{e.item}</Table.Td>
                  <Table.Td>{e.justification}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
      </Paper>
    </Stack>
  );
}
