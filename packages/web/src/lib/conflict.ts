import { notifications } from "@mantine/notifications";
import type { QueryClient, QueryKey } from "@tanstack/react-query";
import { isApiError } from "../api/errors";

/** Whether a write failed because someone else saved the record first (409 VERSION_CONFLICT). */
export function isVersionConflict(error: unknown): boolean {
  return isApiError(error, "VERSION_CONFLICT");
}

/**
 * Tells the person that their edit lost a race and reloads the list, so they see the other
 * person's version before making their change again. Returns true when it handled the error.
 */
export function handleVersionConflict(
  error: unknown,
  queryClient: QueryClient,
  key: QueryKey,
  what: string,
): boolean {
  if (!isVersionConflict(error)) return false;
  notifications.show({
    color: "orange",
    title: `This ${what} was changed by someone else`,
    message: `Your change was not saved. The list now shows the latest version; open the ${what} again to make your change.`,
    autoClose: 10_000,
  });
  void queryClient.invalidateQueries({ queryKey: key });
  return true;
}
