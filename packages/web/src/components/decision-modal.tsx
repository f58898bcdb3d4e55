import { Button, Group, Modal, Stack, Textarea } from "@mantine/core";
import { useState, type FormEvent } from "react";
import { isApiError } from "../api/errors";
import { FormAlert } from "./form-alert";

export type Decision = "approve" | "reject";

type Props = {
  /** The decision being confirmed; null keeps the dialog closed. */
  decision: Decision | null;
  /** Dialog titles, e.g. "Accept the residual risk" / "Reject the acceptance". */
  titles: Record<Decision, string>;
  isPending: boolean;
  /** The failed request, if any: a comment problem shows under the field, anything else above the buttons. */
  error: unknown;
  onDecide: (decision: Decision, comment: string) => void;
  onClose: () => void;
};

/**
 * Confirms an approval decision with a comment, required when rejecting (the approval engine in
 * core refuses a rejection without a reason; this says so before the request is sent).
 */
export function DecisionModal({ decision, titles, isPending, error, onDecide, onClose }: Props) {
  return (
    <Modal opened={decision !== null} onClose={onClose} title={decision ? titles[decision] : ""} centered>
      {decision ? (
        <DecisionForm
          key={decision}
          decision={decision}
          isPending={isPending}
          error={error}
          onDecide={onDecide}
          onClose={onClose}
        />
      ) : null}
    </Modal>
  );
}

function DecisionForm({
  decision,
  isPending,
  error,
  onDecide,
  onClose,
}: Omit<Props, "titles" | "decision"> & { decision: Decision }) {
  const [comment, setComment] = useState("");
  const [missing, setMissing] = useState(false);
  const serverError = isApiError(error) ? error.fieldErrors.comment : undefined;
  const commentError = missing ? "Give the reason for rejecting" : serverError;

  function submit(event: FormEvent) {
    event.preventDefault();
    if (decision === "reject" && !comment.trim()) return setMissing(true);
    onDecide(decision, comment.trim());
  }
  return (
    <form onSubmit={submit} noValidate aria-label="Decision">
      <Stack>
        <Textarea
          label={decision === "reject" ? "Reason" : "Comment"}
          required={decision === "reject"}
          autosize
          minRows={3}
          value={comment}
          onChange={(e) => {
            setComment(e.currentTarget.value);
            setMissing(false);
          }}
          error={commentError}
          data-autofocus
        />
        {error && !commentError ? <FormAlert error={error} /> : null}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            Cancel
          </Button>
          <Button type="submit" color={decision === "approve" ? "green" : "red"} loading={isPending}>
            {decision === "approve" ? "Approve" : "Reject"}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
