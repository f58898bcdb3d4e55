import { Alert, Button, Group, Stack, Table, Text, Title } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { decisionBlocker, type SoaVersionListItem } from "@openaims/core";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { asSentence } from "../../api/errors";
import { ExportButtons } from "../exports/export-buttons";
import { ApprovalSteps } from "../../components/approval-steps";
import { DecisionModal, type Decision } from "../../components/decision-modal";
import { TableStatusRow } from "../../components/query-state";
import { StatusBadge } from "../../components/status-badge";
import { NOWRAP } from "../../components/table-styles";
import { formatDateTime } from "../../lib/format";
import { useCan, useMe } from "../auth/me-context";
import { afterSoaChanged, decideSoaVersion } from "./soa-api";
import { VERSION_STATUS_LABELS } from "./soa-labels";

/** Approve or reject an issued version, or why the signed-in person cannot (the server decides anyway). */
function VersionDecision({ version }: { version: SoaVersionListItem }) {
  const me = useMe();
  const canApprove = useCan("records:approve");
  const queryClient = useQueryClient();
  const [decision, setDecision] = useState<Decision | null>(null);
  const run = useMutation({
    mutationFn: ({ d, comment }: { d: Decision; comment: string }) =>
      decideSoaVersion(version.number, { decision: d, comment }),
    onSuccess: (saved) => {
      afterSoaChanged(queryClient);
      notifications.show({
        color: "green",
        message: `Version ${saved.number} is now ${saved.status.replace("_", " ")}.`,
      });
      setDecision(null);
    },
  });
  if (!version.approval || version.approval.status !== "pending") return null;
  const blocker =
    decisionBlocker(version.approval, { userId: me.user.id, role: me.user.role }) ??
    (canApprove ? null : `your role (${me.user.role}) does not include approving records`);

  function open(d: Decision) {
    run.reset();
    setDecision(d);
  }
  return (
    <>
      {blocker ? (
        <Alert color="gray" variant="light" role="status" data-testid="soa-decision-blocked">
          You cannot decide this step: {asSentence(blocker)}
        </Alert>
      ) : (
        <Group gap="sm">
          <Button color="green" onClick={() => open("approve")}>
            Approve version {version.number}
          </Button>
          <Button color="red" variant="light" onClick={() => open("reject")}>
            Reject
          </Button>
        </Group>
      )}
      <DecisionModal
        decision={decision}
        titles={{
          approve: `Approve version ${version.number}`,
          reject: `Reject version ${version.number}`,
        }}
        isPending={run.isPending}
        error={run.error}
        onDecide={(d, comment) => run.mutate({ d, comment })}
        onClose={() => setDecision(null)}
      />
    </>
  );
}

/** Issued versions of the SoA, the approval of the selected one, and its decision. */
export function SoaVersions({
  versions,
  isLoading,
  error,
  onRetry,
  onCompare,
}: {
  versions: SoaVersionListItem[];
  isLoading: boolean;
  error: unknown;
  onRetry: () => void;
  onCompare: (from: number) => void;
}) {
  const [selected, setSelected] = useState<number | null>(null);
  const current = versions.find((v) => v.number === selected) ?? versions[0];
  return (
    <Stack gap="md" data-testid="soa-versions">
      <Title order={3} size="h4">
        Versions
      </Title>
      <Table verticalSpacing="xs" highlightOnHover>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Version</Table.Th>
            <Table.Th>Status</Table.Th>
            <Table.Th>Issued</Table.Th>
            <Table.Th>Applicable / excluded</Table.Th>
            <Table.Th aria-label="Actions" />
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          <TableStatusRow
            colSpan={5}
            isLoading={isLoading}
            error={error}
            isEmpty={versions.length === 0}
            emptyText="No version issued yet."
            onRetry={onRetry}
          />
          {versions.map((v) => {
            const s = VERSION_STATUS_LABELS[v.status] ?? { label: v.status, color: "gray" };
            return (
              <Table.Tr key={v.number} data-testid={`soa-version-${v.number}`} data-status={v.status}>
                <Table.Td>Version {v.number}</Table.Td>
                <Table.Td style={NOWRAP}>
                  <StatusBadge color={s.color}>{s.label}</StatusBadge>
                </Table.Td>
                <Table.Td style={NOWRAP}>{formatDateTime(v.createdAt)}</Table.Td>
                <Table.Td>
                  {v.summary.applicable} / {v.summary.excluded}
                </Table.Td>
                <Table.Td style={NOWRAP}>
                  <Group gap="xs">
                    <Button size="xs" variant="subtle" onClick={() => setSelected(v.number)}>
                      Approval
                    </Button>
                    <Button size="xs" variant="subtle" onClick={() => onCompare(v.number)}>
                      Compare
                    </Button>
                    <ExportButtons
                      url="/api/v1/soa/export"
                      formats={["xlsx", "pdf"]}
                      label={`version ${v.number} of the Statement of Applicability`}
                      query={{ version: v.number }}
                    />
                  </Group>
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
      {current?.approval ? (
        <ApprovalSteps approval={current.approval} title={`Version ${current.number}`}>
          {current.note ? <Text size="sm">Note: {current.note}</Text> : null}
          <VersionDecision version={current} />
        </ApprovalSteps>
      ) : null}
    </Stack>
  );
}
