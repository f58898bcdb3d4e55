// Checks the starter risk library against the framework catalogs and the starter control library:
// shape of every risk, unique codes, and that every risk source, characteristic, Annex A control and
// suggested control exists and is of the right kind. Also checks that every ISO/IEC 42001 Annex C.3
// risk source and every NIST AI 600-1 generative AI risk is used by at least one risk.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

interface StarterRisk {
  code: string;
  title: string;
  description: string;
  sources: string[];
  characteristic: string | null;
  consequences: { organization: string; individuals: string; society: string };
  suggestedLikelihood: number;
  suggestedImpact: number;
  suggestedControls: string[];
  annexA: string[];
  appliesTo: string;
}
interface RiskLibrary {
  version: string;
  risks: StarterRisk[];
}
interface CatalogRequirement {
  id: string;
  kind: string;
  assessable: boolean;
  parent: string | null;
}
interface CatalogFramework {
  id: string;
  version: string;
  requirements: CatalogRequirement[];
}

const risksDir = path.dirname(fileURLToPath(import.meta.url));
const catalogsDir = path.resolve(risksDir, "..");
const readJson = (file: string): unknown => JSON.parse(readFileSync(file, "utf8"));

const library = readJson(path.join(risksDir, "starter-risks.json")) as RiskLibrary;
const risks = library.risks;
const controlCodes = new Set(
  (
    readJson(path.join(catalogsDir, "controls", "starter-controls.json")) as { controls: { code: string }[] }
  ).controls.map((c) => c.code),
);

/** Every requirement of every catalog, by global key `<id>:<version>/<requirementId>`. */
const requirements = new Map<string, CatalogRequirement & { framework: string }>();
for (const entry of readdirSync(catalogsDir, { withFileTypes: true })) {
  const file = path.join(catalogsDir, entry.name, "framework.json");
  if (!entry.isDirectory() || !existsSync(file)) continue;
  const framework = readJson(file) as CatalogFramework;
  const ref = `${framework.id}:${framework.version}`;
  for (const requirement of framework.requirements) {
    requirements.set(`${ref}/${requirement.id}`, { ...requirement, framework: ref });
  }
}

const ISO_42001 = "iso-iec-42001:2023";
const NIST_RMF = "nist-ai-rmf:1.0";
/** Reference items directly under `parent` in framework `framework`, as global keys. */
const referenceKeys = (framework: string, parent: string): string[] =>
  [...requirements.entries()]
    .filter(([, r]) => r.framework === framework && r.parent === parent && r.kind === "reference")
    .map(([key]) => key);
const annexCRiskSources = referenceKeys(ISO_42001, "C.3");
const gaiRisks = referenceKeys(NIST_RMF, "GAI RISKS");
const characteristics = referenceKeys(NIST_RMF, "TRUSTWORTHY");
const riskSources = new Set([...annexCRiskSources, ...gaiRisks]);

/** Code areas: RL-<AREA>-<NN>, in the order the README lists them. */
const AREAS = "BIAS TRN PRV SEC ROB SAF ACC TPV HUM MIS IP ENV GAI LEG DAT".split(" ");
const APPLIES_TO = ["any", "generative", "high-risk"];
const FIELDS = [
  "annexA",
  "appliesTo",
  "characteristic",
  "code",
  "consequences",
  "description",
  "sources",
  "suggestedControls",
  "suggestedImpact",
  "suggestedLikelihood",
  "title",
];
/** Rough sentence count: splits after ., ! or ? followed by a space and a capital letter or digit. */
const sentences = (text: string): number => text.trim().split(/(?<=[.!?])\s+(?=[A-Z0-9])/).length;
const isOneLine = (text: string): boolean => text.trim() === text && text.length > 10 && !/\n/.test(text);

