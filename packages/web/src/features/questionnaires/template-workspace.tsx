import { Alert, Button, Group, Paper, Stack, Tabs, Text } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import type { QuestionnaireTemplate } from "@openaims/core";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { isApiError } from "../../api/errors";
import { FormAlert } from "../../components/form-alert";
import { isVersionConflict } from "../../lib/conflict";
import { useCan } from "../auth/me-context";
import { serverIssues } from "./builder-issues";
import { ProblemsAlert } from "./problems-alert";
import { afterTemplateSaved, updateTemplate } from "./questionnaires-api";
import { TemplateActions } from "./template-actions";
import { TemplateBuilder } from "./template-builder";
import { TemplatePreview } from "./template-preview";
import { useWorkingCopy } from "./use-working-copy";

type Props = { template: QuestionnaireTemplate; onReload: () => Promise<QuestionnaireTemplate | undefined> };

/** The builder and its preview over one working copy, with Save and the template's actions. */
export function TemplateWorkspace({ template, onReload }: Props) {
  const canEdit = useCan("records:write") && template.status !== "retired";
  const wc = useWorkingCopy(template);
  const queryClient = useQueryClient();
  const [tab, setTab] = useState<string | null>("build");
  const [nameMissing, setNameMissing] = useState(false);

  const save = useMutation({
    mutationFn: () => updateTemplate(template.id, wc.patch()),
    onSuccess: (saved) => {
      afterTemplateSaved(queryClient, saved);
      wc.saved(saved);
      notifications.show({ color: "green", message: `${saved.key} saved.` });
    },
  });
  const conflict = isVersionConflict(save.error);
  const refused = isApiError(save.error) ? serverIssues(wc.content, save.error.details) : [];

  const submit = () => {
    if (!wc.name.trim()) {
      setNameMissing(true);
      setTab("build");
      return;
    }
    save.mutate();
  };
  const reload = async () => {
    const fresh = await onReload();
    if (fresh) wc.reset(fresh);
    save.reset();
  };

  return (
    <Stack gap="md">
      <Paper withBorder radius="md" p="sm" data-testid="builder-toolbar">
        <Group justify="space-between" gap="sm" wrap="wrap">
          <Group gap="sm">
            {canEdit ? (
              <>
                <Button onClick={submit} disabled={!wc.dirty} loading={save.isPending}>
                  Save
                </Button>
                {wc.dirty ? (
                  <>
                    <Button variant="subtle" color="gray" onClick={() => wc.reset(wc.base)}>
                      Discard changes
                    </Button>
                    <Text size="sm" c="orange" data-testid="unsaved">
                      Unsaved changes
                    </Text>
                  </>
                ) : (
                  <Text size="sm" c="dimmed">
                    All changes saved
                  </Text>
                )}
              </>
            ) : (
              <Text size="sm" c="dimmed">
                {template.status === "retired"
                  ? "Retired templates are read-only: copy it to make a new draft."
                  : "You can read this template; editing it needs the records:write permission."}
              </Text>
            )}
          </Group>
          <TemplateActions template={template} dirty={wc.dirty} />
        </Group>
      </Paper>

      {conflict ? (
        <Alert color="orange" variant="light" role="alert" title="Someone else changed this questionnaire">
          Your changes were not saved because someone else saved a newer version after you opened it. Reload
          to see their version; your unsaved changes will be lost.{" "}
          <Button size="xs" variant="light" color="orange" onClick={() => void reload()}>
            Reload
          </Button>
        </Alert>
      ) : refused.length > 0 ? (
        <ProblemsAlert title="Not saved: fix these first" problems={refused} testId="save-refused" />
      ) : (
        <FormAlert error={save.error} title="Not saved" />
      )}
      {template.status === "published" && canEdit ? (
        <Text size="sm" c="dimmed">
          This template is published: a saved change applies to questionnaires sent from now on and must leave
          it free of problems. Questionnaires already sent ({template.campaignCount}) keep their own copy.
        </Text>
      ) : null}

      <Tabs value={tab} onChange={setTab}>
        <Tabs.List>
          <Tabs.Tab value="build">Questions</Tabs.Tab>
          <Tabs.Tab value="preview">Preview and score</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="build" pt="md">
          <TemplateBuilder
            wc={wc}
            readOnly={!canEdit}
            nameError={nameMissing && !wc.name.trim() ? "Give the questionnaire a name" : undefined}
          />
        </Tabs.Panel>
        <Tabs.Panel value="preview" pt="md">
          {tab === "preview" ? <TemplatePreview wc={wc} /> : null}
        </Tabs.Panel>
      </Tabs>
    </Stack>
  );
}
