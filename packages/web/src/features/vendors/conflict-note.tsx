import { Alert, Button } from "@mantine/core";
import { useQueryClient } from "@tanstack/react-query";
import { FormAlert } from "../../components/form-alert";
import { isVersionConflict } from "../../lib/conflict";
import { vendorKey } from "./vendors-api";

/**
 * A failed write on a vendor: a version conflict says someone else changed it and offers to reload
 * (nothing was saved); any other failure shows the server's message.
 */
export function ConflictNote({
  error,
  vendorId,
  onReload,
}: {
  error: unknown;
  vendorId: string;
  /** Also done on reload, e.g. closing the dialog that failed. */
  onReload?: () => void;
}) {
  const queryClient = useQueryClient();
  if (!error) return null;
  if (!isVersionConflict(error)) return <FormAlert error={error} />;
  return (
    <Alert
      color="orange"
      variant="light"
      role="alert"
      title="Changed by someone else"
      data-testid="version-conflict"
    >
      This vendor was changed by someone else since you opened it, so your change was not saved. Reload to see
      the latest version, then make your change again.{" "}
      <Button
        size="xs"
        variant="light"
        color="orange"
        onClick={() => {
          void queryClient.invalidateQueries({ queryKey: vendorKey(vendorId) });
          onReload?.();
        }}
      >
        Reload
      </Button>
    </Alert>
  );
}
