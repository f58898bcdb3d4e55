import { describe, expect, it } from "vitest";
import { apiErrorFrom, networkError } from "./api/errors";
import { shouldRetry } from "./query-client";

describe("shouldRetry", () => {
  it("retries network failures and server errors, twice at most", () => {
    expect(shouldRetry(0, networkError(new Error("x")))).toBe(true);
    expect(shouldRetry(1, apiErrorFrom(503, undefined))).toBe(true);
    expect(shouldRetry(2, apiErrorFrom(503, undefined))).toBe(false);
  });
  it("does not retry answers the server meant (4xx) or unknown errors", () => {
    expect(shouldRetry(0, apiErrorFrom(403, undefined))).toBe(false);
    expect(shouldRetry(0, apiErrorFrom(409, undefined))).toBe(false);
    expect(shouldRetry(0, new Error("boom"))).toBe(false);
  });
});
