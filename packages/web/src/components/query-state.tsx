import { Alert, Button, Center, Loader, Table } from "@mantine/core";
import { messageOf } from "../api/errors";

/** A table row that says the list is loading, failed (with retry) or empty. */
export function TableStatusRow({
  colSpan,
  isLoading,
  error,
  isEmpty,
  emptyText,
  onRetry,
}: {
  colSpan: number;
  isLoading: boolean;
  error: unknown;
  isEmpty: boolean;
  emptyText: string;
  onRetry: () => void;
}) {
  if (!isLoading && !error && !isEmpty) return null;
  return (
    <Table.Tr>
      <Table.Td colSpan={colSpan}>
        {isLoading ? (
          <Center p="md">
            <Loader size="sm" aria-label="Loading" />
          </Center>
        ) : error ? (
          <Alert color="red" variant="light" role="alert" title="Could not load the list">
            {messageOf(error)}{" "}
            <Button size="xs" variant="subtle" onClick={onRetry}>
              Try again
            </Button>
          </Alert>
        ) : (
          <Center p="md" c="dimmed">
            {emptyText}
          </Center>
        )}
      </Table.Td>
    </Table.Tr>
  );
}

/** A page's record that is loading or failed to load (with retry); renders nothing once loaded. */
export function LoadStatus({
  isLoading,
  error,
  onRetry,
  what,
}: {
  isLoading: boolean;
  error: unknown;
  onRetry: () => void;
  /** "framework", "control", … for the error title. */
  what: string;
}) {
  if (isLoading) {
    return (
      <Center p="xl">
        <Loader size="sm" aria-label={`Loading the ${what}`} />
      </Center>
    );
  }
  if (!error) return null;
  return (
    <Alert color="red" variant="light" role="alert" title={`Could not load the ${what}`}>
      {messageOf(error)}{" "}
      <Button size="xs" variant="subtle" onClick={onRetry}>
        Try again
      </Button>
    </Alert>
  );
}
