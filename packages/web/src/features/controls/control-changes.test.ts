import type { Control } from "@openaims/core";
import { describe, expect, it } from "vitest";
import { EMPTY_CONTROL, controlChanges, createControlBody, valuesOf } from "./control-changes";

const control: Control = {
  id: "b4848f00-841f-4c12-85b0-99f40559633f",
  key: "CTL-1",
  code: "AIC-GOV-01",
  title: "AIMS context",
  description: "Once a year",
  ownerId: null,
  businessUnitId: null,
  frequency: "annual",
  implementationStatus: "not_started",
  effectiveness: "not_assessed",
  templateCode: "AIC-GOV-01",
  links: [
    {
      requirementKey: "iso-iec-42001:2023/4.1",
      coverage: "full",
      note: "context record",
      title: "Understanding the organization and its context",
      frameworkRef: "iso-iec-42001:2023",
      requirementId: "4.1",
    },
  ],
  createdAt: "2026-01-01T00:00:00.000Z",
  updatedAt: "2026-01-01T00:00:00.000Z",
  version: 3,
};

describe("controlChanges", () => {
  it("is null when nothing changed", () => {
    expect(controlChanges(control, valuesOf(control))).toBeNull();
    expect(controlChanges(control, { ...valuesOf(control), title: " AIMS context " })).toBeNull();
  });

  it("sends the version read and only the changed fields", () => {
    expect(controlChanges(control, { ...valuesOf(control), implementationStatus: "implemented" })).toEqual({
      version: 3,
      implementationStatus: "implemented",
    });
    expect(
      controlChanges(control, { ...valuesOf(control), ownerId: "11111111-1111-4111-8111-111111111111" }),
    ).toEqual({ version: 3, ownerId: "11111111-1111-4111-8111-111111111111" });
  });

  it("replaces all links when one changed", () => {
    const values = valuesOf(control);
    values.links = values.links.map((l) => ({ ...l, coverage: "partial" as const }));
    expect(controlChanges(control, values)).toEqual({
      version: 3,
      links: [{ requirementKey: "iso-iec-42001:2023/4.1", coverage: "partial", note: "context record" }],
    });
    expect(controlChanges(control, { ...valuesOf(control), links: [] })).toEqual({ version: 3, links: [] });
  });
});

describe("createControlBody", () => {
  it("sends every field with trimmed code and title", () => {
    expect(createControlBody({ ...EMPTY_CONTROL, code: " AIC-X ", title: " X " })).toEqual({
      code: "AIC-X",
      title: "X",
      description: "",
      ownerId: null,
      businessUnitId: null,
      frequency: "annual",
      implementationStatus: "not_started",
      effectiveness: "not_assessed",
      links: [],
    });
  });
});
