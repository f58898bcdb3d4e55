import { List, Paper, Stack, Text, Title } from "@mantine/core";
import type { ApprovalView } from "@openaims/core";
import type { ReactNode } from "react";
import { formatDateTime } from "../lib/format";
import { useUserNames } from "../features/users/use-user-names";
import { StatusBadge } from "./status-badge";

const STEP_COLORS: Record<string, string> = {
  waiting: "gray",
  pending: "yellow",
  approved: "green",
  rejected: "red",
  skipped: "gray",
};

/**
 * The steps of one approval (who approves, in which order, who decided and why), for every page
 * whose record goes through the approval engine. The page adds its own decision buttons as children.
 */
export function ApprovalSteps({
  approval,
  title = "Approval",
  children,
}: {
  approval: ApprovalView;
  title?: string;
  children?: ReactNode;
}) {
  const users = useUserNames();
  return (
    <Paper withBorder radius="md" p="md" data-testid="approval-steps" data-status={approval.status}>
      <Stack gap="xs">
        <Title order={3} size="h5">
          {title}: {approval.status}
        </Title>
        <Text size="sm" c="dimmed">
          Requested by {users.nameOf(approval.requesterId, "someone")} on {formatDateTime(approval.createdAt)}
        </Text>
        <List spacing="xs" listStyleType="none" ml={0}>
          {approval.steps.map((s) => (
            <List.Item key={s.position}>
              <Text size="sm" span fw={500}>
                {s.position}. {s.name}
              </Text>{" "}
              <StatusBadge color={STEP_COLORS[s.status] ?? "gray"}>{s.status}</StatusBadge>
              <Text size="xs" c="dimmed">
                {s.approverUserId
                  ? `Approver: ${users.nameOf(s.approverUserId, "a named person")}`
                  : `Approver: any ${s.approverRole ?? "approver"}`}
                {s.decidedBy
                  ? ` · decided by ${users.nameOf(s.decidedBy, "someone")} on ${formatDateTime(s.decidedAt)}`
                  : ""}
                {s.comment ? ` · “${s.comment}”` : ""}
              </Text>
            </List.Item>
          ))}
        </List>
        {children}
      </Stack>
    </Paper>
  );
}
