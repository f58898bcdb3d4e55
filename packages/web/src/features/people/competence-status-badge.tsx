import type { CompetenceStatus } from "@openaims/core";
import { StatusBadge } from "../../components/status-badge";
import { COMPETENCE_STATUS_LABELS } from "./people-values";

/** Met, expiring, expired or missing, coloured; `detail` adds e.g. the expiry date. */
export function CompetenceStatusBadge({ status, detail }: { status: CompetenceStatus; detail?: string }) {
  const { label, color } = COMPETENCE_STATUS_LABELS[status];
  return (
    <span data-testid="competence-status" data-status={status}>
      <StatusBadge color={color}>{detail ? `${label} · ${detail}` : label}</StatusBadge>
    </span>
  );
}
