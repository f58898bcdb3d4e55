import {
  Alert,
  Anchor,
  Badge,
  Breadcrumbs,
  Group,
  List,
  Paper,
  SimpleGrid,
  Stack,
  Table,
  Text,
  Title,
} from "@mantine/core";
import type { ScopeComparison } from "@openaims/core";
import { useQuery } from "@tanstack/react-query";
import type { ReactNode } from "react";
import { Link, useSearchParams } from "react-router";
import { PageHeader } from "../../components/page-header";
import { LoadStatus } from "../../components/query-state";
import { SCOPE_KEY, SCOPE_PATH, compareScopeVersions, scopeVersionPath } from "./scope-api";
import { SCOPE_STATUS_LABELS } from "./scope-values";

const FIELD_LABELS: Record<ScopeComparison["changedFields"][number]["field"], string> = {
  description: "Scope statement",
  boundaries: "Boundaries",
  reassessBy: "Reassess by",
};

type Ref = ScopeComparison["businessUnits"]["added"][number];
const refText = (r: Ref) => [r.key, r.name].filter(Boolean).join(" ") || r.id.slice(0, 8);

function Section({ title, count, children }: { title: string; count: number; children: ReactNode }) {
  return (
    <Paper withBorder radius="md" p="md" data-testid={`compare-${title.toLowerCase().replace(/\s+/g, "-")}`}>
      <Group justify="space-between" mb="xs">
        <Title order={3} size="h5">
          {title}
        </Title>
        <Text size="xs" c="dimmed">
          {count === 0 ? "No change" : `${count} ${count === 1 ? "change" : "changes"}`}
        </Text>
      </Group>
      {count ? children : null}
    </Paper>
  );
}

function RefChanges({ diff }: { diff: ScopeComparison["businessUnits"] }) {
  return (
    <List size="sm" spacing={2}>
      {diff.added.map((r) => (
        <List.Item
          key={`+${r.id}`}
          icon={
            <Badge color="green" size="xs">
              added
            </Badge>
          }
        >
          {refText(r)}
        </List.Item>
      ))}
      {diff.removed.map((r) => (
        <List.Item
          key={`-${r.id}`}
          icon={
            <Badge color="red" size="xs">
              removed
            </Badge>
          }
        >
          {refText(r)}
        </List.Item>
      ))}
    </List>
  );
}

/** `/context/scope/compare?a=&b=`: what changed from one scope version to another, as the server compared them. */
export function ScopeComparePage() {
  const [params] = useSearchParams();
  const a = params.get("a") ?? "";
  const b = params.get("b") ?? "";
  const compare = useQuery({
    queryKey: [...SCOPE_KEY, "compare", a, b],
    queryFn: ({ signal }) => compareScopeVersions(a, b, signal),
    enabled: Boolean(a && b),
  });
  const c = compare.data;
  const ex = c?.exclusions;

  return (
    <section aria-labelledby="scope-compare-heading">
      <Breadcrumbs mb="sm" aria-label="Breadcrumb">
        <Anchor component={Link} to={SCOPE_PATH} size="sm">
          Scope
        </Anchor>
        <Text size="sm">Comparison</Text>
      </Breadcrumbs>
      <PageHeader
        title={c ? `Version ${c.a.number} → version ${c.b.number}` : "Compare scope versions"}
        order={2}
        id="scope-compare-heading"
        description="What a reviewer needs before approving, and what an auditor asks when the scope moved between two audits."
      />
      {!a || !b ? <Alert color="gray">Pick two versions on the scope page.</Alert> : null}
      <LoadStatus
        isLoading={compare.isLoading}
        error={compare.error}
        onRetry={() => void compare.refetch()}
        what="comparison"
      />
      {c && ex ? (
        <Stack gap="md" data-testid="scope-comparison" data-same={c.isSame}>
          <Group gap="sm">
            {[c.a, c.b].map((v) => (
              <Anchor key={v.id} component={Link} to={scopeVersionPath(v.id)} size="sm">
                Version {v.number} ({SCOPE_STATUS_LABELS[v.status].label.toLowerCase()})
              </Anchor>
            ))}
          </Group>
          {c.isSame ? (
            <Alert color="blue" variant="light">
              The two versions say the same.
            </Alert>
          ) : null}
          <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
            <Section
              title="Business units"
              count={c.businessUnits.added.length + c.businessUnits.removed.length}
            >
              <RefChanges diff={c.businessUnits} />
            </Section>
            <Section title="AI systems" count={c.aiSystems.added.length + c.aiSystems.removed.length}>
              <RefChanges diff={c.aiSystems} />
            </Section>
          </SimpleGrid>
          <Section title="Exclusions" count={ex.added.length + ex.removed.length + ex.changed.length}>
            <Table verticalSpacing="xs">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th w={110}>Change</Table.Th>
                  <Table.Th>Item</Table.Th>
                  <Table.Th>Justification</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {ex.added.map((e) => (
                  <Table.Tr key={`+${e.item}`}>
                    <Table.Td>
                      <Badge color="green" size="sm">
                        added
                      </Badge>
                    </Table.Td>
                    <Table.Td>{e.item}</Table.Td>
                    <Table.Td>{e.justification}</Table.Td>
                  </Table.Tr>
                ))}
                {ex.removed.map((e) => (
                  <Table.Tr key={`-${e.item}`}>
                    <Table.Td>
                      <Badge color="red" size="sm">
                        removed
                      </Badge>
                    </Table.Td>
                    <Table.Td>{e.item}</Table.Td>
                    <Table.Td>{e.justification}</Table.Td>
                  </Table.Tr>
                ))}
                {ex.changed.map((e) => (
                  <Table.Tr key={`~${e.item}`}>
                    <Table.Td>
                      <Badge color="yellow" size="sm">
                        re-justified
                      </Badge>
                    </Table.Td>
                    <Table.Td>{e.item}</Table.Td>
                    <Table.Td>
                      <Text size="sm" td="line-through" c="dimmed">
                        {e.before}
                      </Text>
                      <Text size="sm">{e.after}</Text>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Section>
          <Section title="Texts and dates" count={c.changedFields.length}>
            <Stack gap="sm">
              {c.changedFields.map((f) => (
                <div key={f.field} data-testid={`changed-${f.field}`}>
                  <Text size="sm" fw={600}>
                    {FIELD_LABELS[f.field]}
                  </Text>
                  <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
                    <Paper p="xs" radius="sm" bg="var(--mantine-color-red-light)">
                      <Text size="xs" c="dimmed">
                        Before
                      </Text>
                      <Text size="sm" style={{ whiteSpace: "pre-wrap" }}>
                        {f.before || "—"}
                      </Text>
                    </Paper>
                    <Paper p="xs" radius="sm" bg="var(--mantine-color-green-light)">
                      <Text size="xs" c="dimmed">
                        After
                      </Text>
                      <Text size="sm" style={{ whiteSpace: "pre-wrap" }}>
                        {f.after || "—"}
                      </Text>
                    </Paper>
                  </SimpleGrid>
                </div>
              ))}
            </Stack>
          </Section>
        </Stack>
      ) : null}
    </section>
  );
}
