import { Button, Group, Paper, Select, SimpleGrid, Stack, TextInput, Textarea, Title } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import {
  CreateRisk,
  RISK_TREATMENTS,
  UpdateRisk,
  type RiskMatrixDefinition,
  type RiskView,
} from "@openaims/core";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState, type FormEvent, type ReactNode } from "react";
import { useNavigate } from "react-router";
import { isApiError } from "../../api/errors";
import { FormAlert } from "../../components/form-alert";
import { handleVersionConflict } from "../../lib/conflict";
import { validateWith } from "../../lib/validate";
import { useCan } from "../auth/me-context";
import { useBusinessUnitOptions } from "../business-units/business-units-api";
import { useOwnerOptions } from "../controls/control-owner-options";
import { useAiSystemOptions } from "../inventory/ai-system-options";
import { RISKS_PATH, TREATMENT_LABELS, riskPath } from "./risk-labels";
import { RiskScores } from "./risk-scores";
import { createRiskBody, emptyRisk, riskChanges, valuesOf, type RiskFormValues } from "./risk-values";
import { RISKS_KEY, afterRiskSaved, createRisk, updateRisk, type RiskTreatment } from "./risks-api";
import { TreatmentPickers } from "./treatment-pickers";

const TREATMENT_OPTIONS = RISK_TREATMENTS.map((t) => ({ value: t, label: TREATMENT_LABELS[t] }));

function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <Paper withBorder radius="md" p="md">
      <Title order={3} size="h5" mb="sm">
        {title}
      </Title>
      <Stack gap="sm">{children}</Stack>
    </Paper>
  );
}

