import { describe, expect, it } from "vitest";
import type { Resource } from "@openaims/core";
import {
  attributeErrors,
  attributeSummary,
  attributesOf,
  EMPTY_RESOURCE,
  errorsByAttribute,
  valuesOf,
} from "./resource-values";

const stored = (kind: Resource["kind"], attributes: Record<string, unknown>): Resource => ({
  id: "0b8f5a2e-1a3c-4c55-9c2e-5d1b7f0a9e11",
  aiSystemId: "1b8f5a2e-1a3c-4c55-9c2e-5d1b7f0a9e11",
  kind,
  name: "n",
  description: "",
  provider: "",
  owner: null,
  attributes,
  createdAt: "2026-01-01T00:00:00.000Z",
  updatedAt: "2026-01-01T00:00:00.000Z",
  version: 1,
});

describe("resource form values", () => {
  it("sends only the chosen kind's attributes", () => {
    const v = {
      ...EMPTY_RESOURCE,
      kind: "computing" as const,
      environment: "edge",
      region: "on site",
      role: "x",
    };
    expect(attributesOf(v)).toEqual({ environment: "edge", region: "on site", accelerator: "" });
  });

  it("places the core check's messages on their attribute fields", () => {
    expect(attributeErrors("human", { role: "Reviewer", skills: [], headcount: null, fte: null })).toEqual({
      headcount: "Give a headcount or full-time equivalents",
    });
    expect(attributeErrors("computing", { environment: null, region: "", accelerator: "" })).toHaveProperty(
      "environment",
    );
    expect(errorsByAttribute([{ path: "body.attributes.fte", message: "too big" }])).toEqual({
      fte: "Too big",
    });
  });

  it("reads a stored resource back into the form and summarises it", () => {
    const r = stored("human", { role: "Reviewer", skills: ["bias testing"], headcount: 2, fte: null });
    expect(valuesOf(r)).toMatchObject({
      kind: "human",
      role: "Reviewer",
      headcount: 2,
      skills: ["bias testing"],
    });
    expect(attributeSummary(r)).toBe("Reviewer · 2 people");
    expect(
      attributeSummary(stored("data", { personalData: true, uses: ["training"], provenance: "HR" })),
    ).toBe("personal data · Training · HR");
  });
});
