import type { BusinessUnit } from "@openaims/core";
import { describe, expect, it } from "vitest";
import { businessUnitChanges } from "./business-unit-changes";

const unit: BusinessUnit = {
  id: "33333333-3333-4333-8333-333333333333",
  key: "BU-1",
  name: "Claims",
  description: "",
  createdAt: "2026-01-01T00:00:00.000Z",
  updatedAt: "2026-01-01T00:00:00.000Z",
  version: 2,
};

describe("businessUnitChanges", () => {
  it("is null when nothing changed", () => {
    expect(businessUnitChanges(unit, { name: "Claims ", description: "" })).toBeNull();
  });
  it("sends the version read and the changed fields", () => {
    expect(businessUnitChanges(unit, { name: "Claims EU", description: "Motor claims" })).toEqual({
      version: 2,
      name: "Claims EU",
      description: "Motor claims",
    });
  });
});
