import { AiSystemProfile, type AiSystemView } from "@openaims/core";
import { describe, expect, it } from "vitest";
import { componentChanges, overviewChanges, overviewValuesOf } from "./system-changes";

const system: AiSystemView = {
  id: "7890a31a-9354-4f7a-927f-b44671f24a9a",
  key: "AIS-1",
  name: "CV Screener",
  purpose: "Rank applicants",
  intendedUse: "",
  foreseeableMisuse: "",
  businessUnitId: null,
  ownerId: null,
  lifecycleStage: "proposed",
  personalDataDescription: "",
  models: [{ name: "gpt-4o", type: "llm", provider: "", version: "", externalId: "" }],
  datasets: [],
  vendors: [{ name: "HireAI", service: "" }],
  profile: AiSystemProfile.parse({}),
  euRiskClass: "minimal-risk",
  frameworkRefs: [],
  classification: {
    rulesVersion: "1",
    asOf: "2026-11-28",
    euRiskClass: "minimal-risk",
    euRoles: [],
    frameworks: [],
    notes: [],
  },
  classifiedAt: "2026-11-28T00:00:00.000Z",
  intakeRequestId: null,
  createdAt: "2026-11-28T00:00:00.000Z",
  updatedAt: "2026-11-28T00:00:00.000Z",
  version: 4,
};

describe("overviewChanges", () => {
  it("is null when nothing changed (or only whitespace)", () => {
    expect(overviewChanges(system, overviewValuesOf(system))).toBeNull();
    expect(overviewChanges(system, { ...overviewValuesOf(system), name: " CV Screener " })).toBeNull();
  });

  it("sends the version read and only the changed fields", () => {
    expect(
      overviewChanges(system, {
        ...overviewValuesOf(system),
        lifecycleStage: "deployed",
        intendedUse: " HR ",
      }),
    ).toEqual({ version: 4, lifecycleStage: "deployed", intendedUse: "HR" });
  });
});

describe("componentChanges", () => {
  it("replaces only the lists that changed, without empty rows", () => {
    const body = componentChanges(system, {
      models: system.models,
      datasets: [{ name: " CVs 2025 ", source: "ATS", containsPersonalData: true, provenance: "" }],
      vendors: [...system.vendors, { name: " ", service: "" }],
    });
    expect(body).toEqual({
      version: 4,
      datasets: [{ name: "CVs 2025", source: "ATS", containsPersonalData: true, provenance: "" }],
    });
    expect(
      componentChanges(system, { models: system.models, datasets: [], vendors: system.vendors }),
    ).toBeNull();
  });
});

describe("componentChanges and key order", () => {
  it("does not count a different key order as a change", () => {
    const reordered = {
      ...system,
      models: [{ externalId: "", version: "", provider: "", type: "llm" as const, name: "gpt-4o" }],
    };
    expect(
      componentChanges(reordered, { models: system.models, datasets: [], vendors: system.vendors }),
    ).toBeNull();
  });
});
