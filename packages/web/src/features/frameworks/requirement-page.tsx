import { Anchor, Breadcrumbs, Group, List, Paper, Stack, Text, Title } from "@mantine/core";
import { useQuery } from "@tanstack/react-query";
import { useMemo, type ReactNode } from "react";
import { Link, useParams } from "react-router";
import { PageHeader } from "../../components/page-header";
import { LoadStatus } from "../../components/query-state";
import { CoverageSources, CoverageStatusBadge } from "../coverage/coverage-sources";
import { useFrameworkCoverage } from "../coverage/coverage-api";
import { formatCatalogDate } from "./framework-labels";
import { FRAMEWORKS_LIST_PATH, coveragePath, frameworkPath, requirementPath } from "./framework-paths";
import { FRAMEWORKS_KEY, getRequirement, useAllFrameworks, useAllRequirements } from "./frameworks-api";
import { AssessableMark, KindBadge, RequirementTags } from "./requirement-badges";
import { RequirementControls } from "./requirement-controls";
import { RequirementMappings } from "./requirement-mappings";
import { ancestorsOf, buildRequirementTree } from "./requirement-tree";

function Section({ title, children, testId }: { title: string; children: ReactNode; testId?: string }) {
  return (
    <section aria-label={title} data-testid={testId}>
      <Title order={3} size="h4" mb="sm">
        {title}
      </Title>
      {children}
    </section>
  );
}

/** One requirement: what it asks, its place in the tree, its mappings, controls and coverage. */
export function RequirementPage() {
  const params = useParams();
  const ref = params.ref ?? "";
  const id = params.requirementId ?? "";
  const frameworks = useAllFrameworks();
  const detail = useQuery({
    queryKey: [...FRAMEWORKS_KEY, ref, "requirement", id],
    queryFn: ({ signal }) => getRequirement(ref, id, signal),
    staleTime: 5 * 60_000,
  });
  const all = useAllRequirements(ref);
  const tree = useMemo(() => buildRequirementTree(all.data?.items ?? []), [all.data]);
  const coverage = useFrameworkCoverage(detail.data ? ref : null);
  const r = detail.data;
  const own = coverage.data?.items.find((c) => c.key === r?.key);

  return (
    <section aria-labelledby="requirement-heading">
      <Breadcrumbs mb="sm" aria-label="Breadcrumb" separatorMargin={6} style={{ flexWrap: "wrap" }}>
        <Anchor component={Link} to={FRAMEWORKS_LIST_PATH} size="sm">
          Catalogs
        </Anchor>
        <Anchor component={Link} to={frameworkPath(ref)} size="sm">
          {frameworks.labelOf(ref)}
        </Anchor>
        {ancestorsOf(tree, id).map((a) => (
          <Anchor key={a.id} component={Link} to={requirementPath(ref, a.id)} size="sm" ff="monospace">
            {a.id}
          </Anchor>
        ))}
        <Text size="sm" ff="monospace">
          {id}
        </Text>
      </Breadcrumbs>
      <LoadStatus
        isLoading={detail.isLoading}
        error={detail.error}
        onRetry={() => void detail.refetch()}
        what="requirement"
      />
      {r ? (
        <Stack gap="xl">
          <div>
            <PageHeader title={`${r.id} ${r.title}`} order={2} id="requirement-heading" />
            <Group gap="xs" mt={-8} mb="sm">
              <KindBadge kind={r.kind} />
              <AssessableMark assessable={r.assessable} />
              {own ? <CoverageStatusBadge status={own.status} /> : null}
              {r.citation ? (
                <Text size="xs" c="dimmed">
                  {r.citation}
                </Text>
              ) : null}
              {r.effectiveFrom ? (
                <Text size="xs" c="dimmed">
                  Applies from {formatCatalogDate(r.effectiveFrom)}
                </Text>
              ) : null}
            </Group>
            <Paper withBorder radius="md" p="md">
              <Stack gap="sm">
                <Text>{r.summary}</Text>
                <RequirementTags tags={r.tags} size="sm" />
                {r.parent ? (
                  <Text size="sm">
                    Part of{" "}
                    <Anchor component={Link} to={requirementPath(ref, r.parent)} ff="monospace">
                      {r.parent}
                    </Anchor>{" "}
                    {tree.byId.get(r.parent)?.title ?? ""}
                  </Text>
                ) : null}
              </Stack>
            </Paper>
          </div>
          {r.children.length ? (
            <Section title={`Requirements under ${r.id}`}>
              <List size="sm" spacing={4}>
                {r.children.map((c) => (
                  <List.Item key={c.id}>
                    <Anchor component={Link} to={requirementPath(ref, c.id)} ff="monospace" size="sm">
                      {c.id}
                    </Anchor>{" "}
                    {c.title}
                  </List.Item>
                ))}
              </List>
            </Section>
          ) : null}
          <Section title="Coverage" testId="requirement-coverage">
            <LoadStatus
              isLoading={coverage.isLoading}
              error={coverage.error}
              onRetry={() => void coverage.refetch()}
              what="coverage"
            />
            {own ? (
              <Stack gap="xs">
                <Text size="sm">
                  <CoverageStatusBadge status={own.status} />{" "}
                  {r.assessable ? "" : "This requirement groups others and is not scored itself. "}
                  <Anchor component={Link} to={coveragePath(ref)} size="sm">
                    Coverage of {frameworks.labelOf(ref)}
                  </Anchor>
                </Text>
                <CoverageSources
                  sources={own.sources}
                  sourceCount={own.sourceCount}
                  labelOf={frameworks.labelOf}
                  limitedBy={own.limitedBy}
                />
              </Stack>
            ) : null}
          </Section>
          <Section title="Controls linked here">
            <RequirementControls requirementKey={r.key} />
          </Section>
          <Section title="Mappings to other frameworks" testId="requirement-mappings">
            <RequirementMappings
              requirementId={r.id}
              frameworkRef={ref}
              mappings={r.mappings}
              labelOf={frameworks.labelOf}
            />
          </Section>
        </Stack>
      ) : null}
    </section>
  );
}
