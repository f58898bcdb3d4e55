import {
  Button,
  Group,
  Modal,
  NumberInput,
  Select,
  Stack,
  TagsInput,
  TextInput,
  Textarea,
} from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { CreateRiskLibraryEntry, UpdateRiskLibraryEntry, type RiskLibraryEntry } from "@openaims/core";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";
import { isApiError, messageOf } from "../../api/errors";
import { FormAlert } from "../../components/form-alert";
import { handleVersionConflict } from "../../lib/conflict";
import { validateWith } from "../../lib/validate";
import {
  RISK_LIBRARY_KEY,
  afterLibraryChanged,
  createLibraryEntry,
  updateLibraryEntry,
} from "./risk-library-api";

type Draft = {
  code: string;
  title: string;
  description: string;
  sources: string[];
  annexA: string[];
  suggestedLikelihood: number;
  suggestedImpact: number;
  appliesTo: "any" | "generative" | "high-risk";
  organization: string;
  individuals: string;
  society: string;
};

const draftOf = (e: RiskLibraryEntry | null): Draft => ({
  code: e?.code ?? "",
  title: e?.title ?? "",
  description: e?.description ?? "",
  sources: e?.sources ?? [],
  annexA: e?.annexA ?? [],
  suggestedLikelihood: e?.suggestedLikelihood ?? 3,
  suggestedImpact: e?.suggestedImpact ?? 3,
  appliesTo: e?.appliesTo ?? "any",
  organization: e?.consequences.organization ?? "",
  individuals: e?.consequences.individuals ?? "",
  society: e?.consequences.society ?? "",
});

const bodyOf = ({ code: _c, organization, individuals, society, ...d }: Draft) => ({
  ...d,
  consequences: { organization, individuals, society },
});

/** Adds a risk of the organization's own to the library (entry = null) or edits one. */
export function LibraryEntryModal({
  entry,
  onClose,
}: {
  entry: RiskLibraryEntry | null;
  onClose: () => void;
}) {
  const queryClient = useQueryClient();
  const [draft, setDraft] = useState<Draft>(() => draftOf(entry));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const set = <K extends keyof Draft>(key: K, value: Draft[K]) => setDraft((d) => ({ ...d, [key]: value }));

  const save = useMutation({
    mutationFn: () =>
      entry
        ? updateLibraryEntry(entry.code, { version: entry.version, ...bodyOf(draft) })
        : createLibraryEntry({ code: draft.code, ...bodyOf(draft) }),
    onSuccess: (saved) => {
      afterLibraryChanged(queryClient);
      notifications.show({ color: "green", message: `Saved library risk ${saved.code}.` });
      onClose();
    },
    onError: (error) => {
      if (handleVersionConflict(error, queryClient, RISK_LIBRARY_KEY, "library risk")) return onClose();
      if (isApiError(error, "ALREADY_EXISTS")) return setErrors({ code: messageOf(error) });
      setErrors(isApiError(error) ? { ...error.fieldErrors } : {});
    },
  });

  function submit(event: FormEvent) {
    event.preventDefault();
    const checked = entry
      ? validateWith(UpdateRiskLibraryEntry, { version: entry.version, ...bodyOf(draft) })
      : validateWith(CreateRiskLibraryEntry, { code: draft.code, ...bodyOf(draft) });
    setErrors(checked.ok ? {} : checked.fieldErrors);
    if (checked.ok) save.mutate();
  }

  return (
    <Modal
      opened
      onClose={onClose}
      title={entry ? `Edit ${entry.code}` : "Add a risk to the library"}
      size="xl"
      centered
    >
      <form onSubmit={submit} noValidate aria-label="Library risk">
        <Stack>
          {entry ? null : (
            <TextInput
              label="Code"
              description="Capital letters, digits, dot or dash, e.g. ORG-HIRING-01"
              required
              value={draft.code}
              onChange={(e) => set("code", e.currentTarget.value)}
              error={errors.code}
            />
          )}
          <TextInput
            label="Title"
            required
            value={draft.title}
            onChange={(e) => set("title", e.currentTarget.value)}
            error={errors.title}
          />
          <Textarea
            label="Description"
            autosize
            minRows={2}
            value={draft.description}
            onChange={(e) => set("description", e.currentTarget.value)}
            error={errors.description}
          />
          <Group grow>
            <NumberInput
              label="Suggested likelihood (1–5)"
              min={1}
              max={5}
              value={draft.suggestedLikelihood}
              onChange={(v) => set("suggestedLikelihood", Number(v) || 0)}
              error={errors.suggestedLikelihood}
            />
            <NumberInput
              label="Suggested impact (1–5)"
              min={1}
              max={5}
              value={draft.suggestedImpact}
              onChange={(v) => set("suggestedImpact", Number(v) || 0)}
              error={errors.suggestedImpact}
            />
            <Select
              label="Applies to"
              data={[
                { value: "any", label: "Any AI system" },
                { value: "generative", label: "Generative AI" },
                { value: "high-risk", label: "High-risk systems" },
              ]}
              value={draft.appliesTo}
              onChange={(v) => set("appliesTo", (v ?? "any") as Draft["appliesTo"])}
              allowDeselect={false}
            />
          </Group>
          <TagsInput
            label="Risk sources"
            description="Catalog keys (e.g. iso-iec-42001:2023/C.3.machine-learning) or your own words"
            value={draft.sources}
            onChange={(v) => set("sources", v)}
            error={errors.sources}
          />
          <TagsInput
            label="Annex A controls that treat it"
            description="e.g. iso-iec-42001:2023/A.7.4"
            value={draft.annexA}
            onChange={(v) => set("annexA", v)}
            error={errors.annexA}
          />
          <Textarea
            label="Consequences for the organization"
            autosize
            value={draft.organization}
            onChange={(e) => set("organization", e.currentTarget.value)}
          />
          <Textarea
            label="Consequences for individuals"
            autosize
            value={draft.individuals}
            onChange={(e) => set("individuals", e.currentTarget.value)}
          />
          <Textarea
            label="Consequences for society"
            autosize
            value={draft.society}
            onChange={(e) => set("society", e.currentTarget.value)}
          />
          {save.isError ? <FormAlert error={save.error} /> : null}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              Cancel
            </Button>
            <Button type="submit" loading={save.isPending}>
              Save
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
