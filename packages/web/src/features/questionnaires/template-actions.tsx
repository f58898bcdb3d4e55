import { Button, Group, Modal, Stack, Text, Tooltip } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import type { QuestionnaireTemplate } from "@openaims/core";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useNavigate } from "react-router";
import { ConfirmModal } from "../../components/confirm-modal";
import { FormAlert } from "../../components/form-alert";
import { isApiError } from "../../api/errors";
import { useCan } from "../auth/me-context";
import { serverIssues } from "./builder-issues";
import { ProblemsAlert } from "./problems-alert";
import { QUESTIONNAIRES_PATH, templatePath } from "./questionnaire-labels";
import {
  TEMPLATES_KEY,
  afterTemplateSaved,
  copyTemplate,
  deleteTemplate,
  publishTemplate,
  retireTemplate,
} from "./questionnaires-api";

type Dialog = "publish" | "retire" | "delete" | null;

/**
 * Publish (only published templates can be sent), retire (no new questionnaires from it), copy into a
 * new draft, delete a draft never sent. Publishing and retiring need the approve permission.
 */
export function TemplateActions({ template: t, dirty }: { template: QuestionnaireTemplate; dirty: boolean }) {
  const canWrite = useCan("records:write");
  const canApprove = useCan("records:approve");
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const [dialog, setDialog] = useState<Dialog>(null);

  const status = useMutation({
    mutationFn: (to: "publish" | "retire") =>
      to === "publish" ? publishTemplate(t.id, t.version) : retireTemplate(t.id, t.version),
    onSuccess: (saved, to) => {
      afterTemplateSaved(queryClient, saved);
      setDialog(null);
      notifications.show({
        color: "green",
        message:
          to === "publish"
            ? `${saved.key} is published: it can be sent to vendors.`
            : `${saved.key} is retired.`,
      });
    },
  });
  const copy = useMutation({
    mutationFn: () => copyTemplate(t.id),
    onSuccess: (saved) => {
      afterTemplateSaved(queryClient, saved);
      notifications.show({ color: "green", message: `Copied into the new draft ${saved.key}.` });
      void navigate(templatePath(saved.id));
    },
  });
  const remove = useMutation({
    mutationFn: () => deleteTemplate(t.id, t.version),
    onSuccess: () => {
      queryClient.removeQueries({ queryKey: [...TEMPLATES_KEY, "detail", t.id] });
      void queryClient.invalidateQueries({ queryKey: [...TEMPLATES_KEY, "list"] });
      notifications.show({ color: "green", message: `Deleted ${t.key}.` });
      void navigate(QUESTIONNAIRES_PATH);
    },
  });
  const close = () => {
    setDialog(null);
    status.reset();
    remove.reset();
  };
  const publishProblems = isApiError(status.error) ? serverIssues(t.content, status.error.details) : [];
  const saveFirst = dirty ? "Save or discard your changes first" : null;

  return (
    <>
      <Group gap="sm">
        {canApprove && t.status !== "published" ? (
          <Tooltip label={saveFirst} disabled={!saveFirst}>
            <Button disabled={dirty} onClick={() => setDialog("publish")}>
              {t.status === "retired" ? "Publish again" : "Publish"}
            </Button>
          </Tooltip>
        ) : null}
        {canApprove && t.status === "published" ? (
          <Button variant="default" color="red" onClick={() => setDialog("retire")} disabled={dirty}>
            Retire
          </Button>
        ) : null}
        {canWrite ? (
          <Button variant="default" onClick={() => copy.mutate()} loading={copy.isPending}>
            Copy
          </Button>
        ) : null}
        {canWrite && t.campaignCount === 0 ? (
          <Button variant="subtle" color="red" onClick={() => setDialog("delete")}>
            Delete
          </Button>
        ) : null}
      </Group>
      <FormAlert error={copy.error} />

      <Modal opened={dialog === "publish"} onClose={close} title={`Publish ${t.key}?`} centered size="lg">
        <Stack>
          <Text size="sm">
            Once published, “{t.name}” can be sent to vendors. Later edits apply to questionnaires sent after
            them; those already sent keep the questions they were sent with.
          </Text>
          {publishProblems.length > 0 ? (
            <ProblemsAlert
              title="Not published: fix these first"
              problems={publishProblems}
              testId="publish-issues"
            />
          ) : (
            <FormAlert error={status.error} title="Not published" />
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              Cancel
            </Button>
            <Button loading={status.isPending} onClick={() => status.mutate("publish")}>
              Publish
            </Button>
          </Group>
        </Stack>
      </Modal>
      <ConfirmModal
        opened={dialog === "retire"}
        title={`Retire ${t.key}?`}
        confirmLabel="Retire"
        isPending={status.isPending}
        error={status.error}
        onConfirm={() => status.mutate("retire")}
        onClose={close}
      >
        No new questionnaire can be sent from it. Questionnaires already sent carry on, and you can publish it
        again later.
      </ConfirmModal>
      <ConfirmModal
        opened={dialog === "delete"}
        title={`Delete ${t.key}?`}
        confirmLabel="Delete"
        isPending={remove.isPending}
        error={remove.error}
        onConfirm={() => remove.mutate()}
        onClose={close}
      >
        “{t.name}” was never sent and will be deleted with all its questions.
      </ConfirmModal>
    </>
  );
}
