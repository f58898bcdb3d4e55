import { Alert, Button, Group, Paper, Stack, Text, Title } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import type { AiSystemView } from "@openaims/core";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { FormAlert } from "../../components/form-alert";
import { handleVersionConflict } from "../../lib/conflict";
import { formatDateTime } from "../../lib/format";
import { useCan } from "../auth/me-context";
import { answersOfProfile, profileOfAnswers, type ScreeningAnswers } from "../intake/screening";
import { FunctionQuestions } from "../intake/screening-function-questions";
import { UseQuestions } from "../intake/screening-use-questions";
import { ClassificationDetails } from "./classification-details";
import { AI_SYSTEMS_KEY, afterSystemSaved, updateAiSystem } from "./inventory-api";
import { ProfileSummary } from "./profile-summary";

/** Classification tab: the stored result with every reason, and the facts it rests on (editable). */
export function SystemClassification({ system }: { system: AiSystemView }) {
  const canWrite = useCan("records:write");
  const queryClient = useQueryClient();
  const [editing, setEditing] = useState(false);
  const [answers, setAnswers] = useState<ScreeningAnswers>(() => answersOfProfile(system.profile));

  const save = useMutation({
    mutationFn: () =>
      updateAiSystem(system.id, { version: system.version, profile: profileOfAnswers(answers) }),
    onSuccess: (saved) => {
      afterSystemSaved(queryClient, saved);
      notifications.show({
        color: "green",
        message: `Saved the facts of ${saved.key}; it is now classified ${saved.euRiskClass}.`,
      });
      setEditing(false);
    },
    onError: (error) => void handleVersionConflict(error, queryClient, AI_SYSTEMS_KEY, "AI system"),
  });
  const change = (patch: Partial<ScreeningAnswers>) => setAnswers((a) => ({ ...a, ...patch }));

  return (
    <Stack gap="lg">
      <Alert color="gray" variant="light">
        A screening aid built from the facts recorded for this system, not legal advice. Every conclusion
        names its reason and the provision it rests on. Last classified {formatDateTime(system.classifiedAt)}.
      </Alert>
      <ClassificationDetails classification={system.classification} />
      <Paper withBorder radius="md" p="md">
        <Group justify="space-between" wrap="wrap">
          <div>
            <Title order={3} size="h5">
              The facts behind it
            </Title>
            <Text size="sm" c="dimmed">
              The screening answers. Changing them reclassifies the system and keeps the earlier result in its
              history.
            </Text>
          </div>
          {canWrite && !editing ? (
            <Button variant="light" onClick={() => setEditing(true)}>
              Change the facts
            </Button>
          ) : null}
        </Group>
        <Stack gap="lg" mt="md">
          {editing ? (
            <>
              <UseQuestions answers={answers} onChange={change} />
              <FunctionQuestions answers={answers} onChange={change} />
            </>
          ) : (
            <ProfileSummary profile={system.profile} />
          )}
          {save.isError ? <FormAlert error={save.error} /> : null}
          {editing ? (
            <Group
              justify="flex-end"
              pos="sticky"
              bottom={0}
              py="sm"
              bg="var(--mantine-color-body)"
              style={{ zIndex: 2, borderTop: "1px solid var(--mantine-color-default-border)" }}
            >
              <Button
                variant="default"
                onClick={() => {
                  setAnswers(answersOfProfile(system.profile));
                  setEditing(false);
                }}
              >
                Cancel
              </Button>
              <Button loading={save.isPending} onClick={() => save.mutate()}>
                Save and reclassify
              </Button>
            </Group>
          ) : null}
        </Stack>
      </Paper>
    </Stack>
  );
}
