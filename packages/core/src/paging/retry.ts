/** Delay before retrying a failed background job: exponential, capped at one hour. */
export function retryDelayMs(attempt: number, baseMs = 5_000): number {
  const exp = Math.min(attempt - 1, 10);
  return Math.min(baseMs * 2 ** Math.max(exp, 0), 3_600_000);
}
