import { Table, Text, ThemeIcon, Timeline } from "@mantine/core";
import type { IntakeRequestView } from "@openaims/core";
import { StatusBadge } from "../../components/status-badge";
import { NOWRAP } from "../../components/table-styles";
import { capitalize, formatDateTime } from "../../lib/format";
import { CheckIcon } from "../shell/icons";
import { useUserNames } from "../users/use-user-names";
import { STEP_STATUS_LABELS } from "./intake-labels";
import { intakeTimeline, lastReachedIndex, type StageState } from "./intake-timeline";

const STAGE_COLOR: Record<StageState, string> = {
  done: "green",
  current: "blue",
  upcoming: "gray",
  failed: "red",
  skipped: "gray",
};

/** Submitted → triage → assessment → approved or rejected → registered, with who and when. */
export function IntakeTimelineView({ request }: { request: IntakeRequestView }) {
  const names = useUserNames();
  const stages = intakeTimeline(request);
  return (
    <Timeline active={lastReachedIndex(stages)} bulletSize={22} lineWidth={2} data-testid="intake-timeline">
      {stages.map((s) => (
        <Timeline.Item
          key={s.key}
          color={STAGE_COLOR[s.state]}
          bullet={
            s.state === "done" ? (
              <ThemeIcon size={22} radius="xl" color="green">
                <CheckIcon size={12} />
              </ThemeIcon>
            ) : undefined
          }
          title={
            <Text
              size="sm"
              fw={600}
              c={s.state === "upcoming" || s.state === "skipped" ? "dimmed" : undefined}
            >
              {s.label}
            </Text>
          }
          data-testid="timeline-stage"
          data-state={s.state}
        >
          {s.at ? (
            <Text size="xs" c="dimmed">
              {formatDateTime(s.at)}
              {s.by ? ` · ${names.nameOf(s.by, "a manager")}` : ""}
            </Text>
          ) : null}
          {s.detail ? <Text size="sm">{s.detail}</Text> : null}
          {s.state === "skipped" ? (
            <Text size="xs" c="dimmed">
              Skipped
            </Text>
          ) : null}
        </Timeline.Item>
      ))}
    </Timeline>
  );
}

/** The approval's steps: who may decide each, what was decided, by whom and why. */
export function ApprovalStepsTable({ request }: { request: IntakeRequestView }) {
  const names = useUserNames();
  const steps = request.approval?.steps ?? [];
  return (
    <Table.ScrollContainer minWidth={560}>
      <Table verticalSpacing="xs" data-testid="approval-steps">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Step</Table.Th>
            <Table.Th>Decided by</Table.Th>
            <Table.Th>Status</Table.Th>
            <Table.Th>When</Table.Th>
            <Table.Th>Comment</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {steps.map((s) => (
            <Table.Tr key={s.position} data-testid="approval-step" data-status={s.status}>
              <Table.Td>
                <Text size="sm" fw={600}>
                  {s.position}. {s.name}
                </Text>
                <Text size="xs" c="dimmed">
                  {s.approverRole
                    ? `Any ${s.approverRole}`
                    : names.nameOf(s.approverUserId, "A named person")}
                </Text>
              </Table.Td>
              <Table.Td>
                <Text size="sm">
                  {s.decidedBy ? names.nameOf(s.decidedBy, capitalize(s.approverRole ?? "approver")) : "—"}
                </Text>
              </Table.Td>
              <Table.Td style={NOWRAP}>
                <StatusBadge color={STEP_STATUS_LABELS[s.status].color}>
                  {STEP_STATUS_LABELS[s.status].label}
                </StatusBadge>
              </Table.Td>
              <Table.Td style={NOWRAP}>
                <Text size="sm">{formatDateTime(s.decidedAt)}</Text>
              </Table.Td>
              <Table.Td>
                <Text size="sm">{s.comment ?? "—"}</Text>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
