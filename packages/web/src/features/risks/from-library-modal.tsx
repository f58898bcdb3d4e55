import { Anchor, Button, Group, Modal, Select, Stack, Text } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";
import { Link, useNavigate } from "react-router";
import { FormAlert } from "../../components/form-alert";
import { useAiSystemOptions } from "../inventory/ai-system-options";
import { riskPath } from "./risk-labels";
import { RISKS_KEY, afterRiskSaved, createFromTemplate, listRiskTemplates } from "./risks-api";

/** Starts a register entry from one of the library's common AI risks, then opens it to reassess. */
export function FromLibraryModal({
  opened,
  onClose,
  aiSystemId,
}: {
  opened: boolean;
  onClose: () => void;
  aiSystemId?: string;
}) {
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const systems = useAiSystemOptions(opened);
  const templates = useQuery({
    queryKey: [...RISKS_KEY, "templates"],
    queryFn: ({ signal }) => listRiskTemplates(signal),
    enabled: opened,
    staleTime: 5 * 60_000,
  });
  const [code, setCode] = useState<string | null>(null);
  const [system, setSystem] = useState<string | null>(aiSystemId ?? null);
  const [codeError, setCodeError] = useState<string | null>(null);
  const chosen = templates.data?.items.find((t) => t.code === code);

  const create = useMutation({
    mutationFn: () => createFromTemplate(code!, system),
    onSuccess: (saved) => {
      afterRiskSaved(queryClient, saved);
      notifications.show({ color: "green", message: `Created ${saved.key} ${saved.title}: reassess it.` });
      onClose();
      void navigate(riskPath(saved.id));
    },
  });

  function submit(event: FormEvent) {
    event.preventDefault();
    if (!code) return setCodeError("Pick a risk from the library");
    create.mutate();
  }

  return (
    <Modal opened={opened} onClose={onClose} title="Add a risk from the library" size="lg" centered>
      <form onSubmit={submit} noValidate aria-label="Risk from the library">
        <Stack>
          <Select
            label="Library risk"
            placeholder={templates.isLoading ? "Loading…" : "Search the library"}
            searchable
            required
            data={(templates.data?.items ?? []).map((t) => ({
              value: t.code,
              label: `${t.code} ${t.title}`,
            }))}
            value={code}
            onChange={(v) => {
              setCode(v);
              setCodeError(null);
            }}
            error={codeError}
            nothingFoundMessage="No library risk matches"
            data-autofocus
          />
          {chosen ? (
            <Text size="sm" c="dimmed" data-testid="template-description">
              {chosen.description} Suggested likelihood {chosen.suggestedLikelihood}/5, impact{" "}
              {chosen.suggestedImpact}/5, rescaled to your criteria.
            </Text>
          ) : null}
          <Select
            label="AI system"
            placeholder="Whole organization"
            searchable
            clearable
            data={systems.options}
            value={system}
            onChange={setSystem}
            nothingFoundMessage={systems.isLoading ? "Loading…" : "No AI system matches"}
          />
          {create.isError ? <FormAlert error={create.error} /> : null}
          <Group justify="space-between">
            <Anchor component={Link} to="/risks/library" size="sm" onClick={onClose}>
              Manage the library
            </Anchor>
            <Group>
              <Button variant="default" onClick={onClose}>
                Cancel
              </Button>
              <Button type="submit" loading={create.isPending}>
                Add risk
              </Button>
            </Group>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
