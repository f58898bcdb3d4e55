import { ActionIcon, Anchor, Code, Table, Text, VisuallyHidden } from "@mantine/core";
import type { AuditEvent } from "@openaims/core";
import { Fragment, useState } from "react";
import { TableStatusRow } from "../../components/query-state";
import { NOWRAP } from "../../components/table-styles";
import { formatDateTime } from "../../lib/format";
import { ChevronDownIcon, ChevronRightIcon } from "../shell/icons";
import { eventSubject } from "./audit-diff";
import { AuditEventDetail } from "./audit-event-detail";
import classes from "./audit.module.css";

type Props = {
  events: readonly AuditEvent[];
  status: { isLoading: boolean; error: unknown; onRetry: () => void };
  /** Without these, actors and entities are plain text (the history of one record). */
  onFilterActor?: (actorId: string) => void;
  onFilterEntity?: (entityType: string, entityId: string) => void;
};

const COLUMNS = 7;

/** One page of audit events; each row opens to show its before/after. */
export function AuditTable({ events, status, onFilterActor, onFilterEntity }: Props) {
  const [open, setOpen] = useState<ReadonlySet<number>>(new Set());
  const toggle = (seq: number) =>
    setOpen((s) => {
      const next = new Set(s);
      if (next.has(seq)) next.delete(seq);
      else next.add(seq);
      return next;
    });

  return (
    <Table.ScrollContainer minWidth={900}>
      <Table verticalSpacing="xs" highlightOnHover data-testid="audit-table">
        <Table.Thead>
          <Table.Tr>
            <Table.Th w={44}>
              <VisuallyHidden>Details</VisuallyHidden>
            </Table.Th>
            <Table.Th w={70}>#</Table.Th>
            <Table.Th>When</Table.Th>
            <Table.Th>Actor</Table.Th>
            <Table.Th>Action</Table.Th>
            <Table.Th>Entity</Table.Th>
            <Table.Th>Record</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          <TableStatusRow
            colSpan={COLUMNS}
            isLoading={status.isLoading}
            error={status.error}
            isEmpty={events.length === 0}
            emptyText="No audit event matches these filters."
            onRetry={status.onRetry}
          />
          {events.map((e) => {
            const isOpen = open.has(e.seq);
            const detailId = `audit-event-${e.seq}-detail`;
            return (
              <Fragment key={e.seq}>
                <Table.Tr data-testid="audit-row" data-action={e.action}>
                  <Table.Td>
                    <ActionIcon
                      variant="subtle"
                      color="gray"
                      onClick={() => toggle(e.seq)}
                      aria-expanded={isOpen}
                      aria-controls={isOpen ? detailId : undefined}
                      aria-label={`${isOpen ? "Hide" : "Show"} changes of event ${e.seq}`}
                    >
                      {isOpen ? <ChevronDownIcon /> : <ChevronRightIcon />}
                    </ActionIcon>
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm" ff="monospace">
                      {e.seq}
                    </Text>
                  </Table.Td>
                  <Table.Td style={NOWRAP}>
                    <Text size="sm" title={e.at}>
                      {formatDateTime(e.at)}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    {e.actorId && onFilterActor ? (
                      <Anchor
                        component="button"
                        type="button"
                        size="sm"
                        onClick={() => e.actorId && onFilterActor(e.actorId)}
                        aria-label={`Show events by ${e.actorLabel}`}
                      >
                        {e.actorLabel}
                      </Anchor>
                    ) : (
                      <Text size="sm">{e.actorLabel}</Text>
                    )}
                  </Table.Td>
                  <Table.Td>
                    <Code style={NOWRAP}>{e.action}</Code>
                  </Table.Td>
                  <Table.Td>
                    {e.entityId && onFilterEntity ? (
                      <Anchor
                        component="button"
                        type="button"
                        size="sm"
                        ta="left"
                        onClick={() => e.entityId && onFilterEntity(e.entityType, e.entityId)}
                        aria-label={`Show the history of ${e.entityType} ${e.entityId}`}
                      >
                        {e.entityType}
                        <Text span size="xs" c="dimmed" ff="monospace">
                          {" "}
                          {e.entityId.slice(0, 8)}
                        </Text>
                      </Anchor>
                    ) : (
                      <Text size="sm">{e.entityType}</Text>
                    )}
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm">{eventSubject(e) || "—"}</Text>
                  </Table.Td>
                </Table.Tr>
                {isOpen ? (
                  <Table.Tr className={classes.detailRow} id={detailId}>
                    <Table.Td colSpan={COLUMNS}>
                      <AuditEventDetail event={e} />
                    </Table.Td>
                  </Table.Tr>
                ) : null}
              </Fragment>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
