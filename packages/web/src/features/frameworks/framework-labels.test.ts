import { describe, expect, it } from "vitest";
import { formatCatalogDate, frameworkLabel, isFutureDate, tagEntries } from "./framework-labels";

describe("tagEntries", () => {
  it("labels known tags, roles first, and skips empty ones", () => {
    expect(
      tagEntries({
        documentedInformation: ["AIMS scope"],
        roles: ["provider", "deployer"],
        scope: [],
        custom: "x",
      }),
    ).toEqual([
      { key: "roles", label: "Roles", values: ["provider", "deployer"] },
      { key: "documentedInformation", label: "Documented information", values: ["AIMS scope"] },
      { key: "custom", label: "custom", values: ["x"] },
    ]);
  });

  it("shows odd values as text", () => {
    expect(tagEntries({ riskClasses: [{ a: 1 }, null] })).toEqual([
      { key: "riskClasses", label: "Risk classes", values: ['{"a":1}'] },
    ]);
    expect(tagEntries({})).toEqual([]);
  });
});

describe("labels and dates", () => {
  it("prefers the short name", () => {
    expect(frameworkLabel({ name: "Regulation (EU) 2024/1689", shortName: "EU AI Act" })).toBe("EU AI Act");
    expect(frameworkLabel({ name: "Internal policy", shortName: null })).toBe("Internal policy");
  });

  it("formats calendar dates without shifting the day", () => {
    expect(formatCatalogDate("2027-01-01")).toContain("2027");
    expect(formatCatalogDate("2027-01-01")).toMatch(/\b1\b/);
    expect(formatCatalogDate("2025-03")).toContain("2025");
    expect(formatCatalogDate(null)).toBe("—");
    expect(formatCatalogDate("soon")).toBe("soon");
  });

  it("tells future dates", () => {
    const today = new Date("2026-06-01T12:00:00Z");
    expect(isFutureDate("2027-01-01", today)).toBe(true);
    expect(isFutureDate("2026-06-01", today)).toBe(false);
    expect(isFutureDate(null, today)).toBe(false);
  });
});
