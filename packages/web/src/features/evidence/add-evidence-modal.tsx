import { Button, FileInput, Group, Modal, Stack, Text } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import {
  CreateEvidenceLink,
  EVIDENCE_FILE_EXTENSIONS,
  EvidenceFields as EvidenceFieldsSchema,
  evidenceDateIssues,
  utcDay,
  type EvidenceCreated,
  type EvidenceTarget,
} from "@openaims/core";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";
import { isApiError } from "../../api/errors";
import { FormAlert } from "../../components/form-alert";
import { validateWith } from "../../lib/validate";
import { useMe } from "../auth/me-context";
import { createLinkEvidence, invalidateEvidence, uploadEvidence } from "./evidence-api";
import { EvidenceFields } from "./evidence-fields";
import {
  emptyEvidence,
  linkBody,
  titleFromFileName,
  uploadFields,
  type EvidenceFormValues,
} from "./evidence-values";

const ACCEPT = EVIDENCE_FILE_EXTENSIONS.map((e) => `.${e}`).join(",");

type Props = {
  mode: "file" | "link";
  onClose: () => void;
  onCreated?: (created: EvidenceCreated) => void;
  /** Records the new evidence supports from the start (e.g. the control whose page this is). */
  links?: EvidenceTarget[];
  /** Says what it will be linked to, e.g. "Linked to control AC-1 on save." */
  linkedNote?: string;
};

/** "Upload file" and "Add link": a new evidence item with its dates, linked at once when asked. */
export function AddEvidenceModal({ mode, onClose, onCreated, links = [], linkedNote }: Props) {
  const me = useMe();
  const queryClient = useQueryClient();
  const [values, setValues] = useState<EvidenceFormValues>(emptyEvidence(utcDay()));
  const [file, setFile] = useState<File | null>(null);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const set = <K extends keyof EvidenceFormValues>(key: K, value: EvidenceFormValues[K]) =>
    setValues((v) => ({ ...v, [key]: value }));

  const save = useMutation({
    mutationFn: () =>
      mode === "file"
        ? uploadEvidence(file!, uploadFields(values, links), me.csrfToken)
        : createLinkEvidence(linkBody(values, links)),
    onSuccess: (created) => {
      invalidateEvidence(queryClient);
      notifications.show({ color: "green", message: `Added ${created.key} ${created.title}.` });
      if (created.duplicateOf)
        notifications.show({
          color: "orange",
          title: "Possible duplicate",
          message: `${created.duplicateOf.key} "${created.duplicateOf.title}" has the same ${mode === "file" ? "file" : "address"}.`,
          autoClose: 10_000,
        });
      onCreated?.(created);
      onClose();
    },
    onError: (error) => setErrors(isApiError(error) ? { ...error.fieldErrors } : {}),
  });

  function submit(event: FormEvent) {
    event.preventDefault();
    const found: Record<string, string> = {};
    if (mode === "file" && !file) found.file = "Choose a file";
    const checked =
      mode === "link"
        ? validateWith(CreateEvidenceLink, linkBody(values, links))
        : validateWith(EvidenceFieldsSchema, { ...linkBody(values, []), url: undefined, links: undefined });
    if (!checked.ok) Object.assign(found, checked.fieldErrors);
    for (const issue of evidenceDateIssues({
      effectiveOn: values.effectiveOn || null,
      validUntil: values.validUntil || null,
    }))
      found[issue.path] ??= `Must be on or after the effective date`;
    setErrors(found);
    if (Object.keys(found).length === 0) save.mutate();
  }
  const placed = Object.keys(errors).some((k) => k !== "" && k !== "file");
  const title = mode === "file" ? "Upload evidence file" : "Add evidence link";

  return (
    <Modal opened onClose={onClose} title={title} size="lg" centered>
      <form onSubmit={submit} noValidate aria-label={title}>
        <Stack>
          {save.isError && !placed ? (
            <FormAlert error={save.error} title="The evidence was not saved" />
          ) : null}
          {mode === "file" ? (
            <FileInput
              label="File"
              description={`PDF, images, office documents, text, CSV, JSON, YAML or ZIP. HTML, SVG and scripts are refused.`}
              placeholder="Choose a file"
              required
              clearable
              accept={ACCEPT}
              value={file}
              onChange={(f) => {
                setFile(f);
                if (f && !values.title.trim()) set("title", titleFromFileName(f.name));
              }}
              error={errors.file}
              data-autofocus
            />
          ) : null}
          <EvidenceFields values={values} set={set} errors={errors} withUrl={mode === "link"} />
          {linkedNote ? (
            <Text size="sm" c="dimmed">
              {linkedNote}
            </Text>
          ) : null}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              Cancel
            </Button>
            <Button type="submit" loading={save.isPending}>
              {mode === "file" ? "Upload" : "Add link"}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
