import { Alert, Anchor, Badge, Group, List, Loader, Paper, Stack, Text, Title } from "@mantine/core";
import { useDebouncedValue } from "@mantine/hooks";
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { Link } from "react-router";
import { messageOf } from "../../api/errors";
import { useFrameworkLabel } from "../inventory/classification-details";
import { classifyAiSystem, findSimilarSystems, type ClassificationResult } from "../inventory/inventory-api";
import { systemPath } from "../inventory/inventory-paths";
import { RiskClassBadge } from "../inventory/risk-class-badge";
import { canLookForSimilar, classifyBody, similarQueryOf, type IntakeDraft } from "./intake-draft";
import { intakeRequestPath } from "./intake-paths";

/** Routine EU findings (scope, role, literacy, the class itself) that say nothing new while answering. */
const ROUTINE = /^eu\.(scope|role\.|ai_literacy|risk_class)/;

/** The EU AI Act findings worth showing while the person answers. */
export function keyFindings(c: ClassificationResult): ClassificationResult["notes"] {
  const eu = c.frameworks.find((f) => f.frameworkRef.startsWith("eu-ai-act:"));
  return (eu?.findings ?? []).filter((f) => !ROUTINE.test(f.code));
}

/** The classification of the answers so far, asked again half a second after each change. */
export function LiveClassification({ draft }: { draft: IntakeDraft }) {
  const labelOf = useFrameworkLabel();
  const [body] = useDebouncedValue(JSON.stringify(classifyBody(draft)), 500);
  const result = useQuery({
    queryKey: ["classify", body],
    queryFn: ({ signal }) => classifyAiSystem(JSON.parse(body), signal),
    placeholderData: keepPreviousData,
    staleTime: Infinity,
  });
  const c = result.data;
  const findings = c ? keyFindings(c) : [];
  return (
    <Paper
      withBorder
      radius="md"
      p="md"
      data-testid="live-classification"
      aria-labelledby="live-classification-heading"
    >
      <Group justify="space-between" mb="xs">
        <Title order={2} size="h5" id="live-classification-heading">
          Classification so far
        </Title>
        {result.isFetching ? <Loader size="xs" aria-label="Classifying" /> : null}
      </Group>
      {result.error ? (
        <Alert color="red" variant="light" title="Could not classify">
          {messageOf(result.error)}
        </Alert>
      ) : null}
      {c ? (
        <Stack gap="xs" aria-live="polite">
          <Group gap="xs">
            <Text size="sm">EU AI Act:</Text>
            <RiskClassBadge value={c.euRiskClass} size="lg" />
            {c.euRoles.map((r) => (
              <Badge key={r} variant="outline" color="gray" tt="none">
                {r}
              </Badge>
            ))}
          </Group>
          {findings.length ? (
            <List size="sm" spacing={4} data-testid="live-findings">
              {findings.map((f) => (
                <List.Item key={f.code}>
                  {f.conclusion}{" "}
                  <Text span size="xs" c="dimmed">
                    ({f.provision})
                  </Text>
                </List.Item>
              ))}
            </List>
          ) : null}
          <Text size="sm">
            <Text span fw={600}>
              Applies:
            </Text>{" "}
            {c.frameworks.map((f) => labelOf(f.frameworkRef)).join(", ")}
          </Text>
          {c.notes.length ? (
            <Text size="xs" c="dimmed">
              To check: {c.notes.map((n) => n.conclusion).join("; ")}
            </Text>
          ) : null}
          <Text size="xs" c="dimmed">
            A screening aid from your answers, not legal advice. Nothing is stored until you submit.
          </Text>
        </Stack>
      ) : result.isLoading ? (
        <Loader size="sm" aria-label="Classifying" />
      ) : null}
    </Paper>
  );
}

/** Existing systems and open requests that look like this one, so the same tool is not registered twice. */
export function SimilarSystems({ draft }: { draft: IntakeDraft }) {
  const [body] = useDebouncedValue(JSON.stringify(similarQueryOf(draft)), 500);
  const query = JSON.parse(body) as ReturnType<typeof similarQueryOf>;
  const enabled = canLookForSimilar(query);
  const result = useQuery({
    queryKey: ["similar", body],
    queryFn: ({ signal }) => findSimilarSystems(query, signal),
    enabled,
    placeholderData: keepPreviousData,
    staleTime: 30_000,
  });
  const items = enabled ? (result.data?.items ?? []) : [];
  if (!enabled) return null;
  if (items.length === 0)
    return (
      <Text size="sm" c="dimmed" data-testid="no-similar">
        {result.isFetching ? "Looking for similar systems…" : "No similar system or request found."}
      </Text>
    );
  return (
    <Alert color="yellow" variant="light" title="Similar systems already exist" data-testid="similar-systems">
      <Text size="sm" mb={4}>
        Check that this is not one of these before you submit:
      </Text>
      <List size="sm" spacing={4}>
        {items.map((s) => (
          <List.Item key={s.id}>
            <Anchor
              component={Link}
              to={s.kind === "ai_system" ? systemPath(s.id) : intakeRequestPath(s.id)}
              size="sm"
              target="_blank"
            >
              {s.key} {s.name}
            </Anchor>{" "}
            <Text span size="xs" c="dimmed">
              {s.kind === "ai_system" ? "in the inventory" : "requested"}, {Math.round(s.score * 100)}% alike
            </Text>
          </List.Item>
        ))}
      </List>
    </Alert>
  );
}
