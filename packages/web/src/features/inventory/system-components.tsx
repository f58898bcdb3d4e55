import { Button, Group, Paper, Stack } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { MODEL_TYPES, type AiSystemView } from "@openaims/core";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";
import { FormAlert } from "../../components/form-alert";
import { handleVersionConflict } from "../../lib/conflict";
import { useCan } from "../auth/me-context";
import { AI_SYSTEMS_KEY, afterSystemSaved, updateAiSystem } from "./inventory-api";
import { MODEL_TYPE_LABELS } from "./inventory-labels";
import { RowsEditor, type RowColumn } from "./rows-editor";
import { componentChanges, type Components } from "./system-changes";

type Model = Components["models"][number];
type Dataset = Components["datasets"][number];
type Vendor = Components["vendors"][number];

const MODEL_OPTIONS = MODEL_TYPES.map((t) => ({ value: t, label: MODEL_TYPE_LABELS[t] }));
const MODEL_COLUMNS: RowColumn<Model>[] = [
  { key: "name", label: "Name", kind: "text" },
  { key: "type", label: "Type", kind: "select", options: MODEL_OPTIONS, width: 200 },
  { key: "provider", label: "Provider", kind: "text" },
  { key: "version", label: "Version", kind: "text", width: 110 },
  { key: "externalId", label: "External id", kind: "text", placeholder: "e.g. MLflow model URI" },
];
const DATASET_COLUMNS: RowColumn<Dataset>[] = [
  { key: "name", label: "Name", kind: "text" },
  { key: "source", label: "Source", kind: "text" },
  { key: "containsPersonalData", label: "Personal data", kind: "checkbox", width: 110 },
  { key: "provenance", label: "Provenance", kind: "text" },
];
const VENDOR_COLUMNS: RowColumn<Vendor>[] = [
  { key: "name", label: "Name", kind: "text" },
  { key: "service", label: "Service", kind: "text" },
];

/** Components tab: the models, datasets and vendors the system is built from. */
export function SystemComponents({ system }: { system: AiSystemView }) {
  const canWrite = useCan("records:write");
  const queryClient = useQueryClient();
  const [edited, setEdited] = useState<Components>({
    models: system.models,
    datasets: system.datasets,
    vendors: system.vendors,
  });
  const save = useMutation({
    mutationFn: async () => {
      const changes = componentChanges(system, edited);
      return changes ? updateAiSystem(system.id, changes) : null;
    },
    onSuccess: (saved) => {
      if (!saved)
        return notifications.show({ color: "gray", message: "Nothing to save: no component changed." });
      afterSystemSaved(queryClient, saved);
      notifications.show({ color: "green", message: `Saved the components of ${saved.key}.` });
    },
    onError: (error) => void handleVersionConflict(error, queryClient, AI_SYSTEMS_KEY, "AI system"),
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    save.mutate();
  };
  const readOnly = !canWrite;

  return (
    <form onSubmit={submit} noValidate aria-label={`Components of ${system.key}`}>
      <Stack gap="md">
        {save.isError ? <FormAlert error={save.error} /> : null}
        <Paper withBorder radius="md" p="md">
          <RowsEditor
            title="Models"
            noun="model"
            description="Trained models, large language models or rule sets; the external id links to your model registry."
            rows={edited.models}
            columns={MODEL_COLUMNS}
            blank={{ name: "", type: "other", provider: "", version: "", externalId: "" }}
            onChange={(models) => setEdited((e) => ({ ...e, models }))}
            readOnly={readOnly}
          />
        </Paper>
        <Paper withBorder radius="md" p="md">
          <RowsEditor
            title="Datasets"
            noun="dataset"
            description="Training, validation and input data, where it comes from and whether it holds personal data."
            rows={edited.datasets}
            columns={DATASET_COLUMNS}
            blank={{ name: "", source: "", containsPersonalData: false, provenance: "" }}
            onChange={(datasets) => setEdited((e) => ({ ...e, datasets }))}
            readOnly={readOnly}
          />
        </Paper>
        <Paper withBorder radius="md" p="md">
          <RowsEditor
            title="Vendors"
            noun="vendor"
            description="Third parties that supply the system, its models or data."
            rows={edited.vendors}
            columns={VENDOR_COLUMNS}
            blank={{ name: "", service: "" }}
            onChange={(vendors) => setEdited((e) => ({ ...e, vendors }))}
            readOnly={readOnly}
          />
        </Paper>
        {canWrite ? (
          <Group justify="flex-end">
            <Button type="submit" loading={save.isPending}>
              Save components
            </Button>
          </Group>
        ) : null}
      </Stack>
    </form>
  );
}
