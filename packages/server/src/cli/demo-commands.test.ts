import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { buildCli } from "./commands.js";
import { demoPlan } from "../services/demo/demo-plan.js";

let dir: string;
let dataDir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "aims-demo-cli-"));
  dataDir = join(dir, "data");
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Runs `aims …` in this process and returns what it printed. */
async function aims(...args: string[]): Promise<string> {
  const lines: string[] = [];
  const spy = vi
    .spyOn(console, "log")
    .mockImplementation((...parts: unknown[]) => void lines.push(parts.join(" ")));
  try {
    await buildCli()
      .exitOverride()
      .parseAsync(["node", "aims", ...args, "--data-dir", dataDir]);
  } finally {
    spy.mockRestore();
  }
  return lines.join("\n");
}

describe("aims demo", () => {
  it("loads, reports, refuses a second load, removes, and refuses a second removal", async () => {
    const plan = demoPlan();
    expect(await aims("demo", "status")).toBe("no demo organization is loaded");
    const loaded = JSON.parse(await aims("demo", "load", "--json"));
    expect(loaded).toEqual({
      loaded: true,
      counts: {
        businessUnits: plan.businessUnits.length,
        aiSystems: plan.aiSystems.length,
        controls: plan.controls.length,
        risks: plan.risks.length,
        evidence: plan.evidence.length,
        vendors: plan.vendors.length,
        documents: plan.documents.length,
      },
    });
    expect(await aims("demo", "status")).toMatch(
      /^demo organization loaded at \d{4}-\d\d-\d\dT.*: 5 business units, 12 AI systems, 12 risks, 12 controls, 8 evidence items, 5 vendors, 3 draft documents$/,
    );
    await expect(aims("demo", "load")).rejects.toThrow(/already loaded/);
    expect(await aims("demo", "remove")).toBe(
      "demo organization removed: 5 business units, 12 AI systems, 12 risks, 12 controls, 8 evidence items, 5 vendors, 3 draft documents",
    );
    await expect(aims("demo", "remove")).rejects.toThrow(/no demo organization is loaded/);
    expect(JSON.parse(await aims("demo", "status", "--json"))).toEqual({
      loaded: false,
      canLoad: true,
      cannotLoadBecause: [],
    });
  }, 120_000); // migrating and loading the catalogs into a fresh embedded database takes a while

  it("refuses a seed that is not a whole number", async () => {
    await expect(aims("demo", "load", "--seed", "x")).rejects.toThrow(/--seed must be a whole number/);
  });
});
