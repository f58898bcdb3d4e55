import { Badge, Group, Progress, Text } from "@mantine/core";
import type { Objective } from "@openaims/core";
import type { ObjectiveStatus } from "./objective-values";

export const OBJECTIVE_STATUS_LABELS: Record<ObjectiveStatus, { label: string; color: string }> = {
  not_started: { label: "Not started", color: "gray" },
  on_track: { label: "On track", color: "blue" },
  at_risk: { label: "At risk", color: "orange" },
  achieved: { label: "Achieved", color: "green" },
  missed: { label: "Missed", color: "red" },
  cancelled: { label: "Cancelled", color: "gray" },
};

/** "6 of 2 incidents (from 10)": the current value against the target. */
export function measureText(o: Pick<Objective, "currentValue" | "target" | "baseline" | "unit">): string {
  const unit = o.unit ? ` ${o.unit}` : "";
  const from = o.baseline === null ? "" : ` (from ${o.baseline})`;
  return o.currentValue === null
    ? `Target ${o.target}${unit}${from}`
    : `${o.currentValue} → ${o.target}${unit}${from}`;
}

/** The progress share the server computed, as a bar; "Overdue" when the due date has passed. */
export function ObjectiveProgress({
  objective,
  width = 140,
}: {
  objective: Objective;
  width?: number | string;
}) {
  const { share, isOverdue } = objective.progress;
  const percent = share === null ? null : Math.round(share * 100);
  return (
    <Group gap="xs" wrap="nowrap" data-testid="objective-progress" data-share={share ?? ""}>
      {percent === null ? (
        <Text size="sm" c="dimmed">
          No value yet
        </Text>
      ) : (
        <>
          <Progress
            value={percent}
            color={percent >= 100 ? "green" : isOverdue ? "red" : "blue"}
            w={width}
            aria-label={`${percent}% of the way to the target`}
          />
          <Text size="sm" style={{ whiteSpace: "nowrap" }}>
            {percent}%
          </Text>
        </>
      )}
      {isOverdue ? (
        <Badge color="red" variant="light" tt="none">
          Overdue
        </Badge>
      ) : null}
    </Group>
  );
}
