import { Button, Group, Modal, NumberInput, Select, Stack, TextInput, Textarea } from "@mantine/core";
import { DOCUMENT_KINDS, MAX_REVIEW_MONTHS, SCOPABLE_ROLES, type DocumentKind } from "@openaims/core";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";
import { useNavigate } from "react-router";
import { isApiError } from "../../api/errors";
import { FormAlert } from "../../components/form-alert";
import { useMe } from "../auth/me-context";
import { useBusinessUnitOptions } from "../business-units/business-units-api";
import { KIND_LABELS, documentPath } from "./document-labels";
import { afterDocumentSaved, createDocument } from "./documents-api";

/** Starts a document of the organization's own: title, kind, unit and review cadence; the text follows. */
export function NewDocumentModal({ onClose }: { onClose: () => void }) {
  const me = useMe();
  const units = useBusinessUnitOptions();
  // A person limited to some units creates documents in one of them (the server refuses others).
  const [unitId, setUnitId] = useState<string | null>(
    SCOPABLE_ROLES.includes(me.user.role) ? (me.user.businessUnitIds[0] ?? null) : null,
  );
  const [title, setTitle] = useState("");
  const [kind, setKind] = useState<DocumentKind>("policy");
  const [summary, setSummary] = useState("");
  const [months, setMonths] = useState<number | string>(12);
  const [missing, setMissing] = useState(false);
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const create = useMutation({
    mutationFn: () =>
      createDocument({
        title: title.trim(),
        kind,
        summary: summary.trim(),
        businessUnitId: unitId,
        reviewEveryMonths: typeof months === "number" ? months : null,
        content: `# ${title.trim()}\n\n`,
      }),
    onSuccess: (d) => {
      afterDocumentSaved(queryClient, d);
      onClose();
      void navigate(documentPath(d.id));
    },
  });
  const fieldErrors = isApiError(create.error) ? create.error.fieldErrors : {};
  function submit(event: FormEvent) {
    event.preventDefault();
    if (!title.trim()) return setMissing(true);
    create.mutate();
  }
  return (
    <Modal opened onClose={onClose} title="New document" centered size="lg">
      <form onSubmit={submit} noValidate aria-label="New document">
        <Stack>
          <TextInput
            label="Title"
            required
            value={title}
            onChange={(e) => {
              setTitle(e.currentTarget.value);
              setMissing(false);
            }}
            error={missing ? "Give the document a title" : fieldErrors.title}
            maxLength={300}
            data-autofocus
          />
          <Select
            label="Kind"
            data={DOCUMENT_KINDS.map((k) => ({ value: k, label: KIND_LABELS[k] }))}
            value={kind}
            onChange={(v) => v && setKind(v as DocumentKind)}
            allowDeselect={false}
          />
          <Textarea
            label="Summary"
            description="One or two sentences on what the document is for."
            autosize
            minRows={2}
            value={summary}
            onChange={(e) => setSummary(e.currentTarget.value)}
            error={fieldErrors.summary}
            maxLength={1000}
          />
          <Select
            label="Business unit"
            description="Leave empty for a document of the whole organization."
            placeholder="Whole organization"
            clearable
            data={units.options}
            value={unitId}
            onChange={setUnitId}
            error={fieldErrors.businessUnitId}
          />
          <NumberInput
            label="Review every (months)"
            description="When the next review falls after each approval (ISO/IEC 42001 A.2.4). Empty: no periodic review."
            min={1}
            max={MAX_REVIEW_MONTHS}
            allowDecimal={false}
            value={months}
            onChange={setMonths}
            error={fieldErrors.reviewEveryMonths}
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
