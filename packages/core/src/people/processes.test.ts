// The AIMS processes of the RACI matrix name real ISO/IEC 42001:2023 clauses and Annex A entries.
import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { AIMS_PROCESSES, aimsProcess, matchingProcesses } from "./processes.js";

const here = path.dirname(fileURLToPath(import.meta.url));
const framework = JSON.parse(
  readFileSync(path.resolve(here, "../../../../catalogs/iso-iec-42001-2023/framework.json"), "utf8"),
) as { requirements: { id: string; title: string }[] };
const ids = new Set(framework.requirements.map((r) => r.id));

describe("AIMS processes", () => {
  it("has unique kebab-case codes", () => {
    const codes = AIMS_PROCESSES.map((p) => p.code);
    expect(new Set(codes).size).toBe(codes.length);
    for (const code of codes) expect(code).toMatch(/^[a-z]+(-[a-z]+)*$/);
  });

  it("refers each process to a clause or Annex A entry of the ISO/IEC 42001 catalog", () => {
    for (const p of AIMS_PROCESSES) expect(ids, `${p.code} -> ${p.ref}`).toContain(p.ref);
  });

  it("covers the clauses and controls the roles and competence issue asks for", () => {
    const refs = AIMS_PROCESSES.map((p) => p.ref);
    for (const ref of ["4", "5.2", "5.3", "6.1.2", "6.1.3", "6.1.4", "7.2", "9.2", "9.3", "10.2", "A.3.3"])
      expect(refs).toContain(ref);
    expect(AIMS_PROCESSES.length).toBe(24);
  });

  it("finds a process by code and filters by code, name or clause", () => {
    expect(aimsProcess("internal-audit")?.ref).toBe("9.2");
    expect(aimsProcess("nope")).toBeUndefined();
    expect(matchingProcesses(undefined)).toHaveLength(AIMS_PROCESSES.length);
    expect(matchingProcesses("  ").map((p) => p.code)).toHaveLength(AIMS_PROCESSES.length);
    expect(matchingProcesses("AUDIT").map((p) => p.code)).toEqual(["internal-audit"]);
    expect(matchingProcesses("a.3.3").map((p) => p.code)).toEqual(["concerns"]);
    expect(matchingProcesses("6.1").map((p) => p.code)).toEqual([
      "risk-assessment",
      "risk-treatment",
      "impact-assessment",
    ]);
  });
});
