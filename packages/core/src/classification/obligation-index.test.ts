// Checks that the rules can only emit requirement keys that exist in the shipped catalogs, and that
// the generated obligation index still matches catalogs/*/framework.json.
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import {
  AiSystemProfile,
  ANNEX_III_AREAS,
  ART_6_3_CONDITIONS,
  AUTOMATION_LEVELS,
  DECISION_DOMAINS,
  DECISION_ROLES,
  PROHIBITED_PRACTICES,
  AI_ROLES,
} from "../contracts/ai-systems.js";
import { classifyAiSystem } from "./classify.js";
import { COLORADO_VERSIONS } from "./colorado-rules.js";
import { EU_CONDITIONAL, PROHIBITED_PRACTICE_RULES, TRANSPARENCY_RULES } from "./eu-ai-act-rules.js";
import { GDPR_CONDITIONAL } from "./gdpr-rules.js";
import { ISO_42001_REF, ISO_42001_SYSTEM_CLAUSES } from "./iso-42001.js";
import { OBLIGATION_INDEX } from "./obligation-index.js";
import { TEXAS_CONDITIONAL, TEXAS_OVERLAPS } from "./texas-rules.js";

const here = path.dirname(fileURLToPath(import.meta.url));
const catalogs = path.resolve(here, "../../../../catalogs");

type CatalogRequirement = {
  id: string;
  assessable: boolean;
  tags?: { roles?: string[]; riskClasses?: string[]; scope?: string[] };
  effectiveFrom?: string;
};
type Catalog = { id: string; version: string; effectiveFrom?: string; requirements: CatalogRequirement[] };

const folders: Record<string, string> = {
  "iso-iec-42001:2023": "iso-iec-42001-2023",
  "eu-ai-act:2024": "eu-ai-act-2024",
  "gdpr:2016": "gdpr-2016",
  "colorado-ai-act:sb24-205": "colorado-sb24-205",
  "colorado-ai-act:sb26-189": "colorado-sb26-189",
  "texas-traiga:hb149": "texas-hb149-traiga",
};
const catalog = (ref: string): Catalog =>
  JSON.parse(readFileSync(path.join(catalogs, folders[ref]!, "framework.json"), "utf8")) as Catalog;
const catalogKeys = new Map<string, CatalogRequirement>(
  Object.keys(folders).flatMap((ref) => catalog(ref).requirements.map((r) => [`${ref}/${r.id}`, r] as const)),
);
const assessableKey = (key: string) => catalogKeys.get(key)?.assessable === true;

describe("obligation index", () => {
  it("covers exactly the indexed catalogs, each under its own reference", () => {
    expect(Object.keys(OBLIGATION_INDEX).sort()).toEqual(Object.keys(folders).sort());
    for (const ref of Object.keys(folders)) {
      const c = catalog(ref);
      expect(`${c.id}:${c.version}`).toBe(ref);
      expect(OBLIGATION_INDEX[ref as keyof typeof OBLIGATION_INDEX].effectiveFrom).toBe(
        c.effectiveFrom ?? null,
      );
    }
  });

  it("lists every assessable catalog requirement with the catalog's tags, and nothing else", () => {
    for (const [ref, framework] of Object.entries(OBLIGATION_INDEX)) {
      const expected = catalog(ref)
        .requirements.filter((r) => r.assessable)
        .map((r) => r.id);
      expect(framework.requirements.map((r) => r.id).sort(), ref).toEqual([...expected].sort());
      for (const entry of framework.requirements) {
        const source = catalogKeys.get(`${ref}/${entry.id}`)!;
        const e = entry as {
          roles?: readonly string[];
          riskClasses?: readonly string[];
          scope?: readonly string[];
        };
        expect(e.roles ?? [], entry.id).toEqual(source.tags?.roles ?? []);
        expect(e.riskClasses ?? [], entry.id).toEqual(source.tags?.riskClasses ?? []);
        expect(e.scope ?? [], entry.id).toEqual(source.tags?.scope ?? []);
      }
    }
  });

  it("is up to date with the generator (build-obligation-index.mjs --check)", () => {
    const script = path.join(here, "build-obligation-index.mjs");
    expect(() => execFileSync(process.execPath, [script, "--check"], { stdio: "pipe" })).not.toThrow();
  });
});

