import { afterEach, describe, expect, it, vi } from "vitest";
import { apiRequest, buildRequestInit, setCsrfToken, setUnauthorizedHandler } from "./client";
import { ApiError } from "./errors";

describe("buildRequestInit", () => {
  it("sends the session cookie and no CSRF header on GET", () => {
    const init = buildRequestInit("GET", undefined, "tok");
    expect(init.credentials).toBe("same-origin");
    expect(init.headers).toEqual({ accept: "application/json" });
    expect(init.body).toBeUndefined();
  });

  it("sends the CSRF token and a JSON body on writes", () => {
    const init = buildRequestInit("PATCH", { version: 2 }, "tok");
    expect(init.headers).toEqual({
      accept: "application/json",
      "x-csrf-token": "tok",
      "content-type": "application/json",
    });
    expect(init.body).toBe('{"version":2}');
  });

  it("sends DELETE with the token and no body", () => {
    const init = buildRequestInit("DELETE", undefined, "tok");
    expect(init.headers).toEqual({ accept: "application/json", "x-csrf-token": "tok" });
    expect(init.body).toBeUndefined();
  });
});

describe("apiRequest", () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    setUnauthorizedHandler(null);
    setCsrfToken(null);
  });

  function stubFetch(status: number, body: unknown) {
    const fetchMock = vi.fn(
      async (_url: string, _init?: RequestInit) =>
        new Response(body === undefined ? null : JSON.stringify(body), {
          status,
          headers: { "content-type": "application/json" },
        }),
    );
    vi.stubGlobal("fetch", fetchMock);
    return fetchMock;
  }

  it("builds the URL from path and query and returns the body", async () => {
    const fetchMock = stubFetch(200, { items: [], total: 0 });
    const page = await apiRequest("GET", "/api/v1/users", { query: { limit: 10, q: "" } });
    expect(page).toEqual({ items: [], total: 0 });
    expect(fetchMock.mock.calls[0]?.[0]).toBe("/api/v1/users?limit=10");
  });

  it("uses the last CSRF token on writes and resolves 204 to undefined", async () => {
    const fetchMock = stubFetch(204, undefined);
    setCsrfToken("abc");
    await expect(apiRequest("POST", "/api/v1/auth/logout")).resolves.toBeUndefined();
    const init = fetchMock.mock.calls[0]?.[1] ?? {};
    expect((init.headers as Record<string, string>)["x-csrf-token"]).toBe("abc");
  });

  it("throws ApiError and calls the 401 handler on an expired session", async () => {
    stubFetch(401, { error: { code: "UNAUTHENTICATED", message: "Sign in first." } });
    const handler = vi.fn();
    setUnauthorizedHandler(handler);
    await expect(apiRequest("GET", "/api/v1/users")).rejects.toBeInstanceOf(ApiError);
    expect(handler).toHaveBeenCalledOnce();
  });

  it("does not redirect when a 401 is the answer (wrong password)", async () => {
    stubFetch(401, { error: { code: "INVALID_CREDENTIALS", message: "Wrong email or password." } });
    const handler = vi.fn();
    setUnauthorizedHandler(handler);
    await expect(
      apiRequest("POST", "/api/v1/auth/login", { body: {}, redirectOn401: false }),
    ).rejects.toMatchObject({ code: "INVALID_CREDENTIALS", message: "Wrong email or password." });
    expect(handler).not.toHaveBeenCalled();
  });

  it("does not redirect on a wrong current password (401 INVALID_CREDENTIALS)", async () => {
    stubFetch(401, { error: { code: "INVALID_CREDENTIALS", message: "the current password is wrong" } });
    const handler = vi.fn();
    setUnauthorizedHandler(handler);
    await expect(apiRequest("POST", "/api/v1/auth/password", { body: {} })).rejects.toMatchObject({
      code: "INVALID_CREDENTIALS",
    });
    expect(handler).not.toHaveBeenCalled();
  });

  it("turns a refused connection into a NETWORK error", async () => {
    vi.stubGlobal(
      "fetch",
      vi.fn(async () => {
        throw new TypeError("Failed to fetch");
      }),
    );
    await expect(apiRequest("GET", "/api/v1/users")).rejects.toMatchObject({ code: "NETWORK" });
  });
});
