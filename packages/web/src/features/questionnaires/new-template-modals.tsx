import { Badge, Button, Group, Modal, Paper, Stack, Text, TextInput, Textarea } from "@mantine/core";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";
import { useNavigate } from "react-router";
import { isApiError } from "../../api/errors";
import { FormAlert } from "../../components/form-alert";
import { LoadStatus } from "../../components/query-state";
import { plural, templatePath } from "./questionnaire-labels";
import { adoptBuiltin, afterTemplateSaved, createTemplate, useBuiltins } from "./questionnaires-api";

/** A new, empty draft: a name and a description; the questions follow in the builder. */
export function NewTemplateModal({ onClose }: { onClose: () => void }) {
  const [name, setName] = useState("");
  const [description, setDescription] = useState("");
  const [missing, setMissing] = useState(false);
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const create = useMutation({
    mutationFn: () => createTemplate({ name: name.trim(), description: description.trim() }),
    onSuccess: (t) => {
      afterTemplateSaved(queryClient, t);
      onClose();
      void navigate(templatePath(t.id));
    },
  });
  const fieldErrors = isApiError(create.error) ? create.error.fieldErrors : {};
  function submit(event: FormEvent) {
    event.preventDefault();
    if (!name.trim()) return setMissing(true);
    create.mutate();
  }
  return (
    <Modal opened onClose={onClose} title="New questionnaire" centered size="lg">
      <form onSubmit={submit} noValidate aria-label="New questionnaire">
        <Stack>
          <TextInput
            label="Name"
            required
            value={name}
            maxLength={200}
            data-autofocus
            onChange={(e) => {
              setName(e.currentTarget.value);
              setMissing(false);
            }}
            error={missing ? "Give the questionnaire a name" : fieldErrors.name}
          />
          <Textarea
            label="Description"
            description="What it covers and when it is sent."
            autosize
            minRows={2}
            maxLength={2000}
            value={description}
            onChange={(e) => setDescription(e.currentTarget.value)}
            error={fieldErrors.description}
          />
          <FormAlert error={create.error && Object.keys(fieldErrors).length === 0 ? create.error : null} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              Cancel
            </Button>
            <Button type="submit" loading={create.isPending}>
              Create draft
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

/** The questionnaires written for OpenAIMS; adopting one makes a draft of your own to adapt and publish. */
export function BuiltinTemplatesModal({ onClose }: { onClose: () => void }) {
  const builtins = useBuiltins();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const adopt = useMutation({
    mutationFn: (slug: string) => adoptBuiltin(slug),
    onSuccess: (t) => {
      afterTemplateSaved(queryClient, t);
      onClose();
      void navigate(templatePath(t.id));
    },
  });
  const items = builtins.data?.items ?? [];
  return (
    <Modal opened onClose={onClose} title="Start from a built-in questionnaire" centered size="xl">
      <Stack>
        <Text size="sm" c="dimmed">
          Written for OpenAIMS to assess AI vendors (ISO/IEC 42001 A.10): model provenance, training data,
          data use, security, incidents, human oversight, bias testing, certifications, sub-processors and the
          EU AI Act. Adopting makes a draft of your own: adapt the questions and weights, then publish it.
        </Text>
        <LoadStatus
          isLoading={builtins.isLoading}
          error={builtins.error}
          onRetry={() => void builtins.refetch()}
          what="built-in questionnaires"
        />
        {builtins.data && items.length === 0 ? (
          <Text size="sm" c="dimmed">
            No built-in questionnaire is installed.
          </Text>
        ) : null}
        <FormAlert error={adopt.error} />
        {items.map((b) => (
          <Paper key={b.slug} withBorder radius="md" p="sm" data-testid={`builtin-${b.slug}`}>
            <Group justify="space-between" wrap="nowrap" align="flex-start">
              <Stack gap={4} style={{ minWidth: 0 }}>
                <Group gap="xs">
                  <Text fw={600}>{b.name}</Text>
                  <Badge variant="light" tt="none">
                    {plural(b.sectionCount, "section")} · {plural(b.questionCount, "question")}
                  </Badge>
                </Group>
                <Text size="sm">{b.description}</Text>
                <Text size="xs" c="dimmed">
                  {b.content.sections.map((s) => s.title).join(" · ")}
                </Text>
              </Stack>
              <Button
                size="compact-sm"
                aria-label={`Adopt ${b.name}`}
                loading={adopt.isPending && adopt.variables === b.slug}
                disabled={adopt.isPending}
                onClick={() => adopt.mutate(b.slug)}
              >
                Adopt
              </Button>
            </Group>
          </Paper>
        ))}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            Close
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
