import { describe, expect, it } from "vitest";
import { CreateResource, missingResourceKinds, parseResourceAttributes } from "./resources.js";

describe("AI system resources", () => {
  it("checks the attributes of each kind", () => {
    const data = CreateResource.parse({
      kind: "data",
      name: "Applicant history",
      attributes: {
        provenance: "HR system export",
        personalData: true,
        categories: ["CV text"],
        uses: ["training"],
      },
    });
    expect(data.attributes).toMatchObject({ personalData: true, retention: "", uses: ["training"] });
    expect(CreateResource.parse({ kind: "tooling", name: "scikit-learn" }).attributes).toEqual({
      version: "",
      licence: "",
    });
    expect(CreateResource.safeParse({ kind: "computing", name: "GPU pool", attributes: {} }).success).toBe(
      false,
    );
    expect(
      CreateResource.safeParse({ kind: "computing", name: "GPU pool", attributes: { environment: "moon" } })
        .success,
    ).toBe(false);
    // An attribute of another kind is refused, not silently dropped.
    expect(
      CreateResource.safeParse({ kind: "tooling", name: "x", attributes: { environment: "cloud" } }).success,
    ).toBe(false);
    expect(CreateResource.safeParse({ kind: "robots", name: "x" }).success).toBe(false);
  });

  it("needs a headcount or FTE for human resources", () => {
    const none = parseResourceAttributes("human", { role: "Data scientist" });
    expect(none).toEqual({
      ok: false,
      issues: [{ path: "attributes.headcount", message: "give a headcount or full-time equivalents" }],
    });
    expect(parseResourceAttributes("human", { role: "Reviewer", fte: 0.5 })).toMatchObject({
      ok: true,
      attributes: { role: "Reviewer", fte: 0.5, headcount: null, skills: [] },
    });
  });

  it("lists the kinds with nothing documented, in the standard's order", () => {
    expect(missingResourceKinds([])).toEqual(["data", "tooling", "computing", "human"]);
    expect(missingResourceKinds(["human", "data", "data"])).toEqual(["tooling", "computing"]);
  });
});
