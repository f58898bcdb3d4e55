import { Button, Group, Modal, Radio, Select, Stack, Text } from "@mantine/core";
import { IMPACT_ASSESSMENT_TEMPLATES, requiredTemplates, type TemplateId } from "@openaims/core";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";
import { useNavigate } from "react-router";
import { FormAlert } from "../../components/form-alert";
import { useAiSystemOptions } from "../inventory/ai-system-options";
import { AI_SYSTEMS_KEY, getAiSystem } from "../inventory/inventory-api";
import { assessmentPath } from "./assessment-labels";
import { afterAssessmentSaved, createAssessment } from "./assessments-api";

/** The templates a system's classification requires (core's rule), while the system loads: none. */
export function useRequiredTemplates(aiSystemId: string | null) {
  const system = useQuery({
    queryKey: [...AI_SYSTEMS_KEY, "detail", aiSystemId],
    queryFn: ({ signal }) => getAiSystem(aiSystemId!, signal),
    enabled: Boolean(aiSystemId),
  });
  return system.data ? requiredTemplates(system.data.classification) : [];
}

/** Starts an assessment: pick the system and the template; pre-filled answers come from the server. */
export function NewAssessmentModal({
  onClose,
  aiSystemId: fixedSystem,
}: {
  onClose: () => void;
  aiSystemId?: string | undefined;
}) {
  const systems = useAiSystemOptions(!fixedSystem);
  const [aiSystemId, setAiSystemId] = useState<string | null>(fixedSystem ?? null);
  const required = useRequiredTemplates(aiSystemId);
  const [templateId, setTemplateId] = useState<TemplateId>("ai-system-impact");
  const [error, setError] = useState<string | undefined>();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const create = useMutation({
    mutationFn: () => createAssessment({ aiSystemId: aiSystemId!, templateId }),
    onSuccess: (a) => {
      afterAssessmentSaved(queryClient, a);
      onClose();
      void navigate(assessmentPath(a.id));
    },
  });
  function submit(event: FormEvent) {
    event.preventDefault();
    if (!aiSystemId) return setError("Pick the AI system to assess");
    create.mutate();
  }
  return (
    <Modal opened onClose={onClose} title="Start an impact assessment" centered size="lg">
      <form onSubmit={submit} noValidate aria-label="New assessment">
        <Stack>
          {!fixedSystem ? (
            <Select
              label="AI system"
              placeholder="Pick a system"
              searchable
              data={systems.options}
              value={aiSystemId}
              onChange={(v) => {
                setAiSystemId(v);
                setError(undefined);
              }}
              error={error}
              required
            />
          ) : null}
          <Radio.Group
            label="Template"
            description="Answers shared with the system's other assessments and its inventory record are pre-filled."
            value={templateId}
            onChange={(v) => setTemplateId(v as TemplateId)}
          >
            <Stack gap={6} mt={6}>
              {IMPACT_ASSESSMENT_TEMPLATES.map((t) => {
                const need = required.find((r) => r.templateId === t.id);
                return (
                  <Radio
                    key={t.id}
                    value={t.id}
                    label={need ? `${t.title} (required)` : t.title}
                    description={need ? `${need.reason} ${need.provision}` : t.legalBasis.join("; ")}
                  />
                );
              })}
            </Stack>
          </Radio.Group>
          {aiSystemId && required.length ? (
            <Text size="xs" c="dimmed" data-testid="required-templates">
              This system needs: {required.map((r) => r.templateId).join(", ")}.
            </Text>
          ) : null}
          <FormAlert error={create.error} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              Cancel
            </Button>
            <Button type="submit" loading={create.isPending}>
              Start assessment
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
