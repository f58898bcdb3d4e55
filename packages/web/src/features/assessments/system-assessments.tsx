import { Anchor, Button, Group, List, Paper, Stack, Text, Title } from "@mantine/core";
import { impactAssessmentTemplate, type AiSystemView } from "@openaims/core";
import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { Link } from "react-router";
import { StatusBadge } from "../../components/status-badge";
import { formatDate } from "../../lib/format";
import { useCan } from "../auth/me-context";
import { STATUS_LABELS, assessmentPath } from "./assessment-labels";
import { ASSESSMENTS_KEY, listAssessments } from "./assessments-api";
import { NewAssessmentModal, useRequiredTemplates } from "./new-assessment-modal";

/** The AI system page's "Impact assessments" section: what the system needs and what exists. */
export function SystemAssessments({ system }: { system: AiSystemView }) {
  const canWrite = useCan("records:write");
  const [creating, setCreating] = useState(false);
  const required = useRequiredTemplates(system.id);
  const query = { limit: 50, offset: 0, aiSystemId: system.id, sort: "key" as const, order: "desc" as const };
  const list = useQuery({
    queryKey: [...ASSESSMENTS_KEY, "list", query],
    queryFn: ({ signal }) => listAssessments(query, signal),
  });
  const items = list.data?.items ?? [];
  const current = (templateId: string) =>
    items.find((a) => a.templateId === templateId && a.status !== "superseded");
  return (
    <Paper withBorder radius="md" p="md" mt="lg" data-testid="system-assessments">
      <Stack gap="sm">
        <Group justify="space-between">
          <Title order={3} size="h4">
            Impact assessments
          </Title>
          {canWrite ? (
            <Button size="xs" onClick={() => setCreating(true)}>
              Start an assessment
            </Button>
          ) : null}
        </Group>
        <Text size="sm" c="dimmed">
          Required for this system:
        </Text>
        <List size="sm" spacing={4} data-testid="required-templates">
          {required.map((r) => {
            const a = current(r.templateId);
            return (
              <List.Item key={r.templateId}>
                {impactAssessmentTemplate(r.templateId).title} ({r.provision}):{" "}
                {a ? (
                  <>
                    <Anchor component={Link} to={assessmentPath(a.id)} size="sm" ff="monospace">
                      {a.key}
                    </Anchor>{" "}
                    <StatusBadge color={STATUS_LABELS[a.status].color}>
                      {STATUS_LABELS[a.status].label}
                    </StatusBadge>
                    {a.dueReason ? <StatusBadge color="orange">due again</StatusBadge> : null}
                    {a.validUntil ? ` valid until ${formatDate(a.validUntil)}` : ""}
                  </>
                ) : (
                  <Text span c="orange" size="sm">
                    not started
                  </Text>
                )}
              </List.Item>
            );
          })}
        </List>
        {items.length ? (
          <Anchor component={Link} to={`/assessments?aiSystemId=${system.id}`} size="sm">
            All {list.data?.total ?? items.length} assessment(s) of this system
          </Anchor>
        ) : null}
      </Stack>
      {creating ? <NewAssessmentModal onClose={() => setCreating(false)} aiSystemId={system.id} /> : null}
    </Paper>
  );
}
