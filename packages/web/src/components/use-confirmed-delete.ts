import { notifications } from "@mantine/notifications";
import { useMutation, useQueryClient, type QueryKey } from "@tanstack/react-query";
import { useState } from "react";
import { handleVersionConflict } from "../lib/conflict";

type Options<T> = {
  remove: (item: T) => Promise<unknown>;
  /** Refreshed after the delete, and after a version conflict. */
  queryKey: QueryKey;
  /** "competence", "role", … for the conflict message. */
  what: string;
  /** The confirmation shown once it is gone, e.g. "Deleted COMP-3 AI literacy." */
  deletedMessage: (item: T) => string;
};

/**
 * Deleting a record after a confirmation: which record is asked about, and the props of the
 * `ConfirmModal` that asks. A version conflict closes the modal and reloads the list.
 */
export function useConfirmedDelete<T>({ remove, queryKey, what, deletedMessage }: Options<T>) {
  const queryClient = useQueryClient();
  const [target, setTarget] = useState<T | null>(null);
  const mutation = useMutation({
    mutationFn: remove,
    onSuccess: (_, item) => {
      void queryClient.invalidateQueries({ queryKey });
      notifications.show({ color: "green", message: deletedMessage(item) });
      setTarget(null);
    },
    onError: (error) => {
      if (handleVersionConflict(error, queryClient, queryKey, what)) setTarget(null);
    },
  });
  return {
    target,
    ask: (item: T) => setTarget(item),
    modalProps: {
      opened: target !== null,
      isPending: mutation.isPending,
      error: mutation.error,
      onConfirm: () => {
        if (target !== null) mutation.mutate(target);
      },
      onClose: () => {
        setTarget(null);
        mutation.reset();
      },
    },
  };
}
