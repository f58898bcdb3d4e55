import { Alert, Anchor, Button, Checkbox, Group, List, Paper, Stack, Text, Title } from "@mantine/core";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { Link } from "react-router";
import { FormAlert } from "../../components/form-alert";
import { PageHeader } from "../../components/page-header";
import { LoadStatus } from "../../components/query-state";
import { useCan } from "../auth/me-context";
import { useAllFrameworks } from "../frameworks/frameworks-api";
import { controlPath } from "./control-paths";
import {
  TEMPLATES_KEY,
  adoptTemplates,
  invalidateControlData,
  listTemplates,
  type AdoptResult,
} from "./controls-api";
import { TemplateCard } from "./template-card";
import {
  adoptSummary,
  groupSelection,
  groupTemplatesByCategory,
  toggleGroup,
  toggleTemplate,
} from "./templates";

/** Controls → Starter library: AI controls to copy into the library, with evidence examples and links. */
export function StarterLibraryPage() {
  const canAdopt = useCan("records:write");
  const queryClient = useQueryClient();
  const frameworks = useAllFrameworks();
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const templates = useQuery({ queryKey: TEMPLATES_KEY, queryFn: ({ signal }) => listTemplates(signal) });
  const groups = groupTemplatesByCategory(templates.data?.items ?? []);
  const adoptedCount = (templates.data?.items ?? []).filter((t) => t.adoptedAs).length;

  const adopt = useMutation({
    mutationFn: () => adoptTemplates([...selected]),
    onSuccess: () => {
      setSelected(new Set());
      invalidateControlData(queryClient);
    },
  });

  return (
    <section aria-labelledby="starter-heading">
      <PageHeader
        title="Starter library"
        order={2}
        id="starter-heading"
        description="Seventy AI controls covering every ISO/IEC 42001 Annex A control and the management-system clauses. Adopting one copies it into your library as “not started”, with its requirement links; edit it freely afterwards."
      />
      <LoadStatus
        isLoading={templates.isLoading}
        error={templates.error}
        onRetry={() => void templates.refetch()}
        what="starter library"
      />
      {templates.data ? (
        <Stack gap="lg">
          <Paper
            withBorder
            radius="md"
            p="sm"
            pos="sticky"
            top={60}
            style={{ zIndex: 3 }}
            data-testid="adopt-bar"
          >
            <Group justify="space-between" wrap="wrap" gap="sm">
              <Text size="sm">
                {templates.data.total} templates, {adoptedCount} adopted.{" "}
                {canAdopt ? `${selected.size} selected.` : "Your role cannot adopt templates."}
              </Text>
              {canAdopt ? (
                <Group gap="xs">
                  <Button
                    variant="default"
                    disabled={selected.size === 0}
                    onClick={() => setSelected(new Set())}
                  >
                    Clear selection
                  </Button>
                  <Button
                    disabled={selected.size === 0}
                    loading={adopt.isPending}
                    onClick={() => adopt.mutate()}
                  >
                    Adopt selected ({selected.size})
                  </Button>
                </Group>
              ) : null}
            </Group>
          </Paper>
          {adopt.isError ? <FormAlert error={adopt.error} title="Nothing was adopted" /> : null}
          {adopt.isSuccess ? <AdoptOutcome result={adopt.data} onClose={() => adopt.reset()} /> : null}
          {groups.map((group) => {
            const state = groupSelection(selected, group);
            const open = group.templates.filter((t) => !t.adoptedAs).length;
            return (
              <section key={group.category} aria-labelledby={`category-${group.category}`}>
                <Group gap="sm" mb="xs">
                  {canAdopt ? (
                    <Checkbox
                      aria-label={`Select every template of ${group.label}`}
                      checked={state === "all"}
                      indeterminate={state === "some"}
                      disabled={open === 0}
                      onChange={() => setSelected((s) => toggleGroup(s, group))}
                    />
                  ) : null}
                  <Title order={3} size="h4" id={`category-${group.category}`}>
                    {group.label}
                  </Title>
                  <Text size="sm" c="dimmed">
                    {group.templates.length} templates
                    {open < group.templates.length ? `, ${group.templates.length - open} adopted` : ""}
                  </Text>
                </Group>
                <Stack gap="xs">
                  {group.templates.map((t) => (
                    <TemplateCard
                      key={t.code}
                      template={t}
                      isSelected={selected.has(t.code)}
                      canSelect={canAdopt}
                      onToggle={() => setSelected((s) => toggleTemplate(s, t))}
                      labelOf={frameworks.labelOf}
                    />
                  ))}
                </Stack>
              </section>
            );
          })}
        </Stack>
      ) : null}
    </section>
  );
}

function AdoptOutcome({ result, onClose }: { result: AdoptResult; onClose: () => void }) {
  return (
    <Alert
      color={result.adopted.length ? "green" : "yellow"}
      variant="light"
      title={adoptSummary(result)}
      role="status"
      withCloseButton
      onClose={onClose}
      closeButtonLabel="Dismiss"
      data-testid="adopt-result"
    >
      {result.adopted.length ? (
        <List size="sm" spacing={2}>
          {result.adopted.map((c) => (
            <List.Item key={c.id}>
              <Anchor component={Link} to={controlPath(c.id)} ff="monospace" size="sm">
                {c.code}
              </Anchor>{" "}
              {c.title} — now in your library as “not started”
            </List.Item>
          ))}
        </List>
      ) : null}
      {result.skipped.length ? (
        <List size="sm" spacing={2} mt={result.adopted.length ? "xs" : 0}>
          {result.skipped.map((s) => (
            <List.Item key={s.code}>
              <Text span ff="monospace" size="sm">
                {s.code}
              </Text>{" "}
              skipped: {s.reason}
            </List.Item>
          ))}
        </List>
      ) : null}
    </Alert>
  );
}
