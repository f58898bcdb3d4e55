import { describe, expect, it } from "vitest";
import { formatKey } from "./keys.js";
import { retryDelayMs } from "./retry.js";

describe("keys and retries", () => {
  it("formats readable keys", () => {
    expect(formatKey("user", 12)).toBe("USR-12");
    expect(formatKey("businessUnit", 1)).toBe("BU-1");
  });
  it.each([
    [1, 5_000],
    [2, 10_000],
    [3, 20_000],
    [20, 3_600_000],
  ])("retry %i waits %i ms", (attempt, ms) => expect(retryDelayMs(attempt)).toBe(ms));
});
