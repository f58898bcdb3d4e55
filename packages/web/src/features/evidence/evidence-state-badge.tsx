import { Tooltip } from "@mantine/core";
import type { EvidenceState } from "@openaims/core";
import { StatusBadge } from "../../components/status-badge";
import { EVIDENCE_STATE_LABELS } from "./evidence-labels";

/** Current, expiring, expired or not yet effective, with what that means on hover. */
export function EvidenceStateBadge({ state }: { state: EvidenceState }) {
  const s = EVIDENCE_STATE_LABELS[state];
  return (
    <Tooltip label={s.hint} withArrow>
      <span data-testid="evidence-state" data-state={state}>
        <StatusBadge color={s.color}>{s.label}</StatusBadge>
      </span>
    </Tooltip>
  );
}