describe("starter risk library", () => {
  it("reads the reference lists it builds on from the catalogs", () => {
    expect(annexCRiskSources).toHaveLength(7);
    expect(gaiRisks).toHaveLength(12);
    expect(characteristics).toHaveLength(7);
  });

  it("has a version and between 40 and 60 risks", () => {
    expect(library.version).toMatch(/^\d{4}\.\d{1,2}$/);
    expect(risks.length).toBeGreaterThanOrEqual(40);
    expect(risks.length).toBeLessThanOrEqual(60);
  });

  it("gives every risk a unique, well-formed code and a unique title", () => {
    const codes = risks.map((r) => r.code);
    expect(new Set(codes).size).toBe(codes.length);
    const titles = risks.map((r) => r.title.toLowerCase());
    expect(new Set(titles).size).toBe(titles.length);
    for (const risk of risks) {
      const match = /^RL-([A-Z]{2,4})-(\d{2})$/.exec(risk.code);
      expect(match, risk.code).not.toBeNull();
      expect(AREAS, `${risk.code}: unknown area`).toContain(match?.[1]);
    }
  });

  it("numbers the risks of each area 01, 02, ... without gaps", () => {
    const byArea = new Map<string, number[]>();
    for (const risk of risks) {
      const [, area = "", number = ""] = risk.code.split("-");
      byArea.set(area, [...(byArea.get(area) ?? []), Number(number)]);
    }
    for (const [area, numbers] of byArea) {
      expect(
        [...numbers].sort((a, b) => a - b),
        area,
      ).toEqual(numbers.map((_, i) => i + 1));
    }
  });

  it.each(risks.map((r) => [r.code, r] as const))("%s has every field in the expected form", (_, risk) => {
    expect(Object.keys(risk).sort()).toEqual(FIELDS);
    expect(risk.title.trim()).toBe(risk.title);
    expect(risk.title.length).toBeGreaterThan(3);
    expect(risk.title.length).toBeLessThanOrEqual(80);

    expect(risk.description).toMatch(/[.]$/);
    expect(risk.description).not.toMatch(/\n/);
    expect(sentences(risk.description)).toBeGreaterThanOrEqual(1);
    expect(sentences(risk.description)).toBeLessThanOrEqual(3);
    expect(risk.description).not.toMatch(/\bshall\b/i);

    expect(Object.keys(risk.consequences).sort()).toEqual(["individuals", "organization", "society"]);
    for (const line of Object.values(risk.consequences)) {
      expect(isOneLine(line), line).toBe(true);
      expect(line.length).toBeLessThanOrEqual(200);
    }

    for (const score of [risk.suggestedLikelihood, risk.suggestedImpact]) {
      expect(Number.isInteger(score)).toBe(true);
      expect(score).toBeGreaterThanOrEqual(1);
      expect(score).toBeLessThanOrEqual(5);
    }
    expect(APPLIES_TO).toContain(risk.appliesTo);
  });

  it.each(risks.map((r) => [r.code, r] as const))(
    "%s cites existing risk sources and a trustworthy characteristic",
    (code, risk) => {
      expect(risk.sources.length).toBeGreaterThanOrEqual(1);
      expect(new Set(risk.sources).size, `${code}: duplicate source`).toBe(risk.sources.length);
      for (const key of risk.sources) {
        expect(requirements.get(key), `${code}: unknown requirement ${key}`).toBeDefined();
        expect(riskSources.has(key), `${code}: ${key} is not an Annex C.3 risk source or GAI risk`).toBe(
          true,
        );
      }
      if (risk.appliesTo === "generative") {
        expect(
          risk.sources.some((key) => gaiRisks.includes(key)),
          `${code}: a generative risk cites no NIST AI 600-1 risk`,
        ).toBe(true);
      }
      if (risk.characteristic !== null) {
        expect(
          requirements.get(risk.characteristic),
          `${code}: unknown ${risk.characteristic}`,
        ).toBeDefined();
        expect(characteristics, `${code}: not a trustworthy characteristic`).toContain(risk.characteristic);
      }
    },
  );

  it.each(risks.map((r) => [r.code, r] as const))(
    "%s points at existing Annex A controls and starter controls",
    (code, risk) => {
      expect(risk.annexA.length).toBeGreaterThanOrEqual(1);
      expect(new Set(risk.annexA).size, `${code}: duplicate Annex A key`).toBe(risk.annexA.length);
      for (const key of risk.annexA) {
        const requirement = requirements.get(key);
        expect(requirement, `${code}: unknown requirement ${key}`).toBeDefined();
        expect(requirement?.framework, key).toBe(ISO_42001);
        expect(requirement?.kind, `${code}: ${key} is not an Annex A control`).toBe("control");
        expect(key.startsWith(`${ISO_42001}/A.`), key).toBe(true);
      }

      expect(risk.suggestedControls.length).toBeGreaterThanOrEqual(1);
      expect(risk.suggestedControls.length).toBeLessThanOrEqual(4);
      expect(new Set(risk.suggestedControls).size, `${code}: duplicate control`).toBe(
        risk.suggestedControls.length,
      );
      for (const control of risk.suggestedControls) {
        expect(controlCodes.has(control), `${code}: unknown starter control ${control}`).toBe(true);
      }
    },
  );

  it("uses every Annex C.3 risk source and every NIST AI 600-1 risk at least once", () => {
    const used = new Set(risks.flatMap((r) => r.sources));
    expect([...annexCRiskSources, ...gaiRisks].filter((key) => !used.has(key))).toEqual([]);
  });

  it("uses every trustworthy characteristic at least once", () => {
    const used = new Set(risks.map((r) => r.characteristic));
    expect(characteristics.filter((key) => !used.has(key))).toEqual([]);
  });
});
