import { describe, expect, it } from "vitest";
import { expiresInDaysOf, tokenStatus } from "./token-status";

const now = new Date("2026-06-01T12:00:00.000Z");

describe("tokenStatus", () => {
  it.each([
    [{ expiresAt: null, revokedAt: null }, "active"],
    [{ expiresAt: "2026-07-01T00:00:00.000Z", revokedAt: null }, "active"],
    [{ expiresAt: "2026-05-01T00:00:00.000Z", revokedAt: null }, "expired"],
    [{ expiresAt: "2026-06-01T12:00:00.000Z", revokedAt: null }, "expired"],
    [{ expiresAt: "2026-05-01T00:00:00.000Z", revokedAt: "2026-04-01T00:00:00.000Z" }, "revoked"],
    [{ expiresAt: null, revokedAt: "2026-04-01T00:00:00.000Z" }, "revoked"],
  ] as const)("%j is %s", (token, status) => {
    expect(tokenStatus(token, now)).toBe(status);
  });
});

describe("expiresInDaysOf", () => {
  it("maps choices to days, never to null, unknown to 90", () => {
    expect(expiresInDaysOf("30")).toBe(30);
    expect(expiresInDaysOf("never")).toBeNull();
    expect(expiresInDaysOf(null)).toBe(90);
  });
});
