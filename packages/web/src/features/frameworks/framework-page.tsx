import {
  Alert,
  Anchor,
  Badge,
  Breadcrumbs,
  Button,
  Group,
  List,
  Paper,
  SimpleGrid,
  Stack,
  Text,
} from "@mantine/core";
import type { FrameworkSummary } from "@openaims/core";
import { useQuery } from "@tanstack/react-query";
import { Link, useParams } from "react-router";
import { PageHeader } from "../../components/page-header";
import { LoadStatus } from "../../components/query-state";
import { EffectiveDates } from "./effective-dates";
import { ExportButtons } from "./export-buttons";
import { FRAMEWORK_KIND_LABELS, frameworkLabel } from "./framework-labels";
import { FRAMEWORKS_LIST_PATH, coveragePath, frameworkPath } from "./framework-paths";
import {
  FRAMEWORKS_KEY,
  exportFramework,
  getFramework,
  useAllFrameworks,
  useAllRequirements,
} from "./frameworks-api";
import { RequirementTreeView } from "./requirement-tree-view";

/** One framework: what it is, whether it is current, its requirement tree and its exports. */
export function FrameworkPage() {
  const ref = useParams().ref ?? "";
  const framework = useQuery({
    queryKey: [...FRAMEWORKS_KEY, ref, "summary"],
    queryFn: ({ signal }) => getFramework(ref, signal),
    staleTime: 5 * 60_000,
  });
  const requirements = useAllRequirements(ref);
  const f = framework.data;

  return (
    <section aria-labelledby="framework-heading">
      <Breadcrumbs mb="sm" aria-label="Breadcrumb">
        <Anchor component={Link} to={FRAMEWORKS_LIST_PATH} size="sm">
          Catalogs
        </Anchor>
        <Text size="sm">{f ? frameworkLabel(f) : ref}</Text>
      </Breadcrumbs>
      <LoadStatus
        isLoading={framework.isLoading}
        error={framework.error}
        onRetry={() => void framework.refetch()}
        what="framework"
      />
      {f ? (
        <Stack gap="lg">
          <PageHeader
            title={frameworkLabel(f)}
            order={2}
            id="framework-heading"
            description={f.name}
            actions={
              <Button component={Link} to={coveragePath(f.ref)} variant="light">
                View coverage
              </Button>
            }
          />
          <FrameworkFacts framework={f} />
          <ExportButtons what={frameworkLabel(f)} onExport={(format) => exportFramework(f.ref, format)} />
          <section aria-label="Requirements">
            <LoadStatus
              isLoading={requirements.isLoading}
              error={requirements.error}
              onRetry={() => void requirements.refetch()}
              what="requirements"
            />
            {requirements.data?.isTruncated ? (
              <Alert color="yellow" variant="light" mb="sm">
                Showing the first {requirements.data.items.length} of {requirements.data.total} requirements.
              </Alert>
            ) : null}
            {requirements.data ? <RequirementTreeView requirements={requirements.data.items} /> : null}
          </section>
        </Stack>
      ) : null}
    </section>
  );
}

function Fact({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <Stack gap={2}>
      <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
        {label}
      </Text>
      <div>{children}</div>
    </Stack>
  );
}

function FrameworkFacts({ framework: f }: { framework: FrameworkSummary }) {
  const { labelOf } = useAllFrameworks();
  return (
    <Stack gap="sm">
      {f.supersededBy ? (
        <Alert color="orange" variant="light" title="A newer version replaces this one" role="status">
          This version is superseded by{" "}
          <Anchor component={Link} to={frameworkPath(f.supersededBy)}>
            {labelOf(f.supersededBy)}
          </Anchor>
          . It is kept so that assessments made against it stay readable.
        </Alert>
      ) : null}
      <Paper withBorder p="md" radius="md">
        <SimpleGrid cols={{ base: 2, sm: 3, lg: 6 }} spacing="md">
          <Fact label="Reference">
            <Text size="sm" ff="monospace">
              {f.ref}
            </Text>
          </Fact>
          <Fact label="Kind">
            <Group gap={6}>
              <Text size="sm">{FRAMEWORK_KIND_LABELS[f.kind]}</Text>
              {f.isCustom ? (
                <Badge size="sm" variant="light" color="grape" tt="none">
                  Custom
                </Badge>
              ) : null}
            </Group>
          </Fact>
          <Fact label="Publisher">
            <Text size="sm">{f.publisher}</Text>
          </Fact>
          <Fact label="Jurisdiction">
            <Text size="sm">{f.jurisdiction ?? "—"}</Text>
          </Fact>
          <Fact label="In force">
            <EffectiveDates from={f.effectiveFrom} to={f.effectiveTo} />
          </Fact>
          <Fact label="Requirements">
            <Text size="sm">
              {f.requirementCount} ({f.assessableCount} assessable)
            </Text>
          </Fact>
        </SimpleGrid>
        <Anchor href={f.url} target="_blank" rel="noreferrer" size="sm" mt="sm" display="inline-block">
          Official text ↗
        </Anchor>
      </Paper>
      {f.notes.length ? (
        <Paper withBorder p="md" radius="md">
          <Text size="sm" fw={600} mb={4}>
            Notes
          </Text>
          <List size="sm" spacing={4}>
            {f.notes.map((n) => (
              <List.Item key={n}>{n}</List.Item>
            ))}
          </List>
        </Paper>
      ) : null}
    </Stack>
  );
}
