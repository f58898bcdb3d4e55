import { Alert } from "@mantine/core";
import { isApiError, messageOf } from "../api/errors";

type Props = { error: unknown; title?: string };

/**
 * The message of a failed request, announced to screen readers. Field-level validation messages
 * are shown next to their inputs; this shows the rest.
 */
export function FormAlert({ error, title = "That did not work" }: Props) {
  if (!error) return null;
  const unplaced = isApiError(error) ? error.fieldErrors[""] : undefined;
  return (
    <Alert color="red" variant="light" title={title} role="alert" data-testid="form-error">
      {messageOf(error)}
      {unplaced && unplaced !== messageOf(error) ? ` ${unplaced}` : null}
    </Alert>
  );
}
