/**
 * Turns what the server answers on failure (`{ "error": { "code", "message", "details" } }`)
 * into one error type the pages can show, with per-field messages for VALIDATION_FAILED.
 */

/** A failed API call: HTTP status, stable code, a message a person can act on, field messages. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details: unknown,
    readonly fieldErrors: Readonly<Record<string, string>>,
  ) {
    super(message);
    this.name = "ApiError";
  }
}

/** Whether a value is an ApiError, optionally with a given code. */
export function isApiError(value: unknown, code?: string): value is ApiError {
  return value instanceof ApiError && (code === undefined || value.code === code);
}

type Issue = { path: string; message: string };

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** Reads `details.issues` of a VALIDATION_FAILED body; anything malformed is skipped. */
export function validationIssues(details: unknown): Issue[] {
  if (!isRecord(details) || !Array.isArray(details.issues)) return [];
  const issues: Issue[] = [];
  for (const raw of details.issues) {
    if (!isRecord(raw) || typeof raw.message !== "string") continue;
    const path = Array.isArray(raw.path) ? raw.path.map(String).join(".") : String(raw.path ?? "");
    issues.push({ path, message: raw.message });
  }
  return issues;
}

/** Where a request part is named before the field in a path ("body.email"). */
const REQUEST_PARTS = new Set(["body", "querystring", "query", "params", "headers"]);

/** The form field an issue path points at: "body.businessUnitIds.2" → "businessUnitIds". */
export function fieldOfPath(path: string): string {
  const parts = path.split(".").filter(Boolean);
  if (parts.length > 1 && REQUEST_PARTS.has(parts[0]!)) parts.shift();
  else if (parts.length === 1 && REQUEST_PARTS.has(parts[0]!)) return "";
  return parts[0] ?? "";
}

/**
 * Messages by form field. An issue on `businessUnitIds.2` is reported on `businessUnitIds`
 * (the field a person sees); the first message for a field wins; issues on no field go to "".
 */
export function fieldErrorsOf(issues: readonly Issue[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const issue of issues) {
    const field = fieldOfPath(issue.path);
    if (!(field in out)) out[field] = upperFirst(issue.message);
  }
  return out;
}

const FALLBACK_MESSAGES: Record<number, string> = {
  401: "You are not signed in.",
  403: "You do not have permission to do this.",
  404: "Not found.",
  409: "Someone else changed this record.",
  413: "The request is too large.",
  429: "Too many attempts. Wait a moment and try again.",
  500: "The server hit an unexpected error.",
  502: "The server is not reachable.",
  503: "The server is not available right now.",
};

/** Builds an ApiError from a status and a parsed (or unparseable: `undefined`) JSON body. */
export function apiErrorFrom(status: number, body: unknown): ApiError {
  const error = isRecord(body) && isRecord(body.error) ? body.error : null;
  const code = error && typeof error.code === "string" ? error.code : `HTTP_${status}`;
  const fallback = FALLBACK_MESSAGES[status] ?? `The request failed (HTTP ${status}).`;
  const message = error && typeof error.message === "string" && error.message ? error.message : fallback;
  const details = error?.details;
  const fieldErrors = code === "VALIDATION_FAILED" ? fieldErrorsOf(validationIssues(details)) : {};
  return new ApiError(status, code, message, details, fieldErrors);
}

/** The error to show when the request never reached the server. */
export function networkError(cause: unknown): ApiError {
  const why = cause instanceof Error && cause.message ? ` (${cause.message})` : "";
  return new ApiError(
    0,
    "NETWORK",
    `Could not reach the server${why}. Check your connection.`,
    undefined,
    {},
  );
}

/** "is wrong" → "Is wrong" (server messages are written to follow a field name). */
export function upperFirst(text: string): string {
  return text ? text.charAt(0).toUpperCase() + text.slice(1) : text;
}

/** A message as a sentence: capital first letter, final full stop. */
export function asSentence(text: string): string {
  const t = upperFirst(text.trim());
  return !t || /[.!?]$/.test(t) ? t : `${t}.`;
}

/** Whether a 404 says the server has no such API route (an older server), not a missing record. */
export function isMissingRoute(error: unknown): boolean {
  return isApiError(error) && error.status === 404 && /^no API route\b/i.test(error.message);
}

/** A message for any thrown value, for notifications and alerts. */
export function messageOf(error: unknown): string {
  if (error instanceof Error && error.message) return asSentence(error.message);
  return "Something went wrong.";
}
