import { Button, Group, Modal, Paper, Stack, Text, TextInput } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import type { CampaignCreated, CampaignDetail } from "@openaims/core";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { isApiError } from "../../api/errors";
import { ConfirmModal } from "../../components/confirm-modal";
import { FormAlert } from "../../components/form-alert";
import { useCan } from "../auth/me-context";
import { AcceptModal } from "./accept-modal";
import {
  afterCampaignSaved,
  createCampaignRisk,
  extendCampaign,
  reissueLink,
  revokeCampaign,
} from "./campaigns-api";
import { AskFollowUpsModal } from "./follow-ups";
import { LinkOnce } from "./link-once";

type Dialog = "revoke" | "extend" | "reissue" | "follow-up" | "accept" | null;

/**
 * What can be done with a sent questionnaire now: writers manage its link (revoke, extend, reissue);
 * approvers review it (follow-up questions, acceptance, a risk afterwards).
 */
export function CampaignActions({ c }: { c: CampaignDetail }) {
  const queryClient = useQueryClient();
  const canWrite = useCan("records:write");
  const canApprove = useCan("records:approve");
  const [dialog, setDialog] = useState<Dialog>(null);
  const [reissued, setReissued] = useState<CampaignCreated | null>(null);
  const open = c.status !== "reviewed" && c.status !== "revoked";
  const saved = (d: CampaignDetail) => {
    afterCampaignSaved(queryClient, d);
    setDialog(null);
  };
  const revoke = useMutation({ mutationFn: () => revokeCampaign(c.id, c.version), onSuccess: saved });
  const reissue = useMutation({
    mutationFn: () => reissueLink(c.id, c.version),
    onSuccess: (created) => {
      saved(created.campaign);
      setReissued(created);
    },
  });
  const risk = useMutation({
    mutationFn: () => createCampaignRisk(c.id, c.version),
    onSuccess: (d) => {
      afterCampaignSaved(queryClient, d);
      notifications.show({ color: "green", message: `Risk ${d.risk?.key ?? ""} started.` });
    },
    onError: (e) =>
      notifications.show({ color: "red", message: isApiError(e) ? e.message : "The risk was not started." }),
  });

  const writeActions = canWrite && open;
  const reviewActions = canApprove && c.status === "submitted";
  const riskAction = canApprove && c.status === "reviewed" && !c.riskId;
  if (!writeActions && !reviewActions && !riskAction && !reissued) return null;
  return (
    <Paper withBorder radius="md" p="sm" data-testid="campaign-actions">
      <Group gap="sm" wrap="wrap">
        {reviewActions ? (
          <>
            <Button color="green" onClick={() => setDialog("accept")}>
              Accept…
            </Button>
            <Button variant="light" onClick={() => setDialog("follow-up")}>
              Ask follow-up questions…
            </Button>
          </>
        ) : null}
        {riskAction ? (
          <Button variant="light" onClick={() => risk.mutate()} loading={risk.isPending}>
            Start a risk about this vendor
          </Button>
        ) : null}
        {writeActions ? (
          <>
            <Button variant="default" onClick={() => setDialog("extend")}>
              Extend…
            </Button>
            <Button variant="default" onClick={() => setDialog("reissue")}>
              Reissue link…
            </Button>
            <Button variant="light" color="red" onClick={() => setDialog("revoke")}>
              Revoke link…
            </Button>
          </>
        ) : null}
      </Group>
      <ConfirmModal
        opened={dialog === "revoke"}
        title={`Revoke the link of ${c.key}?`}
        confirmLabel="Revoke link"
        isPending={revoke.isPending}
        error={revoke.error}
        onConfirm={() => revoke.mutate()}
        onClose={() => setDialog(null)}
      >
        The link stops working at once and the questionnaire is closed without review. Answers given so far
        stay here. This cannot be undone: send a new questionnaire if needed.
      </ConfirmModal>
      <ConfirmModal
        opened={dialog === "reissue"}
        title={`A new link for ${c.key}?`}
        confirmLabel="Reissue link"
        color="blue"
        isPending={reissue.isPending}
        error={reissue.error}
        onConfirm={() => reissue.mutate()}
        onClose={() => setDialog(null)}
      >
        For a lost or leaked link: the old link stops working now and the new one is shown once. Answers given
        so far are kept.
      </ConfirmModal>
      <Modal
        opened={reissued !== null}
        onClose={() => setReissued(null)}
        title="New link"
        size="lg"
        centered
        closeOnClickOutside={false}
      >
        {reissued ? (
          <Stack>
            <LinkOnce created={reissued} />
            <Group justify="flex-end">
              <Button onClick={() => setReissued(null)}>I have copied the link</Button>
            </Group>
          </Stack>
        ) : null}
      </Modal>
      {dialog === "extend" ? <ExtendModal c={c} onDone={saved} onClose={() => setDialog(null)} /> : null}
      {dialog === "follow-up" ? <AskFollowUpsModal c={c} onClose={() => setDialog(null)} /> : null}
      {dialog === "accept" ? <AcceptModal c={c} onClose={() => setDialog(null)} /> : null}
    </Paper>
  );
}

/** Moves the link's end (to the end of the chosen day, UTC) and/or the due date. */
function ExtendModal({
  c,
  onDone,
  onClose,
}: {
  c: CampaignDetail;
  onDone: (d: CampaignDetail) => void;
  onClose: () => void;
}) {
  const [until, setUntil] = useState(c.linkExpiresAt.slice(0, 10));
  const [dueOn, setDueOn] = useState(c.dueOn);
  const extend = useMutation({
    mutationFn: () =>
      extendCampaign(c.id, {
        version: c.version,
        ...(until !== c.linkExpiresAt.slice(0, 10) ? { linkExpiresAt: `${until}T23:59:59.000Z` } : {}),
        ...(dueOn !== c.dueOn ? { dueOn } : {}),
      }),
    onSuccess: onDone,
  });
  const fieldErrors = isApiError(extend.error) ? extend.error.fieldErrors : {};
  const unchanged = until === c.linkExpiresAt.slice(0, 10) && dueOn === c.dueOn;
  return (
    <Modal opened onClose={onClose} title={`Extend ${c.key}`} centered>
      <Stack>
        <Text size="sm" c="dimmed">
          Give the vendor more time. The link may work at most 180 days from now and not end before the due
          date.
        </Text>
        <TextInput
          label="Link works until (end of day, UTC)"
          type="date"
          value={until}
          onChange={(e) => setUntil(e.currentTarget.value)}
          error={fieldErrors.linkExpiresAt}
        />
        <TextInput
          label="Due date"
          type="date"
          value={dueOn}
          onChange={(e) => setDueOn(e.currentTarget.value)}
          error={fieldErrors.dueOn}
        />
        {fieldErrors.linkExpiresAt || fieldErrors.dueOn ? null : <FormAlert error={extend.error} />}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            Cancel
          </Button>
          <Button onClick={() => extend.mutate()} loading={extend.isPending} disabled={unchanged}>
            Save
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
