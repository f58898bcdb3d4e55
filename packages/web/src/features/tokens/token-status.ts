import type { ApiToken } from "@openaims/core";

export type TokenStatus = "active" | "expired" | "revoked";

/** Whether a token still works at `now`: revoked wins over expired. */
export function tokenStatus(
  token: Pick<ApiToken, "expiresAt" | "revokedAt">,
  now: Date = new Date(),
): TokenStatus {
  if (token.revokedAt) return "revoked";
  if (token.expiresAt && new Date(token.expiresAt).getTime() <= now.getTime()) return "expired";
  return "active";
}

/** Choices of lifetime for a new token, in days; null = never expires. */
export const TOKEN_LIFETIMES: readonly { value: string; label: string; days: number | null }[] = [
  { value: "30", label: "30 days", days: 30 },
  { value: "90", label: "90 days", days: 90 },
  { value: "180", label: "180 days", days: 180 },
  { value: "365", label: "1 year", days: 365 },
  { value: "never", label: "Never (not recommended)", days: null },
];

/** The `expiresInDays` to send for a lifetime choice (90 days when unknown). */
export function expiresInDaysOf(choice: string | null): number | null {
  const found = TOKEN_LIFETIMES.find((l) => l.value === choice);
  return found ? found.days : 90;
}
