/**
 * Client-side checks with the same zod contracts the server uses (from @openaims/core), so a
 * person sees a field's problem before sending, worded as the server would word it.
 */
import { fieldErrorsOf, validationIssues } from "../api/errors";

type SafeParser<T> = {
  safeParse(value: unknown): { success: true; data: T } | { success: false; error: { issues: unknown[] } };
};

export type Validation<T> = { ok: true; data: T } | { ok: false; fieldErrors: Record<string, string> };

/** Parses `value` with a core schema; on failure, messages by field as in a VALIDATION_FAILED reply. */
export function validateWith<T>(schema: SafeParser<T>, value: unknown): Validation<T> {
  const result = schema.safeParse(value);
  if (result.success) return { ok: true, data: result.data };
  return { ok: false, fieldErrors: fieldErrorsOf(validationIssues({ issues: result.error.issues })) };
}
