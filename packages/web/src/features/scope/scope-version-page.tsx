import { Alert, Anchor, Breadcrumbs, Button, Group, Stack, Text } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { Link, useParams } from "react-router";
import { asSentence } from "../../api/errors";
import { ConfirmModal } from "../../components/confirm-modal";
import { PageHeader } from "../../components/page-header";
import { LoadStatus } from "../../components/query-state";
import { StatusBadge } from "../../components/status-badge";
import { handleVersionConflict } from "../../lib/conflict";
import { useCan, useMe } from "../auth/me-context";
import { SCOPE_KEY, SCOPE_PATH, approveScopeVersion, getScopeVersion, scopeComparePath } from "./scope-api";
import { ScopeForm } from "./scope-form";
import { SCOPE_STATUS_LABELS, scopeApprovalBlocker } from "./scope-values";
import { ScopeView } from "./scope-view";
import { useCurrentScope } from "./use-current-scope";

/** A scope version (`/context/scope/:id`): read it, edit it while a draft, approve it (another manager). */
export function ScopeVersionPage() {
  const id = useParams().id ?? "";
  const me = useMe();
  const canWrite = useCan("records:write");
  const canApprove = useCan("records:approve");
  const queryClient = useQueryClient();
  const [confirming, setConfirming] = useState(false);
  const current = useCurrentScope();
  const version = useQuery({
    queryKey: [...SCOPE_KEY, "detail", id],
    queryFn: ({ signal }) => getScopeVersion(id, signal),
  });
  const v = version.data;
  const approve = useMutation({
    mutationFn: () => approveScopeVersion(v!.id, v!.version),
    onSuccess: (saved) => {
      queryClient.setQueryData([...SCOPE_KEY, "detail", saved.id], saved);
      void queryClient.invalidateQueries({ queryKey: SCOPE_KEY });
      notifications.show({
        color: "green",
        message: `Approved scope version ${saved.number}; it is now in force.`,
      });
      setConfirming(false);
    },
    onError: (error) => {
      if (handleVersionConflict(error, queryClient, SCOPE_KEY, "scope version")) setConfirming(false);
    },
  });
  const blocker = v ? scopeApprovalBlocker(v, { userId: me.user.id, canApprove }) : null;
  const approved = current.data;

  return (
    <section aria-labelledby="scope-version-heading">
      <Breadcrumbs mb="sm" aria-label="Breadcrumb">
        <Anchor component={Link} to={SCOPE_PATH} size="sm">
          Scope
        </Anchor>
        <Text size="sm">{v ? `Version ${v.number}` : "…"}</Text>
      </Breadcrumbs>
      <LoadStatus
        isLoading={version.isLoading}
        error={version.error}
        onRetry={() => void version.refetch()}
        what="scope version"
      />
      {v ? (
        <Stack gap="md">
          <PageHeader
            title={`Scope version ${v.number}`}
            order={2}
            id="scope-version-heading"
            actions={
              <Group gap="xs">
                <StatusBadge color={SCOPE_STATUS_LABELS[v.status].color}>
                  <span data-testid="scope-status" data-status={v.status}>
                    {SCOPE_STATUS_LABELS[v.status].label}
                  </span>
                </StatusBadge>
                {approved && approved.id !== v.id ? (
                  <Button component={Link} to={scopeComparePath(approved.id, v.id)} variant="default">
                    Compare with version {approved.number} in force
                  </Button>
                ) : null}
              </Group>
            }
          />
          {v.status === "draft" ? (
            blocker ? (
              <Alert color="gray" variant="light" role="status" data-testid="scope-approval-blocked">
                You cannot approve this draft: {asSentence(blocker)}
              </Alert>
            ) : (
              <Alert color="blue" variant="light" title="Ready for your review">
                <Group justify="space-between" wrap="wrap">
                  <Text size="sm">
                    Approving puts this version in force
                    {approved ? ` and supersedes version ${approved.number}` : ""}.
                  </Text>
                  <Button color="green" onClick={() => setConfirming(true)}>
                    Approve version {v.number}
                  </Button>
                </Group>
              </Alert>
            )
          ) : null}
          {v.status === "draft" && canWrite ? (
            <ScopeForm key={`${v.id}@${v.version}`} version={v} />
          ) : (
            <ScopeView version={v} />
          )}
          <ConfirmModal
            opened={confirming}
            title={`Approve scope version ${v.number}?`}
            confirmLabel="Approve"
            color="green"
            isPending={approve.isPending}
            error={approve.error}
            onConfirm={() => approve.mutate()}
            onClose={() => setConfirming(false)}
          >
            You approve the version as you see it now (version {v.version} of the draft). If someone edits it
            meanwhile, the approval is refused and you review it again.
          </ConfirmModal>
        </Stack>
      ) : null}
    </section>
  );
}
