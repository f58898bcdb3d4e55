/** Every error code the product can answer with; the server maps each to one HTTP status. */
export const ERROR_CODES = [
  "VALIDATION_FAILED",
  "MALFORMED_REQUEST",
  "UNAUTHENTICATED",
  "FORBIDDEN",
  "CSRF_FAILED",
  "NOT_FOUND",
  "CONFLICT",
  "VERSION_CONFLICT",
  "ALREADY_EXISTS",
  "INVALID_CREDENTIALS",
  "ACCOUNT_DISABLED",
  "RATE_LIMITED",
  "SETUP_NOT_AVAILABLE",
  "SETUP_TOKEN_INVALID",
  "PAYLOAD_TOO_LARGE",
  "UNSUPPORTED_MEDIA_TYPE",
  "RULE_VIOLATION",
  "SERVICE_UNAVAILABLE",
  "INTERNAL",
] as const;

export type ErrorCode = (typeof ERROR_CODES)[number];

/** The one error type below HTTP: a stable code, a message a person can act on, optional details. */
export class DomainError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
    this.name = "DomainError";
  }
}

export function isDomainError(value: unknown): value is DomainError {
  return value instanceof DomainError;
}
