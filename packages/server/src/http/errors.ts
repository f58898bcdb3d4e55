import type { FastifyError, FastifyReply, FastifyRequest } from "fastify";
import { hasZodFastifySchemaValidationErrors, isResponseSerializationError } from "fastify-type-provider-zod";
import { ZodError } from "zod";
import { DomainError, type ErrorBody, type ErrorCode } from "@openaims/core";

/** One table from error code to HTTP status, checked by the compiler for completeness. */
export const statusOf = {
  VALIDATION_FAILED: 400,
  MALFORMED_REQUEST: 400,
  UNAUTHENTICATED: 401,
  INVALID_CREDENTIALS: 401,
  FORBIDDEN: 403,
  CSRF_FAILED: 403,
  ACCOUNT_DISABLED: 403,
  SETUP_TOKEN_INVALID: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  VERSION_CONFLICT: 409,
  ALREADY_EXISTS: 409,
  SETUP_NOT_AVAILABLE: 409,
  PAYLOAD_TOO_LARGE: 413,
  UNSUPPORTED_MEDIA_TYPE: 415,
  RULE_VIOLATION: 422,
  RATE_LIMITED: 429,
  SERVICE_UNAVAILABLE: 503,
  INTERNAL: 500,
} satisfies Record<ErrorCode, number>;

export const errorBody = (code: ErrorCode | string, message: string, details?: unknown): ErrorBody => ({
  error: details === undefined ? { code, message } : { code, message, details },
});

type Issue = { path: string; message: string };

function zodIssues(error: ZodError, prefix = ""): Issue[] {
  return error.issues.map((i) => ({
    path: [prefix, ...i.path.map(String)].filter(Boolean).join("."),
    message: i.message,
  }));
}

function describe(issues: Issue[]): string {
  const first = issues[0];
  if (!first) return "the request is invalid";
  const more = issues.length > 1 ? ` (and ${issues.length - 1} more)` : "";
  return `${first.path || "request"}: ${first.message}${more}`;
}

/** Maps Fastify's own client errors (bad JSON, wrong content type, body too large). */
const fastifyCodes: Record<string, [ErrorCode, string]> = {
  FST_ERR_CTP_INVALID_JSON_BODY: ["MALFORMED_REQUEST", "the body is not valid JSON"],
  FST_ERR_CTP_EMPTY_JSON_BODY: ["MALFORMED_REQUEST", "the body is empty but the content type says JSON"],
  FST_ERR_CTP_BODY_TOO_LARGE: ["PAYLOAD_TOO_LARGE", "the body is too large"],
  FST_ERR_CTP_INVALID_MEDIA_TYPE: ["UNSUPPORTED_MEDIA_TYPE", "send the body as application/json"],
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: ["MALFORMED_REQUEST", "the content length does not match the body"],
  FST_ERR_BAD_URL: ["MALFORMED_REQUEST", "the address is not a valid URL (bad percent-encoding)"],
  FST_ERR_MAX_PARAM_LENGTH: ["MALFORMED_REQUEST", "a path segment is too long"],
};

/**
 * SQLSTATEs a client can resolve by retrying: two writers raced for the same unique key, or the
 * database chose one of two transactions to fail. Drizzle wraps the driver's error in `cause`.
 */
const retryableSqlStates: Record<string, string> = {
  "23505": "someone else saved the same record at the same moment; reload and try again",
  "40001": "the change collided with another one; try again",
  "40P01": "the change collided with another one; try again",
};

/**
 * The database cannot be reached (down, restarting, refusing connections, or the connection broke
 * mid-request): the client may retry shortly, so 503 rather than a 500. SQLSTATE class 08 is
 * connection exceptions; 57P01-57P03 are shutdown and start-up; 53300 is too many connections.
 */
const unavailableCodes = new Set([
  "ECONNREFUSED",
  "ECONNRESET",
  "ETIMEDOUT",
  "EPIPE",
  "EHOSTUNREACH",
  "ENOTFOUND",
  "EAI_AGAIN",
  "57P01",
  "57P02",
  "57P03",
  "53300",
]);
const unavailableMessages =
  /^(Connection terminated|timeout exceeded when trying to connect|Client has encountered a connection error|Client was closed and is not queryable)/;

function isDatabaseUnavailable(error: unknown): boolean {
  for (let e = error, depth = 0; e && typeof e === "object" && depth < 5; depth++) {
    const code = (e as { code?: unknown }).code;
    if (typeof code === "string" && (unavailableCodes.has(code) || /^08...$/.test(code))) return true;
    const message = (e as { message?: unknown }).message;
    if (typeof message === "string" && unavailableMessages.test(message)) return true;
    e = (e as { cause?: unknown }).cause;
  }
  return false;
}

function sqlStateOf(error: unknown): string | undefined {
  for (let e = error, depth = 0; e && typeof e === "object" && depth < 5; depth++) {
    const code = (e as { code?: unknown }).code;
    if (typeof code === "string" && code in retryableSqlStates) return code;
    e = (e as { cause?: unknown }).cause;
  }
  return undefined;
}

/** The one error handler: a client gets a code and a message it can act on, never internals. */
export function handleError(error: FastifyError | Error, request: FastifyRequest, reply: FastifyReply) {
  if (error instanceof DomainError) {
    return reply.code(statusOf[error.code]).send(errorBody(error.code, error.message, error.details));
  }
  if (hasZodFastifySchemaValidationErrors(error)) {
    const issues = error.validation.map((v) => ({
      path: [
        error.validationContext,
        ...String(v.instancePath ?? "")
          .split("/")
          .filter(Boolean),
      ].join("."),
      message: v.message ?? "is invalid",
    }));
    return reply.code(400).send(errorBody("VALIDATION_FAILED", describe(issues), { issues }));
  }
  if (error instanceof ZodError) {
    const issues = zodIssues(error);
    return reply.code(400).send(errorBody("VALIDATION_FAILED", describe(issues), { issues }));
  }
  const sqlState = sqlStateOf(error);
  if (sqlState) {
    request.log.warn({ err: error }, "write refused by the database, client may retry");
    return reply.code(409).send(errorBody("CONFLICT", retryableSqlStates[sqlState]!));
  }
  if (isDatabaseUnavailable(error)) {
    request.log.warn({ err: error }, "database unavailable");
    return reply
      .code(503)
      .header("retry-after", "5")
      .send(
        errorBody("SERVICE_UNAVAILABLE", "the database is not reachable right now; try again in a moment"),
      );
  }
  const fastifyError = error as FastifyError;
  const mapped = fastifyError.code ? fastifyCodes[fastifyError.code] : undefined;
  if (mapped) return reply.code(statusOf[mapped[0]]).send(errorBody(mapped[0], mapped[1]));
  if (
    fastifyError.statusCode &&
    fastifyError.statusCode >= 400 &&
    fastifyError.statusCode < 500 &&
    !isResponseSerializationError(error)
  ) {
    return reply
      .code(fastifyError.statusCode)
      .send(errorBody("MALFORMED_REQUEST", "the request could not be understood"));
  }
  request.log.error({ err: error }, "unexpected error");
  return reply
    .code(500)
    .send(
      errorBody(
        "INTERNAL",
        `something went wrong on the server; quote request id ${request.id} when reporting it`,
      ),
    );
}