describe("every key the rules can emit exists in the catalogs", () => {
  it("rule tables name assessable catalog requirements", () => {
    const keys = [
      ...Object.keys(EU_CONDITIONAL).map((id) => `eu-ai-act:2024/${id}`),
      ...Object.values(PROHIBITED_PRACTICE_RULES).map((r) => `eu-ai-act:2024/${r.id}`),
      ...TRANSPARENCY_RULES.map((r) => `eu-ai-act:2024/${r.id}`),
      ...Object.keys(GDPR_CONDITIONAL).map((id) => `gdpr:2016/${id}`),
      ...Object.keys(TEXAS_CONDITIONAL).map((id) => `texas-traiga:hb149/${id}`),
      ...TEXAS_OVERLAPS.map((r) => `texas-traiga:hb149/${r.section}`),
      ...COLORADO_VERSIONS.flatMap((v) => Object.keys(v.conditional).map((id) => `${v.ref}/${id}`)),
      ...ISO_42001_SYSTEM_CLAUSES.map((id) => `${ISO_42001_REF}/${id}`),
    ];
    for (const key of keys) expect(assessableKey(key), key).toBe(true);
  });

  it("Colorado SB 24-205 domain citations name catalog ids", () => {
    const sb24 = COLORADO_VERSIONS.find((v) => v.ref === "colorado-ai-act:sb24-205")!;
    for (const citation of Object.values(sb24.domains)) {
      const id = citation!.replace("C.R.S. ", "");
      expect(catalogKeys.has(`${sb24.ref}/${id}`), citation).toBe(true);
    }
    expect(Object.keys(sb24.domains).sort()).toEqual([...DECISION_DOMAINS].sort());
  });

  it("over 3,000 generated profiles and dates, every emitted obligation is an assessable catalog key", () => {
    let seed = 42;
    const rand = () => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed / 2 ** 31;
    };
    const some = <T>(items: readonly T[]) => items.filter(() => rand() < 0.3);
    const one = <T>(items: readonly T[]) => items[Math.floor(rand() * items.length)]!;
    const flag = () => rand() < 0.35;
    const dates = ["2025-01-15", "2025-09-01", "2026-03-01", "2026-09-01", "2027-01-01", "2028-01-01"];
    const emitted = new Set<string>();
    for (let i = 0; i < 3000; i++) {
      const p = AiSystemProfile.parse({
        organizationRoles: some(AI_ROLES),
        placedOnMarketUnderOwnName: flag(),
        jurisdictions: {
          eu: flag() ? ["DE"] : [],
          us: some(["CO", "TX", "CA"]),
          other: flag() ? ["GB"] : [],
        },
        interactsWithNaturalPersons: flag(),
        generatesSyntheticContent: flag(),
        deepfake: flag(),
        emotionRecognition: flag(),
        biometricCategorisation: flag(),
        remoteBiometricIdentification: flag(),
        consequentialDecisions: some(DECISION_DOMAINS),
        decisionRole: one(DECISION_ROLES),
        annexIIIAreas: some(ANNEX_III_AREAS),
        annexIProductSafety: flag(),
        prohibitedPractices: rand() < 0.2 ? some(PROHIBITED_PRACTICES) : [],
        art63Conditions: some(ART_6_3_CONDITIONS),
        performsProfiling: flag(),
        isGeneralPurposeModel: flag(),
        gpaiSystemicRisk: flag(),
        processesPersonalData: flag(),
        processesSpecialCategoryData: flag(),
        systematicMonitoring: flag(),
        largeScale: flag(),
        automationLevel: one(AUTOMATION_LEVELS),
        isGovernmentalEntity: flag(),
        isHealthCareProvider: flag(),
      });
      const result = classifyAiSystem(p, one(dates));
      for (const f of result.frameworks) {
        for (const key of f.obligations) {
          expect(key.startsWith(`${f.frameworkRef}/`), key).toBe(true);
          emitted.add(key);
        }
      }
    }
    for (const key of emitted) expect(assessableKey(key), key).toBe(true);
    // The generator reaches most of the catalogs' duties, so the check above is not vacuous.
    expect(emitted.size).toBeGreaterThan(100);
  });
});