/** Create a risk (risk = null) or read and edit one; levels show live as scores are picked. */
export function RiskForm({
  risk,
  matrix,
  initialAiSystemId = null,
}: {
  risk: RiskView | null;
  matrix: RiskMatrixDefinition;
  initialAiSystemId?: string | null;
}) {
  const canWrite = useCan("records:write");
  const canReadUsers = useCan("users:read");
  const canReadUnits = useCan("business-units:read");
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const owners = useOwnerOptions(canReadUsers);
  const units = useBusinessUnitOptions(canReadUnits);
  const systems = useAiSystemOptions();
  const [values, setValues] = useState<RiskFormValues>(risk ? valuesOf(risk) : emptyRisk(initialAiSystemId));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const readOnly = !canWrite || risk?.status === "acceptance_pending";

  const save = useMutation({
    mutationFn: async (): Promise<RiskView | null> => {
      if (!risk) return createRisk(createRiskBody(values));
      const changes = riskChanges(risk, values);
      return changes ? updateRisk(risk.id, changes) : null;
    },
    onSuccess: (saved) => {
      if (!saved) return notifications.show({ color: "gray", message: "Nothing to save: no field changed." });
      afterRiskSaved(queryClient, saved);
      notifications.show({
        color: "green",
        message: `${risk ? "Saved" : "Created"} ${saved.key} ${saved.title}.`,
      });
      if (!risk) void navigate(riskPath(saved.id), { replace: true });
    },
    onError: (error) => {
      if (handleVersionConflict(error, queryClient, RISKS_KEY, "risk")) return;
      setErrors(isApiError(error) ? { ...error.fieldErrors } : {});
    },
  });

  function submit(event: FormEvent) {
    event.preventDefault();
    const checked = risk
      ? validateWith(UpdateRisk, riskChanges(risk, values) ?? { version: risk.version })
      : validateWith(CreateRisk, createRiskBody(values));
    setErrors(checked.ok ? {} : checked.fieldErrors);
    if (checked.ok) save.mutate();
  }

  const set = <K extends keyof RiskFormValues>(key: K, value: RiskFormValues[K]) =>
    setValues((v) => ({ ...v, [key]: value }));
  const text = (key: keyof RiskFormValues, label: string, description?: string) => (
    <TextInput
      label={label}
      description={description}
      readOnly={readOnly}
      value={values[key] as string}
      onChange={(e) => set(key, e.currentTarget.value)}
      error={errors[key]}
    />
  );
  const area = (key: keyof RiskFormValues, label: string, error?: string) => (
    <Textarea
      label={label}
      autosize
      minRows={2}
      readOnly={readOnly}
      value={values[key] as string}
      onChange={(e) => set(key, e.currentTarget.value)}
      error={error ?? errors[key]}
    />
  );
  const placed = Object.keys(errors).some((k) => k !== "");

  return (
    <form onSubmit={submit} noValidate aria-label={risk ? `Edit risk ${risk.key}` : "Create risk"}>
      <Stack gap="md">
        {save.isError && !placed ? <FormAlert error={save.error} /> : null}
        <Section title="The risk">
          <TextInput
            label="Title"
            required
            readOnly={readOnly}
            value={values.title}
            onChange={(e) => set("title", e.currentTarget.value)}
            error={errors.title}
            data-autofocus
          />
          {area("description", "Description")}
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
            <Select
              label="AI system"
              placeholder="Whole organization"
              data={systems.options}
              value={values.aiSystemId}
              onChange={(v) => set("aiSystemId", v)}
              searchable
              clearable
              disabled={readOnly}
              error={errors.aiSystemId}
            />
            {canReadUnits ? (
              <Select
                label="Business unit"
                placeholder="None"
                data={units.options}
                value={values.businessUnitId}
                onChange={(v) => set("businessUnitId", v)}
                searchable
                clearable
                disabled={readOnly}
                error={errors.businessUnitId}
              />
            ) : null}
            {text(
              "source",
              "Risk source",
              "ISO/IEC 42001 Annex C.3 item or NIST AI 600-1 risk (catalog key).",
            )}
            {text("characteristic", "Characteristic", "The trustworthiness characteristic it threatens.")}
          </SimpleGrid>
        </Section>
        <Section title="Consequences">
          <SimpleGrid cols={{ base: 1, md: 3 }} spacing="sm">
            {area("organization", "For the organization", errors.consequences)}
            {area("individuals", "For individuals")}
            {area("society", "For society")}
          </SimpleGrid>
        </Section>
        <Section title="Assessment">
          <RiskScores matrix={matrix} values={values} set={set} errors={errors} readOnly={readOnly} />
        </Section>
        <Section title="Treatment">
          <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
            {canReadUsers ? (
              <Select
                label="Owner"
                placeholder="No owner"
                data={owners.options}
                value={values.ownerId}
                onChange={(v) => set("ownerId", v)}
                searchable
                clearable
                disabled={readOnly}
                error={errors.ownerId}
              />
            ) : null}
            <Select
              label="Treatment"
              data={TREATMENT_OPTIONS}
              value={values.treatment}
              onChange={(v) => v && set("treatment", v as RiskTreatment)}
              allowDeselect={false}
              disabled={readOnly}
              error={errors.treatment}
            />
            <TextInput
              type="date"
              label="Next review"
              readOnly={readOnly}
              value={values.nextReviewOn}
              onChange={(e) => set("nextReviewOn", e.currentTarget.value)}
              error={errors.nextReviewOn}
            />
          </SimpleGrid>
          <TreatmentPickers
            treatmentControls={values.treatmentControls}
            annexAControls={values.annexAControls}
            onTreatmentControls={(v) => set("treatmentControls", v)}
            onAnnexA={(v) => set("annexAControls", v)}
            errors={errors}
            readOnly={readOnly}
          />
        </Section>
        {canWrite && !readOnly ? (
          <Group
            justify="flex-end"
            pos="sticky"
            bottom={0}
            py="sm"
            bg="var(--mantine-color-body)"
            style={{ zIndex: 2, borderTop: "1px solid var(--mantine-color-default-border)" }}
          >
            <Button variant="default" onClick={() => void navigate(RISKS_PATH)}>
              {risk ? "Back to the register" : "Cancel"}
            </Button>
            <Button type="submit" loading={save.isPending}>
              {risk ? "Save changes" : "Create risk"}
            </Button>
          </Group>
        ) : null}
      </Stack>
    </form>
  );
}
