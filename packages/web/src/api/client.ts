/**
 * The one way the web talks to the server: same-origin fetch with the session cookie, the CSRF
 * token of the last `Me` on every write, and failures turned into ApiError.
 */
import { ApiError, apiErrorFrom, networkError } from "./errors";
import { buildQueryString, type QueryValue } from "./query-string";

export type HttpMethod = "GET" | "POST" | "PATCH" | "PUT" | "DELETE";

let csrfToken: string | null = null;
let unauthorizedHandler: (() => void) | null = null;

/** Remembers the CSRF token from the last `Me` the server sent (null when signed out). */
export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}

/** What to do when a call answers 401 (the app sends the person to the sign-in page). */
export function setUnauthorizedHandler(handler: (() => void) | null): void {
  unauthorizedHandler = handler;
}

/** The fetch options for a call; writes carry `x-csrf-token`, bodies are JSON. */
export function buildRequestInit(method: HttpMethod, body: unknown, csrf: string | null): RequestInit {
  const headers: Record<string, string> = { accept: "application/json" };
  if (method !== "GET" && csrf) headers["x-csrf-token"] = csrf;
  const init: RequestInit = { method, credentials: "same-origin", headers };
  if (body !== undefined) {
    headers["content-type"] = "application/json";
    init.body = JSON.stringify(body);
  }
  return init;
}

export type RequestOptions = {
  body?: unknown;
  query?: Readonly<Record<string, QueryValue>>;
  signal?: AbortSignal;
  /** false for calls whose 401 is an answer, not an expired session (sign-in, who-am-I). */
  redirectOn401?: boolean;
};

async function readJson(response: Response): Promise<unknown> {
  const text = await response.text();
  if (!text) return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

/** Calls the API; resolves with the parsed body (undefined for 204) or throws ApiError. */
export async function apiRequest<T>(
  method: HttpMethod,
  path: string,
  options: RequestOptions = {},
): Promise<T> {
  const url = path + (options.query ? buildQueryString(options.query) : "");
  const init = buildRequestInit(method, options.body, csrfToken);
  if (options.signal) init.signal = options.signal;
  let response: Response;
  try {
    response = await fetch(url, init);
  } catch (cause) {
    if (cause instanceof DOMException && cause.name === "AbortError") throw cause;
    throw networkError(cause);
  }
  if (response.status === 204) return undefined as T;
  const body = await readJson(response);
  if (response.ok) return body as T;
  const error: ApiError = apiErrorFrom(response.status, body);
  // INVALID_CREDENTIALS (a wrong current password) is an answer, not an ended session.
  if (response.status === 401 && options.redirectOn401 !== false && error.code !== "INVALID_CREDENTIALS") {
    csrfToken = null;
    unauthorizedHandler?.();
  }
  throw error;
}

export const api = {
  get: <T>(path: string, options?: Omit<RequestOptions, "body">) => apiRequest<T>("GET", path, options),
  post: <T>(path: string, body?: unknown, options?: RequestOptions) =>
    apiRequest<T>("POST", path, { ...options, body }),
  patch: <T>(path: string, body: unknown, options?: RequestOptions) =>
    apiRequest<T>("PATCH", path, { ...options, body }),
  put: <T>(path: string, body: unknown, options?: RequestOptions) =>
    apiRequest<T>("PUT", path, { ...options, body }),
  delete: <T = void>(path: string, options?: RequestOptions) => apiRequest<T>("DELETE", path, options),
};
