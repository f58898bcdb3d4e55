import { Alert, Button, Checkbox, Group, Modal, Select, Stack, Text, Textarea } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { VENDOR_RISK_RATINGS, type CampaignDetail, type VendorRiskRating } from "@openaims/core";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { isApiError } from "../../api/errors";
import { FormAlert } from "../../components/form-alert";
import { RATING_LABELS } from "../questionnaires/questionnaire-labels";
import { acceptCampaign, afterCampaignSaved } from "./campaigns-api";

/** Whether acceptance suggests starting a risk: the vendor comes out high or critical. */
export const suggestsRisk = (rating: VendorRiskRating | null) => rating === "high" || rating === "critical";

/**
 * Accepts a submitted questionnaire (ISO/IEC 42001 A.10.3): the vendor gets the rating the score
 * gives (or another, with the reason), answers and files are kept as evidence, and a register risk
 * may be started.
 */
export function AcceptModal({ c, onClose }: { c: CampaignDetail; onClose: () => void }) {
  const queryClient = useQueryClient();
  const computed = c.scoring.rating;
  const [rating, setRating] = useState<VendorRiskRating | null>(computed);
  const [reason, setReason] = useState("");
  const [reviewNote, setReviewNote] = useState(c.reviewNote);
  const [createRisk, setCreateRisk] = useState(suggestsRisk(computed));
  const overridden = rating !== null && rating !== computed;
  const accept = useMutation({
    mutationFn: () =>
      acceptCampaign(c.id, {
        version: c.version,
        ...(overridden ? { rating: rating!, reason: reason.trim() } : {}),
        reviewNote: reviewNote.trim(),
        createRisk,
      }),
    onSuccess: (saved) => {
      afterCampaignSaved(queryClient, saved);
      void queryClient.invalidateQueries({ queryKey: ["vendors"] });
      notifications.show({
        color: "green",
        message: `${saved.key} accepted; ${saved.vendor.name} is rated ${saved.rating ?? "—"}.`,
      });
      onClose();
    },
  });
  const fieldErrors = isApiError(accept.error) ? accept.error.fieldErrors : {};
  const blocked = c.scoring.pending > 0 || c.openFollowUps > 0;

  return (
    <Modal opened onClose={onClose} title={`Accept ${c.key}`} size="lg" centered>
      <Stack>
        {c.scoring.pending > 0 ? (
          <Alert color="orange" variant="light" data-testid="accept-blocked">
            Score the {c.scoring.pending} pending answer{c.scoring.pending === 1 ? "" : "s"} first.
          </Alert>
        ) : null}
        {c.openFollowUps > 0 ? (
          <Alert color="orange" variant="light">
            {c.openFollowUps} follow-up question(s) are still waiting for the vendor.
          </Alert>
        ) : null}
        <Text size="sm">
          Score <b>{c.scoring.score ?? "—"}</b> / 100; the bands of this questionnaire give{" "}
          <b data-testid="computed-rating">
            {computed ? RATING_LABELS[computed].label.toLowerCase() : "no rating"}
          </b>
          .
        </Text>
        <Select
          label="Vendor risk rating"
          description="Keep the computed rating, or choose another and say why."
          data={VENDOR_RISK_RATINGS.map((r) => ({
            value: r,
            label: `${RATING_LABELS[r].label}${r === computed ? " (computed)" : ""}`,
          }))}
          value={rating}
          onChange={(v) => {
            const next = v as VendorRiskRating | null;
            setRating(next);
            setCreateRisk(suggestsRisk(next));
          }}
          allowDeselect={false}
          error={fieldErrors.rating}
        />
        {overridden ? (
          <Textarea
            label="Why this rating?"
            required
            autosize
            minRows={2}
            maxLength={2000}
            value={reason}
            onChange={(e) => setReason(e.currentTarget.value)}
            error={fieldErrors.reason}
          />
        ) : null}
        <Textarea
          label="Review note (optional)"
          description="Kept with the questionnaire and in the evidence."
          autosize
          minRows={2}
          maxLength={5000}
          value={reviewNote}
          onChange={(e) => setReviewNote(e.currentTarget.value)}
          error={fieldErrors.reviewNote}
        />
        <Checkbox
          label="Also start a risk about this vendor in the risk register"
          checked={createRisk}
          onChange={(e) => setCreateRisk(e.currentTarget.checked)}
        />
        {Object.keys(fieldErrors).some((k) => k !== "") ? null : <FormAlert error={accept.error} />}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            Cancel
          </Button>
          <Button
            color="green"
            onClick={() => accept.mutate()}
            loading={accept.isPending}
            disabled={blocked || (overridden && !reason.trim()) || rating === null}
          >
            Accept and rate the vendor
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
