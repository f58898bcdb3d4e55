// Checks the starter control library against the framework catalogs beside it: shape of every
// control, unique codes, and that every requirement link points at an existing, assessable
// requirement. Also checks that every ISO/IEC 42001 Annex A control is implemented by the library.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

interface RequirementLink {
  key: string;
  coverage: string;
  note: string;
}
interface StarterControl {
  code: string;
  title: string;
  description: string;
  frequency: string;
  category: string;
  evidence: string[];
  requirements: RequirementLink[];
}
interface StarterLibrary {
  version: string;
  controls: StarterControl[];
}
interface CatalogRequirement {
  id: string;
  kind: string;
  assessable: boolean;
}
interface CatalogFramework {
  id: string;
  version: string;
  requirements: CatalogRequirement[];
}

const controlsDir = path.dirname(fileURLToPath(import.meta.url));
const catalogsDir = path.resolve(controlsDir, "..");

const library = JSON.parse(
  readFileSync(path.join(controlsDir, "starter-controls.json"), "utf8"),
) as StarterLibrary;
const controls = library.controls;

/** Every requirement of every catalog, by global key `<id>:<version>/<requirementId>`. */
const requirements = new Map<string, CatalogRequirement & { framework: string }>();
for (const entry of readdirSync(catalogsDir, { withFileTypes: true })) {
  const file = path.join(catalogsDir, entry.name, "framework.json");
  if (!entry.isDirectory() || !existsSync(file)) continue;
  const framework = JSON.parse(readFileSync(file, "utf8")) as CatalogFramework;
  const ref = `${framework.id}:${framework.version}`;
  for (const requirement of framework.requirements) {
    requirements.set(`${ref}/${requirement.id}`, { ...requirement, framework: ref });
  }
}

const ISO_42001 = "iso-iec-42001:2023";
const FREQUENCIES = ["continuous", "per-change", "monthly", "quarterly", "semiannual", "annual", "ad-hoc"];
/** Category of each code area: AIC-<AREA>-<NN>. */
const AREAS: Record<string, string> = {
  GOV: "governance",
  POL: "policy",
  ROL: "roles",
  RES: "resources",
  IMP: "impact",
  LCY: "lifecycle",
  DAT: "data",
  TRA: "transparency",
  USE: "use",
  TPM: "third-party",
  RSK: "risk",
  MON: "monitoring",
  CIM: "improvement",
};
const COVERAGES = ["full", "partial"];

/** Rough sentence count: splits after ., ! or ? followed by a space and a capital letter or digit. */
const sentences = (text: string): number => text.trim().split(/(?<=[.!?])\s+(?=[A-Z0-9])/).length;
const frameworkOf = (key: string): string => key.slice(0, key.indexOf("/"));

