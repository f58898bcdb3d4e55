import { DomainError } from "@openaims/core";

/**
 * Optimistic concurrency: an update names the version it read; if the record moved on since,
 * the caller gets 409 and must reload rather than silently overwrite someone else's change.
 */
export function assertVersion(
  current: { version: number } | undefined,
  expected: number,
  what: string,
): asserts current is { version: number } {
  if (!current) throw new DomainError("NOT_FOUND", `${what} not found`);
  if (current.version !== expected) {
    throw new DomainError(
      "VERSION_CONFLICT",
      `${what} was changed by someone else (now version ${current.version}, you sent ${expected}); reload and try again`,
      { currentVersion: current.version },
    );
  }
}
