import { describe, expect, it } from "vitest";
import {
  coveragePath,
  crosswalkPath,
  frameworkPath,
  requirementPath,
  requirementPathOfKey,
} from "./framework-paths";

describe("framework paths", () => {
  it("keeps the framework ref readable", () => {
    expect(frameworkPath("iso-iec-42001:2023")).toBe("/frameworks/catalogs/iso-iec-42001:2023");
    expect(coveragePath("nist-ai-rmf:1.0")).toBe("/frameworks/coverage/nist-ai-rmf:1.0");
  });

  it("encodes requirement ids with spaces, slashes and brackets", () => {
    expect(requirementPath("nist-ai-rmf:1.0", "GOVERN 1.1")).toBe(
      "/frameworks/catalogs/nist-ai-rmf:1.0/requirements/GOVERN%201.1",
    );
    expect(requirementPath("eu-ai-act:2024", "Art. 5(1)(a)")).toBe(
      "/frameworks/catalogs/eu-ai-act:2024/requirements/Art.%205(1)(a)",
    );
    expect(requirementPath("x:1", "a/b?c#d")).toBe("/frameworks/catalogs/x:1/requirements/a%2Fb%3Fc%23d");
  });

  it("opens the page of a global requirement key", () => {
    expect(requirementPathOfKey("iso-iec-42001:2023/A.6.2.4")).toBe(
      "/frameworks/catalogs/iso-iec-42001:2023/requirements/A.6.2.4",
    );
    expect(requirementPathOfKey("not a key")).toBeNull();
  });

  it("opens the crosswalk explorer on a pair", () => {
    expect(crosswalkPath("nist-ai-rmf:1.0", "iso-iec-42001:2023")).toBe(
      "/frameworks/crosswalks?from=nist-ai-rmf%3A1.0&to=iso-iec-42001%3A2023",
    );
  });
});