describe("starter control library", () => {
  it("has a version and between 50 and 70 controls", () => {
    expect(library.version).toMatch(/^\d{4}\.\d{1,2}$/);
    expect(controls.length).toBeGreaterThanOrEqual(50);
    expect(controls.length).toBeLessThanOrEqual(70);
  });

  it("gives every control a unique, well-formed code whose area matches its category", () => {
    const codes = controls.map((c) => c.code);
    expect(new Set(codes).size).toBe(codes.length);
    for (const control of controls) {
      const match = /^AIC-([A-Z]{3})-(\d{2})$/.exec(control.code);
      expect(match, control.code).not.toBeNull();
      const area = match?.[1] ?? "";
      expect(AREAS[area], `${control.code}: unknown area`).toBeDefined();
      expect(control.category, control.code).toBe(AREAS[area]);
    }
  });

  it("numbers the controls of each area 01, 02, ... without gaps", () => {
    const byArea = new Map<string, number[]>();
    for (const control of controls) {
      const [, area = "", number = ""] = control.code.split("-");
      byArea.set(area, [...(byArea.get(area) ?? []), Number(number)]);
    }
    for (const [area, numbers] of byArea) {
      expect(
        [...numbers].sort((a, b) => a - b),
        area,
      ).toEqual(numbers.map((_, i) => i + 1));
    }
  });

  it.each(controls.map((c) => [c.code, c] as const))(
    "%s has every field in the expected form",
    (_, control) => {
      expect(Object.keys(control).sort()).toEqual(
        ["category", "code", "description", "evidence", "frequency", "requirements", "title"].sort(),
      );
      expect(control.title.trim()).toBe(control.title);
      expect(control.title.length).toBeGreaterThan(3);
      expect(control.title.length).toBeLessThanOrEqual(80);
      expect(FREQUENCIES).toContain(control.frequency);
      expect(Object.values(AREAS)).toContain(control.category);

      expect(control.description).toMatch(/[.]$/);
      expect(control.description).not.toMatch(/\n/);
      expect(sentences(control.description)).toBeGreaterThanOrEqual(2);
      expect(sentences(control.description)).toBeLessThanOrEqual(4);
      // Operational statements in our own words, not the imperative language of the standards.
      expect(control.description).not.toMatch(/\bshall\b/i);

      expect(control.evidence.length).toBeGreaterThanOrEqual(2);
      expect(control.evidence.length).toBeLessThanOrEqual(4);
      for (const item of control.evidence) {
        expect(item.trim().length).toBeGreaterThan(5);
        expect(item.length).toBeLessThanOrEqual(120);
      }
      expect(new Set(control.evidence).size).toBe(control.evidence.length);

      expect(control.requirements.length).toBeGreaterThanOrEqual(1);
      for (const link of control.requirements) {
        expect(Object.keys(link).sort()).toEqual(["coverage", "key", "note"]);
        expect(COVERAGES).toContain(link.coverage);
        expect(link.note.trim().length).toBeGreaterThan(10);
        expect(link.note.length).toBeLessThanOrEqual(200);
        expect(link.note).not.toMatch(/\n/);
      }
    },
  );

  it.each(controls.map((c) => [c.code, c] as const))(
    "%s links only existing, assessable requirements, each once",
    (code, control) => {
      const keys = control.requirements.map((l) => l.key);
      expect(new Set(keys).size, `${code}: duplicate link`).toBe(keys.length);
      for (const key of keys) {
        const requirement = requirements.get(key);
        expect(requirement, `${code}: unknown requirement ${key}`).toBeDefined();
        expect(requirement?.assessable, `${code}: ${key} is not assessable`).toBe(true);
      }
    },
  );

  it("links every control to at least one ISO/IEC 42001 requirement", () => {
    // Controls that exist only for another framework still point at the ISO/IEC 42001 requirement
    // they operate under, so every control appears in the Statement of Applicability.
    for (const control of controls) {
      expect(
        control.requirements.some((l) => frameworkOf(l.key) === ISO_42001),
        `${control.code} has no ISO/IEC 42001 link`,
      ).toBe(true);
    }
  });

  it("implements every ISO/IEC 42001 Annex A control, at least one of them fully", () => {
    const annexA = [...requirements.entries()]
      .filter(([key, r]) => r.framework === ISO_42001 && r.kind === "control" && key.includes("/A."))
      .map(([key]) => key);
    expect(annexA).toHaveLength(38);
    const links = controls.flatMap((c) => c.requirements);
    for (const key of annexA) {
      expect(
        links.some((l) => l.key === key),
        `${key} is not linked`,
      ).toBe(true);
      expect(
        links.some((l) => l.key === key && l.coverage === "full"),
        `${key} has no full link`,
      ).toBe(true);
    }
  });

  it("links every assessable ISO/IEC 42001 clause of the management system (4 to 10)", () => {
    const clauses = [...requirements.entries()]
      .filter(([, r]) => r.framework === ISO_42001 && r.assessable && r.kind === "clause")
      .map(([key]) => key);
    expect(clauses.length).toBeGreaterThan(0);
    const linked = new Set(controls.flatMap((c) => c.requirements.map((l) => l.key)));
    expect(clauses.filter((key) => !linked.has(key))).toEqual([]);
  });

  it("also links the other AI frameworks the library is mapped to", () => {
    const frameworks = new Set(controls.flatMap((c) => c.requirements.map((l) => frameworkOf(l.key))));
    for (const ref of ["eu-ai-act:2024", "nist-ai-rmf:1.0", "iso-iec-27001:2022", "gdpr:2016"]) {
      expect(frameworks.has(ref), ref).toBe(true);
    }
  });
});
