import { describe, expect, it } from "vitest";
import { capitalize, formatDate, formatDateTime, localInputToIso } from "./format";

describe("format", () => {
  it("shows a dash for missing dates and passes through unreadable ones", () => {
    expect(formatDateTime(null)).toBe("—");
    expect(formatDate(undefined)).toBe("—");
    expect(formatDateTime("not a date")).toBe("not a date");
  });

  it("formats a real date to text containing its year", () => {
    expect(formatDateTime("2026-03-12T14:05:00.000Z")).toContain("2026");
    expect(formatDate("2026-03-12T14:05:00.000Z")).toContain("2026");
  });

  it("capitalizes roles", () => {
    expect(capitalize("admin")).toBe("Admin");
    expect(capitalize("")).toBe("");
  });

  it("turns a local date-time input into an ISO instant", () => {
    const iso = localInputToIso("2026-03-12T14:05");
    expect(iso).toBe(new Date(2026, 2, 12, 14, 5).toISOString());
    expect(localInputToIso("")).toBeUndefined();
    expect(localInputToIso("garbage")).toBeUndefined();
  });
});
