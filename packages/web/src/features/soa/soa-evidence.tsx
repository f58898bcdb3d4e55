/**
 * Evidence of an SoA entry (ISO/IEC 42001 7.5.3, 9.1): linked to the Annex A requirement itself or
 * to the organization's controls implementing it, each with where it stands today.
 */
import { Alert, Anchor, Group, List, Stack, Text } from "@mantine/core";
import { Link } from "react-router";
import { soaEvidenceStanding, type SoaEntryView, type SoaView } from "@openaims/core";
import { StatusBadge } from "../../components/status-badge";
import { evidencePath } from "../evidence/evidence-labels";
import { EVIDENCE_STATE_LABELS } from "./soa-labels";
import { evidenceDetail, evidenceTally } from "./soa-values";

/** Each evidence item of an entry with its state badge, dates and routes (in the entry's panel). */
export function SoaEvidenceList({ entry }: { entry: SoaEntryView }) {
  if (entry.evidence.length === 0)
    return (
      <Text size="sm" c="dimmed" data-testid="soa-evidence">
        No evidence is linked to {entry.controlId} or to the controls implementing it.
      </Text>
    );
  const stale = soaEvidenceStanding(entry.evidence) === "stale";
  return (
    <Stack gap={6} data-testid="soa-evidence">
      {stale && entry.implementationStatus === "implemented" ? (
        <Text size="sm" c="red">
          Marked implemented, but none of this evidence counts today.
        </Text>
      ) : null}
      {entry.evidence.map((e) => {
        const state = EVIDENCE_STATE_LABELS[e.state];
        return (
          <div key={e.id} data-testid="soa-evidence-item" data-state={e.state}>
            <Group gap={6} wrap="nowrap" align="center">
              <StatusBadge color={state.color}>{state.label}</StatusBadge>
              <Anchor component={Link} to={evidencePath(e.id)} size="sm" ff="monospace" fw={600}>
                {e.key}
              </Anchor>
              <Text size="sm" lineClamp={1}>
                {e.title}
              </Text>
            </Group>
            <Text size="xs" c="dimmed">
              {evidenceDetail(e, entry.controlId)}
            </Text>
          </div>
        );
      })}
    </Stack>
  );
}

/** A table cell: how many items count, and a stale badge when some do not. */
export function SoaEvidenceCell({ entry }: { entry: SoaEntryView }) {
  if (entry.evidence.length === 0)
    return (
      <Text size="sm" c="dimmed">
        —
      </Text>
    );
  const { counting, stale } = evidenceTally(entry.evidence);
  return (
    <Stack gap={2} align="flex-start" data-testid={`soa-evidence-cell-${entry.controlId}`}>
      {counting > 0 ? <StatusBadge color="green">{counting} counting</StatusBadge> : null}
      {stale > 0 ? <StatusBadge color="red">{stale} stale</StatusBadge> : null}
    </Stack>
  );
}

/** Warnings that do not block issuing: implemented controls whose evidence is all stale. */
export function SoaWarnings({ warnings }: { warnings: SoaView["warnings"] }) {
  if (warnings.length === 0) return null;
  return (
    <Alert color="orange" variant="light" title="Stale evidence" mb="md" data-testid="soa-warnings">
      <Text size="sm">
        These controls are marked implemented but none of their evidence counts today. This does not block
        issuing; renew or link current evidence.
      </Text>
      <List size="sm" mt="xs" spacing={2}>
        {warnings.slice(0, 12).map((w) => (
          <List.Item key={w.controlKey}>{w.message}</List.Item>
        ))}
        {warnings.length > 12 ? <List.Item>and {warnings.length - 12} more</List.Item> : null}
      </List>
    </Alert>
  );
}
