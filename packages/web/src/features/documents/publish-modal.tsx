import { Button, Group, Modal, MultiSelect, Stack, Text, TextInput, Textarea } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { utcDay, type DocumentView } from "@openaims/core";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";
import { isApiError } from "../../api/errors";
import { FormAlert } from "../../components/form-alert";
import { useCan } from "../auth/me-context";
import { useBusinessUnitOptions } from "../business-units/business-units-api";
import { useOwnerOptions } from "../controls/control-owner-options";
import { DOCUMENTS_KEY, publishDocument } from "./documents-api";

/**
 * Publishes the revision in force to people and business units (every member of a unit), each of
 * whom is asked to read and acknowledge it by the due date (ISO/IEC 42001 7.3, 7.4).
 */
export function PublishModal({ doc, onClose }: { doc: DocumentView; onClose: () => void }) {
  const people = useOwnerOptions(useCan("users:read"));
  const units = useBusinessUnitOptions();
  const [userIds, setUserIds] = useState<string[]>([]);
  const [unitIds, setUnitIds] = useState<string[]>([]);
  const [dueOn, setDueOn] = useState("");
  const [note, setNote] = useState("");
  const [empty, setEmpty] = useState(false);
  const queryClient = useQueryClient();
  const publish = useMutation({
    mutationFn: () =>
      publishDocument(doc.id, { userIds, businessUnitIds: unitIds, dueOn: dueOn || null, note: note.trim() }),
    onSuccess: (p) => {
      void queryClient.invalidateQueries({ queryKey: [...DOCUMENTS_KEY, doc.id, "publications"] });
      void queryClient.invalidateQueries({ queryKey: ["acknowledgements"] });
      notifications.show({
        color: "green",
        message: `Revision ${p.revisionNumber} of ${doc.key} was published to ${p.total} ${p.total === 1 ? "person" : "people"}.`,
      });
      onClose();
    },
  });
  const fieldErrors = isApiError(publish.error) ? publish.error.fieldErrors : {};
  function submit(event: FormEvent) {
    event.preventDefault();
    if (userIds.length === 0 && unitIds.length === 0) return setEmpty(true);
    publish.mutate();
  }
  return (
    <Modal
      opened
      onClose={onClose}
      title={`Publish ${doc.key} revision ${doc.effectiveRevision}`}
      centered
      size="lg"
    >
      <form onSubmit={submit} noValidate aria-label="Publish">
        <Stack>
          <Text size="sm" c="dimmed">
            Each person receives a notification and is asked to read the approved revision and confirm they
            have read and understood it. Members of a business unit are the people granted that unit.
          </Text>
          <MultiSelect
            label="Business units"
            placeholder="Pick units"
            searchable
            data={units.options}
            value={unitIds}
            onChange={(v) => {
              setUnitIds(v);
              setEmpty(false);
            }}
            error={fieldErrors.businessUnitIds}
          />
          <MultiSelect
            label="People"
            placeholder="Pick people"
            searchable
            data={people.options}
            value={userIds}
            onChange={(v) => {
              setUserIds(v);
              setEmpty(false);
            }}
            error={empty ? "Pick at least one business unit or person" : fieldErrors.userIds}
          />
          <TextInput
            label="Acknowledge by"
            description="Optional; after this day the pending people are reminded once and listed as overdue."
            type="date"
            min={utcDay()}
            value={dueOn}
            onChange={(e) => setDueOn(e.currentTarget.value)}
            error={fieldErrors.dueOn}
          />
          <Textarea
            label="Message (optional)"
            autosize
            minRows={2}
            maxLength={2000}
            value={note}
            onChange={(e) => setNote(e.currentTarget.value)}
          />
          <FormAlert
            error={publish.error && !fieldErrors.userIds && !fieldErrors.dueOn ? publish.error : null}
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              Cancel
            </Button>
            <Button type="submit" loading={publish.isPending}>
              Publish
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
