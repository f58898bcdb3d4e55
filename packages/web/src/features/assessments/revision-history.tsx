import { Anchor, List, Paper, Text, Title } from "@mantine/core";
import type { ImpactAssessmentView, TemplateId } from "@openaims/core";
import { useQuery } from "@tanstack/react-query";
import { Link } from "react-router";
import { StatusBadge } from "../../components/status-badge";
import { formatDate } from "../../lib/format";
import { STATUS_LABELS, assessmentPath } from "./assessment-labels";
import { ASSESSMENTS_KEY, listAssessments } from "./assessments-api";

/** The other revisions of the same template for the same system (ISO/IEC 42001 7.5.3 versions). */
export function RevisionHistory({ assessment: a }: { assessment: ImpactAssessmentView }) {
  const query = {
    limit: 50,
    offset: 0,
    aiSystemId: a.aiSystem.id,
    templateId: a.templateId as TemplateId,
    sort: "key" as const,
    order: "desc" as const,
  };
  const list = useQuery({
    queryKey: [...ASSESSMENTS_KEY, "list", query],
    queryFn: ({ signal }) => listAssessments(query, signal),
  });
  const others = (list.data?.items ?? []).filter((x) => x.id !== a.id);
  return (
    <Paper withBorder radius="md" p="md" data-testid="revision-history">
      <Title order={3} size="h5" mb="xs">
        Revisions
      </Title>
      {others.length === 0 ? (
        <Text size="sm" c="dimmed">
          This is the only revision.
        </Text>
      ) : (
        <List size="sm" spacing={4} listStyleType="none" ml={0}>
          {others.map((x) => (
            <List.Item key={x.id}>
              <Anchor component={Link} to={assessmentPath(x.id)} size="sm" ff="monospace">
                {x.key}
              </Anchor>{" "}
              revision {x.revision}{" "}
              <StatusBadge color={STATUS_LABELS[x.status].color}>{STATUS_LABELS[x.status].label}</StatusBadge>
              {x.approvedAt ? ` approved ${formatDate(x.approvedAt)}` : ""}
            </List.Item>
          ))}
        </List>
      )}
    </Paper>
  );
}
