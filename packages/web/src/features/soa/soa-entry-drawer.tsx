import {
  ActionIcon,
  Alert,
  Anchor,
  Button,
  Drawer,
  Group,
  SegmentedControl,
  Select,
  Stack,
  Text,
  TextInput,
  Textarea,
  Title,
} from "@mantine/core";
import { notifications } from "@mantine/notifications";
import {
  SOA_IMPLEMENTATION_STATUSES,
  SOA_REASON_KINDS,
  type SoaEntryView,
  type SoaReasonKind,
} from "@openaims/core";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";
import { Link } from "react-router";
import { isApiError } from "../../api/errors";
import { FormAlert } from "../../components/form-alert";
import { handleVersionConflict } from "../../lib/conflict";
import { controlPath } from "../controls/control-paths";
import { SOA_KEY, afterSoaChanged, updateSoaEntry } from "./soa-api";
import { REASON_KIND_LABELS, SOA_STATUS_LABELS } from "./soa-labels";
import { ReasonText } from "./soa-reasons";
import { SoaEvidenceList } from "./soa-evidence";
import {
  changesOf,
  entryFormErrors,
  formOf,
  withProposal,
  type Applicability,
  type EntryForm,
} from "./soa-values";

/** Decide and justify one Annex A control (ISO/IEC 42001 6.1.3 d–e). */
function EntryEditor({
  entry,
  canWrite,
  onClose,
}: {
  entry: SoaEntryView;
  canWrite: boolean;
  onClose: () => void;
}) {
  const queryClient = useQueryClient();
  const [form, setForm] = useState<EntryForm>(() => formOf(entry));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [kind, setKind] = useState<SoaReasonKind>("business");
  const [ref, setRef] = useState("");
  const [note, setNote] = useState("");
  const set = (patch: Partial<EntryForm>) => setForm((f) => ({ ...f, ...patch }));

  const save = useMutation({
    mutationFn: () => updateSoaEntry(entry.controlId, changesOf(entry, form)),
    onSuccess: (saved) => {
      afterSoaChanged(queryClient);
      notifications.show({ color: "green", message: `Saved ${saved.controlId}.` });
      onClose();
    },
    onError: (error) => {
      if (handleVersionConflict(error, queryClient, SOA_KEY, "SoA entry")) return onClose();
      if (isApiError(error)) setErrors({ ...error.fieldErrors });
    },
  });

  function addReason() {
    if (!ref.trim()) return setErrors({ ref: "Name the reason, e.g. the contract or decision" });
    set({ reasons: [...form.reasons, { kind, ref: ref.trim(), label: "", note: note.trim() }] });
    setRef("");
    setNote("");
    setErrors({});
  }
  function submit(event: FormEvent) {
    event.preventDefault();
    const e = entryFormErrors(entry, form);
    setErrors(e);
    if (Object.keys(e).length === 0) save.mutate();
  }

  return (
    <form onSubmit={submit} noValidate aria-label={`Edit ${entry.controlId}`}>
      <Stack gap="md">
        <Text size="sm" c="dimmed">
          {entry.themeTitle} ·{" "}
          {entry.decisionSource === "manual"
            ? "decided by hand"
            : entry.decisionSource === "derived"
              ? "from the draft"
              : "not decided"}
        </Text>
        {entry.proposal ? (
          <Alert color="orange" variant="light" title="The draft disagrees" data-testid="soa-proposal">
            <Stack gap="xs">
              <Text size="sm">{entry.proposal.message}</Text>
              {entry.proposal.missingReasons.map((r) => (
                <ReasonText key={`${r.kind}:${r.ref}`} reason={r} risks={entry.risks} />
              ))}
              {canWrite ? (
                <Group>
                  <Button
                    size="xs"
                    variant="light"
                    onClick={() => setForm((f) => withProposal(f, entry.proposal!))}
                  >
                    Take the proposal
                  </Button>
                </Group>
              ) : null}
            </Stack>
          </Alert>
        ) : null}
        <Stack gap={4}>
          <Text size="sm" fw={500} id="soa-applicability-label">
            Applicability
          </Text>
          <SegmentedControl
            aria-labelledby="soa-applicability-label"
            disabled={!canWrite}
            value={form.applicability}
            onChange={(v) => set({ applicability: v as Applicability })}
            data={[
              { value: "undecided", label: "Undecided" },
              { value: "applicable", label: "Applicable" },
              { value: "excluded", label: "Excluded" },
            ]}
          />
        </Stack>
        {form.applicability === "excluded" ? (
          <Textarea
            label="Justification for the exclusion"
            required
            autosize
            minRows={3}
            readOnly={!canWrite}
            value={form.exclusionJustification}
            onChange={(e) => set({ exclusionJustification: e.currentTarget.value })}
            error={errors.exclusionJustification}
          />
        ) : (
          <Stack gap="xs">
            <Text size="sm" fw={500}>
              Reasons for inclusion
            </Text>
            {form.reasons.length === 0 ? (
              <Text size="sm" c="dimmed">
                None yet.
              </Text>
            ) : (
              form.reasons.map((r, i) => (
                <Group key={`${r.kind}:${r.ref}`} gap="xs" wrap="nowrap" align="flex-start">
                  <div style={{ flex: 1 }}>
                    <ReasonText reason={r} risks={entry.risks} />
                    {r.note ? (
                      <Text size="xs" c="dimmed">
                        {r.note}
                      </Text>
                    ) : null}
                  </div>
                  {canWrite ? (
                    <ActionIcon
                      variant="subtle"
                      color="red"
                      aria-label={`Remove reason ${r.ref}`}
                      onClick={() => set({ reasons: form.reasons.filter((_, j) => j !== i) })}
                    >
                      ×
                    </ActionIcon>
                  ) : null}
                </Group>
              ))
            )}
            {errors.reasons ? (
              <Text size="sm" c="red" role="alert">
                {errors.reasons}
              </Text>
            ) : null}
            {canWrite ? (
              <Group gap="xs" align="flex-end" wrap="wrap">
                <Select
                  label="Kind"
                  data={SOA_REASON_KINDS.map((k) => ({ value: k, label: REASON_KIND_LABELS[k] }))}
                  value={kind}
                  onChange={(v) => setKind((v as SoaReasonKind | null) ?? "business")}
                  allowDeselect={false}
                  w={170}
                />
                <TextInput
                  label="Reference"
                  placeholder="e.g. customer contract C-12"
                  value={ref}
                  onChange={(e) => setRef(e.currentTarget.value)}
                  error={errors.ref}
                  w={200}
                />
                <TextInput
                  label="Note"
                  value={note}
                  onChange={(e) => setNote(e.currentTarget.value)}
                  w={180}
                />
                <Button variant="default" onClick={addReason}>
                  Add reason
                </Button>
              </Group>
            ) : null}
          </Stack>
        )}
        <Select
          label="Implementation status"
          disabled={!canWrite}
          allowDeselect={false}
          data={SOA_IMPLEMENTATION_STATUSES.map((s) => ({ value: s, label: SOA_STATUS_LABELS[s].label }))}
          value={form.implementationStatus}
          onChange={(v) => v && set({ implementationStatus: v as EntryForm["implementationStatus"] })}
        />
        <Textarea
          label="Notes"
          autosize
          minRows={2}
          readOnly={!canWrite}
          value={form.notes}
          onChange={(e) => set({ notes: e.currentTarget.value })}
          error={errors.notes}
        />
        <Stack gap={4}>
          <Text size="sm" fw={500}>
            Implemented by
          </Text>
          {entry.controls.length === 0 ? (
            <Text size="sm" c="dimmed">
              No control of yours is linked to {entry.controlId}. Link one in the control library.
            </Text>
          ) : (
            entry.controls.map((c) => (
              <Anchor key={c.id} component={Link} to={controlPath(c.id)} size="sm">
                {c.code} {c.title} ({c.implementationStatus.replace("_", " ")})
              </Anchor>
            ))
          )}
          <Text size="sm" fw={500} mt="xs">
            Evidence
          </Text>
          <SoaEvidenceList entry={entry} />
        </Stack>
        {save.isError && Object.keys(errors).length === 0 ? <FormAlert error={save.error} /> : null}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {canWrite ? "Cancel" : "Close"}
          </Button>
          {canWrite ? (
            <Button type="submit" loading={save.isPending}>
              Save
            </Button>
          ) : null}
        </Group>
      </Stack>
    </form>
  );
}

/** The side panel of one SoA entry. */
export function SoaEntryDrawer({
  entry,
  canWrite,
  onClose,
}: {
  entry: SoaEntryView | null;
  canWrite: boolean;
  onClose: () => void;
}) {
  return (
    <Drawer
      opened={entry !== null}
      onClose={onClose}
      position="right"
      size="lg"
      title={
        entry ? (
          <Title order={3} size="h4">
            {entry.controlId} {entry.title}
          </Title>
        ) : null
      }
    >
      {entry ? (
        <EntryEditor
          key={`${entry.controlKey}:${entry.version}`}
          entry={entry}
          canWrite={canWrite}
          onClose={onClose}
        />
      ) : null}
    </Drawer>
  );
}
