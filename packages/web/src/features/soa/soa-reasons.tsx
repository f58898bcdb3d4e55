import { Anchor, List, Text } from "@mantine/core";
import type { SoaEntryView, SoaReason } from "@openaims/core";
import { Link } from "react-router";
import { REASON_KIND_LABELS } from "./soa-labels";
import { shortRef } from "./soa-values";

/** What an interested party requires, shortened for a table cell (the full text is on hover). */
const REQUIREMENT_SHOWN = 120;
const shortened = (text: string) =>
  text.length > REQUIREMENT_SHOWN ? `${text.slice(0, REQUIREMENT_SHOWN - 1)}…` : text;

/**
 * One justification: risk keys link to the risk, laws show their article and title, interested
 * parties (ISO/IEC 42001 4.2) link to the party and say what its requirements ask for.
 */
export function ReasonText({ reason, risks }: { reason: SoaReason; risks: SoaEntryView["risks"] }) {
  const risk = reason.kind === "risk_treatment" ? risks.find((r) => r.key === reason.ref) : undefined;
  if (reason.kind === "interested_party")
    return (
      <Text size="sm" span title={reason.note || undefined} data-testid="soa-reason" data-kind={reason.kind}>
        <Text span size="xs" c="dimmed">
          {REASON_KIND_LABELS[reason.kind]}:{" "}
        </Text>
        <Anchor
          component={Link}
          to={`/context/parties?q=${encodeURIComponent(reason.ref)}`}
          size="sm"
          ff="monospace"
        >
          {reason.ref}
        </Anchor>
        {reason.label ? ` ${reason.label}` : null}
        {reason.note ? (
          <Text span size="xs" c="dimmed">
            {" "}
            requires: {shortened(reason.note)}
          </Text>
        ) : null}
      </Text>
    );
  return (
    <Text size="sm" span title={reason.note || undefined} data-testid="soa-reason" data-kind={reason.kind}>
      <Text span size="xs" c="dimmed">
        {REASON_KIND_LABELS[reason.kind]}:{" "}
      </Text>
      {risk ? (
        <Anchor component={Link} to={`/risks/${encodeURIComponent(risk.id)}`} size="sm" ff="monospace">
          {reason.ref}
        </Anchor>
      ) : reason.kind === "legal" ? (
        <Text span size="sm" title={reason.ref}>
          {reason.label || shortRef(reason.ref)}
        </Text>
      ) : (
        <Text span size="sm">
          {reason.ref}
        </Text>
      )}
      {reason.kind === "risk_treatment" && reason.label ? ` ${reason.label}` : null}
      {reason.kind === "business" && reason.label ? ` — ${reason.label}` : null}
    </Text>
  );
}

/** The reasons of an entry, at most `max` shown with a count of the rest. */
export function ReasonList({ entry, max = 4 }: { entry: SoaEntryView; max?: number }) {
  if (entry.reasons.length === 0)
    return (
      <Text size="sm" c="dimmed">
        —
      </Text>
    );
  const shown = entry.reasons.slice(0, max);
  const more = entry.reasons.length - shown.length;
  return (
    <List size="sm" spacing={2} listStyleType="none" ml={0}>
      {shown.map((r) => (
        <List.Item key={`${r.kind}:${r.ref}`}>
          <ReasonText reason={r} risks={entry.risks} />
        </List.Item>
      ))}
      {more > 0 ? (
        <List.Item>
          <Text size="xs" c="dimmed">
            and {more} more
          </Text>
        </List.Item>
      ) : null}
    </List>
  );
}
