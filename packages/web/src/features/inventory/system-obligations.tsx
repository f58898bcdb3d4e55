import { Anchor, Group, Paper, Stack, Table, Text, Title } from "@mantine/core";
import { MAX_PAGE_SIZE } from "@openaims/core";
import { useQuery } from "@tanstack/react-query";
import { Link } from "react-router";
import { LoadStatus } from "../../components/query-state";
import { StatusBadge } from "../../components/status-badge";
import { NOWRAP } from "../../components/table-styles";
import { controlPath } from "../controls/control-paths";
import { CONTROLS_KEY, listControls } from "../controls/controls-api";
import { COVERAGE_STATUS_INFO } from "../coverage/coverage-view";
import { requirementPath } from "../frameworks/framework-paths";
import { useFrameworkLabel } from "./classification-details";
import { AI_SYSTEMS_KEY, listObligations, type Obligation } from "./inventory-api";

/** Obligations in the order the server gives them, grouped by framework. */
function byFramework(items: readonly Obligation[]): [string, Obligation[]][] {
  const groups = new Map<string, Obligation[]>();
  for (const o of items) groups.set(o.frameworkRef, [...(groups.get(o.frameworkRef) ?? []), o]);
  return [...groups.entries()];
}

/** Obligations tab: the duties the classification found, each with its coverage by your controls. */
export function SystemObligations({ systemId }: { systemId: string }) {
  const labelOf = useFrameworkLabel();
  const obligations = useQuery({
    queryKey: [...AI_SYSTEMS_KEY, "obligations", systemId],
    queryFn: ({ signal }) => listObligations(systemId, signal),
  });
  const controls = useQuery({
    queryKey: [...CONTROLS_KEY, "list", "codes"],
    queryFn: ({ signal }) => listControls({ limit: MAX_PAGE_SIZE, offset: 0, sort: "code" }, signal),
    staleTime: 30_000,
  });
  const idOfCode = new Map((controls.data?.items ?? []).map((c) => [c.code, c.id]));
  const items = obligations.data?.items ?? [];
  const covered = items.filter((o) => o.coverage === "full").length;
  const partly = items.filter((o) => o.coverage === "partial").length;

  return (
    <Stack gap="md">
      <LoadStatus
        isLoading={obligations.isLoading}
        error={obligations.error}
        onRetry={() => void obligations.refetch()}
        what="obligations"
      />
      {obligations.data ? (
        <Text size="sm" data-testid="obligations-summary">
          {items.length === 0
            ? "No obligation applies to this system under its current classification."
            : `${covered} of ${items.length} obligations covered by implemented controls, ${partly} partly. Link controls to a requirement on its page.`}
        </Text>
      ) : null}
      {byFramework(items).map(([ref, list]) => (
        <Paper key={ref} withBorder radius="md" p="md" data-testid={`obligations-${ref}`}>
          <Group justify="space-between" mb="xs">
            <Title order={3} size="h5">
              {labelOf(ref)}
            </Title>
            <Text size="xs" c="dimmed">
              {list.filter((o) => o.coverage === "full").length} of {list.length} covered
            </Text>
          </Group>
          <Table.ScrollContainer minWidth={600}>
            <Table verticalSpacing="xs" layout="fixed" aria-label={`Obligations under ${labelOf(ref)}`}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th w={130}>Requirement</Table.Th>
                  <Table.Th>Title</Table.Th>
                  <Table.Th w={150}>Coverage</Table.Th>
                  <Table.Th w={180}>Controls</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {list.map((o) => (
                  <Table.Tr key={o.key} data-testid="obligation" data-coverage={o.coverage}>
                    <Table.Td style={NOWRAP}>
                      <Anchor component={Link} to={requirementPath(o.frameworkRef, o.id)} size="sm" fw={600}>
                        {o.id}
                      </Anchor>
                    </Table.Td>
                    <Table.Td>
                      <Text size="sm">{o.title}</Text>
                    </Table.Td>
                    <Table.Td style={NOWRAP}>
                      <StatusBadge color={COVERAGE_STATUS_INFO[o.coverage].color}>
                        {COVERAGE_STATUS_INFO[o.coverage].label}
                      </StatusBadge>
                    </Table.Td>
                    <Table.Td>
                      {o.controls.length === 0 ? (
                        <Text size="sm" c="dimmed">
                          None
                        </Text>
                      ) : (
                        <Group gap={6}>
                          {o.controls.map((code) => {
                            const id = idOfCode.get(code);
                            return id ? (
                              <Anchor
                                key={code}
                                component={Link}
                                to={controlPath(id)}
                                size="sm"
                                ff="monospace"
                              >
                                {code}
                              </Anchor>
                            ) : (
                              <Text key={code} size="sm" ff="monospace">
                                {code}
                              </Text>
                            );
                          })}
                        </Group>
                      )}
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        </Paper>
      ))}
    </Stack>
  );
}
