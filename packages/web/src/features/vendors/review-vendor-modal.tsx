import { Button, Group, Modal, Stack, Text, Textarea } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import type { Vendor } from "@openaims/core";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";
import { formatDate } from "../../lib/format";
import { ConflictNote } from "./conflict-note";
import { afterVendorSaved, reviewVendor } from "./vendors-api";

/** Records that the periodic review of the vendor was done today (ISO/IEC 42001 A.10.3). */
export function ReviewVendorModal({ vendor, onClose }: { vendor: Vendor; onClose: () => void }) {
  const queryClient = useQueryClient();
  const [note, setNote] = useState("");
  const review = useMutation({
    mutationFn: () => reviewVendor(vendor.id, { version: vendor.version, note: note.trim() }),
    onSuccess: (saved) => {
      afterVendorSaved(queryClient, saved);
      notifications.show({
        color: "green",
        message: `${saved.key} reviewed; the next review is due on ${formatDate(saved.nextReviewOn)}.`,
      });
      onClose();
    },
  });
  function submit(event: FormEvent) {
    event.preventDefault();
    review.mutate();
  }
  return (
    <Modal opened onClose={onClose} title={`Mark ${vendor.key} reviewed`} centered>
      <form onSubmit={submit} noValidate aria-label="Mark reviewed">
        <Stack>
          <Text size="sm">
            Records that you reviewed {vendor.name} today. The next review falls {vendor.reviewCadenceMonths}{" "}
            {vendor.reviewCadenceMonths === 1 ? "month" : "months"} later.
          </Text>
          <Textarea
            label="Note (optional)"
            description="What you checked or concluded; kept in the audit trail."
            autosize
            minRows={2}
            value={note}
            onChange={(e) => setNote(e.currentTarget.value)}
            maxLength={2000}
            data-autofocus
          />
          <ConflictNote error={review.error} vendorId={vendor.id} onReload={onClose} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              Cancel
            </Button>
            <Button type="submit" loading={review.isPending}>
              Mark reviewed
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
